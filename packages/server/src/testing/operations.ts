// Assertions on GraphQL operations for integration tests (not in index.ts: it imports vitest,
// and the bench imports index.ts outside vitest).
import { expect } from 'vitest';
import type { GraphQLClient } from '../http/graphql-client.js';

type Vars = Record<string, unknown>;

/** Runs an operation that must succeed and returns its data. */
export async function ok<T = any>(client: GraphQLClient, query: string, variables?: Vars): Promise<T> {
  const result = await client.request<T>(query, variables);
  if (result.errors) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

/** Runs an operation that must fail and returns the first error's code, field and message. */
export async function fails(client: GraphQLClient, query: string, variables?: Vars) {
  const result = await client.request(query, variables);
  expect(result.errors, `${query.slice(0, 60)}… should fail`).toBeDefined();
  const [error] = result.errors!;
  return { code: error!.extensions?.code, field: error!.extensions?.field, message: error!.message };
}
