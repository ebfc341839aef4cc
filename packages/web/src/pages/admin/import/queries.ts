import { gql } from 'urql';

export type ImportAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

export interface ImportResult {
  dryRun: boolean;
  applied: boolean;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: Array<{ row: number; column: string | null; code: string; message: string; relatedRow: number | null }>;
  preview: Array<{ row: number; action: ImportAction; nip: string; name: string; positionTitle: string; unitCode: string; superiorNip: string | null }>;
}

export const ImportEmployeesMutation = gql<{ importEmployees: ImportResult }, { agencyId: string; file: File; dryRun: boolean }>`
  mutation ImportEmployees($agencyId: ID!, $file: File!, $dryRun: Boolean!) {
    importEmployees(agencyId: $agencyId, file: $file, dryRun: $dryRun) {
      dryRun
      applied
      totalRows
      created
      updated
      unchanged
      errorCount
      errors {
        row
        column
        code
        message
        relatedRow
      }
      preview {
        row
        action
        nip
        name
        positionTitle
        unitCode
        superiorNip
      }
    }
  }
`;

/** The columns of an import file, in the order of the template. */
export const IMPORT_COLUMNS = ['nip', 'name', 'sex', 'birthDate', 'status', 'positionTitle', 'rankGrade', 'unitCode', 'superiorNip'] as const;
