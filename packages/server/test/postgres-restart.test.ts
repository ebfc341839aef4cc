// PostgreSQL really stopped and restarted under load (not a cut proxy): a throwaway cluster of the
// test's own, the real server process on it, queries and ingestion running throughout. While the
// database is down /readyz answers 503; afterwards the server recovers by itself, and every batch
// it acknowledged is stored.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLTestClient } from '../src/testing/index.js';
import { postgresClusterAvailable, startPostgresCluster, type PostgresCluster } from '../src/testing/postgres-cluster.js';
import { startServerProcess } from '../src/testing/server-process.js';

const BATCH_SIZE = 50;
const RECORD = 'mutation ($events: [ServiceEventInput!]!) { recordServiceEvents(events: $events) { accepted duplicates } }';
type BatchResult = { recordServiceEvents: { accepted: number; duplicates: number } };

async function eventually(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not reached in time');
}

describe.runIf(postgresClusterAvailable())('PostgreSQL restarted under load', () => {
  let cluster: PostgresCluster;
  let child: ChildProcess | undefined;
  let dataDir: string;
  let webDist: string;
  let url: string;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    dataDir = await mkdtemp(join(tmpdir(), 'pantau-pgrestart-'));
    webDist = await mkdtemp(join(tmpdir(), 'pantau-web-'));
    const started = await startServerProcess({
      DATABASE_URL: cluster.url,
      DATA_DIR: dataDir,
      WEB_DIST: webDist,
      DEMO_DATA: 'small',
      LOG_LEVEL: 'error',
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000',
      RATE_LIMIT_ADDRESS_PER_MINUTE: '100000',
    });
    child = started.child;
    url = started.url;
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    await cluster?.destroy();
    await rm(dataDir, { recursive: true, force: true });
    await rm(webDist, { recursive: true, force: true });
  });

  it('reports unready while PostgreSQL is down, recovers by itself, and loses no acknowledged event', async () => {
    const accounts = JSON.parse(await readFile(join(dataDir, 'demo-accounts.json'), 'utf8')) as Array<{ role: string; username: string; password: string }>;
    const account = accounts.find((candidate) => candidate.role === 'ADMIN')!;
    const admin = new GraphQLTestClient(url);
    await admin.login(account.username, account.password);
    const found = await admin.request<{ regions: { edges: Array<{ node: { agencies: { edges: Array<{ node: { serviceTypes: Array<{ id: string }> } }> } } }> } }>(
      '{ regions(first: 5) { edges { node { agencies(first: 20) { edges { node { serviceTypes { id } } } } } } } }',
    );
    const serviceTypeId = found.data!.regions.edges[0]!.node.agencies.edges.find((edge) => edge.node.serviceTypes.length > 0)!.node.serviceTypes[0]!.id;
    const occurredAt = new Date(Date.now() - 60_000).toISOString();
    const batch = (index: number) =>
      Array.from({ length: BATCH_SIZE }, (_, event) => ({ idempotencyKey: `restart-${index}-${event}`, serviceTypeId, reference: `RST/${index}/${event}`, step: 'RECEIVED', occurredAt }));
    const ready = () => fetch(`${url}/readyz`).then((response) => response.status);
    const anonymous = new GraphQLTestClient(url);

    // The load: ingestion batch after batch and dashboard-like queries, both running through the outage.
    const acknowledged: number[] = [];
    const failures = { ingest: 0, query: 0 };
    let answeredQueries = 0;
    let loading = true;
    const ingesting = (async () => {
      for (let index = 0; loading; index++) {
        const response = await admin.request<BatchResult>(RECORD, { events: batch(index) }).catch(() => undefined);
        if (response?.data?.recordServiceEvents && !response.errors) {
          expect(response.data.recordServiceEvents).toEqual({ accepted: BATCH_SIZE, duplicates: 0 });
          acknowledged.push(index);
        } else {
          failures.ingest++;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    })();
    const querying = (async () => {
      while (loading) {
        const response = await anonymous.request<{ regions: { totalCount: number } }>('{ regions { totalCount } }').catch(() => undefined);
        if (response?.data?.regions?.totalCount === 5) answeredQueries++;
        else {
          failures.query++;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    })();

    try {
      await eventually(async () => acknowledged.length >= 3 && answeredQueries >= 3);
      expect(await ready()).toBe(200);

      await cluster.stop();
      await eventually(async () => (await ready()) === 503);
      const acknowledgedWhileDown = acknowledged.length;
      await eventually(async () => failures.ingest > 0 && failures.query > 0);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);

      await cluster.start();
      await eventually(async () => (await ready()) === 200);
      await eventually(async () => acknowledged.length >= acknowledgedWhileDown + 3);

      // A plain restart too (pg_ctl restart), the load still running.
      const beforeRestart = acknowledged.length;
      const queriesBeforeRestart = answeredQueries;
      await cluster.restart();
      await eventually(async () => (await ready()) === 200 && acknowledged.length >= beforeRestart + 3 && answeredQueries >= queriesBeforeRestart + 3);
    } finally {
      loading = false;
      await Promise.all([ingesting, querying]);
    }

    // Every acknowledged batch is stored: sending it again changes nothing.
    for (const index of acknowledged) {
      const resent = await admin.request<BatchResult>(RECORD, { events: batch(index) });
      expect(resent.errors).toBeUndefined();
      expect(resent.data!.recordServiceEvents).toEqual({ accepted: 0, duplicates: BATCH_SIZE });
    }
  });
});
