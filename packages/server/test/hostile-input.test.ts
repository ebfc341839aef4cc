// Random and hostile input to every mutation, as an administrator (who may call them all):
// every answer is a clean, coded error or a success; nothing crashes; and a refused mutation
// changes nothing in the database. New mutations are fuzzed automatically.
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password.js';
import { ERROR_CODES } from '../src/errors.js';
import { getSchema } from '../src/schema/index.js';
import { GraphQLTestClient, startTestServer, type TestServer } from '../src/testing/index.js';

const HOSTILE_STRINGS = [
  "' OR 1=1 --",
  'Robert\'); DROP TABLE "Employee";--',
  '<script>alert(document.cookie)</script>',
  '"><img src=x onerror=alert(1)>',
  '\u0000\u0001\u0002',
  '\u202Eevil',
  '../../../../etc/passwd',
  '${jndi:ldap://127.0.0.1/a}',
  '{{7*7}}',
  '😀'.repeat(5000),
  'x'.repeat(200_000),
  '',
  ' ',
  'NaN',
  '-1',
  '9'.repeat(400),
];

const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

/** Values for a GraphQL input type: mostly of the right shape with hostile leaves, sometimes of the wrong shape entirely. */
function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (depth > 3) return hostileScalar;
  if (isListType(inner)) return fc.oneof(fc.array(arbitraryFor(inner.ofType, depth + 1), { maxLength: 3 }), hostileScalar);
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    return fc.oneof(
      { weight: 4, arbitrary: fc.record(Object.fromEntries(fields.map((field) => [field.name, arbitraryFor(field.type, depth + 1)])), { requiredKeys: [] }) },
      { weight: 1, arbitrary: hostileScalar },
    );
  }
  if (isEnumType(inner)) return fc.oneof(fc.constantFrom(...inner.getValues().map((value) => value.name)), hostileScalar);
  return hostileScalar;
}

const ALLOWED_CODES = new Set<string>(ERROR_CODES.filter((code) => code !== 'INTERNAL'));

let server: TestServer;
let admin: GraphQLTestClient;

async function databaseFingerprint(): Promise<string> {
  const prisma = server.app.database.prisma;
  const tables = await prisma.$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('_prisma_migrations', 'Session') ORDER BY tablename`;
  const parts = [];
  for (const { tablename } of tables) {
    const [row] = await prisma.$queryRawUnsafe<Array<{ digest: string | null }>>(
      `SELECT md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS digest FROM "${tablename}" t`,
    );
    parts.push(`${tablename}:${row?.digest ?? 'empty'}`);
  }
  return parts.join('|');
}

beforeAll(async () => {
  // No demo data: the fingerprint below reads every table before and after each call, and random
  // ids reach no record anyway. The one account is an ADMIN, who may call every mutation.
  server = await startTestServer({ demo: 'off', env: { RATE_LIMIT_ACCOUNT_PER_MINUTE: '1000000', RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000' } });
  const password = 'Fuzz-Admin-2026!';
  await server.app.database.prisma.user.create({
    data: { username: 'fuzz.admin', displayName: 'Fuzz', role: 'ADMIN', passwordHash: await hashPassword(password) },
  });
  admin = new GraphQLTestClient(server.url);
  await admin.login('fuzz.admin', password);
}, 180_000);
afterAll(async () => {
  await server?.close();
});

// Ending our own session would only test the login page.
const SKIPPED = new Set(['logout', 'logoutEverywhere', 'login']);
const mutations = Object.values(getSchema().getMutationType()!.getFields()).filter((field) => !SKIPPED.has(field.name));

describe('hostile input to every mutation', () => {
  it.each(mutations.map((field) => [field.name, field] as const))('%s answers cleanly and a refusal changes nothing', async (_name, field) => {
    const variableDefinitions = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const returnsObject = !['Boolean', 'Int', 'String', 'ID', 'Float'].includes(getNamedType(field.type).name);
    const query = `mutation${variableDefinitions ? `(${variableDefinitions})` : ''} { result: ${field.name}${call ? `(${call})` : ''}${returnsObject ? ' { __typename }' : ''} }`;
    const argumentsArbitrary = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, arbitraryFor(arg.type)])), { requiredKeys: [] });

    await fc.assert(
      fc.asyncProperty(argumentsArbitrary, async (variables) => {
        const before = await databaseFingerprint();
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: admin.sessionCookie! },
          body: JSON.stringify({ query, variables }),
        });
        expect(response.status).toBeLessThan(500);
        const body = (await response.json()) as { data?: { result: unknown } | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
        for (const error of body.errors ?? []) {
          expect(ALLOWED_CODES.has(error.extensions?.code ?? ''), `${error.extensions?.code}: ${error.message}`).toBe(true);
        }
        if (body.errors?.length && !body.data?.result) expect(await databaseFingerprint()).toBe(before);
      }),
      { numRuns: 15 },
    );
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
