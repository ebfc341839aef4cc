// What stands between the API and abusive requests: size limits on the operation (depth,
// aliases, tokens), an estimated cost with a ceiling (reported in every response), a maximum
// page size, CSRF prevention, and rate limits per account and per address.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
export { RateLimiterRes };
import type { Redis } from 'ioredis';
import { operationCost, type CostLimits } from './query-cost.js';

export const DEFAULT_LIMITS = {
  maxDepth: 15,
  maxAliases: 20,
  maxTokens: 3000,
  maxCost: 20_000,
  maxPageSize: 100,
  defaultPageSize: 20,
};

export function operationLimitPlugins(limits = DEFAULT_LIMITS): Plugin[] {
  return [
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases }) as Plugin,
    maxTokensPlugin({ n: limits.maxTokens }) as Plugin,
    queryCostPlugin(limits),
    codeEveryError(),
  ];
}

/**
 * Every error leaves with a code: GraphQL Armor's refusals (which come as bare syntax or
 * validation errors) become QUERY_TOO_COMPLEX, bad variables BAD_USER_INPUT with the offending
 * path as `field`, and any other request error GRAPHQL_VALIDATION_FAILED.
 */
function codeEveryError(): Plugin {
  const coded = (error: GraphQLError): GraphQLError => {
    if (/limit of \d+ exceeded/.test(error.message)) return withCode(error, 'QUERY_TOO_COMPLEX');
    if (error.extensions?.code) return error;
    const variable = /^Variable "\$(\w+)"/.exec(error.message);
    if (variable) {
      const at = /at "([\w.[\]]+)"/.exec(error.message);
      return withCode(error, 'BAD_USER_INPUT', at?.[1] ?? variable[1]);
    }
    return withCode(error, 'GRAPHQL_VALIDATION_FAILED');
  };
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors) return;
      setResult({ ...result, errors: result.errors.map(coded) });
    },
  };
}

function withCode(error: GraphQLError, code: string, field?: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    path: error.path,
    extensions: { ...error.extensions, code, ...(field ? { field } : {}) },
  });
}

/** Refuses operations above the cost ceiling and reports the cost in `extensions.cost`. */
function queryCostPlugin(limits: CostLimits & { maxCost: number }): Plugin {
  const check = (args: { schema: Parameters<typeof operationCost>[0]; document: Parameters<typeof operationCost>[1]; operationName?: string | null; variableValues?: Record<string, unknown> | null }) => {
    const cost = operationCost(args.schema, args.document, args.operationName, args.variableValues, limits);
    if (cost > limits.maxCost) {
      throw new GraphQLError(
        `This query would cost ${cost} points; the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`,
        { extensions: { code: 'QUERY_TOO_COMPLEX', cost: { requested: cost, limit: limits.maxCost } } },
      );
    }
    return cost;
  };
  return {
    onExecute({ args }) {
      const cost = check(args);
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost: { requested: cost, limit: limits.maxCost } } });
        },
      };
    },
    onSubscribe({ args }) {
      check(args);
    },
  };
}

/**
 * Browsers send simple requests (form posts, multipart uploads, text/plain) across sites without
 * asking first, and with our cookie. A POST must therefore either be JSON (which a cross-site page
 * cannot send without a CORS preflight we never grant) or carry our header, which it cannot set.
 * GET never runs mutations, so it needs neither.
 */
export const CSRF_HEADER = 'x-pantau-csrf';

export function csrfPlugin(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'POST') return;
      const contentType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (contentType === 'application/json' || contentType === 'application/graphql-response+json' || request.headers.has(CSRF_HEADER)) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [{ message: `Send GraphQL as application/json, or set the ${CSRF_HEADER} header (cross-site request protection).`, extensions: { code: 'CSRF_REJECTED' } }],
          }),
          { status: 403, headers: { 'content-type': 'application/json; charset=utf-8' } },
        ),
      );
    },
  };
}

export interface RateLimitOptions {
  /** Requests a minute for one logged-in account. */
  perAccount: number;
  /** Requests a minute from one address without a session. */
  perAddress: number;
  redis?: Redis;
  keyPrefix?: string;
}

export interface RateLimiter {
  /** Throws a RATE_LIMITED error (HTTP 429 with Retry-After) when the caller is over the limit. */
  consume(key: { userId?: string; address: string }): Promise<void>;
}

/**
 * A counter of `points` per `durationSeconds`, in Redis when given (shared by every server
 * process), else in memory. While Redis is unreachable an in-memory counter stands in, so limits
 * keep working per process instead of failing every request.
 */
export function createLimiter(points: number, durationSeconds: number, kind: string, redis?: Redis, keyPrefix = 'pantau'): RateLimiterAbstract {
  const inMemory = new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix: kind });
  return redis
    ? new RateLimiterRedis({
        storeClient: redis,
        points,
        duration: durationSeconds,
        keyPrefix: `${keyPrefix}:rl:${kind}`,
        useRedisPackage: false,
        insuranceLimiter: inMemory,
      })
    : inMemory;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const perAccount = createLimiter(options.perAccount, 60, 'account', options.redis, options.keyPrefix);
  const perAddress = createLimiter(options.perAddress, 60, 'address', options.redis, options.keyPrefix);
  return {
    async consume({ userId, address }) {
      try {
        await (userId ? perAccount.consume(userId) : perAddress.consume(address));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new GraphQLError(`Too many requests. Try again in ${retryAfter} s.`, {
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, http: { status: 429, headers: { 'retry-after': String(retryAfter) } } },
        });
      }
    },
  };
}
