import { gql } from 'urql';
import type { PagedConnection } from '../../../graphql/types';

export type Sex = 'MALE' | 'FEMALE';
export type EmploymentStatus = 'PNS' | 'PPPK';

export interface EmployeeRow {
  id: string;
  nip: string;
  name: string;
  sex: Sex;
  birthDate: string;
  status: EmploymentStatus;
  positionTitle: string;
  rankGrade: string;
  unit: { id: string; name: string };
  superior: { id: string; name: string } | null;
}

const employeeFields = `
  id
  nip
  name
  sex
  birthDate
  status
  positionTitle
  rankGrade
  unit {
    id
    name
  }
  superior {
    id
    name
  }
`;

export const EmployeesQuery = gql<
  { employees: PagedConnection<EmployeeRow> },
  { agencyId: string; search: string | null; after: string | null }
>`
  query Employees($agencyId: ID!, $search: String, $after: String) {
    employees(agencyId: $agencyId, search: $search, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ${employeeFields}
        }
      }
    }
  }
`;

/** What the employee form sends: the row's own fields, with the unit by id. */
export type EmployeeInput = Omit<EmployeeRow, 'id' | 'unit' | 'superior'> & { unitId: string };

export const CreateEmployeeMutation = gql<{ createEmployee: EmployeeRow }, { input: EmployeeInput }>`
  mutation CreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      ${employeeFields}
    }
  }
`;

export const UpdateEmployeeMutation = gql<{ updateEmployee: EmployeeRow }, { input: Omit<EmployeeInput, 'nip'> & { id: string } }>`
  mutation UpdateEmployee($input: UpdateEmployeeInput!) {
    updateEmployee(input: $input) {
      ${employeeFields}
    }
  }
`;
