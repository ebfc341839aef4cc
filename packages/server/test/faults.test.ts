// Faults the product must survive by itself: the database or Redis going away and coming back.
import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemporaryDatabase, GraphQLTestClient, postgresAvailable, startTestServer, type TemporaryDatabase, type TestServer } from '../src/testing/index.js';
import { startTcpProxy, type TcpProxy } from '../src/testing/tcp-proxy.js';

async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('condition not reached in time');
}

describe.runIf(await postgresAvailable())('PostgreSQL outage', () => {
  let database: TemporaryDatabase;
  let proxy: TcpProxy;
  let server: TestServer;
  beforeAll(async () => {
    database = await createTemporaryDatabase();
    const url = new URL(database.url);
    proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
    url.host = `127.0.0.1:${proxy.port}`;
    server = await startTestServer({ env: { DATABASE_URL: url.toString() } });
  });
  afterAll(async () => {
    await server?.close();
    await proxy?.close();
    await database?.drop();
  });

  const ready = () => fetch(`${server.url}/readyz`).then((response) => response.status);
  const regions = () =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regions { totalCount } }' }) }).then(
      (response) => response.json() as Promise<{ data?: { regions: { totalCount: number } } | null; errors?: Array<{ extensions?: { code?: string } }> }>,
    );

  it('reports unready while the database is away, answers with a clean error, and recovers by itself', async () => {
    expect(await ready()).toBe(200);
    await proxy.cut();
    await eventually(async () => (await ready()) === 503);
    const during = await regions();
    expect(during.errors?.[0]?.extensions?.code).toBe('INTERNAL');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    await proxy.restore();
    await eventually(async () => (await ready()) === 200);
    await eventually(async () => (await regions()).data?.regions.totalCount === 5);
  });
});

describe('Redis outage', () => {
  let proxy: TcpProxy;
  let server: TestServer;
  beforeAll(async () => {
    proxy = await startTcpProxy('127.0.0.1', 6379);
    server = await startTestServer({ redisUrl: `redis://127.0.0.1:${proxy.port}`, env: { REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}` } });
  });
  afterAll(async () => {
    await server?.close();
    await proxy?.close();
  });

  it('keeps live updates flowing within the process while Redis is away, and through Redis again after', async () => {
    const admin = new GraphQLTestClient(server.url);
    const account = server.demoAccounts.find((candidate) => candidate.role === 'ADMIN')!;
    await admin.login(account.username, account.password);
    const agencies = await admin.request<{ regions: { edges: Array<{ node: { id: string; agencies: { edges: Array<{ node: { id: string } }> } } }> } }>(
      '{ regions(first: 1) { edges { node { id agencies(first: 1) { edges { node { id } } } } } } }',
    );
    const region = agencies.data!.regions.edges[0]!.node;
    const agencyId = region.agencies.edges[0]!.node.id;
    const received: string[] = [];
    const socket = createClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    socket.subscribe<{ agencyChanged: { shortName: string } }>(
      { query: 'subscription ($id: ID!) { agencyChanged(regionId: $id) { shortName } }', variables: { id: region.id } },
      { next: (message) => received.push(message.data!.agencyChanged.shortName), error: () => {}, complete: () => {} },
    );
    const renameUntilHeard = async (shortName: string) => {
      await eventually(async () => {
        await admin.request('mutation ($input: UpdateAgencyInput!) { updateAgency(input: $input) { id } }', { input: { id: agencyId, shortName } });
        await new Promise((resolve) => setTimeout(resolve, 150));
        return received.includes(shortName);
      });
    };
    await renameUntilHeard('Lewat Redis');
    await proxy.cut();
    await renameUntilHeard('Tanpa Redis');
    await proxy.restore();
    await renameUntilHeard('Redis Kembali');
    await socket.dispose();
  });
});
