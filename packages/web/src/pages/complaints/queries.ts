import { gql } from 'urql';
import type { ComplaintSeverity, ComplaintStatus, ComplaintType } from '@pantau/shared';
import type { PagedConnection } from '../../graphql/types';

export interface SubmitComplaintInput {
  regionId: string;
  type: ComplaintType;
  title: string;
  body: string;
}

export const SubmitComplaintMutation = gql<{ submitComplaint: { trackingCode: string } }, { input: SubmitComplaintInput }>`
  mutation SubmitComplaint($input: SubmitComplaintInput!) {
    submitComplaint(input: $input) {
      trackingCode
    }
  }
`;

/** All the API tells whoever holds a tracking code: no text of the complaint, no identity. */
export interface ComplaintTracking {
  trackingCode: string;
  type: ComplaintType;
  status: ComplaintStatus;
  submittedAt: string;
  dueDate: string | null;
  overdue: boolean;
  answer: string | null;
}

export const TrackComplaintQuery = gql<{ complaintByTrackingCode: ComplaintTracking | null }, { trackingCode: string }>`
  query TrackComplaint($trackingCode: String!) {
    complaintByTrackingCode(trackingCode: $trackingCode) {
      trackingCode
      type
      status
      submittedAt
      dueDate
      overdue
      answer
    }
  }
`;

export const SubmitSurveyMutation = gql<{ submitSurveyResponse: boolean }, { input: { serviceTypeId: string; scores: number[]; comment: string | null } }>`
  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {
    submitSurveyResponse(input: $input)
  }
`;

/** A complaint as its handlers see it. */
export interface HandledComplaint {
  id: string;
  trackingCode: string;
  type: ComplaintType;
  severity: ComplaintSeverity;
  status: ComplaintStatus;
  title: string;
  body: string;
  answer: string | null;
  submittedAt: string;
  dueDate: string | null;
  overdue: boolean;
  verificationDueDate: string | null;
  verificationOverdue: boolean;
  agency: { id: string; name: string } | null;
}

const complaintFields = `
  id
  trackingCode
  type
  severity
  status
  title
  body
  answer
  submittedAt
  dueDate
  overdue
  verificationDueDate
  verificationOverdue
  agency {
    id
    name
  }
`;

export const HandledComplaintsQuery = gql<
  { complaints: PagedConnection<HandledComplaint> },
  { regionId: string; status: ComplaintStatus | null; after: string | null }
>`
  query HandledComplaints($regionId: ID!, $status: ComplaintStatus, $after: String) {
    complaints(regionId: $regionId, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ${complaintFields}
        }
      }
    }
  }
`;

export interface MoveComplaintInput {
  id: string;
  status: ComplaintStatus;
  severity?: ComplaintSeverity;
  agencyId?: string;
  answer?: string;
}

export const MoveComplaintMutation = gql<{ moveComplaint: HandledComplaint }, { input: MoveComplaintInput }>`
  mutation MoveComplaint($input: MoveComplaintInput!) {
    moveComplaint(input: $input) {
      ${complaintFields}
    }
  }
`;

export const DesignateWbsHandlerMutation = gql<{ designateWbsHandler: boolean }, { userId: string; regionId: string }>`
  mutation DesignateWbsHandler($userId: ID!, $regionId: ID!) {
    designateWbsHandler(userId: $userId, regionId: $regionId)
  }
`;
