// Ingestion of service step events: batches through GraphQL, and CSV or XLSX files of the same
// shape (checked row by row, with a dry run and a preview, before anything is written).
// Requests carry no citizen identity: only the agency's opaque reference.
import { SERVICE_STEPS, type ServiceStep } from '@pantau/shared';
import { parse } from 'csv-parse/sync';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { recordAudit } from '../audit/log.js';
import type { Context } from '../context.js';
import { AppError } from '../errors.js';
import { IMPORT_MAX_ERRORS, IMPORT_PREVIEW_ROWS } from '../organisation/employee-import.js';
import { readSheet } from '../organisation/spreadsheet.js';
import { ingestServiceEvents, MAX_EVENTS_PER_BATCH, runInTransaction, type IngestResult, type ServiceEventRecord } from '../service/ingest.js';
import { builder } from './builder.js';
import { ImportRowErrorRef, type RowError } from './import.js';
import { ServiceTypeNode } from './service-catalogue.js';

export const ServiceStepEnum = builder.enumType('ServiceStep', {
  description: 'A step of a service request. COMPLETED (or COLLECTED), REJECTED and CANCELLED close it.',
  values: SERVICE_STEPS,
});

/** Events may be stamped up to a day ahead (clock skew at a counter), never further. */
const FUTURE_TOLERANCE_MS = 86_400_000;
/** What can be wrong with an event's field, by the stable code an import reports. */
const EVENT_PROBLEMS = {
  IDEMPOTENCY_KEY_REQUIRED: 'is required',
  IDEMPOTENCY_KEY_LENGTH: 'must be at most 200 characters',
  REFERENCE_FORMAT: 'use 1–64 letters, digits or . _ / -',
  OCCURRED_AT_FUTURE: 'must not lie in the future',
  OCCURRED_AT_FORMAT: 'must be an ISO 8601 instant with its offset, e.g. 2026-03-02T09:15:00+07:00',
  SERVICE_TYPE_ID: 'must be the global id of a ServiceType',
  STEP_VALUE: `must be one of ${SERVICE_STEPS.join(', ')}`,
} as const;
const eventFields = {
  idempotencyKey: z.string().trim().min(1, EVENT_PROBLEMS.IDEMPOTENCY_KEY_REQUIRED).max(200, EVENT_PROBLEMS.IDEMPOTENCY_KEY_LENGTH),
  reference: z.string().trim().regex(/^[A-Za-z0-9._/-]{1,64}$/, EVENT_PROBLEMS.REFERENCE_FORMAT),
  occurredAt: z.date().refine((date) => date.getTime() <= Date.now() + FUTURE_TOLERANCE_MS, EVENT_PROBLEMS.OCCURRED_AT_FUTURE),
};

const ServiceEventInput = builder.inputType('ServiceEventInput', {
  description: 'One step of one service request.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per event: sending the same key again changes nothing.', validate: eventFields.idempotencyKey }),
    serviceTypeId: t.globalID({ required: true, for: ServiceTypeNode }),
    reference: t.string({ required: true, description: 'The agency’s opaque request number (never a citizen’s identity).', validate: eventFields.reference }),
    step: t.field({ type: ServiceStepEnum, required: true }),
    occurredAt: t.field({ type: 'DateTime', required: true, validate: eventFields.occurredAt }),
  }),
});

interface CsvProblem {
  line: number;
  field: string | null;
  message: string;
}

const ServiceEventBatchResult = builder.objectRef<IngestResult & { rejectedRows: CsvProblem[] }>('ServiceEventBatchResult').implement({
  description: 'What a batch changed: new events accepted, events already known (by idempotency key) ignored.',
  fields: (t) => ({
    accepted: t.exposeInt('accepted'),
    duplicates: t.exposeInt('duplicates'),
    rejectedRows: t.field({
      type: [builder.objectRef<CsvProblem>('CsvRowProblem').implement({
        description: 'A CSV row that was not imported, with its line number (the header is line 1) and the reason.',
        fields: (r) => ({ line: r.exposeInt('line'), field: r.exposeString('field', { nullable: true }), message: r.exposeString('message') }),
      })],
      description: 'Rows left out (CSV import with acceptValidRows only).',
      resolve: (result) => result.rejectedRows,
    }),
  }),
});

/** The ingestion scope of the viewer: every agency for ADMIN, their own for AGENCY_ADMIN. */
function scopeOf(context: Context) {
  return { agencyId: context.viewer?.role === 'ADMIN' ? null : (context.viewer?.agencyId ?? '') };
}

async function ingest(context: Context, events: ServiceEventRecord[], source: string): Promise<IngestResult> {
  const result = await runInTransaction(context.prisma, async (tx) => {
    const outcome = await ingestServiceEvents(tx, events, scopeOf(context));
    if (outcome.accepted > 0) {
      await recordAudit(tx, context.viewer, {
        action: 'serviceEvents.record',
        entityType: 'ServiceEventBatch',
        entityId: events[0]!.idempotencyKey,
        after: { source, accepted: outcome.accepted, duplicates: outcome.duplicates, services: outcome.changed.map((scope) => scope.serviceTypeId) },
      });
    }
    return outcome;
  });
  context.live.announce(result.changed);
  return result;
}

/** One transaction per file, so a file is recorded whole or not at all; larger files are split by the sender. */
const MAX_CSV_ROWS = 10_000;
const CSV_COLUMNS = ['idempotencyKey', 'serviceTypeId', 'reference', 'step', 'occurredAt'] as const;
const csvRow = z.object({
  idempotencyKey: eventFields.idempotencyKey,
  serviceTypeId: z.string().transform((value, ctx) => {
    try {
      const decoded = decodeGlobalID(value);
      if (decoded.typename === 'ServiceType') return decoded.id;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: EVENT_PROBLEMS.SERVICE_TYPE_ID });
    return z.NEVER;
  }),
  reference: eventFields.reference,
  step: z.enum(SERVICE_STEPS, { message: EVENT_PROBLEMS.STEP_VALUE }),
  occurredAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, EVENT_PROBLEMS.OCCURRED_AT_FORMAT)
    .transform((value) => new Date(value))
    .pipe(eventFields.occurredAt),
});

/** Validates one row of a file, given as text by column: the event, or the first problem with its field and code. */
function validateEventRow(values: Record<string, string>): { event: ServiceEventRecord } | { field: string | null; code: string; message: string } {
  const parsed = csvRow.safeParse(values);
  if (parsed.success) return { event: { ...parsed.data, step: parsed.data.step as ServiceStep } };
  const issue = parsed.error.issues[0]!;
  const code = Object.entries(EVENT_PROBLEMS).find(([, message]) => message === issue.message)?.[0] ?? 'INVALID';
  return { field: issue.path.map(String).join('.') || null, code, message: issue.message };
}

/** Parses and validates a CSV file; every bad row is reported with its line number. */
function parseEventsCsv(text: string): { events: Array<ServiceEventRecord & { line: number }>; problems: CsvProblem[] } {
  // PostgreSQL stores no NUL in text; no real CSV holds one.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { events: [], problems: [{ line: text.slice(0, nul).split('\n').length, field: null, message: 'The file contains a NUL byte: it is not UTF-8 text.' }] };
  let records: Array<{ record: Record<string, string>; line: number }>;
  try {
    records = (parse(text, { columns: true, skip_empty_lines: true, trim: true, info: true, bom: true }) as Array<{ record: Record<string, string>; info: { lines: number } }>).map(
      ({ record, info }) => ({ record, line: info.lines }),
    );
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { events: [], problems: [{ line, field: null, message: `The file is not valid CSV: ${(error as Error).message}` }] };
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = CSV_COLUMNS.filter((column) => !header.includes(column));
  if (records.length > 0 && missing.length > 0) {
    return { events: [], problems: [{ line: 1, field: null, message: `The header lacks the column(s) ${missing.join(', ')}; expected ${CSV_COLUMNS.join(',')}.` }] };
  }
  const events: Array<ServiceEventRecord & { line: number }> = [];
  const problems: CsvProblem[] = [];
  for (const { record, line } of records) {
    const checked = validateEventRow(record);
    if ('event' in checked) events.push({ ...checked.event, line });
    else problems.push({ line, field: checked.field, message: checked.message });
  }
  return { events, problems };
}

const EVENT_IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** Indonesian agencies keep their sheets in WIB: a real date cell is read as WIB wall-clock time. */
const SHEET_DATE_OFFSET = '+07:00';

interface PlannedEvent extends ServiceEventRecord {
  row: number;
  serviceName: string;
  /** The idempotency key is stored already, or on an earlier row of the file: the row changes nothing. */
  known: boolean;
}

interface EventImportPlan {
  totalRows: number;
  rows: PlannedEvent[];
  errors: RowError[];
}

/** Reads and checks a CSV or XLSX file of events without writing anything; the same row checks as the CSV mutation, plus the service's existence and the viewer's scope. */
async function planEventImport(context: Context, file: File): Promise<EventImportPlan> {
  const sheet = await readSheet(file, { maxBytes: EVENT_IMPORT_MAX_BYTES, maxRows: MAX_CSV_ROWS, columns: CSV_COLUMNS, required: CSV_COLUMNS });
  const errors: RowError[] = [];
  const valid: Array<ServiceEventRecord & { row: number }> = [];
  for (const { row, values, dateCells } of sheet) {
    const date = dateCells.get('occurredAt');
    const checked = validateEventRow(date ? { ...values, occurredAt: `${date.toISOString().slice(0, 19)}${SHEET_DATE_OFFSET}` } : values);
    if ('event' in checked) valid.push({ ...checked.event, row });
    else errors.push({ row, column: checked.field, code: checked.code, message: checked.message });
  }
  const services = new Map(
    (
      await context.prisma.serviceType.findMany({
        where: { id: { in: [...new Set(valid.map((event) => event.serviceTypeId))] } },
        select: { id: true, name: true, agencyId: true },
      })
    ).map((service) => [service.id, service]),
  );
  const { agencyId } = scopeOf(context);
  const inScope = valid.filter((event) => {
    const service = services.get(event.serviceTypeId);
    if (!service) errors.push({ row: event.row, column: 'serviceTypeId', code: 'SERVICE_TYPE_UNKNOWN', message: 'the service type was not found' });
    else if (agencyId !== null && service.agencyId !== agencyId) {
      errors.push({ row: event.row, column: 'serviceTypeId', code: 'SERVICE_TYPE_OTHER_AGENCY', message: "an agency administrator may import only their own agency's services" });
    } else return true;
    return false;
  });
  const stored = await context.prisma.$queryRaw<Array<{ idempotencyKey: string }>>`
    SELECT "idempotencyKey" FROM "ServiceEvent" WHERE "idempotencyKey" = ANY(${inScope.map((event) => event.idempotencyKey)}::text[])`;
  const seen = new Set(stored.map((event) => event.idempotencyKey));
  const rows = inScope.map((event) => {
    const known = seen.has(event.idempotencyKey);
    seen.add(event.idempotencyKey);
    return { ...event, serviceName: services.get(event.serviceTypeId)!.name, known };
  });
  return { totalRows: sheet.length, rows, errors: errors.sort((a, b) => a.row - b.row) };
}

const ServiceEventPreviewRow = builder.objectRef<PlannedEvent>('ServiceEventPreviewRow').implement({
  fields: (t) => ({
    row: t.exposeInt('row'),
    idempotencyKey: t.exposeString('idempotencyKey'),
    serviceTypeId: t.globalID({ resolve: (row) => ({ type: 'ServiceType', id: row.serviceTypeId }) }),
    serviceName: t.exposeString('serviceName'),
    reference: t.exposeString('reference'),
    step: t.expose('step', { type: ServiceStepEnum }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    known: t.exposeBoolean('known', { description: 'The idempotency key is known already (stored, or on an earlier row): the row changes nothing.' }),
  }),
});

const ServiceEventImportResult = builder
  .objectRef<EventImportPlan & { dryRun: boolean; applied: boolean; accepted: number; duplicates: number }>('ServiceEventImportResult')
  .implement({
    description: 'What an import of service events found and, unless a dry run or refused for errors, did.',
    fields: (t) => ({
      dryRun: t.exposeBoolean('dryRun'),
      applied: t.exposeBoolean('applied', { description: 'True when the valid rows were recorded.' }),
      totalRows: t.exposeInt('totalRows'),
      validRows: t.int({ resolve: (result) => result.rows.length }),
      accepted: t.exposeInt('accepted', { description: 'New events: recorded, or (dry run, refused run) that would be.' }),
      duplicates: t.exposeInt('duplicates', { description: 'Valid rows whose idempotency key is known already: they change nothing.' }),
      errorCount: t.int({ resolve: (result) => result.errors.length }),
      errors: t.field({ type: [ImportRowErrorRef], description: `Every bad row (at most ${IMPORT_MAX_ERRORS}).`, resolve: (result) => result.errors.slice(0, IMPORT_MAX_ERRORS) }),
      preview: t.field({
        type: [ServiceEventPreviewRow],
        description: `The first ${IMPORT_PREVIEW_ROWS} valid rows.`,
        resolve: (result) => result.rows.slice(0, IMPORT_PREVIEW_ROWS),
      }),
    }),
  });

builder.mutationFields((t) => ({
  recordServiceEvents: t.field({
    type: ServiceEventBatchResult,
    description: `Records up to ${MAX_EVENTS_PER_BATCH} step events in one transaction. Events may arrive in any order; re-sending one (same idempotencyKey) changes nothing.`,
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: {
      events: t.arg({
        type: [ServiceEventInput],
        required: true,
        validate: z.array(z.unknown()).min(1, 'needs at least one event').max(MAX_EVENTS_PER_BATCH, `takes at most ${MAX_EVENTS_PER_BATCH} events per batch`),
      }),
    },
    resolve: async (_parent, args, context) => {
      const events = args.events.map((event) => ({ ...event, serviceTypeId: event.serviceTypeId.id }));
      return { ...(await ingest(context, events, 'graphql')), rejectedRows: [] };
    },
  }),
  importServiceEventsCsv: t.field({
    type: ServiceEventBatchResult,
    description:
      'Imports a CSV file with the header idempotencyKey,serviceTypeId,reference,step,occurredAt. A bad row rejects the whole file (the error names its line) unless acceptValidRows is true; then the valid rows are recorded and the bad ones listed.',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: {
      csv: t.arg.string({ required: true, validate: z.string().max(20_000_000, 'is larger than 20 MB') }),
      acceptValidRows: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: async (_parent, args, context) => {
      const { events, problems } = parseEventsCsv(args.csv);
      if (problems.length > 0 && !args.acceptValidRows) {
        const first = problems[0]!;
        throw new AppError('BAD_USER_INPUT', `Line ${first.line}${first.field ? `, ${first.field}` : ''}: ${first.message} (${problems.length} bad row(s); nothing was imported).`, `csv.line.${first.line}`);
      }
      if (events.length === 0) return { accepted: 0, duplicates: 0, changed: [], rejectedRows: problems };
      if (events.length > MAX_CSV_ROWS) throw new AppError('BAD_USER_INPUT', `A file may hold at most ${MAX_CSV_ROWS} rows; split it.`, 'csv');
      try {
        return { ...(await ingest(context, events.map(({ line: _line, ...event }) => event), 'csv')), rejectedRows: problems };
      } catch (error) {
        // Errors name the event's index; the caller knows the file by its lines.
        if (!(error instanceof AppError)) throw error;
        const at = /^events\.(\d+)\.(.+)$/.exec(error.field ?? '');
        if (!at) throw error;
        const line = events[Number(at[1])]!.line;
        throw new AppError(error.code, `Line ${line}, ${at[2]}: ${error.message.replace(/^Event \d+: /, '')} Nothing was imported.`, `csv.line.${line}`);
      }
    },
  }),
  importServiceEvents: t.field({
    type: ServiceEventImportResult,
    description:
      `Imports service step events from a .csv (comma or semicolon separated, UTF-8) or .xlsx file (first sheet) of at most ${EVENT_IMPORT_MAX_BYTES / 1024 / 1024} MB ` +
      `and ${MAX_CSV_ROWS} rows, with the columns ${CSV_COLUMNS.join(', ')} (the same checks as importServiceEventsCsv; occurredAt an ISO 8601 instant ` +
      `with its offset, or in XLSX a date cell, read as WIB (${SHEET_DATE_OFFSET}) time). Every row is checked and reported with its row number (header = 1). ` +
      'dryRun: only check and preview, nothing is written. Otherwise the rows are recorded in one transaction, none when any row has an error ' +
      'unless acceptValidRows; rows with a known idempotency key change nothing, so the same file twice records nothing new.',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: {
      file: t.arg({ type: 'File', required: true }),
      dryRun: t.arg.boolean({ required: true }),
      acceptValidRows: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: async (_parent, args, context) => {
      const plan = await planEventImport(context, args.file);
      const wouldBe = { accepted: plan.rows.filter((row) => !row.known).length, duplicates: plan.rows.filter((row) => row.known).length };
      const apply = !args.dryRun && plan.rows.length > 0 && (plan.errors.length === 0 || args.acceptValidRows === true);
      if (!apply) return { ...plan, ...wouldBe, dryRun: args.dryRun, applied: false };
      const outcome = await ingest(
        context,
        plan.rows.map(({ row: _row, serviceName: _name, known: _known, ...event }) => event),
        `file ${args.file.name}`,
      );
      return { ...plan, accepted: outcome.accepted, duplicates: outcome.duplicates, dryRun: false, applied: true };
    },
  }),
}));
