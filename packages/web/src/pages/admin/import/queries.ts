import { gql } from 'urql';

export type ImportAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

export interface ImportRowError {
  row: number;
  column: string | null;
  code: string;
  message: string;
  relatedRow: number | null;
}

/** What every import reports: the file's rows, every row error and a preview of the first valid rows. */
export interface ImportReport<Row extends { row: number } = { row: number }> {
  dryRun: boolean;
  applied: boolean;
  totalRows: number;
  errorCount: number;
  errors: ImportRowError[];
  preview: Row[];
}

export interface ImportResult
  extends ImportReport<{ row: number; action: ImportAction; nip: string; name: string; positionTitle: string; unitCode: string; superiorNip: string | null }> {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ServiceEventImportResult
  extends ImportReport<{ row: number; idempotencyKey: string; serviceName: string; reference: string; step: string; occurredAt: string; known: boolean }> {
  validRows: number;
  /** New events: recorded, or that would be. */
  accepted: number;
  /** Valid rows whose idempotency key is known already. */
  duplicates: number;
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

export const ImportServiceEventsMutation = gql<
  { importServiceEvents: ServiceEventImportResult },
  { file: File; dryRun: boolean; acceptValidRows: boolean }
>`
  mutation ImportServiceEvents($file: File!, $dryRun: Boolean!, $acceptValidRows: Boolean) {
    importServiceEvents(file: $file, dryRun: $dryRun, acceptValidRows: $acceptValidRows) {
      dryRun
      applied
      totalRows
      validRows
      accepted
      duplicates
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
        idempotencyKey
        serviceName
        reference
        step
        occurredAt
        known
      }
    }
  }
`;

/** The columns of a service event file, in the order of the template. */
export const SERVICE_EVENT_COLUMNS = ['idempotencyKey', 'serviceTypeId', 'reference', 'step', 'occurredAt'] as const;
