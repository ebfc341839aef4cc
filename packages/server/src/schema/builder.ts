// The one place where Pothos and its plugins are configured. Each domain concept adds its types,
// queries, mutations and subscriptions in its own file under src/schema/.
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import type { Role } from '../generated/prisma/enums.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import { isStaff, type Context } from '../context.js';

export const MAX_PAGE_SIZE = 100;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { authenticated: boolean; candidate: boolean; signedIn: boolean; roles: Role[] };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string | number };
    File: { Input: File; Output: never };
  };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin],
  scopeAuth: {
    // A type's scopes decide whether the object is returned at all (null with an error), rather
    // than handing out an object whose every field is an error.
    runScopesOnType: true,
    // Check a subscription's scopes when it starts, not only on each event.
    authorizeOnSubscribe: true,
    authScopes: (context) => ({
      // Staff only: a CANDIDATE is signed in but never reaches what staff see.
      authenticated: isStaff(context),
      candidate: context.viewer?.role === 'CANDIDATE',
      signedIn: context.viewer !== null,
      roles: (allowed) => context.viewer !== null && allowed.includes(context.viewer.role),
    }),
    unauthorizedError: (_parent, context) =>
      context.viewer === null
        ? new GraphQLError('You must be logged in to see this.', { extensions: { code: 'UNAUTHENTICATED' } })
        : new GraphQLError('Your role does not allow this.', { extensions: { code: 'FORBIDDEN' } }),
  },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: 20,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  validation: {
    validationError: (error) => {
      const issue = error.issues[0];
      const field = issue?.path?.map((segment) => (typeof segment === 'object' ? segment.key : segment)).join('.');
      return new GraphQLError(issue ? `${field ? `${field}: ` : ''}${issue.message}` : 'Invalid input.', {
        extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
      });
    },
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

builder.scalarType('DateTime', {
  description: 'An instant in time, as an ISO 8601 string in UTC (e.g. 2026-11-23T08:00:00.000Z).',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) {
      throw new GraphQLError('DateTime must be an ISO 8601 string.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return date;
  },
});
