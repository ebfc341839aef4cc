import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../db/client.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded-postgres.js';
import { applyPendingMigrations } from '../db/schema-engine.js';
import { recordAudit, recordAuditMany, verifyAuditChain } from './log.js';

let database: EmbeddedPostgres;
let prisma: PrismaClient;
const actor = { userId: 'u1', username: 'admin' };

beforeAll(async () => {
  database = await startEmbeddedPostgres();
  await applyPendingMigrations(database.connectionString);
  prisma = createPrismaClient(database.connectionString, 1);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await database?.close();
});

async function freshTrail(count: number) {
  await prisma.auditEntry.deleteMany();
  for (let index = 0; index < count; index++) {
    await prisma.$transaction((tx) =>
      recordAudit(tx, actor, { action: 'agency.update', entityType: 'Agency', entityId: `a${index}`, before: { name: 'Lama', code: 'X' }, after: { name: `Baru ${index}`, code: 'X' } }),
    );
  }
  return prisma.auditEntry.findMany({ orderBy: { id: 'asc' } });
}

describe('audit trail', () => {
  it('records only the changed fields, chained, and verifies intact', async () => {
    const entries = await freshTrail(5);
    expect(entries[0]!.changes).toEqual({ before: { name: 'Lama' }, after: { name: 'Baru 0' } });
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
    expect(await verifyAuditChain(prisma, 2)).toEqual({ ok: true, checked: 5 });
  });

  it('detects an edited entry', async () => {
    const entries = await freshTrail(4);
    await prisma.$executeRaw`UPDATE "AuditEntry" SET "actorName" = 'someone else' WHERE id = ${entries[2]!.id}`;
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: false, checked: 2, broken: { id: entries[2]!.id.toString(), reason: expect.stringMatching(/edited/) } });
  });

  it('detects a deleted entry', async () => {
    const entries = await freshTrail(4);
    await prisma.auditEntry.delete({ where: { id: entries[1]!.id } });
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: false, broken: { id: entries[2]!.id.toString(), reason: expect.stringMatching(/deleted/) } });
  });

  it('detects an entry whose content and hash were both rewritten', async () => {
    const entries = await freshTrail(3);
    await prisma.$executeRaw`UPDATE "AuditEntry" SET hash = ${'f'.repeat(64)} WHERE id = ${entries[0]!.id}`;
    expect((await verifyAuditChain(prisma)).ok).toBe(false);
  });
});

describe('bulk audit entries', () => {
  it('chains a batch in order, after the existing entries, and verifies intact', async () => {
    await freshTrail(2);
    await prisma.$transaction((tx) =>
      recordAuditMany(
        tx,
        actor,
        Array.from({ length: 3 }, (_, index) => ({ action: 'employee.import', entityType: 'Employee', entityId: `e${index}`, after: { name: `N${index}` } })),
      ),
    );
    const entries = await prisma.auditEntry.findMany({ orderBy: { id: 'asc' } });
    expect(entries.map((entry) => entry.entityId)).toEqual(['a0', 'a1', 'e0', 'e1', 'e2']);
    expect(entries[2]!.prevHash).toBe(entries[1]!.hash);
    expect(await verifyAuditChain(prisma, 2)).toEqual({ ok: true, checked: 5 });
  });
});
