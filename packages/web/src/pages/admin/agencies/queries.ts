import { gql } from 'urql';
import type { Connection } from '../../../graphql/types';

export interface AgencyRow {
  id: string;
  code: string;
  name: string;
  shortName: string;
  employeeCount: number;
}

export interface RegionAgencies {
  id: string;
  name: string;
  agencies: Connection<AgencyRow>;
}

// 80 agencies a region (Indonesian regions have some 30–60 OPD) keeps 100 regions under the server's query cost limit.
export const RegionAgenciesQuery = gql<{ regions: Connection<RegionAgencies> }>`
  query RegionAgencies {
    regions(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          agencies(first: 80) {
            totalCount
            edges {
              node {
                id
                code
                name
                shortName
                employeeCount
              }
            }
          }
        }
      }
    }
  }
`;

export const CreateAgencyMutation = gql<{ createAgency: { id: string } }, { input: { regionId: string; code: string; name: string; shortName: string } }>`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
    }
  }
`;

export const UpdateAgencyMutation = gql<{ updateAgency: { id: string; name: string; shortName: string } }, { input: { id: string; name: string; shortName: string } }>`
  mutation UpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      id
      name
      shortName
    }
  }
`;
