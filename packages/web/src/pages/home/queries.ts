import { gql } from 'urql';
import type { Connection, RegionKind } from '../../graphql/types';

export interface HomeRegion {
  id: string;
  name: string;
  kind: RegionKind;
  province: string;
  agencies: { totalCount: number };
}

export const HomeRegionsQuery = gql<{ regions: Connection<HomeRegion> }>`
  query HomeRegions {
    regions(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          kind
          province
          agencies {
            totalCount
          }
        }
      }
    }
  }
`;
