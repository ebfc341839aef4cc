import { gql } from 'urql';
import type { Role } from '../../graphql/types';

export interface DashboardViewer {
  me: { id: string; role: Role; region: { id: string } | null } | null;
  regions: { edges: Array<{ node: { id: string; name: string } }> };
}

export const DashboardIndexQuery = gql<DashboardViewer>`
  query DashboardIndex {
    me { id role region { id } }
    regions(first: 100) { edges { node { id name } } }
  }
`;

export interface AgencyService {
  id: string;
  code: string;
  name: string;
  currentStandard: { targetValue: number; targetUnit: 'HOURS' | 'DAYS' } | null;
}

export interface AgencyCatalogue {
  id: string;
  name: string;
  shortName: string;
  region: { id: string; name: string };
  serviceTypes: AgencyService[];
  units: { edges: Array<{ node: { id: string; name: string; parent: { id: string } | null } }> };
}

export const AgencyCatalogueQuery = gql<{ agency: AgencyCatalogue | null }, { id: string }>`
  query AgencyCatalogue($id: ID!) {
    agency(id: $id) {
      id
      name
      shortName
      region { id name }
      serviceTypes { id code name currentStandard { targetValue targetUnit } }
      units(first: 100) { edges { node { id name parent { id } } } }
    }
  }
`;
