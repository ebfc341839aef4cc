import { gql } from 'urql';
import type { Connection } from '../../../graphql/types';

export type TargetUnit = 'HOURS' | 'DAYS';

export interface Standard {
  validFrom: string;
  targetValue: number;
  targetUnit: TargetUnit;
  cost: number;
  requirements: string;
}

export interface ServiceRow {
  id: string;
  code: string;
  name: string;
  currentStandard: Standard | null;
  standards: Standard[];
}

const standardFields = 'validFrom targetValue targetUnit cost requirements';

export const AgencyServicesQuery = gql<{ agency: { id: string; name: string; serviceTypes: ServiceRow[] } | null }, { id: string }>`
  query AgencyServices($id: ID!) {
    agency(id: $id) {
      id
      name
      serviceTypes { id code name currentStandard { ${standardFields} } standards { ${standardFields} } }
    }
  }
`;

export interface StandardInput {
  targetValue: number;
  targetUnit: TargetUnit;
  cost: number;
  requirements: string;
}

export const CreateServiceTypeMutation = gql<{ createServiceType: { id: string; name: string } }, { input: StandardInput & { agencyId: string; code: string; name: string } }>`
  mutation CreateServiceType($input: CreateServiceTypeInput!) {
    createServiceType(input: $input) { id name }
  }
`;

export const RenameServiceTypeMutation = gql<{ renameServiceType: { id: string; name: string } }, { input: { serviceTypeId: string; name: string } }>`
  mutation RenameServiceType($input: RenameServiceTypeInput!) {
    renameServiceType(input: $input) { id name }
  }
`;

export const SetServiceStandardMutation = gql<{ setServiceStandard: Standard }, { input: StandardInput & { serviceTypeId: string; validFrom: string } }>`
  mutation SetServiceStandard($input: SetServiceStandardInput!) {
    setServiceStandard(input: $input) { ${standardFields} }
  }
`;

export interface Holiday {
  date: string;
  name: string;
  collectiveLeave: boolean;
}

export const RegionHolidaysQuery = gql<
  { holidays: Holiday[]; nationalHolidays: Holiday[] },
  { regionId: string; year: number }
>`
  query RegionHolidays($regionId: ID!, $year: Int!) {
    holidays(regionId: $regionId, year: $year) { date name collectiveLeave }
    nationalHolidays(year: $year) { date name collectiveLeave }
  }
`;

export const RegionListQuery = gql<{ regions: Connection<{ id: string; name: string }> }>`
  query RegionList {
    regions(first: 100) { totalCount edges { node { id name } } }
  }
`;

export const AddHolidayMutation = gql<{ addHoliday: Holiday }, { input: Holiday & { regionId: string } }>`
  mutation AddHoliday($input: HolidayInput!) {
    addHoliday(input: $input) { date name collectiveLeave }
  }
`;

export const RemoveHolidayMutation = gql<{ removeHoliday: boolean }, { regionId: string; date: string }>`
  mutation RemoveHoliday($regionId: ID!, $date: String!) {
    removeHoliday(regionId: $regionId, date: $date)
  }
`;
