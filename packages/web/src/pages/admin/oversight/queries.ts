import { gql } from 'urql';
import type { PagedConnection } from '../../../graphql/types';

// Oversight visits to an agency's units and the follow-up of their findings (the agency's
// administrators record and update them; the region's leaders read them too).

export type FollowUpStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE';

export interface OversightVisit {
  id: string;
  unit: { id: string; name: string };
  team: string;
  visitedOn: string;
  findings: string;
  recommendations: string;
  followUpStatus: FollowUpStatus;
  followUpDueDate: string;
  followUpNote: string | null;
  followUpDoneOn: string | null;
  overdue: boolean;
}

const visitFields = `
  id
  unit {
    id
    name
  }
  team
  visitedOn
  findings
  recommendations
  followUpStatus
  followUpDueDate
  followUpNote
  followUpDoneOn
  overdue
`;

export const OversightVisitsQuery = gql<{ oversightVisits: PagedConnection<OversightVisit> }, { agencyId: string; openOnly: boolean; after: string | null }>`
  query OversightVisits($agencyId: ID!, $openOnly: Boolean, $after: String) {
    oversightVisits(agencyId: $agencyId, openOnly: $openOnly, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ${visitFields}
        }
      }
    }
  }
`;

export const oversightContext = { additionalTypenames: ['OversightVisit'] };

export interface RecordVisitInput {
  unitId: string;
  team: string;
  visitedOn: string;
  findings: string;
  recommendations: string;
  followUpDueDate: string;
}

export const RecordVisitMutation = gql<{ recordOversightVisit: OversightVisit }, { input: RecordVisitInput }>`
  mutation RecordOversightVisit($input: RecordOversightVisitInput!) {
    recordOversightVisit(input: $input) {
      ${visitFields}
    }
  }
`;

export const UpdateFollowUpMutation = gql<{ updateOversightFollowUp: OversightVisit }, { input: { visitId: string; status: FollowUpStatus; note: string; dueDate?: string | null } }>`
  mutation UpdateOversightFollowUp($input: UpdateOversightFollowUpInput!) {
    updateOversightFollowUp(input: $input) {
      ${visitFields}
    }
  }
`;
