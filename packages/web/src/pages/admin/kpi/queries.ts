import { gql } from 'urql';

export type KpiCadence = 'MONTHLY' | 'QUARTERLY' | 'SEMESTER' | 'ANNUAL';
export type KpiDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export type KpiSource = 'MANUAL' | 'SERVICE_WITHIN_STANDARD_SHARE' | 'SERVICE_MEDIAN_WORKING_DAYS' | 'IKM';

export interface KpiPeriod {
  period: string;
  target: number | null;
  value: number | null;
  achievement: number | null;
}

export interface KpiRow {
  id: string;
  code: string;
  name: string;
  definition: string;
  unit: string;
  formula: string;
  cadence: KpiCadence;
  direction: KpiDirection;
  dataProducer: string;
  source: KpiSource;
  serviceType: { id: string; name: string } | null;
  periods: KpiPeriod[];
}

export const AgencyKpisQuery = gql<{ agency: { id: string; name: string; kpis: KpiRow[]; serviceTypes: Array<{ id: string; name: string }> } | null }, { id: string; year: number }>`
  query AgencyKpiAdmin($id: ID!, $year: Int!) {
    agency(id: $id) {
      id
      name
      serviceTypes { id name }
      kpis {
        id code name definition unit formula cadence direction dataProducer source
        serviceType { id name }
        periods(year: $year) { period target value achievement }
      }
    }
  }
`;

export interface CreateKpiInput {
  agencyId: string;
  code: string;
  name: string;
  definition: string;
  unit: string;
  formula: string;
  cadence: KpiCadence;
  direction: KpiDirection;
  dataProducer: string;
  source: KpiSource;
  serviceTypeId: string | null;
}

export const CreateKpiMutation = gql<{ createKpi: { id: string; code: string; name: string } }, { input: CreateKpiInput }>`
  mutation CreateKpi($input: CreateKpiInput!) {
    createKpi(input: $input) { id code name }
  }
`;

export const SetKpiTargetMutation = gql<{ setKpiTarget: boolean }, { kpiId: string; period: string; target: number }>`
  mutation SetKpiTarget($kpiId: ID!, $period: String!, $target: Float!) {
    setKpiTarget(kpiId: $kpiId, period: $period, target: $target)
  }
`;

export const ReportKpiValueMutation = gql<{ reportKpiValue: boolean }, { kpiId: string; period: string; value: number }>`
  mutation ReportKpiValue($kpiId: ID!, $period: String!, $value: Float!) {
    reportKpiValue(kpiId: $kpiId, period: $period, value: $value)
  }
`;
