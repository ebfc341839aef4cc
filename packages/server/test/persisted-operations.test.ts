// The public pages' queries as persisted operations: a GET with the hash from the web app's
// manifest runs without a query text and, for an anonymous visitor, may be cached by a proxy;
// unknown hashes get a coded error; arbitrary documents stay allowed (decision in
// src/http/persisted-operations.ts) but are never marked cacheable.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSISTED_MANIFEST, PUBLIC_CACHE_CONTROL } from '../src/http/persisted-operations.js';
import { GraphQLTestClient, startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';

describe.each(await testDatabases())('persisted operations (%s database)', (database) => {
  let server: TestServer;
  let catalogueHash: string;
  let regionId: string;
  beforeAll(async () => {
    server = await startTestServer({ database });
    const manifest = JSON.parse(await readFile(PERSISTED_MANIFEST, 'utf8')) as Record<string, string>;
    catalogueHash = Object.entries(manifest).find(([, text]) => text.startsWith('query PublicCatalogue'))![0];
    const regions = await new GraphQLTestClient(server.url).request<{ regions: { edges: Array<{ node: { id: string } }> } }>('{ regions(first: 1) { edges { node { id } } } }');
    regionId = regions.data!.regions.edges[0]!.node.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  const persistedGet = (hash: string, headers: Record<string, string> = {}) => {
    const url = new URL(`${server.url}/graphql`);
    url.searchParams.set('operationName', 'PublicCatalogue');
    url.searchParams.set('variables', JSON.stringify({ id: regionId }));
    url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
    return fetch(url, { headers: { accept: 'application/graphql-response+json', ...headers } });
  };

  it('answers an anonymous GET by hash alone, cacheable by a proxy', async () => {
    const response = await persistedGet(catalogueHash);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: { region: { name: string; agencies: { totalCount: number } } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.region.agencies.totalCount).toBeGreaterThan(0);
    expect(response.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(response.headers.get('vary')).toMatch(/Cookie/);
  });

  it('refuses an unknown hash with a coded error, not cacheable', async () => {
    const response = await persistedGet('0'.repeat(64));
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('keeps a signed-in visitor’s answers out of shared caches', async () => {
    const account = server.demoAccounts.find((candidate) => candidate.role === 'ANALYST')!;
    const analyst = new GraphQLTestClient(server.url);
    await analyst.login(account.username, account.password);
    const response = await persistedGet(catalogueHash, { cookie: analyst.sessionCookie! });
    expect(((await response.json()) as { data: { region: { name: string } } }).data.region.name).toEqual(expect.any(String));
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('still runs arbitrary documents, anonymous or signed in, and never marks them cacheable', async () => {
    const url = new URL(`${server.url}/graphql`);
    url.searchParams.set('query', '{ regions { totalCount } }');
    const response = await fetch(url, { headers: { accept: 'application/graphql-response+json' } });
    expect(((await response.json()) as { data: { regions: { totalCount: number } } }).data.regions.totalCount).toBeGreaterThan(0);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });
});
