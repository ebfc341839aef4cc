import type { CoreValue, Expectation, OrganisationRating, Predikat } from '@pantau/shared';
import { gql } from 'urql';
import type { SkpStatus } from '../../components/performance/PredikatBadge';
import type { Connection, Role } from '../../graphql/types';
import { skpFields } from '../work/queries';

export type AppraisalStatus = 'SELF_ASSESSED' | 'RATED' | 'OBJECTED' | 'ACKNOWLEDGED';

export interface TeamViewer {
  id: string;
  role: Role;
  agency: { id: string; name: string } | null;
  employee: {
    id: string;
    name: string;
    unit: { id: string; name: string; children: Array<{ id: string; name: string; children: Array<{ id: string; name: string }> }> };
  } | null;
}

export const TeamViewerQuery = gql<{ me: TeamViewer | null }>`
  query TeamViewer {
    me {
      id
      role
      agency {
        id
        name
      }
      employee {
        id
        name
        unit {
          id
          name
          children {
            id
            name
            children {
              id
              name
            }
          }
        }
      }
    }
  }
`;

export interface TeamMember {
  id: string;
  name: string;
  positionTitle: string;
  unit: { id: string; name: string };
  subordinates: { totalCount: number };
  skp: {
    id: string;
    status: SkpStatus;
    annual: { predikat: Predikat } | null;
    appraisals: Array<{ id: string; status: AppraisalStatus; predikat: Predikat | null; period: { code: string; index: number } }>;
  } | null;
  dailyReports: { totalCount: number };
  trainingHours: { hours: number; targetHours: number; met: boolean };
}

const TeamMemberFields = gql`
  fragment TeamMemberFields on Employee {
    id
    name
    positionTitle
    unit {
      id
      name
    }
    subordinates(first: 1) {
      totalCount
    }
    skp(year: $year) {
      id
      status
      annual {
        predikat
      }
      appraisals {
        id
        status
        predikat
        period {
          code
          index
        }
      }
    }
    dailyReports(from: $from, to: $to, first: 1) {
      totalCount
    }
    trainingHours(year: $year) {
      hours
      targetHours
      met
    }
  }
`;

type TeamVariables = { year: number; from: string; to: string };

export const TeamQuery = gql<{ me: { id: string; employee: { id: string; subordinates: Connection<TeamMember> } | null } | null }, TeamVariables>`
  query Team($year: Int!, $from: String!, $to: String!) {
    me {
      id
      employee {
        id
        subordinates(first: 100) {
          totalCount
          edges {
            node {
              ...TeamMemberFields
            }
          }
        }
      }
    }
  }
  ${TeamMemberFields}
`;

export const SubTeamQuery = gql<{ node: { id: string; subordinates: Connection<TeamMember> } | null }, TeamVariables & { id: string }>`
  query SubTeam($id: ID!, $year: Int!, $from: String!, $to: String!) {
    node(id: $id) {
      ... on Employee {
        id
        subordinates(first: 100) {
          totalCount
          edges {
            node {
              ...TeamMemberFields
            }
          }
        }
      }
    }
  }
  ${TeamMemberFields}
`;

export interface UnitProgress {
  year: number;
  employees: number;
  approvedPercent: number;
  withoutSkp: number;
  reportsToday: number;
  reportersToday: number;
  skpByStatus: Array<{ status: string; count: number }>;
  computedAt: string;
}

export const UnitProgressSubscription = gql<{ performanceProgress: UnitProgress }, { unitId: string; year: number }>`
  subscription UnitProgress($unitId: ID!, $year: Int) {
    performanceProgress(unitId: $unitId, year: $year) {
      year
      employees
      approvedPercent
      withoutSkp
      reportsToday
      reportersToday
      skpByStatus {
        status
        count
      }
      computedAt
    }
  }
`;

export interface Period {
  id: string;
  code: string;
  index: number;
  status: 'PLANNED' | 'OPEN' | 'CLOSED';
  startDate: string;
  endDate: string;
}

export interface BehaviourRating {
  value: CoreValue;
  expectation: Expectation;
  comment: string;
}

export interface Appraisal {
  id: string;
  status: AppraisalStatus;
  selfAssessment: string;
  selfAssessedAt: string;
  hasilKerja: Expectation | null;
  perilakuKerja: Expectation | null;
  predikat: Predikat | null;
  raterComment: string | null;
  objectionReason: string | null;
  objectionDecision: 'UPHELD' | 'REVISED' | null;
  objectionNote: string | null;
  originalPredikat: Predikat | null;
  behaviour: BehaviourRating[];
  period: { id: string; code: string };
}

const AppraisalFields = gql`
  fragment AppraisalFields on Appraisal {
    id
    status
    selfAssessment
    selfAssessedAt
    hasilKerja
    perilakuKerja
    predikat
    raterComment
    objectionReason
    objectionDecision
    objectionNote
    originalPredikat
    behaviour {
      value
      expectation
      comment
    }
    period {
      id
      code
    }
  }
`;

export interface Rhk {
  id: string;
  kind: 'UTAMA' | 'TAMBAHAN';
  title: string;
  parentRhk: { id: string; title: string } | null;
  indicators: Array<{ id: string; aspect: 'QUANTITY' | 'QUALITY' | 'TIME'; description: string; target: number; unit: string }>;
}

export interface Dialogue {
  date: string;
  topics: string;
  agreedActions: string;
  followUpDate: string | null;
  recordedByName: string;
}

export interface CoachingPlan {
  id: string;
  goals: string;
  actions: string;
  dueDate: string;
  status: 'OPEN' | 'COMPLETED';
  appraisal: { id: string };
  sessions: Array<{ date: string; notes: string; employeeScore: number | null }>;
}

/** Ekspektasi khusus pimpinan: the direct superior's expectation on one BerAKHLAK value of the SKP. */
export interface SpecialExpectation {
  value: CoreValue;
  expectation: string;
}

export interface Member {
  id: string;
  name: string;
  positionTitle: string;
  rankGrade: string;
  unit: { id: string; name: string };
  superior: { id: string; superior: { id: string } | null } | null;
  skp: {
    id: string;
    status: SkpStatus;
    returnReason: string | null;
    submittedAt: string | null;
    decidedAt: string | null;
    performanceYear: { id: string; periods: Period[] };
    rhk: Rhk[];
    appraisals: Appraisal[];
    annual: { predikat: Predikat; overrideReason: string | null } | null;
    specialExpectations: SpecialExpectation[];
  } | null;
  dialogues: Connection<Dialogue>;
  coachingPlans: CoachingPlan[];
}

export const MemberQuery = gql<{ node: Member | null; me: { id: string; employee: { id: string } | null } | null }, { id: string; year: number }>`
  query Member($id: ID!, $year: Int!) {
    me {
      id
      employee {
        id
      }
    }
    node(id: $id) {
      ... on Employee {
        id
        name
        positionTitle
        rankGrade
        unit {
          id
          name
        }
        superior {
          id
          superior {
            id
          }
        }
        skp(year: $year) {
          ${skpFields}
          performanceYear {
            id
            periods {
              id
              code
              index
              status
              startDate
              endDate
            }
          }
          appraisals {
            ...AppraisalFields
          }
          annual {
            predikat
            overrideReason
          }
          specialExpectations {
            value
            expectation
          }
        }
        dialogues(first: 20) {
          totalCount
          edges {
            node {
              date
              topics
              agreedActions
              followUpDate
              recordedByName
            }
          }
        }
        coachingPlans {
          id
          goals
          actions
          dueDate
          status
          appraisal {
            id
          }
          sessions {
            date
            notes
            employeeScore
          }
        }
      }
    }
  }
  ${AppraisalFields}
`;

export const ApproveSkpMutation = gql<{ approveSkp: { id: string; status: SkpStatus } }, { id: string }>`
  mutation ApproveSkp($id: ID!) {
    approveSkp(id: $id) {
      id
      status
    }
  }
`;

export const ReturnSkpMutation = gql<{ returnSkp: { id: string; status: SkpStatus; returnReason: string | null } }, { input: { id: string; reason: string } }>`
  mutation ReturnSkp($input: ReturnSkpInput!) {
    returnSkp(input: $input) {
      id
      status
      returnReason
    }
  }
`;

export interface RateAppraisalInput {
  id: string;
  hasilKerja: Expectation;
  behaviour: BehaviourRating[];
  comment?: string;
}

export const RateAppraisalMutation = gql<{ rateAppraisal: Appraisal }, { input: RateAppraisalInput }>`
  mutation RateAppraisal($input: RateAppraisalInput!) {
    rateAppraisal(input: $input) {
      ...AppraisalFields
    }
  }
  ${AppraisalFields}
`;

export interface DecideObjectionInput {
  id: string;
  decision: 'UPHELD' | 'REVISED';
  hasilKerja?: Expectation;
  perilakuKerja?: Expectation;
  note: string;
}

export const DecideObjectionMutation = gql<{ decideObjection: Appraisal }, { input: DecideObjectionInput }>`
  mutation DecideObjection($input: DecideObjectionInput!) {
    decideObjection(input: $input) {
      ...AppraisalFields
    }
  }
  ${AppraisalFields}
`;

/** What deciding an objection needs of the appraisal. */
export type ObjectedAppraisal = Pick<Appraisal, 'id' | 'status' | 'predikat' | 'hasilKerja' | 'perilakuKerja' | 'objectionReason' | 'period'>;

export interface ObjectionRow {
  employee: { id: string; name: string; positionTitle: string };
  appraisal: ObjectedAppraisal;
}

interface ObjectionsData {
  me: {
    id: string;
    employee: {
      id: string;
      subordinates: Connection<{
        id: string;
        subordinates: Connection<{ id: string; name: string; positionTitle: string; skp: { id: string; appraisals: ObjectedAppraisal[] } | null }>;
      }>;
    } | null;
  } | null;
}

/**
 * An objection is decided by the rater's own superior: the viewer's subordinates' subordinates.
 * 25 × 25 people with only the fields a decision needs keeps the query within the server's cost limit.
 */
export const ObjectionsQuery = gql<ObjectionsData, { year: number }>`
  query Objections($year: Int!) {
    me {
      id
      employee {
        id
        subordinates(first: 25) {
          totalCount
          edges {
            node {
              id
              subordinates(first: 25) {
                totalCount
                edges {
                  node {
                    id
                    name
                    positionTitle
                    skp(year: $year) {
                      id
                      appraisals {
                        id
                        status
                        predikat
                        hasilKerja
                        perilakuKerja
                        objectionReason
                        period {
                          id
                          code
                        }
                      }
                    }
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

export const RecordDialogueMutation = gql<
  { recordDialogue: Dialogue },
  { input: { employeeId: string; date: string; topics: string; agreedActions: string; followUpDate?: string } }
>`
  mutation RecordDialogue($input: RecordDialogueInput!) {
    recordDialogue(input: $input) {
      date
      topics
      agreedActions
      followUpDate
      recordedByName
    }
  }
`;

export const CreateCoachingPlanMutation = gql<
  { createCoachingPlan: { id: string; status: string } },
  { input: { appraisalId: string; goals: string; actions: string; dueDate: string } }
>`
  mutation CreateCoachingPlan($input: CreateCoachingPlanInput!) {
    createCoachingPlan(input: $input) {
      id
      status
    }
  }
`;

export interface TeamReport {
  id: string;
  date: string;
  activity: string;
  output: string;
  durationMinutes: number;
}

export interface TeamReportsRow {
  employee: { id: string; name: string; positionTitle: string; dailyReports: Connection<TeamReport> };
  reportCount: number;
  totalMinutes: number;
  missingDays: string[];
}

export const TeamReportsQuery = gql<{ teamDailyReports: TeamReportsRow[] }, { from: string; to: string }>`
  query TeamReports($from: String!, $to: String!) {
    teamDailyReports(from: $from, to: $to) {
      employee {
        id
        name
        positionTitle
        dailyReports(from: $from, to: $to, first: 100) {
          totalCount
          edges {
            node {
              id
              date
              activity
              output
              durationMinutes
            }
          }
        }
      }
      reportCount
      totalMinutes
      missingDays
    }
  }
`;

export interface CurveViolation {
  ruleId: string;
  description: string;
  kind: 'at_most' | 'at_least' | 'required_any';
  predikat: Predikat[];
  thresholdPercent: number | null;
  actualCount: number;
  actualPercent: number;
  allowedCount: number;
}

export interface Calibration {
  year: number;
  unit: { id: string; name: string };
  organisationRating: OrganisationRating | null;
  rated: number;
  unrated: number;
  locked: number;
  ok: boolean | null;
  counts: Array<{ predikat: Predikat; count: number; percent: number }>;
  violations: CurveViolation[];
}

const CalibrationFields = gql`
  fragment CalibrationFields on Calibration {
    year
    unit {
      id
      name
    }
    organisationRating
    rated
    unrated
    locked
    ok
    counts {
      predikat
      count
      percent
    }
    violations {
      ruleId
      description
      kind
      predikat
      thresholdPercent
      actualCount
      actualPercent
      allowedCount
    }
  }
`;

export const CalibrationQuery = gql<{ calibration: Calibration }, { unitId: string; year: number }>`
  query Calibration($unitId: ID!, $year: Int!) {
    calibration(unitId: $unitId, year: $year) {
      ...CalibrationFields
    }
  }
  ${CalibrationFields}
`;

export const LockAnnualMutation = gql<{ lockAnnualPredikat: Calibration }, { input: { unitId: string; year: number; overrideReason?: string } }>`
  mutation LockAnnualPredikat($input: LockAnnualPredikatInput!) {
    lockAnnualPredikat(input: $input) {
      ...CalibrationFields
    }
  }
  ${CalibrationFields}
`;

export const SetUnitRatingMutation = gql<{ setUnitRating: { rating: OrganisationRating } }, { input: { unitId: string; year: number; rating: OrganisationRating } }>`
  mutation SetUnitRating($input: SetUnitRatingInput!) {
    setUnitRating(input: $input) {
      rating
    }
  }
`;

export const RecordCoachingSessionMutation = gql<
  { recordCoachingSession: { id: string } },
  { input: { planId: string; date: string; notes: string; completesPlan: boolean } }
>`
  mutation RecordCoachingSession($input: RecordCoachingSessionInput!) {
    recordCoachingSession(input: $input) {
      id
    }
  }
`;

export const SetSpecialExpectationMutation = gql<
  { setSpecialExpectation: { id: string; specialExpectations: SpecialExpectation[] } },
  { input: { skpId: string; value: CoreValue; expectation: string } }
>`
  mutation SetSpecialExpectation($input: SetSpecialExpectationInput!) {
    setSpecialExpectation(input: $input) {
      id
      specialExpectations {
        value
        expectation
      }
    }
  }
`;
