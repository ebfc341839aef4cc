// The foundation end to end, against a real server on each database: the embedded PGlite and the
// real PostgreSQL (when present; required under CI=true).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphQLTestClient, startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';

const REGION_NAMES = ['Kota Medan', 'Kota Palembang', 'Kota Semarang', 'Kota Serang', 'Kota Tanjungpinang'];

describe.each(await testDatabases())('foundation on the %s database', (database) => {
  let server: TestServer;
  const account = (role: string) => {
    const found = server.demoAccounts.find((candidate) => candidate.role === role);
    if (!found) throw new Error(`no demo account with role ${role}`);
    return found;
  };
  const loggedIn = async (role: string) => {
    const client = new GraphQLTestClient(server.url);
    const { username, password } = account(role);
    await client.login(username, password);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer({ database });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers the health probes', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: database === 'embedded' ? 'embedded' : 'postgresql' });
  });

  it('lists the five demo regions with their agencies, anonymously', async () => {
    const result = await new GraphQLTestClient(server.url).request<{
      regions: { totalCount: number; edges: Array<{ node: { id: string; name: string; agencies: { totalCount: number } } }> };
    }>('{ regions { totalCount edges { node { id name agencies { totalCount } } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.regions.totalCount).toBe(5);
    expect(result.data!.regions.edges.map((edge) => edge.node.name)).toEqual(REGION_NAMES);
    for (const edge of result.data!.regions.edges) expect(edge.node.agencies.totalCount).toBeGreaterThanOrEqual(10);
  });

  it('resolves region, agencies(regionId), agency and node by global id, and pages with cursors', async () => {
    const client = new GraphQLTestClient(server.url);
    const regions = await client.request<{ regions: { edges: Array<{ node: { id: string; name: string } }> } }>(
      '{ regions { edges { node { id name } } } }',
    );
    const palembang = regions.data!.regions.edges.find((edge) => edge.node.name === 'Kota Palembang')!.node;
    const region = await client.request<{ region: { name: string; districts: Array<{ name: string }> } }>(
      'query ($id: ID!) { region(id: $id) { name districts { name } } }',
      { id: palembang.id },
    );
    expect(region.data!.region.name).toBe('Kota Palembang');
    expect(region.data!.region.districts.map((district) => district.name)).toContain('Kertapati');

    const firstPage = await client.request<{
      agencies: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string; name: string } }> };
    }>('query ($id: ID!) { agencies(regionId: $id, first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }', {
      id: palembang.id,
    });
    expect(firstPage.data!.agencies.edges).toHaveLength(3);
    expect(firstPage.data!.agencies.pageInfo.hasNextPage).toBe(true);
    const secondPage = await client.request<{ agencies: { edges: Array<{ node: { id: string } }> } }>(
      'query ($id: ID!, $after: String) { agencies(regionId: $id, first: 3, after: $after) { edges { node { id } } } }',
      { id: palembang.id, after: firstPage.data!.agencies.pageInfo.endCursor },
    );
    const firstIds = new Set(firstPage.data!.agencies.edges.map((edge) => edge.node.id));
    expect(secondPage.data!.agencies.edges.some((edge) => firstIds.has(edge.node.id))).toBe(false);

    const agencyId = firstPage.data!.agencies.edges[0]!.node.id;
    const viaAgency = await client.request<{ agency: { name: string; region: { name: string } } }>(
      'query ($id: ID!) { agency(id: $id) { name region { name } } }',
      { id: agencyId },
    );
    expect(viaAgency.data!.agency.region.name).toBe('Kota Palembang');
    const viaNode = await client.request<{ node: { __typename: string; name: string } }>(
      'query ($id: ID!) { node(id: $id) { __typename ... on Agency { name } } }',
      { id: agencyId },
    );
    expect(viaNode.data!.node).toEqual({ __typename: 'Agency', name: viaAgency.data!.agency.name });
  });

  it('rejects a global id of the wrong type with a clear error', async () => {
    const client = new GraphQLTestClient(server.url);
    const regions = await client.request<{ regions: { edges: Array<{ node: { id: string } }> } }>('{ regions(first: 1) { edges { node { id } } } }');
    const result = await client.request('query ($id: ID!) { agency(id: $id) { name } }', { id: regions.data!.regions.edges[0]!.node.id });
    expect(result.errors?.[0]?.message).toMatch(/Agency/);
  });

  it('logs in each demo role, reports it in me, and logs out', async () => {
    for (const role of ['ADMIN', 'AGENCY_ADMIN', 'LEADER', 'SUPERVISOR', 'EMPLOYEE', 'ANALYST']) {
      const client = await loggedIn(role);
      const me = await client.request<{ me: { username: string; role: string } }>('{ me { username role } }');
      expect(me.data!.me).toEqual({ username: account(role).username, role });
      const logout = await client.request<{ logout: boolean }>('mutation { logout }');
      expect(logout.data!.logout).toBe(true);
      expect((await client.request<{ me: null }>('{ me { role } }')).data!.me).toBeNull();
    }
  });

  it('keeps the session in an httpOnly cookie and revokes it at logout', async () => {
    const { username, password } = account('ADMIN');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($input: LoginInput!) { login(input: $input) { user { role } } }', variables: { input: { username, password } } }),
    });
    const setCookie = response.headers.getSetCookie()[0]!;
    expect(setCookie).toMatch(/^pk_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const stolenCookie = setCookie.split(';')[0]!;
    const client = new GraphQLTestClient(server.url);
    const ask = (cookie: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: '{ me { role } }' }),
      }).then((r) => r.json() as Promise<{ data: { me: { role: string } | null } }>);
    expect((await ask(stolenCookie)).data.me).toEqual({ role: 'ADMIN' });
    await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: stolenCookie },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect((await ask(stolenCookie)).data.me).toBeNull();
    void client;
  });

  it('refuses a wrong password with a coded error naming the field, and never says which part was wrong', async () => {
    const client = new GraphQLTestClient(server.url);
    const wrongPassword = await client.request('mutation { login(input: { username: "admin", password: "not-the-password" }) { user { id } } }');
    const unknownUser = await client.request('mutation { login(input: { username: "nobody", password: "not-the-password" }) { user { id } } }');
    for (const result of [wrongPassword, unknownUser]) {
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'INVALID_CREDENTIALS', field: 'input.password' });
    }
    expect(wrongPassword.errors?.[0]?.message).toBe(unknownUser.errors?.[0]?.message);
    const empty = await client.request('mutation { login(input: { username: " ", password: "x" }) { user { id } } }');
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.username' });
  });

  it('shows an agency\'s people to its administrator and refuses them to others', async () => {
    const agencyAdmin = await loggedIn('AGENCY_ADMIN');
    const me = await agencyAdmin.request<{ me: { agency: { id: string } } }>('{ me { agency { id } } }');
    const agencyId = me.data!.me.agency.id;
    const query = 'query ($id: ID!) { agency(id: $id) { employees(first: 5) { totalCount edges { node { nip name superior { name } } } } } }';
    const allowed = await agencyAdmin.request<{ agency: { employees: { totalCount: number; edges: Array<{ node: { nip: string } }> } } }>(query, {
      id: agencyId,
    });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.agency.employees.totalCount).toBeGreaterThan(5);
    expect(allowed.data!.agency.employees.edges[0]!.node.nip).toMatch(/^\d{18}$/);

    for (const client of [new GraphQLTestClient(server.url), await loggedIn('ANALYST'), await loggedIn('EMPLOYEE')]) {
      const refused = await client.request<{ agency: { employees: unknown } | null }>(query, { id: agencyId });
      expect(refused.data?.agency?.employees ?? null).toBeNull();
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(refused.errors?.[0]?.extensions?.code);
    }
  });

  it('lets an employee see themselves and their superior, but not a colleague elsewhere', async () => {
    const employee = await loggedIn('EMPLOYEE');
    const me = await employee.request<{ me: { employee: { id: string; nip: string; superior: { id: string; name: string } } } }>(
      '{ me { employee { id nip superior { id name } } } }',
    );
    expect(me.errors).toBeUndefined();
    expect(me.data!.me.employee.superior.name).toBeTruthy();
    const admin = await loggedIn('ADMIN');
    const regions = await admin.request<{ regions: { edges: Array<{ node: { name: string; agencies: { edges: Array<{ node: { employees: { edges: Array<{ node: { id: string } }> } } }> } } }> } }>(
      '{ regions { edges { node { name agencies(first: 1) { edges { node { employees(first: 1) { edges { node { id } } } } } } } } } }',
    );
    const medan = regions.data!.regions.edges.find((edge) => edge.node.name === 'Kota Medan')!;
    const stranger = medan.node.agencies.edges[0]!.node.employees.edges[0]!.node.id;
    const attempt = await employee.request<{ node: unknown }>('query ($id: ID!) { node(id: $id) { ... on Employee { nip name } } }', { id: stranger });
    expect(attempt.data?.node ?? null).toBeNull();
    expect(attempt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("exports a person's own data, and only theirs", async () => {
    const employee = await loggedIn('EMPLOYEE');
    const me = await employee.request<{ me: { employee: { nip: string; superior: { name: string } } } }>('{ me { employee { nip superior { name } } } }');
    const exported = await employee.request<{ myPersonalData: string }>('{ myPersonalData }');
    const document = JSON.parse(exported.data!.myPersonalData) as { account: { username: string }; employee: { nip: string; superior: { name: string } }; sessions: unknown[] };
    expect(document.account.username).toBe(account('EMPLOYEE').username);
    expect(document.employee.nip).toBe(me.data!.me.employee.nip);
    expect(document.employee.superior.name).toBe(me.data!.me.employee.superior.name);
    expect(document.sessions.length).toBeGreaterThan(0);
    expect((await new GraphQLTestClient(server.url).request('{ myPersonalData }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets only an administrator create an agency, and validates every field by name', async () => {
    const regions = await new GraphQLTestClient(server.url).request<{ regions: { edges: Array<{ node: { id: string } }> } }>(
      '{ regions(first: 1) { edges { node { id } } } }',
    );
    const regionId = regions.data!.regions.edges[0]!.node.id;
    const mutation = 'mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id name shortName region { id } } }';
    const input = { regionId, code: 'DISPERKIM_TEST', name: 'Dinas Perumahan dan Kawasan Permukiman', shortName: 'Disperkim' };

    const leader = await loggedIn('LEADER');
    expect((await leader.request(mutation, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await new GraphQLTestClient(server.url).request(mutation, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const admin = await loggedIn('ADMIN');
    const badCode = await admin.request(mutation, { input: { ...input, code: 'bad code' } });
    expect(badCode.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
    const created = await admin.request<{ createAgency: { id: string; name: string; region: { id: string } } }>(mutation, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAgency.region.id).toBe(regionId);
    const duplicate = await admin.request(mutation, { input });
    expect(duplicate.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'input.code' });

    const trail = await admin.request<{ auditTrail: Array<{ action: string; actorName: string; changes: string }> }>(
      'query ($id: ID!) { auditTrail(id: $id) { action actorName changes } }',
      { id: created.data!.createAgency.id },
    );
    expect(trail.data!.auditTrail).toEqual([
      { action: 'agency.create', actorName: 'admin', changes: expect.stringContaining('"shortName":"Disperkim"') },
    ]);
    expect((await leader.request('query ($id: ID!) { auditTrail(id: $id) { action } }', { id: created.data!.createAgency.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pushes agency changes to a graphql-ws subscriber', async () => {
    const admin = await loggedIn('ADMIN');
    const me = await (await loggedIn('AGENCY_ADMIN')).request<{ me: { agency: { id: string; region: { id: string } } } }>(
      '{ me { agency { id region { id } } } }',
    );
    const { id: agencyId, region } = me.data!.me.agency;
    const wsClient = createClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const received = new Promise<{ shortName: string }>((resolve, reject) => {
        const unsubscribe = wsClient.subscribe<{ agencyChanged: { shortName: string } }>(
          { query: 'subscription ($id: ID!) { agencyChanged(regionId: $id) { shortName } }', variables: { id: region.id } },
          {
            next: (message) => {
              if (message.errors) reject(new Error(message.errors[0]?.message));
              resolve(message.data!.agencyChanged);
              unsubscribe();
            },
            error: reject,
            complete: () => {},
          },
        );
      });
      // graphql-ws does not acknowledge a subscription, so publish until the subscriber hears it.
      let heard = false;
      void received.then(() => (heard = true), () => (heard = true));
      for (let attempt = 0; attempt < 40 && !heard; attempt++) {
        const update = await admin.request('mutation ($input: UpdateAgencyInput!) { updateAgency(input: $input) { shortName } }', {
          input: { id: agencyId, shortName: 'Dukcapil Baru' },
        });
        expect(update.errors).toBeUndefined();
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      await expect(received).resolves.toEqual({ shortName: 'Dukcapil Baru' });
    } finally {
      await wsClient.dispose();
    }
  });
});
