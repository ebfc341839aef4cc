// Ingestion of service step events: a batch is applied in one transaction, duplicates (by
// idempotency key) change nothing, and every request touched is re-folded from the union of its
// steps so that events may arrive in any order. The aggregates change by the difference between
// each request's old and new contribution.
import { randomUUID } from 'node:crypto';
import {
  foldServiceRequest,
  mergeSteps,
  targetMinutes,
  type FoldedServiceRequest,
  type ServiceStep,
  type ServiceSteps,
  type StandardVersion,
} from '@pantau/shared';
import type { PrismaClient } from '../db/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { AppError } from '../errors.js';
import { AggregateDelta, type RequestScope } from './aggregates.js';
import { dayString, loadCalendars, type Db } from './calendar.js';

export const MAX_EVENTS_PER_BATCH = 1000;
// Serialises ingestion: two batches touching one request must not fold it from stale steps.
const INGEST_LOCK_KEY = 7_264_101;

export interface ServiceEventRecord {
  idempotencyKey: string;
  serviceTypeId: string;
  reference: string;
  step: ServiceStep;
  occurredAt: Date;
}

export interface IngestResult {
  accepted: number;
  duplicates: number;
  /** Agencies and services whose figures changed, for live updates. */
  changed: RequestScope[];
}

/** Which services the caller may report for: all, or one agency's. */
export type IngestScope = { agencyId: string | null };

interface ServiceInfo extends RequestScope {
  standards: StandardVersion[];
}

const STEP_COLUMNS: Record<ServiceStep, string> = {
  RECEIVED: 'receivedAt',
  VERIFIED: 'verifiedAt',
  PROCESSED: 'processedAt',
  COMPLETED: 'completedAt',
  COLLECTED: 'collectedAt',
  REJECTED: 'rejectedAt',
  CANCELLED: 'cancelledAt',
};

async function loadServices(db: Db, events: readonly ServiceEventRecord[], scope: IngestScope): Promise<Map<string, ServiceInfo>> {
  const ids = [...new Set(events.map((event) => event.serviceTypeId))];
  const rows = await db.serviceType.findMany({
    where: { id: { in: ids } },
    select: { id: true, agencyId: true, agency: { select: { regionId: true } }, standards: { select: { validFrom: true, targetValue: true, targetUnit: true } } },
  });
  const services = new Map(
    rows.map((row) => [
      row.id,
      {
        agencyId: row.agencyId,
        serviceTypeId: row.id,
        regionId: row.agency.regionId,
        standards: row.standards.map((standard) => ({ validFrom: standard.validFrom, targetMinutes: targetMinutes(standard.targetValue, standard.targetUnit) })),
      },
    ]),
  );
  events.forEach((event, index) => {
    const service = services.get(event.serviceTypeId);
    if (!service) throw new AppError('NOT_FOUND', `Event ${index}: the service type was not found.`, `events.${index}.serviceTypeId`);
    if (scope.agencyId !== null && service.agencyId !== scope.agencyId) {
      throw new AppError('FORBIDDEN', `Event ${index}: an agency administrator may report only their own agency's services.`, `events.${index}.serviceTypeId`);
    }
  });
  return services;
}

const REQUEST_COLUMN_NAMES = ['id', 'serviceTypeId', 'reference', 'status', 'receivedDay', 'closedDay', 'workingMinutes', 'targetMinutes', 'dueDate', ...Object.values(STEP_COLUMNS)];
const REQUEST_COLUMNS = Prisma.raw(REQUEST_COLUMN_NAMES.map((column) => `"${column}"`).join(', '));

/** A request as stored: what its aggregates count now, and its steps so far (STEP_COLUMNS). */
type StoredRequest = Record<string, unknown> & {
  id: string;
  serviceTypeId: string;
  reference: string;
  status: FoldedServiceRequest['status'];
  receivedDay: Date | null;
  closedDay: Date | null;
  workingMinutes: number | null;
  targetMinutes: number | null;
  dueDate: Date | null;
};

const requestKey = (serviceTypeId: string, reference: string) => `${serviceTypeId}\u0000${reference}`;

function stepsOf(row: Record<string, unknown>): ServiceSteps {
  const steps: ServiceSteps = {};
  for (const [step, column] of Object.entries(STEP_COLUMNS)) {
    const value = row[column];
    if (value instanceof Date) steps[step as ServiceStep] = value;
  }
  return steps;
}

/** Applies a validated batch inside the caller's transaction. */
export async function ingestServiceEvents(db: Db, events: readonly ServiceEventRecord[], scope: IngestScope): Promise<IngestResult> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(${INGEST_LOCK_KEY})`;
  const services = await loadServices(db, events, scope);

  // The first event with a key wins; a key seen before (in this batch or stored) is a duplicate.
  const byKey = new Map<string, ServiceEventRecord>();
  for (const event of events) if (!byKey.has(event.idempotencyKey)) byKey.set(event.idempotencyKey, event);
  const stored = await db.$queryRaw<Array<{ idempotencyKey: string }>>`
    SELECT "idempotencyKey" FROM "ServiceEvent" WHERE "idempotencyKey" = ANY(${[...byKey.keys()]}::text[])`;
  for (const { idempotencyKey } of stored) byKey.delete(idempotencyKey);
  const fresh = [...byKey.values()];
  if (fresh.length === 0) return { accepted: 0, duplicates: events.length, changed: [] };

  // Requests: create the unknown ones and read all touched with their steps so far, in one
  // statement (the inserted rows come back from RETURNING, the others from the join; ingestion
  // holds the lock, so nobody else inserts in between).
  const wanted = [...new Map(fresh.map((event) => [requestKey(event.serviceTypeId, event.reference), event])).values()];
  const requests = await db.$queryRaw<StoredRequest[]>`
    WITH wanted AS (
      SELECT * FROM unnest(${wanted.map(() => randomUUID())}::text[], ${wanted.map((event) => event.serviceTypeId)}::text[],
        ${wanted.map((event) => services.get(event.serviceTypeId)!.agencyId)}::text[], ${wanted.map((event) => event.reference)}::text[])
        AS w(id, "serviceTypeId", "agencyId", reference)),
    inserted AS (
      INSERT INTO "ServiceRequest" ("id", "serviceTypeId", "agencyId", "reference", "updatedAt")
      SELECT w.*, now() FROM wanted w ON CONFLICT ("serviceTypeId", "reference") DO NOTHING RETURNING ${REQUEST_COLUMNS})
    SELECT * FROM inserted
    UNION ALL
    SELECT ${Prisma.raw(REQUEST_COLUMN_NAMES.map((column) => `r."${column}"`).join(', '))}
    FROM "ServiceRequest" r JOIN wanted w ON r."serviceTypeId" = w."serviceTypeId" AND r.reference = w.reference`;
 
  const requestsByKey = new Map(requests.map((row) => [requestKey(row.serviceTypeId, row.reference), row]));

  await db.$executeRaw`
    INSERT INTO "ServiceEvent" ("idempotencyKey", "requestId", "step", "occurredAt")
    SELECT * FROM unnest(${fresh.map((event) => event.idempotencyKey)}::text[],
      ${fresh.map((event) => requestsByKey.get(requestKey(event.serviceTypeId, event.reference))!.id)}::text[],
      ${fresh.map((event) => event.step)}::"ServiceStep"[], ${fresh.map((event) => event.occurredAt.toISOString())}::timestamptz[])`;

 
  const calendars = await loadCalendars(db, [...services.values()].map((service) => service.regionId));
  const newSteps = new Map<string, ServiceSteps>();
  for (const event of fresh) {
    const key = requestKey(event.serviceTypeId, event.reference);
    newSteps.set(key, mergeSteps(newSteps.get(key) ?? stepsOf(requestsByKey.get(key)!), event.step, event.occurredAt));
  }

  const delta = new AggregateDelta();
  const updates: Array<{ id: string; steps: ServiceSteps; folded: FoldedServiceRequest }> = [];
  const changed = new Map<string, RequestScope>();
  for (const [key, steps] of newSteps) {
    const row = requestsByKey.get(key)!;
    const service = services.get(row.serviceTypeId)!;
    const calendar = calendars.get(service.regionId)!;
    const before = storedFold(row);
    const after = foldServiceRequest(steps, service.standards, calendar);
    delta.apply(service, before, -1);
    delta.apply(service, after, 1);
    updates.push({ id: row.id, steps, folded: after });
    changed.set(service.serviceTypeId, { agencyId: service.agencyId, serviceTypeId: service.serviceTypeId, regionId: service.regionId });
  }
 
  await writeRequests(db, updates);
  await delta.write(db);
  return { accepted: fresh.length, duplicates: events.length - fresh.length, changed: [...changed.values()] };
}

/** The state the aggregates currently count for a request: exactly what was written last time. */
function storedFold(row: {
  status: FoldedServiceRequest['status'];
  receivedDay: Date | null;
  closedDay: Date | null;
  workingMinutes: number | null;
  targetMinutes: number | null;
  dueDate: Date | null;
}): FoldedServiceRequest {
  const steps = stepsOf(row as unknown as Record<string, unknown>);
  return {
    status: row.status,
    receivedAt: steps.RECEIVED ?? null,
    closedAt: null,
    receivedDay: row.receivedDay ? dayString(row.receivedDay) : null,
    closedDay: row.closedDay ? dayString(row.closedDay) : null,
    workingMinutes: row.workingMinutes,
    targetMinutes: row.targetMinutes,
    dueDate: row.dueDate ? dayString(row.dueDate) : null,
    withinStandard: row.workingMinutes !== null && row.targetMinutes !== null ? row.workingMinutes <= row.targetMinutes : null,
  };
}

/** One UPDATE for the whole batch. */
async function writeRequests(db: Db, updates: ReadonlyArray<{ id: string; steps: ServiceSteps; folded: FoldedServiceRequest }>): Promise<void> {
  const column = <T>(pick: (update: (typeof updates)[number]) => T) => updates.map(pick);
  const step = (name: ServiceStep) => column((update) => update.steps[name]?.toISOString() ?? null);
  await db.$executeRaw`
    UPDATE "ServiceRequest" r SET
      "status" = v.status::"ServiceRequestStatus", "receivedAt" = v.received, "verifiedAt" = v.verified, "processedAt" = v.processed,
      "completedAt" = v.completed, "collectedAt" = v.collected, "rejectedAt" = v.rejected, "cancelledAt" = v.cancelled,
      "receivedDay" = v.received_day, "closedDay" = v.closed_day, "workingMinutes" = v.minutes, "targetMinutes" = v.target,
      "dueDate" = v.due, "updatedAt" = now()
    FROM unnest(${column((update) => update.id)}::text[], ${column((update) => update.folded.status)}::text[],
      ${step('RECEIVED')}::timestamptz[], ${step('VERIFIED')}::timestamptz[], ${step('PROCESSED')}::timestamptz[],
      ${step('COMPLETED')}::timestamptz[], ${step('COLLECTED')}::timestamptz[], ${step('REJECTED')}::timestamptz[],
      ${step('CANCELLED')}::timestamptz[], ${column((update) => update.folded.receivedDay)}::date[],
      ${column((update) => update.folded.closedDay)}::date[], ${column((update) => update.folded.workingMinutes)}::int[],
      ${column((update) => update.folded.targetMinutes)}::int[], ${column((update) => update.folded.dueDate)}::date[])
      AS v(id, status, received, verified, processed, completed, collected, rejected, cancelled, received_day, closed_day, minutes, target, due)
    WHERE r.id = v.id`;
}

/** Runs a batch in its own transaction (the GraphQL mutation and the CSV import share it). */
export function runInTransaction<T>(prisma: PrismaClient, work: (tx: Db) => Promise<T>): Promise<T> {
  return prisma.$transaction(work, { timeout: 60_000, maxWait: 30_000 });
}
