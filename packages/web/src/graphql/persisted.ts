// Sends the documents of the manifest (persisted-operations.json, generated from
// persisted-documents.ts) as persisted operations: a GET with the document's SHA-256 hash instead
// of its text (GraphQL over HTTP with the `persistedQuery` extension), which the server answers
// and a proxy may cache. Every other operation goes out as before.
import { makeOperation, mapExchange, stringifyDocument } from '@urql/core';
import manifest from './persisted-operations.json';

const hashByText = new Map(Object.entries(manifest as Record<string, string>).map(([hash, text]) => [text, hash]));

export const persistedExchange = mapExchange({
  onOperation(operation) {
    if (operation.kind !== 'query') return;
    const hash = hashByText.get(stringifyDocument(operation.query));
    if (!hash) return;
    return makeOperation(
      operation.kind,
      { ...operation, extensions: { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } } },
      { ...operation.context, preferGetMethod: 'force' },
    );
  },
});
