// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { Client, fetchExchange, stringifyDocument } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { PublicCatalogueQuery } from '../pages/public/queries';
import { PERSISTED_DOCUMENTS } from './persisted-documents';
import { persistedExchange } from './persisted';

const MANIFEST = new URL('./persisted-operations.json', import.meta.url);

/** What the manifest must hold: each document's text (as urql sends it) by its SHA-256 hash. */
function expectedManifest(): Record<string, string> {
  const entries = PERSISTED_DOCUMENTS.map((document) => {
    const text = stringifyDocument(document);
    return [createHash('sha256').update(text).digest('hex'), text] as const;
  });
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

describe('persisted operations', () => {
  // PERSISTED_WRITE=1 rewrites the manifest after a persisted document changed.
  it('has a manifest that matches the documents', async () => {
    const expected = expectedManifest();
    if (process.env.PERSISTED_WRITE === '1') await writeFile(MANIFEST, `${JSON.stringify(expected, null, 2)}\n`);
    expect(JSON.parse(await readFile(MANIFEST, 'utf8'))).toEqual(expected);
  });

  it('sends a persisted document as a GET with its hash and without its text; others as before', async () => {
    const sent: Array<{ method: string; url: string; body?: string }> = [];
    const client = new Client({
      url: 'http://pantau.test/graphql',
      exchanges: [persistedExchange, fetchExchange],
      fetch: async (url, init) => {
        sent.push({ method: init?.method ?? 'GET', url: String(url), body: init?.body as string | undefined });
        return new Response(JSON.stringify({ data: { region: null } }), { headers: { 'content-type': 'application/json' } });
      },
    });
    await client.query(PublicCatalogueQuery, { id: 'UmVnaW9uOjE=' }).toPromise();
    await client.query('query Other { __typename }', {}).toPromise();
    const [persisted, other] = sent;
    expect(persisted!.method).toBe('GET');
    const url = new URL(persisted!.url);
    expect(url.searchParams.get('query')).toBeNull();
    expect(JSON.parse(url.searchParams.get('extensions')!)).toEqual({ persistedQuery: { version: 1, sha256Hash: Object.keys(expectedManifest())[0] } });
    expect(JSON.parse(url.searchParams.get('variables')!)).toEqual({ id: 'UmVnaW9uOjE=' });
    // urql sends short queries as GET too, with their text.
    expect(new URL(other!.url).searchParams.get('query') ?? JSON.parse(other!.body!).query).toContain('__typename');
  });
});
