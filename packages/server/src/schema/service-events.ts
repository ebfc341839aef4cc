// Ingestion of service step events: batches through GraphQL and CSV files of the same shape.
// Requests carry no citizen identity: only the agency's opaque reference.
import { SERVICE_STEPS, type ServiceStep } from '@pantau/shared';
import { parse } from 'csv-parse/sync';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { recordAudit } from '../audit/log.js';
import type { Context } from '../context.js';
import { AppError } from '../errors.js';
import { ingestServiceEvents, MAX_EVENTS_PER_BATCH, runInTransaction, type IngestResult, type ServiceEventRecord } from '../service/ingest.js';
import { builder } from './builder.js';
import { ServiceTypeNode } from './service-catalogue.js';

export const ServiceStepEnum = builder.enumType('ServiceStep', {
  description: 'A step of a service request. COMPLETED (or COLLECTED), REJECTED and CANCELLED close it.',
  values: SERVICE_STEPS,
});

/** Events may be stamped up to a day ahead (clock skew at a counter), never further. */
const FUTURE_TOLERANCE_MS = 86_400_000;
const eventFields = {
  idempotencyKey: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  reference: z.string().trim().regex(/^[A-Za-z0-9._/-]{1,64}$/, 'use 1–64 letters, digits or . _ / -'),
  occurredAt: z.date().refine((date) => date.getTime() <= Date.now() + FUTURE_TOLERANCE_MS, 'must not lie in the future'),
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
    ctx.addIssue({ code: 'custom', message: 'must be the global id of a ServiceType' });
    return z.NEVER;
  }),
  reference: eventFields.reference,
  step: z.enum(SERVICE_STEPS, { message: `must be one of ${SERVICE_STEPS.join(', ')}` }),
  occurredAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'must be an ISO 8601 instant with its offset, e.g. 2026-03-02T09:15:00+07:00')
    .transform((value) => new Date(value))
    .pipe(eventFields.occurredAt),
});

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
    const parsed = csvRow.safeParse(record);
    if (parsed.success) events.push({ ...parsed.data, step: parsed.data.step as ServiceStep, line });
    else {
      const issue = parsed.error.issues[0]!;
      problems.push({ line, field: issue.path.map(String).join('.') || null, message: issue.message });
    }
  }
  return { events, problems };
}

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
}));
