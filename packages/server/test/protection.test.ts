// Attacks on the API's protections. Each test fails if its protection is removed.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphQLError } from 'graphql';
import { GraphQLTestClient, startTestServer, type TestServer } from '../src/testing/index.js';
import { maskError } from '../src/server.js';
import { createLogger } from '../src/logger.js';

const post = (server: TestServer, body: BodyInit, headers: Record<string, string>) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers, body });

describe('operation limits and cost', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ demo: 'off' });
  });
  afterAll(async () => {
    await server?.close();
  });
  const ask = (query: string) => new GraphQLTestClient(server.url).request(query);

  it('reports the cost of every query', async () => {
    const result = await ask('{ regions(first: 10) { edges { node { name agencies(first: 5) { totalCount } } } } }');
    expect(result.extensions?.cost).toEqual({ requested: 1 + 10 * (1 + 1 + 1), limit: 20_000 });
  });

  it('refuses a query whose nested pages would cost too much', async () => {
    const result = await ask(
      '{ regions(first: 100) { edges { node { agencies(first: 100) { edges { node { units(first: 100) { edges { node { name } } } } } } } } } }',
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: { limit: 20_000 } });
    expect(result.data ?? null).toBeNull();
  });

  it('refuses a page above the maximum instead of silently shortening it', async () => {
    const result = await ask('{ regions(first: 101) { totalCount } }');
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'regions' });
  });

  it('refuses too deep, too many aliases and too many tokens, with a code', async () => {
    const deep = '{ regions { edges { node { agencies { edges { node { region { agencies { edges { node { region { agencies { edges { node { name } } } } } } } } } } } } } } }';
    const aliases = `{ ${Array.from({ length: 21 }, (_, index) => `a${index}: regions { totalCount }`).join(' ')} }`;
    const tokens = `{ regions { totalCount ${'__typename '.repeat(3000)} } }`;
    for (const query of [deep, aliases, tokens]) {
      const result = await ask(query);
      expect(result.errors?.[0]?.extensions?.code, result.errors?.[0]?.message).toBe('QUERY_TOO_COMPLEX');
    }
  });

  it('still serves GraphiQL its introspection query', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const result = await ask(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
  });
});

describe('cross-site request forgery', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ demo: 'small' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses the requests a foreign page can send with our cookie, and accepts JSON', async () => {
    const admin = new GraphQLTestClient(server.url);
    const account = server.demoAccounts.find((candidate) => candidate.role === 'ADMIN')!;
    await admin.login(account.username, account.password);
    const cookie = admin.sessionCookie!;
    const mutation = 'mutation { logoutEverywhere }';
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: mutation }));
    form.set('map', '{}');
    for (const [body, contentType] of [
      [new URLSearchParams({ query: mutation }).toString(), 'application/x-www-form-urlencoded'],
      [JSON.stringify({ query: mutation }), 'text/plain'],
    ] as const) {
      const response = await post(server, body, { 'content-type': contentType, cookie });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'CSRF_REJECTED' } }] });
    }
    const multipart = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { cookie }, body: form });
    expect(multipart.status).toBe(403);
    // The session survived every forged attempt.
    expect((await admin.request<{ me: { role: string } }>('{ me { role } }')).data?.me).toEqual({ role: 'ADMIN' });
  });
});

describe('rate limits and login throttling', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      demo: 'small',
      env: { RATE_LIMIT_ADDRESS_PER_MINUTE: '8', RATE_LIMIT_ACCOUNT_PER_MINUTE: '1000', TRUST_PROXY: 'true', REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}` },
    });
  });
  afterAll(async () => {
    await server?.close();
  });
  const from = (address: string, body: unknown, cookie?: string) =>
    post(server, JSON.stringify(body), { 'content-type': 'application/json', 'x-forwarded-for': address, ...(cookie ? { cookie } : {}) });

  it('limits anonymous requests per address, with Retry-After, without affecting other addresses', async () => {
    const statuses = [];
    for (let index = 0; index < 9; index++) statuses.push((await from('203.0.113.7', { query: '{ regions { totalCount } }' })).status);
    expect(statuses.slice(0, 8).every((status) => status === 200)).toBe(true);
    const limited = await from('203.0.113.7', { query: '{ regions { totalCount } }' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    expect((await from('203.0.113.8', { query: '{ regions { totalCount } }' })).status).toBe(200);
  });

  it('locks an account after repeated wrong passwords, even against the right one, and says for how long', async () => {
    const { username, password } = server.demoAccounts.find((account) => account.role === 'ANALYST')!;
    const login = (pass: string, address: string) =>
      from(address, { query: 'mutation ($input: LoginInput!) { login(input: $input) { user { role } } }', variables: { input: { username, password: pass } } }).then(
        (response) => response.json() as Promise<{ errors?: Array<{ message: string; extensions: { code: string } }> }>,
      );
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await login('wrong-password', '198.51.100.99')).errors?.[0]?.extensions.code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await login(password, '198.51.100.99');
    expect(locked.errors?.[0]?.extensions.code).toBe('ACCOUNT_LOCKED');
    expect(locked.errors?.[0]?.message).toMatch(/Try again in \d+ minutes?/);
    // The real owner elsewhere still gets in.
    expect((await login(password, '198.51.100.200')).errors).toBeUndefined();

    // Guessing from many addresses locks the account everywhere.
    for (let attempt = 0; attempt < 20; attempt++) await login('wrong-password', `192.0.2.${attempt + 1}`);
    expect((await login(password, '198.51.100.201')).errors?.[0]?.extensions.code).toBe('ACCOUNT_LOCKED');
  });
});

describe('sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ demo: 'small' });
  });
  afterAll(async () => {
    await server?.close();
  });
  const account = (role: string) => server.demoAccounts.find((candidate) => candidate.role === role)!;

  it('ends every session of the account and closes its live connections with logoutEverywhere', async () => {
    const { username, password } = account('LEADER');
    const phone = new GraphQLTestClient(server.url);
    const laptop = new GraphQLTestClient(server.url);
    await phone.login(username, password);
    await laptop.login(username, password);
    const other = new GraphQLTestClient(server.url);
    await other.login(account('ADMIN').username, account('ADMIN').password);

    const socket = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: laptop.sessionCookie! } });
        }
      },
      retryAttempts: 0,
    });
    const closed = new Promise<number>((resolve) => socket.on('closed', (event) => resolve((event as { code: number }).code)));
    const ticking = new Promise<void>((resolve) => {
      socket.subscribe({ query: 'subscription { serverTime }' }, { next: () => resolve(), error: () => {}, complete: () => {} });
    });
    await ticking;

    const result = await phone.request<{ logoutEverywhere: number }>('mutation { logoutEverywhere }');
    expect(result.data?.logoutEverywhere).toBe(2);
    expect((await laptop.request<{ me: null }>('{ me { role } }')).data?.me).toBeNull();
    expect((await phone.request<{ me: null }>('{ me { role } }')).data?.me).toBeNull();
    expect(await closed).toBe(4403);
    // Another account is untouched.
    expect((await other.request<{ me: { role: string } }>('{ me { role } }')).data?.me).toEqual({ role: 'ADMIN' });
    await socket.dispose();
  });

  it('closes the live connections of an account the moment an administrator disables it', async () => {
    const { username, password } = account('SUPERVISOR');
    const supervisor = new GraphQLTestClient(server.url);
    await supervisor.login(username, password);
    const me = await supervisor.request<{ me: { id: string } }>('{ me { id } }');
    const socket = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: supervisor.sessionCookie! } });
        }
      },
      retryAttempts: 0,
    });
    const closed = new Promise<number>((resolve) => socket.on('closed', (event) => resolve((event as { code: number }).code)));
    await new Promise<void>((resolve) => socket.subscribe({ query: 'subscription { serverTime }' }, { next: () => resolve(), error: () => {}, complete: () => {} }));
    const admin = new GraphQLTestClient(server.url);
    await admin.login(account('ADMIN').username, account('ADMIN').password);
    const disabled = await admin.request('mutation ($id: ID!) { setAccountDisabled(id: $id, disabled: true) { id } }', { id: me.data!.me.id });
    expect(disabled.errors).toBeUndefined();
    expect(await closed).toBe(4403);
    expect((await supervisor.request<{ me: null }>('{ me { id } }')).data?.me).toBeNull();
    await socket.dispose();
  });

  it('replaces a session planted before login (session fixation)', async () => {
    const { username, password } = account('ANALYST');
    const victim = new GraphQLTestClient(server.url);
    await victim.login(account('EMPLOYEE').username, account('EMPLOYEE').password);
    const planted = victim.sessionCookie!;
    await victim.login(username, password);
    expect(victim.sessionCookie).not.toBe(planted);
    const attacker = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: planted },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(((await attacker.json()) as { data: { me: unknown } }).data.me).toBeNull();
  });
});

describe('error masking', () => {
  it('hides internal messages in production and keeps coded errors intact', () => {
    const logger = createLogger('silent');
    const internal = maskError(true, logger)(new GraphQLError('boom', { originalError: new Error('relation "X" does not exist at db.ts:12') }), 'Unexpected error.');
    expect(internal.message).toBe('Unexpected error.');
    expect((internal as GraphQLError).extensions).toEqual({ code: 'INTERNAL' });
    expect(maskError(false, logger)(new Error('detail'), 'Unexpected error.').message).toContain('detail');
  });
});
