import { gql } from 'urql';

// The signed-in employee's own training: hours against the annual target, enrolments, and the
// programmes suggested for their competency gaps (all under my* fields: the privacy convention).

export type EnrolmentStatus = 'ENROLLED' | 'COMPLETED' | 'CANCELLED';
export type GapReason = 'HASIL_KERJA_BELOW' | 'CORE_VALUE_BELOW' | 'POSITION_REQUIREMENT';

export interface Programme {
  id: string;
  title: string;
  delivery: 'INTERNAL' | 'EXTERNAL';
  provider: string;
  hours: number;
  startDate: string;
  endDate: string;
}

export interface Enrolment {
  id: string;
  status: EnrolmentStatus;
  completedOn: string | null;
  hours: number | null;
  certificateUrl: string | null;
  certificateFile: { id: string; name: string; url: string } | null;
  programme: Programme;
}

export interface MyTrainingData {
  myTrainingHours: { year: number; hours: number; targetHours: number; remainingHours: number; met: boolean };
  myTrainingEnrolments: Enrolment[];
  myTrainingNeeds: {
    gaps: Array<{ competency: { id: string; name: string }; reasons: GapReason[] }>;
    recommendations: Array<{ programme: Programme; closes: Array<{ id: string; name: string }> }>;
  };
}

const programmeFields = `
  id
  title
  delivery
  provider
  hours
  startDate
  endDate
`;

export const MyTrainingQuery = gql<MyTrainingData, { year: number }>`
  query MyTraining($year: Int!) {
    myTrainingHours(year: $year) {
      year
      hours
      targetHours
      remainingHours
      met
    }
    myTrainingEnrolments(year: $year) {
      id
      status
      completedOn
      hours
      certificateUrl
      certificateFile {
        id
        name
        url
      }
      programme {
        ${programmeFields}
      }
    }
    myTrainingNeeds {
      gaps {
        competency {
          id
          name
        }
        reasons
      }
      recommendations {
        programme {
          ${programmeFields}
        }
        closes {
          id
          name
        }
      }
    }
  }
`;

export const trainingContext = { additionalTypenames: ['TrainingEnrolment'] };

export interface CompleteTrainingInput {
  enrolmentId: string;
  completedOn: string;
  certificateUrl?: string | null;
  certificateFile?: File | null;
}

export const CompleteTrainingMutation = gql<{ completeTraining: { id: string; status: EnrolmentStatus } }, { input: CompleteTrainingInput }>`
  mutation CompleteTraining($input: CompleteTrainingInput!) {
    completeTraining(input: $input) {
      id
      status
      completedOn
      hours
      certificateUrl
      certificateFile {
        id
        name
        url
      }
    }
  }
`;

export const EnrolInTrainingMutation = gql<{ enrolInTraining: { id: string; status: EnrolmentStatus } }, { input: { programmeId: string; employeeId: string } }>`
  mutation EnrolInTraining($input: EnrolInTrainingInput!) {
    enrolInTraining(input: $input) {
      id
      status
    }
  }
`;

export const CancelTrainingEnrolmentMutation = gql<{ cancelTrainingEnrolment: { id: string; status: EnrolmentStatus } }, { enrolmentId: string }>`
  mutation CancelTrainingEnrolment($enrolmentId: ID!) {
    cancelTrainingEnrolment(enrolmentId: $enrolmentId) {
      id
      status
    }
  }
`;
