import { gql } from 'urql';
import type { Connection } from '../../graphql/types';
import type { AgencyService } from '../dashboard/queries';

export interface PublicAgency {
  id: string;
  name: string;
  shortName: string;
  serviceTypes: AgencyService[];
}

export const PublicCatalogueQuery = gql<{ region: { id: string; name: string; agencies: Connection<PublicAgency> } | null }, { id: string }>`
  query PublicCatalogue($id: ID!) {
    region(id: $id) {
      id
      name
      agencies(first: 100) {
        totalCount
        edges { node { id name shortName serviceTypes { id code name currentStandard { targetValue targetUnit } } } }
      }
    }
  }
`;
