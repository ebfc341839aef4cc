import { gql } from 'urql';
import type { PagedConnection } from '../../../graphql/types';

export interface AuditRow {
  id: string;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: string;
}

export const AuditEntriesQuery = gql<
  { auditEntries: PagedConnection<AuditRow> },
  { action: string | null; actorName: string | null; entityType: string | null; after: string | null }
>`
  query AuditEntries($action: String, $actorName: String, $entityType: String, $after: String) {
    auditEntries(first: 50, after: $after, action: $action, actorName: $actorName, entityType: $entityType) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actorName
          action
          entityType
          entityId
          changes
        }
      }
    }
  }
`;
