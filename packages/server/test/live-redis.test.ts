// With REDIS_URL, a change made through one server reaches live subscribers of another.
import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemporaryDatabase, GraphQLTestClient, postgresAvailable, startTestServer, type TemporaryDatabase, type TestServer } from '../src/testing/index.js';

describe.runIf(await postgresAvailable())('live updates across server processes', () => {
  let database: TemporaryDatabase;
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    database = await createTemporaryDatabase();
    const env = { DATABASE_URL: database.url, REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}` };
    first = await startTestServer({ redisUrl: 'redis://127.0.0.1:6379', env });
    second = await startTestServer({ redisUrl: 'redis://127.0.0.1:6379', env, demo: 'off' });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  it('delivers an agency change made on one server to a subscriber of the other', async () => {
    const admin = new GraphQLTestClient(second.url);
    const account = first.demoAccounts.find((candidate) => candidate.role === 'ADMIN')!;
    await admin.login(account.username, account.password);
    const found = await admin.request<{ regions: { edges: Array<{ node: { id: string; agencies: { edges: Array<{ node: { id: string } }> } } }> } }>(
      '{ regions(first: 1) { edges { node { id agencies(first: 1) { edges { node { id } } } } } } }',
    );
    const region = found.data!.regions.edges[0]!.node;
    const socket = createClient({ url: `${first.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    const heard: string[] = [];
    socket.subscribe<{ agencyChanged: { shortName: string } }>(
      { query: 'subscription ($id: ID!) { agencyChanged(regionId: $id) { shortName } }', variables: { id: region.id } },
      { next: (message) => heard.push(message.data!.agencyChanged.shortName), error: () => {}, complete: () => {} },
    );
    for (let attempt = 0; attempt < 50 && !heard.includes('Dari Server Lain'); attempt++) {
      await admin.request('mutation ($input: UpdateAgencyInput!) { updateAgency(input: $input) { id } }', {
        input: { id: region.agencies.edges[0]!.node.id, shortName: 'Dari Server Lain' },
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(heard).toContain('Dari Server Lain');
    await socket.dispose();
  });
});
