import { gql } from 'urql';

export type Cadence = 'MONTHLY' | 'QUARTERLY' | 'SEMESTER';
export type PeriodStatus = 'PLANNED' | 'OPEN' | 'CLOSED';

export interface EvaluationPeriod {
  id: string;
  code: string;
  startDate: string;
  endDate: string;
  status: PeriodStatus;
}

export interface PerformanceYear {
  id: string;
  year: number;
  cadence: Cadence;
  periods: EvaluationPeriod[];
}

export interface AgencyGoal {
  id: string;
  code: string;
  title: string;
}

const periodFields = 'id code startDate endDate status';

export const AgencyCycleQuery = gql<{ agency: { id: string; name: string; performanceYears: PerformanceYear[] } | null }, { id: string }>`
  query AgencyCycle($id: ID!) {
    agency(id: $id) {
      id
      name
      performanceYears { id year cadence periods { ${periodFields} } }
    }
  }
`;

export const AgencyGoalsQuery = gql<{ agency: { id: string; goals: AgencyGoal[] } | null }, { id: string; year: number }>`
  query AgencyGoals($id: ID!, $year: Int!) {
    agency(id: $id) { id goals(year: $year) { id code title } }
  }
`;

export const CreatePerformanceYearMutation = gql<{ createPerformanceYear: { id: string; year: number } }, { input: { agencyId: string; year: number; cadence: Cadence | null } }>`
  mutation CreatePerformanceYear($input: CreatePerformanceYearInput!) {
    createPerformanceYear(input: $input) { id year cadence periods { ${periodFields} } }
  }
`;

export const OpenPeriodMutation = gql<{ openPeriod: EvaluationPeriod }, { id: string }>`
  mutation OpenPeriod($id: ID!) {
    openPeriod(id: $id) { ${periodFields} }
  }
`;

export const ClosePeriodMutation = gql<{ closePeriod: EvaluationPeriod }, { id: string }>`
  mutation ClosePeriod($id: ID!) {
    closePeriod(id: $id) { ${periodFields} }
  }
`;

export const CreateAgencyGoalMutation = gql<{ createAgencyGoal: AgencyGoal }, { input: { agencyId: string; year: number; code: string; title: string } }>`
  mutation CreateAgencyGoal($input: CreateAgencyGoalInput!) {
    createAgencyGoal(input: $input) { id code title }
  }
`;
