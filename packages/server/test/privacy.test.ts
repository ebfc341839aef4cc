// Walks every field an anonymous visitor, an ANALYST and a job CANDIDATE can reach, with real ids, and proves that
// no personal data comes back: no NIP, no employee name. New fields are walked automatically, so a
// field that leaks fails this test the day it is added.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../src/schema/index.js';
import { GraphQLTestClient, startTestServer, type TestServer } from '../src/testing/index.js';

const MAX_DEPTH = 5;
const PAGE = 5;

function selection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string {
  if (isScalarType(type) || isEnumType(type)) return '';
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    return `{ __typename ${possible.map((member) => `... on ${member.name} ${selection(schema, member, depth)}`).join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) {
      parts.push(field.name);
    } else if (depth < MAX_DEPTH) {
      const pageArgs = field.args.some((arg) => arg.name === 'first') ? `(first: ${PAGE})` : '';
      parts.push(`${field.name}${pageArgs} ${selection(schema, named, depth + 1)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

function literal(arg: GraphQLArgument, id: string): string | undefined {
  const named = getNamedType(arg.type);
  if (named.name === 'ID') return JSON.stringify(id);
  if (named.name === 'Int') return arg.name === 'first' ? String(PAGE) : '2026';
  if (named.name === 'String') return JSON.stringify('x');
  if (named.name === 'Boolean') return 'true';
  if (isEnumType(named)) return named.getValues()[0]?.name;
  if (isInputObjectType(named)) return undefined;
  return undefined;
}

/** Queries for one root field: once per candidate id when it needs one, else once. */
function rootQueries(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, ids: string[]): string[] {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const needsId = required.some((arg) => getNamedType(arg.type).name === 'ID');
  const body = selection(schema, getNamedType(field.type), 1);
  return (needsId ? ids : ['']).flatMap((id) => {
    const args = [...required, ...field.args.filter((arg) => arg.name === 'first')].map((arg) => [arg.name, literal(arg, id)] as const);
    if (args.some(([, value]) => value === undefined)) return [];
    const argText = args.length ? `(${args.map(([name, value]) => `${name}: ${value}`).join(', ')})` : '';
    return [`{ ${field.name}${argText} ${body} }`];
  });
}

function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => strings(item, into));
  return into;
}

let server: TestServer;
let employeeNames: string[];
let ids: string[];
beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMIT_ADDRESS_PER_MINUTE: '100000', RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000' } });
  const prisma = server.app.database.prisma;
  employeeNames = (await prisma.employee.findMany({ select: { name: true } })).map((employee) => employee.name);
  // Real ids of every kind an attacker might guess or find: people's included.
  const admin = new GraphQLTestClient(server.url);
  const account = server.demoAccounts.find((candidate) => candidate.role === 'ADMIN')!;
  await admin.login(account.username, account.password);
  const sample = await admin.request<{ regions: { edges: Array<{ node: { id: string; agencies: { edges: Array<{ node: { id: string; units: { edges: Array<{ node: { id: string } }> }; employees: { edges: Array<{ node: { id: string; subordinates: { edges: Array<{ node: { id: string } }> } } }> } } }> } } }> }; me: { id: string } }>(
    '{ me { id } regions(first: 2) { edges { node { id agencies(first: 2) { edges { node { id units(first: 2) { edges { node { id } } } employees(first: 3) { edges { node { id subordinates(first: 2) { edges { node { id } } } } } } } } } } } } }',
  );
  expect(sample.errors).toBeUndefined();
  ids = [...new Set(strings(sample.data).filter((value) => /^[A-Za-z0-9+/=]{8,}$/.test(value)))];
  expect(ids.length).toBeGreaterThan(10);
}, 180_000);
afterAll(async () => {
  await server?.close();
});

describe.each([
  ['an anonymous visitor', null],
  ['an ANALYST', 'ANALYST'],
  ['a CANDIDATE', 'CANDIDATE'],
] as const)('what %s can reach', (_who, role) => {
  // The walk grows with the schema (every root field taking an id is tried with each sample id).
  it('contains no NIP and no employee name anywhere', { timeout: 300_000 }, async () => {
    const client = new GraphQLTestClient(server.url);
    if (role) {
      const account = server.demoAccounts.find((candidate) => candidate.role === role)!;
      await client.login(account.username, account.password);
    }
    const schema = getSchema();
    const queryType = schema.getQueryType()!;
    let answered = 0;
    for (const field of Object.values(queryType.getFields())) {
      // By convention the caller's own data lives under `me` and `my*`: theirs to see. Everything
      // else must be free of people.
      if (field.name === 'me' || /^my[A-Z]/.test(field.name)) continue;
      for (const query of rootQueries(schema, field, ids)) {
        const result = await client.request(query);
        const values = strings(result.data);
        answered += values.length;
        for (const value of values) {
          expect(value, `${field.name} returned what looks like a NIP`).not.toMatch(/(?<!\d)\d{18}(?!\d)/);
          const leaked = employeeNames.find((name) => value.includes(name));
          expect(leaked, `${field.name} returned the name of an employee`).toBeUndefined();
        }
      }
    }
    // The walk did reach real data (regions, agencies, units), so the check above means something.
    expect(answered).toBeGreaterThan(100);
  });
});
