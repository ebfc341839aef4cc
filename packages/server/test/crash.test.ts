// A crash in the middle of ingestion: the real server process (`pnpm start`'s entry point) is
// killed with SIGKILL while a batch is in flight. It must start again on the same database (the
// dead process's lock taken over, nothing damaged), keep every batch it acknowledged, and its
// aggregates must still equal a rebuild from the stored requests.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { rebuildServiceAggregates } from '../src/service/aggregates.js';
import { createTemporaryDatabase, GraphQLTestClient, testDatabases } from '../src/testing/index.js';
import type { TemporaryDatabase } from '../src/testing/postgres.js';
import { startServerProcess } from '../src/testing/server-process.js';

const BATCH_SIZE = 200;
const ACKNOWLEDGED_BEFORE_KILL = 4;
const RECORD = 'mutation ($events: [ServiceEventInput!]!) { recordServiceEvents(events: $events) { accepted duplicates } }';

type BatchResult = { recordServiceEvents: { accepted: number; duplicates: number } };

function startProcess(env: Record<string, string>) {
  return startServerProcess({ ...env, LOG_LEVEL: 'warn', DEMO_DATA: 'small', RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000', RATE_LIMIT_ADDRESS_PER_MINUTE: '100000' });
}

function exited(child: ChildProcess): Promise<unknown> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
}

async function adminOf(url: string, dataDir: string): Promise<GraphQLTestClient> {
  const accounts = JSON.parse(await readFile(join(dataDir, 'demo-accounts.json'), 'utf8')) as Array<{ role: string; username: string; password: string }>;
  const account = accounts.find((candidate) => candidate.role === 'ADMIN')!;
  const admin = new GraphQLTestClient(url);
  await admin.login(account.username, account.password);
  return admin;
}

describe.each(await testDatabases())('SIGKILL during ingestion (%s database)', (kind) => {
  let dataDir: string;
  let webDist: string;
  let database: TemporaryDatabase | undefined;
  let env: Record<string, string>;
  let running: ChildProcess | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pantau-crash-'));
    webDist = await mkdtemp(join(tmpdir(), 'pantau-web-'));
    database = kind === 'postgres' ? await createTemporaryDatabase() : undefined;
    env = { DATA_DIR: dataDir, WEB_DIST: webDist, ...(database ? { DATABASE_URL: database.url } : {}) };
  });
  afterAll(async () => {
    if (running) {
      running.kill('SIGKILL');
      await exited(running);
    }
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(webDist, { recursive: true, force: true });
  });

  it('keeps every acknowledged event and restarts cleanly', async () => {
    const first = await startProcess(env);
    running = first.child;
    const admin = await adminOf(first.url, dataDir);
    const found = await admin.request<{ regions: { edges: Array<{ node: { code: string; agencies: { edges: Array<{ node: { code: string; serviceTypes: Array<{ id: string; code: string }> } }> } } }> } }>(
      '{ regions(first: 5) { edges { node { code agencies(first: 20) { edges { node { code serviceTypes { id code } } } } } } } }',
    );
    const serviceTypeId = found.data!.regions.edges[0]!.node.agencies.edges.find((edge) => edge.node.serviceTypes.length > 0)!.node.serviceTypes[0]!.id;
    const occurredAt = new Date(Date.now() - 60_000).toISOString();
    const batch = (index: number) =>
      Array.from({ length: BATCH_SIZE }, (_, event) => ({
        idempotencyKey: `crash-${index}-${event}`,
        serviceTypeId,
        reference: `CRASH/${index}/${event}`,
        step: 'RECEIVED',
        occurredAt,
      }));

    // Ingest batch after batch, each sent when the previous one was answered; the kill lands
    // while the next one is being processed.
    const acknowledged: number[] = [];
    let inFlight: number | undefined;
    const died = exited(first.child);
    const ingesting = (async () => {
      for (let index = 0; ; index++) {
        inFlight = index;
        const response = await admin.request<BatchResult>(RECORD, { events: batch(index) }).catch(() => undefined);
        if (!response || response.errors) return;
        expect(response.data!.recordServiceEvents).toEqual({ accepted: BATCH_SIZE, duplicates: 0 });
        acknowledged.push(index);
      }
    })();
    while (acknowledged.length < ACKNOWLEDGED_BEFORE_KILL) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 10));
    first.child.kill('SIGKILL');
    await died;
    await ingesting;
    running = undefined;
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

    const restarted = await startProcess(env);
    running = restarted.child;
    const again = await adminOf(restarted.url, dataDir);
    for (const index of acknowledged) {
      const resent = await again.request<BatchResult>(RECORD, { events: batch(index) });
      expect(resent.errors).toBeUndefined();
      expect(resent.data!.recordServiceEvents).toEqual({ accepted: 0, duplicates: BATCH_SIZE });
    }
    // The batch cut short was one transaction: it is there entirely or not at all.
    const interrupted = await again.request<BatchResult>(RECORD, { events: batch(inFlight!) });
    expect(interrupted.errors).toBeUndefined();
    expect([0, BATCH_SIZE]).toContain(interrupted.data!.recordServiceEvents.accepted);

    const stopped = exited(restarted.child);
    restarted.child.kill('SIGTERM');
    await stopped;
    running = undefined;

    // The incrementally kept aggregates equal a rebuild from the stored requests.
    const opened = await openDatabase({ databaseUrl: database?.url, dataDir, openTimeoutMs: 60_000, logger: createLogger('silent') });
    try {
      const snapshot = async () => ({
        daily: await opened.prisma.serviceDailyAggregate.findMany({ orderBy: [{ agencyId: 'asc' }, { serviceTypeId: 'asc' }, { day: 'asc' }] }),
        buckets: await opened.prisma.serviceDurationBucket.findMany({ orderBy: [{ agencyId: 'asc' }, { serviceTypeId: 'asc' }, { day: 'asc' }, { bucket: 'asc' }] }),
      });
      const kept = await snapshot();
      await rebuildServiceAggregates(opened.prisma);
      expect(await snapshot()).toEqual(kept);
    } finally {
      await opened.close();
    }
  });
});
