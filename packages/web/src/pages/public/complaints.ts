import { gql } from 'urql';

export interface ComplaintFigures {
  suppressed: boolean;
  received: number | null;
  answered: number | null;
  answeredWithinDeadlineShare: number | null;
  medianResolutionDays: number | null;
  open: number | null;
  overdue: number | null;
}

export interface RegionComplaints {
  from: string;
  to: string;
  computedAt: string;
  total: ComplaintFigures;
  agencies: Array<{ agencyId: string | null; name: string | null; shortName: string | null; metrics: ComplaintFigures }>;
}

const figures = 'suppressed received answered answeredWithinDeadlineShare medianResolutionDays open overdue';

/** Counts only: the public API has no field with a complaint's text. */
export const PublicComplaintsQuery = gql<{ agencyComplaintMetrics: RegionComplaints }, { regionId: string }>`
  query PublicComplaints($regionId: ID!) {
    agencyComplaintMetrics(regionId: $regionId) {
      from
      to
      computedAt
      total { ${figures} }
      agencies { agencyId name shortName metrics { ${figures} } }
    }
  }
`;
