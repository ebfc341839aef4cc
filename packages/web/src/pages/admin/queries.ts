import { gql } from 'urql';
import type { Connection, Role } from '../../graphql/types';

export interface AdminViewer {
  id: string;
  role: Role;
  agency: { id: string; name: string } | null;
}

export const AdminViewerQuery = gql<{ me: AdminViewer | null }>`
  query AdminViewer {
    me {
      id
      role
      agency {
        id
        name
      }
    }
  }
`;

export interface AgencyOption {
  id: string;
  name: string;
}

export interface RegionOption {
  id: string;
  name: string;
  agencies: Connection<AgencyOption>;
}

export const AgencyOptionsQuery = gql<{ regions: Connection<RegionOption> }>`
  query AgencyOptions {
    regions(first: 20) {
      totalCount
      edges {
        node {
          id
          name
          agencies(first: 100) {
            totalCount
            edges {
              node {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`;

export interface UnitOption {
  id: string;
  code: string;
  name: string;
  employeeCount: number;
  parent: { id: string } | null;
}

export const AgencyUnitsQuery = gql<{ agency: { id: string; name: string; units: Connection<UnitOption> } | null }, { id: string }>`
  query AgencyUnits($id: ID!) {
    agency(id: $id) {
      id
      name
      units(first: 100) {
        totalCount
        edges {
          node {
            id
            code
            name
            employeeCount
            parent {
              id
            }
          }
        }
      }
    }
  }
`;
