import { gql } from 'urql';
import type { Connection } from '../../../graphql/types';
import type { RegionOption } from '../queries';

// The desk asks for one region's agencies at a time: every region with every agency in one query
// costs more than the server's limit.

export const DeskRegionsQuery = gql<{ regions: Connection<{ id: string; name: string }> }>`
  query DeskRegions {
    regions(first: 100) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

const regionFields = `
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
`;

export const DeskRegionQuery = gql<{ region: RegionOption | null }, { id: string }>`
  query DeskRegion($id: ID!) {
    region(id: $id) {
      ${regionFields}
    }
  }
`;

export const DeskAgencyRegionQuery = gql<{ agency: { id: string; region: RegionOption } | null }, { id: string }>`
  query DeskAgencyRegion($id: ID!) {
    agency(id: $id) {
      id
      region {
        ${regionFields}
      }
    }
  }
`;
