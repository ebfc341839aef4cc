import { gql } from 'urql';
import type { Connection } from '../../graphql/types';
import type { CoreValue, Predikat } from '@pantau/shared';

// The signed-in employee's own work: every query starts at `me` (the privacy convention), so
// nothing here can reach another person's data except what the API shows an employee.

export type SkpStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';
export type RhkKind = 'UTAMA' | 'TAMBAHAN';
export type IndicatorAspect = 'QUANTITY' | 'QUALITY' | 'TIME';
export type PeriodStatus = 'PLANNED' | 'OPEN' | 'CLOSED';
export type Expectation = 'DI_BAWAH' | 'SESUAI' | 'DI_ATAS';
export type RaterRelation = 'SUPERIOR' | 'PEER' | 'SUBORDINATE' | 'OTHER';
export type AppraisalStatus = 'SELF_ASSESSED' | 'RATED' | 'OBJECTED' | 'ACKNOWLEDGED';

export interface WorkViewer {
  id: string;
  role: string;
  employee: {
    id: string;
    name: string;
    positionTitle: string;
    agency: { id: string; region: { id: string } };
    superior: { id: string; name: string; positionTitle: string } | null;
  } | null;
}

export const WorkViewerQuery = gql<{ me: WorkViewer | null }>`
  query WorkViewer {
    me {
      id
      role
      employee {
        id
        name
        positionTitle
        agency {
          id
          region {
            id
          }
        }
        superior {
          id
          name
          positionTitle
        }
      }
    }
  }
`;

export interface Period {
  id: string;
  code: string;
  startDate: string;
  endDate: string;
  status: PeriodStatus;
}

export interface Indicator {
  id: string;
  aspect: IndicatorAspect;
  description: string;
  target: number;
  unit: string;
}

export interface Rhk {
  id: string;
  kind: RhkKind;
  title: string;
  parentRhk: { id: string; title: string } | null;
  indicators: Indicator[];
}

export interface Skp {
  id: string;
  status: SkpStatus;
  returnReason: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  rhk: Rhk[];
}

export interface SuperiorRhk {
  id: string;
  kind: RhkKind;
  title: string;
}

export interface MySkpData {
  me: {
    id: string;
    employee: {
      id: string;
      skp: Skp | null;
      superior: { id: string; skp: { id: string; status: SkpStatus; rhk: SuperiorRhk[] } | null } | null;
      agency: { id: string; performanceYear: { id: string } | null };
    } | null;
  } | null;
}

/** An SKP's plan as both the employee and their superior read it (the team pages use it too). */
export const skpFields = `
  id
  status
  returnReason
  submittedAt
  decidedAt
  rhk {
    id
    kind
    title
    parentRhk {
      id
      title
    }
    indicators {
      id
      aspect
      description
      target
      unit
    }
  }
`;

export const MySkpQuery = gql<MySkpData, { year: number }>`
  query MySkp($year: Int!) {
    me {
      id
      employee {
        id
        skp(year: $year) {
          ${skpFields}
        }
        superior {
          id
          skp(year: $year) {
            id
            status
            rhk {
              id
              kind
              title
            }
          }
        }
        agency {
          id
          performanceYear(year: $year) {
            id
          }
        }
      }
    }
  }
`;

/** The SKP queries hold no Skp while there is none yet; these typenames make mutations refetch them. */
export const skpContext = { additionalTypenames: ['Skp', 'Rhk', 'RhkIndicator'] };

export const CreateSkpMutation = gql<{ createSkp: { id: string; status: SkpStatus } }, { year: number }>`
  mutation CreateSkp($year: Int!) {
    createSkp(input: { year: $year }) {
      id
      status
    }
  }
`;

export interface RhkInput {
  skpId: string;
  kind: RhkKind;
  title: string;
  parentRhkId?: string | null;
}

export const AddRhkMutation = gql<{ addRhk: { id: string } }, { input: RhkInput }>`
  mutation AddRhk($input: AddRhkInput!) {
    addRhk(input: $input) {
      id
      kind
      title
    }
  }
`;

export const UpdateRhkMutation = gql<{ updateRhk: { id: string; title: string } }, { input: { id: string; title: string } }>`
  mutation UpdateRhk($input: UpdateRhkInput!) {
    updateRhk(input: $input) {
      id
      title
    }
  }
`;

export const RemoveRhkMutation = gql<{ removeRhk: boolean }, { id: string }>`
  mutation RemoveRhk($id: ID!) {
    removeRhk(id: $id)
  }
`;

export interface IndicatorInput {
  rhkId: string;
  aspect: IndicatorAspect;
  description: string;
  target: number;
  unit: string;
}

export const AddIndicatorMutation = gql<{ addIndicator: { id: string } }, { input: IndicatorInput }>`
  mutation AddIndicator($input: AddIndicatorInput!) {
    addIndicator(input: $input) {
      id
    }
  }
`;

export const RemoveIndicatorMutation = gql<{ removeIndicator: boolean }, { id: string }>`
  mutation RemoveIndicator($id: ID!) {
    removeIndicator(id: $id)
  }
`;

export const SubmitSkpMutation = gql<{ submitSkp: { id: string; status: SkpStatus } }, { id: string }>`
  mutation SubmitSkp($id: ID!) {
    submitSkp(id: $id) {
      id
      status
    }
  }
`;

// Realisations

export interface RealisationRow {
  value: number;
  evidenceUrl: string | null;
  evidenceFile: { id: string; name: string; url: string } | null;
  note: string | null;
  updatedAt: string;
  period: { id: string };
}

export interface MyRealisationsData {
  me: {
    id: string;
    employee: {
      id: string;
      agency: { id: string; performanceYear: { id: string; periods: Period[] } | null };
      skp: {
        id: string;
        status: SkpStatus;
        rhk: Array<{ id: string; kind: RhkKind; title: string; indicators: Array<Indicator & { realisations: RealisationRow[] }> }>;
      } | null;
    } | null;
  } | null;
}

const periodFields = `
  id
  code
  startDate
  endDate
  status
`;

export const MyRealisationsQuery = gql<MyRealisationsData, { year: number }>`
  query MyRealisations($year: Int!) {
    me {
      id
      employee {
        id
        agency {
          id
          performanceYear(year: $year) {
            id
            periods {
              ${periodFields}
            }
          }
        }
        skp(year: $year) {
          id
          status
          rhk {
            id
            kind
            title
            indicators {
              id
              aspect
              description
              target
              unit
              realisations {
                value
                evidenceUrl
                evidenceFile {
                  id
                  name
                  url
                }
                note
                updatedAt
                period {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`;

export interface RealisationInput {
  indicatorId: string;
  periodId: string;
  value: number;
  evidenceUrl?: string | null;
  evidenceFile?: File | null;
  note?: string | null;
}

export const RecordRealisationMutation = gql<{ recordRealisation: { value: number } }, { input: RealisationInput }>`
  mutation RecordRealisation($input: RecordRealisationInput!) {
    recordRealisation(input: $input) {
      value
      evidenceUrl
      evidenceFile {
        id
        name
        url
      }
      note
      updatedAt
    }
  }
`;

// Daily reports

export interface DailyReport {
  id: string;
  date: string;
  activity: string;
  output: string;
  durationMinutes: number;
  rhk: { id: string; title: string } | null;
}

export interface MyDailyReportsData {
  me: {
    id: string;
    employee: {
      id: string;
      dailyReports: Connection<DailyReport>;
      skp: { id: string; rhk: Array<{ id: string; kind: RhkKind; title: string }> } | null;
    } | null;
  } | null;
  holidays: Array<{ date: string; name: string }>;
}

export const MyDailyReportsQuery = gql<MyDailyReportsData, { from: string; to: string; year: number; regionId: string }>`
  query MyDailyReports($from: String!, $to: String!, $year: Int!, $regionId: ID!) {
    me {
      id
      employee {
        id
        dailyReports(from: $from, to: $to, first: 100) {
          totalCount
          edges {
            node {
              id
              date
              activity
              output
              durationMinutes
              rhk {
                id
                title
              }
            }
          }
        }
        skp(year: $year) {
          id
          rhk {
            id
            kind
            title
          }
        }
      }
    }
    holidays(regionId: $regionId, year: $year) {
      date
      name
    }
  }
`;

export const dailyReportsContext = { additionalTypenames: ['DailyReport'] };

export interface DailyReportInput {
  date: string;
  activity: string;
  output: string;
  durationMinutes: number;
  rhkId?: string | null;
}

export const FileDailyReportMutation = gql<{ fileDailyReport: DailyReport }, { input: DailyReportInput }>`
  mutation FileDailyReport($input: FileDailyReportInput!) {
    fileDailyReport(input: $input) {
      id
      date
      activity
      output
      durationMinutes
      rhk {
        id
        title
      }
    }
  }
`;

export const DeleteDailyReportMutation = gql<{ deleteDailyReport: boolean }, { id: string }>`
  mutation DeleteDailyReport($id: ID!) {
    deleteDailyReport(id: $id)
  }
`;

// Feedback: 360 requests, invitations, the thread with the superior

export interface FeedbackRequest {
  id: string;
  topic: string;
  anonymous: boolean;
  expiresAt: string;
  invited: number;
  responded: number;
  averageScore: number | null;
  responses: Array<{ score: number; comment: string | null; relation: RaterRelation; raterName: string | null }>;
}

export interface FeedbackInvitation {
  id: string;
  topic: string;
  subjectName: string;
  anonymous: boolean;
  expiresAt: string;
  relation: RaterRelation;
}

export interface RhkFeedback {
  body: string;
  createdAt: string;
  authorName: string;
}

/** A colleague the API lets the viewer ask for 360-degree feedback (a name and a position only). */
export interface RaterCandidate {
  employeeId: string;
  name: string;
  positionTitle: string;
  relation: RaterRelation;
}

export interface MyFeedbackData {
  me: {
    id: string;
    employee: {
      id: string;
      feedbackRequests: FeedbackRequest[];
      agency: { id: string; performanceYear: { id: string; periods: Period[] } | null };
      skp: { id: string; rhk: Array<{ id: string; kind: RhkKind; title: string }> } | null;
    } | null;
  } | null;
  myFeedbackInvitations: FeedbackInvitation[];
  myFeedbackRaterCandidates: RaterCandidate[];
}

export const MyFeedbackQuery = gql<MyFeedbackData, { year: number }>`
  query MyFeedback($year: Int!) {
    me {
      id
      employee {
        id
        feedbackRequests {
          id
          topic
          anonymous
          expiresAt
          invited
          responded
          averageScore
          responses {
            score
            comment
            relation
            raterName
          }
        }
        agency {
          id
          performanceYear(year: $year) {
            id
            periods {
              ${periodFields}
            }
          }
        }
        skp(year: $year) {
          id
          rhk {
            id
            kind
            title
          }
        }
      }
    }
    myFeedbackInvitations {
      id
      topic
      subjectName
      anonymous
      expiresAt
      relation
    }
    myFeedbackRaterCandidates {
      employeeId
      name
      positionTitle
      relation
    }
  }
`;

export const feedbackContext = { additionalTypenames: ['FeedbackRequest', 'FeedbackInvitation'] };

export interface RequestFeedbackInput {
  subjectId: string;
  topic: string;
  raterIds: string[];
  anonymous: boolean;
  expiresAt: string;
}

export const RequestFeedbackMutation = gql<{ requestFeedback: { id: string } }, { input: RequestFeedbackInput }>`
  mutation RequestFeedback($input: RequestFeedbackInput!) {
    requestFeedback(input: $input) {
      id
    }
  }
`;

export const RespondToFeedbackMutation = gql<{ respondToFeedback: boolean }, { input: { invitationId: string; score: number; comment?: string | null } }>`
  mutation RespondToFeedback($input: RespondToFeedbackInput!) {
    respondToFeedback(input: $input)
  }
`;

export const RhkThreadQuery = gql<
  { me: { id: string; employee: { id: string; skp: { id: string; rhk: Array<{ id: string; feedback: RhkFeedback[] }> } | null } | null } | null },
  { year: number; periodId: string }
>`
  query RhkThread($year: Int!, $periodId: ID!) {
    me {
      id
      employee {
        id
        skp(year: $year) {
          id
          rhk {
            id
            feedback(periodId: $periodId) {
              body
              createdAt
              authorName
            }
          }
        }
      }
    }
  }
`;

export const AddFeedbackMutation = gql<{ addFeedback: RhkFeedback }, { input: { rhkId: string; periodId: string; body: string } }>`
  mutation AddFeedback($input: AddFeedbackInput!) {
    addFeedback(input: $input) {
      body
      createdAt
      authorName
    }
  }
`;

// Appraisals and coaching

export interface Appraisal {
  id: string;
  status: AppraisalStatus;
  selfAssessment: string;
  hasilKerja: Expectation | null;
  perilakuKerja: Expectation | null;
  predikat: Predikat | null;
  raterComment: string | null;
  ratedAt: string | null;
  objectionReason: string | null;
  objectionDecision: 'UPHELD' | 'REVISED' | null;
  objectionNote: string | null;
  originalPredikat: Predikat | null;
  period: { id: string; code: string; status: PeriodStatus };
  behaviour: Array<{ value: CoreValue; expectation: Expectation; comment: string }>;
}

export interface CoachingPlan {
  id: string;
  goals: string;
  actions: string;
  dueDate: string;
  status: 'OPEN' | 'COMPLETED';
  sessions: Array<{ id: string; date: string; notes: string; employeeScore: number | null; employeeComment: string | null }>;
}

export interface MyAppraisalsData {
  me: {
    id: string;
    employee: {
      id: string;
      skp: { id: string; status: SkpStatus; appraisals: Appraisal[] } | null;
      agency: { id: string; performanceYear: { id: string; periods: Period[] } | null };
      coachingPlans: CoachingPlan[];
    } | null;
  } | null;
}

export const MyAppraisalsQuery = gql<MyAppraisalsData, { year: number }>`
  query MyAppraisals($year: Int!) {
    me {
      id
      employee {
        id
        skp(year: $year) {
          id
          status
          appraisals {
            id
            status
            selfAssessment
            hasilKerja
            perilakuKerja
            predikat
            raterComment
            ratedAt
            objectionReason
            objectionDecision
            objectionNote
            originalPredikat
            period {
              id
              code
              status
            }
            behaviour {
              value
              expectation
              comment
            }
          }
        }
        agency {
          id
          performanceYear(year: $year) {
            id
            periods {
              ${periodFields}
            }
          }
        }
        coachingPlans {
          id
          goals
          actions
          dueDate
          status
          sessions {
            id
            date
            notes
            employeeScore
            employeeComment
          }
        }
      }
    }
  }
`;

export const AcknowledgeAppraisalMutation = gql<{ acknowledgeAppraisal: { id: string; status: AppraisalStatus } }, { id: string }>`
  mutation AcknowledgeAppraisal($id: ID!) {
    acknowledgeAppraisal(id: $id) {
      id
      status
    }
  }
`;

export const ObjectToAppraisalMutation = gql<{ objectToAppraisal: { id: string; status: AppraisalStatus } }, { input: { id: string; reason: string } }>`
  mutation ObjectToAppraisal($input: ObjectToAppraisalInput!) {
    objectToAppraisal(input: $input) {
      id
      status
      objectionReason
    }
  }
`;

export const RateCoachingSessionMutation = gql<{ rateCoachingSession: { id: string } }, { input: { sessionId: string; score: number; comment?: string | null } }>`
  mutation RateCoachingSession($input: RateCoachingSessionInput!) {
    rateCoachingSession(input: $input) {
      id
      employeeScore
      employeeComment
    }
  }
`;

export const SelfAssessmentMutation = gql<{ submitSelfAssessment: { id: string } }, { input: { skpId: string; periodId: string; selfAssessment: string } }>`
  mutation SubmitSelfAssessment($input: SelfAssessmentInput!) {
    submitSelfAssessment(input: $input) {
      id
      status
      selfAssessment
    }
  }
`;
