// Live updates across processes: two real server processes (`pnpm start`'s entry point) share one
// PostgreSQL database and the real Redis; an event ingested through one reaches a subscriber
// connected to the other. Each run uses its own Redis channel prefix, so parallel runs never mix.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemporaryDatabase, GraphQLTestClient, postgresAvailable, TestSubscription, type TemporaryDatabase } from '../src/testing/index.js';
import { startServerProcess } from '../src/testing/server-process.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface ServerProcess {
  child: ChildProcess;
  url: string;
  dataDir: string;
}

async function startProcess(env: Record<string, string>): Promise<ServerProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pantau-redis-'));
  const webDist = await mkdtemp(join(tmpdir(), 'pantau-web-'));
  const { child, url } = await startServerProcess({ ...env, DATA_DIR: dataDir, WEB_DIST: webDist, LOG_LEVEL: 'info' });
  return { child, url, dataDir };
}

async function stopProcess(server: ServerProcess | undefined): Promise<void> {
  if (!server) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
  await rm(server.dataDir, { recursive: true, force: true });
}

describe.runIf((await postgresAvailable()) || process.env.CI === 'true')('live updates across two server processes through Redis', () => {
  let database: TemporaryDatabase;
  let first: ServerProcess | undefined;
  let second: ServerProcess | undefined;

  beforeAll(async () => {
    database = await createTemporaryDatabase();
    const env = { DATABASE_URL: database.url, REDIS_URL, REDIS_PREFIX: `test-${randomBytes(6).toString('hex')}`, DEMO_DATA: 'small' };
    first = await startProcess(env); // seeds the demo data
    second = await startProcess(env);
  });
  afterAll(async () => {
    await stopProcess(first);
    await stopProcess(second);
    await database?.drop();
  });

  it('delivers an event ingested in one process to a subscriber of the other', async () => {
    const accounts = JSON.parse(await readFile(join(first!.dataDir, 'demo-accounts.json'), 'utf8')) as Array<{ role: string; username: string; password: string }>;
    const adminAccount = accounts.find((account) => account.role === 'ADMIN')!;
    const admin = new GraphQLTestClient(first!.url);
    await admin.login(adminAccount.username, adminAccount.password);
    const found = await admin.request<{ regions: { edges: Array<{ node: { code: string; agencies: { edges: Array<{ node: { id: string; code: string; serviceTypes: Array<{ id: string; code: string }> } }> } } }> } }>(
      '{ regions(first: 5) { edges { node { code agencies(first: 20) { edges { node { id code serviceTypes { id code } } } } } } } }',
    );
    const agency = found.data!.regions.edges.find((edge) => edge.node.code === '36.73')!.node.agencies.edges.find((edge) => edge.node.code === 'DISDUKCAPIL')!.node;
    const ktp = agency.serviceTypes.find((service) => service.code === 'KTP-EL')!;

    type Message = { serviceMetrics: { window: { openBacklog: number } } };
    const subscription = new TestSubscription<Message>(
      second!.url,
      'subscription ($agencyId: ID!, $serviceTypeId: ID) { serviceMetrics(agencyId: $agencyId, serviceTypeId: $serviceTypeId) { window { openBacklog } } }',
      { agencyId: agency.id, serviceTypeId: ktp.id },
    );
    try {
      const start = (await subscription.next()).serviceMetrics.window.openBacklog;
      const occurredAt = new Date(Date.now() - 60_000).toISOString();
      const recorded = await admin.request('mutation ($events: [ServiceEventInput!]!) { recordServiceEvents(events: $events) { accepted } }', {
        events: [1, 2, 3].map((index) => ({ idempotencyKey: `redis-${index}`, serviceTypeId: ktp.id, reference: `REDIS/${index}`, step: 'RECEIVED', occurredAt })),
      });
      expect(recorded.errors).toBeUndefined();
      const updated = await subscription.next((message) => message.serviceMetrics.window.openBacklog === start + 3);
      expect(updated.serviceMetrics.window.openBacklog).toBe(start + 3);
    } finally {
      await subscription.close();
    }
  });
});
