import { gql } from 'urql';
import type { Connection } from '../../../graphql/types';
import type { ApplicationStatus, DocumentKind, EducationLevel } from '../../recruitment/queries';

export interface AdminApplication {
  id: string;
  status: ApplicationStatus;
  submittedAt: string | null;
  rejectionReason: string | null;
  skd: { twk: number; tiu: number; tkp: number; total: number } | null;
  interviewScore: number | null;
  finalScore: number | null;
  rank: number | null;
  objections: Array<{ id: string; stage: 'ADMIN_CHECK' | 'RESULT'; reason: string; status: 'OPEN' | 'ACCEPTED' | 'REJECTED' }>;
  applicant: {
    displayName: string;
    email: string;
    formerIntern: boolean;
    profile: { educationLevel: EducationLevel; major: string; institution: string } | null;
    documents: Array<{ id: string; kind: DocumentKind; file: { name: string; url: string } }>;
  };
}

export interface RankingRow {
  rank: number | null;
  finalScore: number | null;
  passedSkd: boolean;
  withinPositions: boolean;
  application: { id: string; applicant: { displayName: string } };
}

export const OpeningApplicationsQuery = gql<
  {
    node: {
      id: string;
      positionTitle: string;
      positions: number;
      announced: boolean;
      ranking: RankingRow[];
      applications: Connection<AdminApplication> & { totalCount: number };
    } | null;
  },
  { id: string }
>`
  query OpeningApplications($id: ID!) {
    node(id: $id) {
      id
      ... on JobOpening {
        positionTitle
        positions
        announced
        ranking {
          rank
          finalScore
          passedSkd
          withinPositions
          application {
            id
            applicant {
              displayName
            }
          }
        }
        applications(first: 100) {
          totalCount
          edges {
            node {
              id
              status
              submittedAt
              rejectionReason
              skd {
                twk
                tiu
                tkp
                total
              }
              interviewScore
              finalScore
              rank
              objections {
                id
                stage
                reason
                status
              }
              applicant {
                displayName
                email
                formerIntern
                profile {
                  educationLevel
                  major
                  institution
                }
                documents {
                  id
                  kind
                  file {
                    id
                    name
                    url
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

const APPLICATION_RESULT = `id status rejectionReason skd { twk tiu tkp total } interviewScore finalScore rank`;

export const AdminCheckMutation = gql<{ recordAdministrativeCheck: { id: string } }, { applicationId: string; passed: boolean; rejectionReason: string | null }>`
  mutation RecordAdministrativeCheck($applicationId: ID!, $passed: Boolean!, $rejectionReason: String) {
    recordAdministrativeCheck(applicationId: $applicationId, passed: $passed, rejectionReason: $rejectionReason) { ${APPLICATION_RESULT} }
  }
`;

export const SkdMutation = gql<{ recordSkdScores: { id: string } }, { applicationId: string; twk: number; tiu: number; tkp: number }>`
  mutation RecordSkdScores($applicationId: ID!, $twk: Int!, $tiu: Int!, $tkp: Int!) {
    recordSkdScores(applicationId: $applicationId, twk: $twk, tiu: $tiu, tkp: $tkp) { ${APPLICATION_RESULT} }
  }
`;

export const InterviewMutation = gql<{ recordInterviewScore: { id: string } }, { applicationId: string; score: number }>`
  mutation RecordInterviewScore($applicationId: ID!, $score: Float!) {
    recordInterviewScore(applicationId: $applicationId, score: $score) { ${APPLICATION_RESULT} }
  }
`;

export const AnnounceMutation = gql<{ announceResults: { id: string; announced: boolean } }, { openingId: string }>`
  mutation AnnounceResults($openingId: ID!) {
    announceResults(openingId: $openingId) {
      id
      announced
    }
  }
`;

export const DecideObjectionMutation = gql<{ decideApplicationObjection: { id: string; status: string } }, { objectionId: string; accept: boolean; response: string }>`
  mutation DecideApplicationObjection($objectionId: ID!, $accept: Boolean!, $response: String!) {
    decideApplicationObjection(objectionId: $objectionId, accept: $accept, response: $response) {
      id
      status
    }
  }
`;

export const HireMutation = gql<{ hireApplicant: { id: string; status: ApplicationStatus } }, { input: { applicationId: string; unitId: string; superiorId: string } }>`
  mutation HireApplicant($input: HireApplicantInput!) {
    hireApplicant(input: $input) { ${APPLICATION_RESULT} hiredAt }
  }
`;

export const OrientationProgressQuery = gql<{ agencyOrientationProgress: Array<{ employee: { id: string; name: string; positionTitle: string }; hiredAt: string; done: number; total: number }> }, { agencyId: string }>`
  query AgencyOrientationProgress($agencyId: ID!) {
    agencyOrientationProgress(agencyId: $agencyId) {
      employee {
        id
        name
        positionTitle
      }
      hiredAt
      done
      total
    }
  }
`;
