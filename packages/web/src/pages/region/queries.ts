import { gql } from 'urql';
import type { Connection, RegionKind } from '../../graphql/types';

export interface RegionAgency {
  id: string;
  name: string;
  shortName: string;
  employeeCount: number | null;
}

export interface RegionDetail {
  id: string;
  name: string;
  kind: RegionKind;
  province: string;
  districts: Array<{ id: string; name: string }>;
  agencies: Connection<RegionAgency>;
}

export const RegionPageQuery = gql<{ region: RegionDetail | null }, { id: string }>`
  query RegionPage($id: ID!) {
    region(id: $id) {
      id
      name
      kind
      province
      districts {
        id
        name
      }
      agencies(first: 100) {
        totalCount
        edges {
          node {
            id
            name
            shortName
            employeeCount
          }
        }
      }
    }
  }
`;
