// The audit trail: every change is recorded in the same transaction as the change itself, and
// each entry is chained to the previous one by a SHA-256 hash so that an edited, deleted or
// reordered entry is detected by verifyAuditChain().
import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import type { PrismaClient } from '../db/client.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Viewer } from '../context.js';

/** Any Prisma client, including the one inside an interactive transaction. */
type Db = Prisma.TransactionClient | PrismaClient;

const GENESIS_HASH = '0'.repeat(64);
// Serialises writers so that two transactions never chain to the same predecessor.
const AUDIT_LOCK_KEY = 7_264_001;
const AUDIT_INSERT_BATCH = 1000;

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

interface HashedFields {
  at: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: unknown;
  prevHash: string;
}

function entryHash(fields: HashedFields): string {
  return createHash('sha256')
    .update(stringify({ ...fields, at: fields.at.toISOString() }) ?? '')
    .digest('hex');
}

/** Only the fields whose values differ, as `{ before, after }`; JSON-normalised as stored. */
function changedFields(before: unknown, after: unknown): { before: unknown; after: unknown } {
  const normalise = (value: unknown) => (value === undefined ? null : (JSON.parse(stringify(value) ?? 'null') as unknown));
  const b = normalise(before);
  const a = normalise(after);
  if (b && a && typeof b === 'object' && typeof a === 'object' && !Array.isArray(b) && !Array.isArray(a)) {
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
      (key) => stringify((b as Record<string, unknown>)[key]) !== stringify((a as Record<string, unknown>)[key]),
    );
    const pick = (source: Record<string, unknown>) => Object.fromEntries(keys.filter((key) => key in source).map((key) => [key, source[key]]));
    return { before: pick(b as Record<string, unknown>), after: pick(a as Record<string, unknown>) };
  }
  return { before: b, after: a };
}

/** Appends one entry. Call it inside the transaction that makes the change. */
export async function recordAudit(db: Db, actor: Pick<Viewer, 'userId' | 'username'> | null, input: AuditInput): Promise<void> {
  await recordAuditMany(db, actor, [input]);
}

/** Appends several entries (chained in order) with one lock and one insert, for bulk changes such as an import. */
export async function recordAuditMany(db: Db, actor: Pick<Viewer, 'userId' | 'username'> | null, inputs: readonly AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await db.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`;
  const previous = await db.auditEntry.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  let prevHash = previous?.hash ?? GENESIS_HASH;
  const at = new Date();
  const rows = inputs.map((input) => {
    const fields: HashedFields = {
      at,
      actorId: actor?.userId ?? null,
      actorName: actor?.username ?? 'system',
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      changes: changedFields(input.before, input.after),
      prevHash,
    };
    prevHash = entryHash(fields);
    return { ...fields, changes: fields.changes as Prisma.InputJsonValue, hash: prevHash };
  });
  // createMany inserts in the given order, so ids (autoincrement) follow the chain.
  for (let start = 0; start < rows.length; start += AUDIT_INSERT_BATCH) {
    await db.auditEntry.createMany({ data: rows.slice(start, start + AUDIT_INSERT_BATCH) });
  }
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first entry that does not fit the chain, and why. */
  broken?: { id: string; reason: string };
}

export async function verifyAuditChain(prisma: PrismaClient, batchSize = 1000): Promise<AuditVerification> {
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let cursor: bigint | undefined;
  for (;;) {
    const batch = await prisma.auditEntry.findMany({
      orderBy: { id: 'asc' },
      take: batchSize,
      ...(cursor === undefined ? {} : { cursor: { id: cursor }, skip: 1 }),
    });
    for (const entry of batch) {
      const id = entry.id.toString();
      if (entry.prevHash !== expectedPrev) {
        return { ok: false, checked, broken: { id, reason: 'its link to the previous entry does not match: an entry before it was deleted, inserted or changed' } };
      }
      const { id: _id, hash, ...fields } = entry;
      void _id;
      if (entryHash(fields) !== hash) return { ok: false, checked, broken: { id, reason: 'its content does not match its hash: it was edited' } };
      expectedPrev = hash;
      checked++;
    }
    if (batch.length < batchSize) return { ok: true, checked };
    cursor = batch[batch.length - 1]!.id;
  }
}
