// Persisted operations: the public pages' fixed queries, known by their SHA-256 hash from the web
// app's manifest (packages/web/src/graphql/persisted-operations.json, generated from its
// documents), sent as GET so that a caching proxy can answer anonymous visitors. Other documents
// stay allowed, for everyone: the public dashboard batches a varying number of figures into one
// document, and analysts write ad-hoc queries; the depth, alias, token and cost limits and the
// rate limits bound what any document may ask for.
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

export const PERSISTED_MANIFEST = new URL('../../../web/src/graphql/persisted-operations.json', import.meta.url);
/** Public figures change at most with each ingested batch; a minute of staleness is harmless. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=60';

export function persistedOperationsPlugins(manifest: Record<string, string> = JSON.parse(readFileSync(PERSISTED_MANIFEST, 'utf8'))): Plugin[] {
  const cacheable = new WeakSet<Request>();
  return [
    usePersistedOperations({
      getPersistedOperation: (hash) => manifest[hash] ?? null,
      allowArbitraryOperations: true,
      customErrors: {
        notFound: { message: 'Unknown persisted operation; reload the page to get the current version.', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } } },
        // A request with neither a query text nor a known hash, as GraphQL over HTTP answers it.
        keyNotFound: { message: 'Send a query, or the hash of a persisted operation.', extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
      },
    }) as Plugin,
    {
      // Only an anonymous GET of a persisted operation that succeeded may be stored by a proxy.
      onResultProcess({ request, result }) {
        const persisted = new URL(request.url).searchParams.get('extensions')?.includes('persistedQuery');
        const failed = Array.isArray(result) || !('data' in result) || Boolean(result.errors?.length);
        if (request.method === 'GET' && persisted && !request.headers.has('cookie') && !failed) cacheable.add(request);
      },
      onResponse({ request, response }) {
        response.headers.set('cache-control', cacheable.has(request) ? PUBLIC_CACHE_CONTROL : 'private, no-store');
        response.headers.append('vary', 'Cookie, Accept-Language');
      },
    },
  ];
}
