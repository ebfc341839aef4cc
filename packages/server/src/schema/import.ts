// Import of employees from CSV or XLSX, uploaded as a GraphQL multipart request (yoga reads the
// multipart request spec natively and hands the resolver a standard File).
import { assertAgencyAdministrator } from '../auth/access.js';
import { notFound } from '../errors.js';
import {
  applyEmployeeImport,
  IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ERRORS,
  IMPORT_MAX_ROWS,
  IMPORT_PREVIEW_ROWS,
  planEmployeeImport,
  type ImportPlan,
  type ImportRowError,
  type PlannedRow,
} from '../organisation/employee-import.js';
import { AgencyNode } from './agency.js';
import { builder } from './builder.js';

const ImportAction = builder.enumType('ImportAction', {
  description: 'What an import does with a row: CREATE a new employee, UPDATE the one with its NIP, or nothing (UNCHANGED).',
  values: ['CREATE', 'UPDATE', 'UNCHANGED'] as const,
});

/** A row error of any import: the employee import's, or the service event import's (whose column is one of its own). */
export type RowError = Omit<ImportRowError, 'column'> & { column: string | null };

export const ImportRowErrorRef = builder.objectRef<RowError>('ImportRowError').implement({
  description: 'One problem in the file: the row as a spreadsheet shows it (header = 1), the column, and what is wrong.',
  fields: (t) => ({
    row: t.exposeInt('row'),
    column: t.exposeString('column', { nullable: true }),
    code: t.exposeString('code', {
      description:
        'Stable reason, for translations: REQUIRED, INVALID, NIP_<part> (NOT_DIGITS, LENGTH, BIRTH_DATE, APPOINTMENT_MONTH, APPOINTMENT_BEFORE_BIRTH, SEX, SEQUENCE), ' +
        'NIP_AS_NUMBER, NIP_DUPLICATE, NIP_OTHER_AGENCY, NAME_LENGTH, TITLE_LENGTH, RANK_LENGTH, DATE, BIRTH_DATE_NIP, SEX_NIP, SEX_VALUE, STATUS_VALUE, ' +
        'UNIT_UNKNOWN, SUPERIOR_INVALID, SUPERIOR_SELF, SUPERIOR_UNKNOWN, SUPERIOR_LOOP; ' +
        'service events: IDEMPOTENCY_KEY_REQUIRED, IDEMPOTENCY_KEY_LENGTH, SERVICE_TYPE_ID, SERVICE_TYPE_UNKNOWN, SERVICE_TYPE_OTHER_AGENCY, REFERENCE_FORMAT, ' +
        'STEP_VALUE, OCCURRED_AT_FORMAT, OCCURRED_AT_FUTURE, INVALID.',
    }),
    message: t.exposeString('message', { description: 'The reason in English.' }),
    relatedRow: t.exposeInt('relatedRow', { nullable: true, description: 'The other row involved, e.g. the first row with the same NIP.' }),
  }),
});

const ImportPreviewRow = builder.objectRef<PlannedRow>('ImportPreviewRow').implement({
  fields: (t) => ({
    row: t.exposeInt('row'),
    action: t.expose('action', { type: ImportAction }),
    nip: t.exposeString('nip'),
    name: t.exposeString('name'),
    positionTitle: t.exposeString('positionTitle'),
    unitCode: t.exposeString('unitCode'),
    superiorNip: t.exposeString('superiorNip', { nullable: true }),
  }),
});

const EmployeeImportResult = builder.objectRef<ImportPlan & { dryRun: boolean; applied: boolean }>('EmployeeImportResult').implement({
  description: 'What an import found and, unless a dry run or refused for errors, did.',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun'),
    applied: t.exposeBoolean('applied', { description: 'True when the rows were written (a real run without errors).' }),
    totalRows: t.exposeInt('totalRows'),
    created: t.int({ resolve: (result) => result.counts.CREATE }),
    updated: t.int({ resolve: (result) => result.counts.UPDATE }),
    unchanged: t.int({ resolve: (result) => result.counts.UNCHANGED }),
    errorCount: t.exposeInt('errorCount'),
    errors: t.field({ type: [ImportRowErrorRef], description: `Every problem, by row (at most ${IMPORT_MAX_ERRORS}).`, resolve: (result) => result.errors }),
    preview: t.field({
      type: [ImportPreviewRow],
      description: `The first ${IMPORT_PREVIEW_ROWS} valid rows and what happens to each.`,
      resolve: (result) => result.rows.slice(0, IMPORT_PREVIEW_ROWS),
    }),
  }),
});

builder.mutationField('importEmployees', (t) =>
  t.field({
    type: EmployeeImportResult,
    description:
      `Imports an agency's employees from a .csv (comma or semicolon separated, UTF-8) or .xlsx file (first sheet) of at most ` +
      `${IMPORT_MAX_BYTES / 1024 / 1024} MB and ${IMPORT_MAX_ROWS} rows. Header row with the columns ${IMPORT_COLUMNS.join(', ')} ` +
      '(superiorNip optional; sex MALE/FEMALE or L/P; birthDate YYYY-MM-DD; status PNS/PPPK; unitCode a unit of the agency; ' +
      'the superior may be another row of the file). Rows are matched by NIP, so the same file twice changes nothing. ' +
      'dryRun: only check and preview. Otherwise every row is written in one transaction, or none when any row has an error.',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: {
      agencyId: t.arg.globalID({ required: true, for: AgencyNode }),
      file: t.arg({ type: 'File', required: true }),
      dryRun: t.arg.boolean({ required: true }),
    },
    resolve: async (_parent, args, context) => {
      const agencyId = args.agencyId.id;
      assertAgencyAdministrator(context, agencyId, 'agencyId');
      if (!(await context.prisma.agency.findUnique({ where: { id: agencyId }, select: { id: true } }))) throw notFound('The agency', 'agencyId');
      const plan = await planEmployeeImport(context.prisma, agencyId, args.file);
      const apply = !args.dryRun && plan.errorCount === 0;
      if (apply) await applyEmployeeImport(context.prisma, context.viewer, agencyId, args.file.name, plan);
      return { ...plan, dryRun: args.dryRun, applied: apply };
    },
  }),
);
