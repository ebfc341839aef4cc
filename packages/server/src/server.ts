// Composes the product's HTTP server: GraphQL over HTTP and WebSocket on /graphql, health
// probes, and the built web app. Everything it needs is passed in, so tests start their own.
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga, type Plugin } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Redis } from 'ioredis';
import sirv from 'sirv';
import { LoginThrottle } from './auth/login-throttle.js';
import { Sessions } from './auth/sessions.js';
import type { Context } from './context.js';
import type { OpenDatabase } from './db/database.js';
import { AppError } from './errors.js';
import type { LiveTopics } from './live/live-topics.js';
import { liveAudienceOf, subscribeShared, type SharedOperation } from './live/shared-subscriptions.js';
import type { PubSub } from './live/pubsub.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mail/mailer.js';
import { getSchema } from './schema/index.js';
import { persistedOperationsPlugins } from './http/persisted-operations.js';
import { createRateLimiter, csrfPlugin, operationLimitPlugins } from './http/protection.js';
import { FILES_PATH, handleFileRequest } from './files/http.js';

export interface ServerOptions {
  database: OpenDatabase;
  pubsub: PubSub;
  /** Shared store for rate limits and login throttling (several processes); in memory without it. */
  redis?: Redis;
  /** Prefix of every key and channel this installation uses in Redis. */
  redisPrefix?: string;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy you run). */
  trustProxy?: boolean;
  rateLimits?: { perAccount: number; perAddress: number };
  live: LiveTopics;
  logger: Logger;
  /** Outgoing e-mail; without it verification codes are written to the log. */
  mailer?: Mailer | null;
  sessionSecret: string;
  sessionTtlHours?: number;
  secureCookie?: boolean;
  /** Folder of the built web app; the server answers API routes only when it is absent. */
  webDist?: string;
  production?: boolean;
  shutdownTimeoutMs?: number;
  /** A WebSocket whose unsent data stays above this many bytes is closed: its client is not reading. */
  wsMaxBufferedBytes?: number;
  /** A GraphQL POST declaring a larger body is refused (413) before any of it is read. */
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, finishes in-flight requests, closes WebSockets with 1001 (going away). */
  close(): Promise<void>;
}

const WEBSOCKET_GOING_AWAY = 1001;
// graphql-ws's code for "Forbidden": the client should not reconnect on the same credentials.
const WEBSOCKET_FORBIDDEN = 4403;
// Ours, outside graphql-ws's codes (4400-4500), so its client reconnects: the client fell behind and was dropped.
const WEBSOCKET_TOO_SLOW = 4008;
const SLOW_CLIENT_CHECK_MS = 1000;

export function maskError(production: boolean, logger: Logger) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    if (original instanceof AppError) {
      const graphQLError = original.toGraphQLError();
      return error instanceof GraphQLError
        ? new GraphQLError(graphQLError.message, { nodes: error.nodes, path: error.path, extensions: graphQLError.extensions })
        : graphQLError;
    }
    if (original instanceof GraphQLError && !(error instanceof GraphQLError && error.originalError && !(original instanceof GraphQLError))) {
      return error as GraphQLError;
    }
    logger.error({ err: original }, 'Unexpected error while executing GraphQL');
    return new GraphQLError(production ? message : `${message} ${(original as Error)?.message ?? ''}`.trim(), {
      ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
      extensions: { code: 'INTERNAL' },
    });
  };
}

/** Sends the cookies that mutations asked for (login, logout) with the HTTP response. */
function useResponseCookies(): Plugin<Context> {
  const cookiesByRequest = new WeakMap<Request, string[]>();
  return {
    onContextBuilding({ context }) {
      const request = (context as unknown as { request?: Request }).request;
      if (request) cookiesByRequest.set(request, (context as unknown as Context).responseCookies);
    },
    onResponse({ request, response }) {
      for (const cookie of cookiesByRequest.get(request) ?? []) response.headers.append('set-cookie', cookie);
    },
  };
}

export async function startServer(options: ServerOptions, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  const { database, pubsub, logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 25 * 1024 * 1024;
  const production = options.production ?? false;
  const sessions = new Sessions(database.prisma, pubsub, {
    secret: options.sessionSecret,
    ttlHours: options.sessionTtlHours ?? 12,
    secureCookie: options.secureCookie ?? false,
  });
  const loginThrottle = new LoginThrottle(options.redis, options.redisPrefix);
  const rateLimiter = createRateLimiter({
    ...(options.rateLimits ?? { perAccount: 600, perAddress: 300 }),
    redis: options.redis,
    keyPrefix: options.redisPrefix,
  });
  const addressOf = (req: IncomingMessage | undefined): string => {
    const forwarded = options.trustProxy ? req?.headers['x-forwarded-for'] : undefined;
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    return first || req?.socket.remoteAddress || 'unknown';
  };
  const buildContext = async (req: IncomingMessage | undefined): Promise<Context> => {
    const viewer = await sessions.viewerFromCookieHeader(req?.headers.cookie);
    const clientAddress = addressOf(req);
    await rateLimiter.consume({ userId: viewer?.userId, address: clientAddress });
    return { prisma: database.prisma, pubsub, live: options.live, sessions, loginThrottle, logger, mailer: options.mailer ?? null, viewer, clientAddress, responseCookies: [], memo: new Map() };
  };

  const yoga = createYoga<{ req?: IncomingMessage }, Context>({
    schema: getSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Pantau Kinerja GraphQL', subscriptionsProtocol: 'WS' },
    landingPage: false,
    maskedErrors: { maskError: maskError(production, logger) },
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.error(args.map(String).join(' ')),
    },
    context: ({ req }) => buildContext(req),
    plugins: [csrfPlugin(), ...persistedOperationsPlugins(), ...operationLimitPlugins(), useResponseCookies()],
  });

  const serveWeb = options.webDist && existsSync(options.webDist) ? sirv(options.webDist, { single: true, etag: true, gzip: true }) : undefined;
  let shuttingDown = false;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    res.on('finish', () => {
      if (path !== '/healthz' && path !== '/readyz') {
        logger.info({ method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
      }
    });
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      if (shuttingDown) return sendJson(res, 503, { status: 'shutting-down' });
      try {
        await database.prisma.$queryRaw`SELECT 1`;
        return sendJson(res, 200, { status: 'ready', database: database.kind });
      } catch (error) {
        logger.warn({ err: error }, 'Readiness check: database unavailable');
        return sendJson(res, 503, { status: 'database-unavailable' });
      }
    }
    if (path === '/graphql' || path.startsWith('/graphql/')) {
      if (req.method === 'POST') {
        // Refused before reading: a body without a declared length (chunked) could grow unseen.
        const length = Number(req.headers['content-length']);
        if (req.headers['content-length'] === undefined) return sendRefusal(res, 411, 'LENGTH_REQUIRED', 'Send the request with a Content-Length header.');
        if (!(length <= maxBodyBytes)) return sendRefusal(res, 413, 'PAYLOAD_TOO_LARGE', `The request is larger than ${Math.floor(maxBodyBytes / 1024 / 1024)} MB; send smaller files or batches.`);
      }
      return yoga.requestListener(req, res);
    }
    if (path.startsWith(FILES_PATH)) return handleFileRequest(req, res, path.slice(FILES_PATH.length), buildContext);
    if (serveWeb) return serveWeb(req, res, () => sendJson(res, 404, { error: 'Not found' }));
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Pantau Kinerja API is running. GraphQL and GraphiQL: /graphql. The web app is not built: run `pnpm build`.\n');
  };

  const httpServer = createHttpServer((req, res) => {
    handle(req, res).catch((error) => {
      logger.error({ err: error }, 'Request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error' });
    });
  });

  const webSocketServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  // Whose session each live connection runs on, so that ending the session closes it at once.
  const socketSessions = new Map<WebSocket, { userId: string; sessionId: string }>();
  const revocations = pubsub.subscribe('auth.sessionsRevoked');
  const closeRevokedSockets = async () => {
    for await (const revoked of revocations) {
      for (const [socket, session] of socketSessions) {
        if (
          session.userId === revoked.userId &&
          (!revoked.sessionId || revoked.sessionId === session.sessionId) &&
          revoked.exceptSessionId !== session.sessionId
        ) {
          socket.close(WEBSOCKET_FORBIDDEN, 'Session ended');
        }
      }
    }
  };
  void closeRevokedSockets();
  // graphql-ws sends an operation's next result only once the previous one is written, but every
  // operation of a socket has one in the send buffer, and a client that stops reading lets them
  // pile up in this process. A socket over the limit at two checks in a row is closed; sending
  // stops at once, and ws drops the connection if the close handshake does not finish in 30 s.
  const maxBufferedBytes = options.wsMaxBufferedBytes ?? 4 * 1024 * 1024;
  const overLimit = new WeakSet<WebSocket>();
  const slowClientWatch = setInterval(() => {
    for (const socket of webSocketServer.clients) {
      if (socket.readyState !== socket.OPEN || socket.bufferedAmount <= maxBufferedBytes) {
        overLimit.delete(socket);
      } else if (!overLimit.has(socket)) {
        overLimit.add(socket);
      } else {
        logger.warn({ bufferedBytes: socket.bufferedAmount, limit: maxBufferedBytes }, 'Closing a WebSocket whose client is not reading');
        socket.close(WEBSOCKET_TOO_SLOW, 'Too slow: client is not reading');
      }
    }
  }, SLOW_CLIENT_CHECK_MS);
  slowClientWatch.unref();
  // The enveloped (plugin-wrapped) execute and subscribe of each operation, and who asked.
  type LiveRoot = { execute: typeof import('graphql').execute; subscribe: typeof import('graphql').subscribe; operation: SharedOperation };
  const maskLiveError = maskError(production, logger);
  useServer<Record<string, unknown> | undefined, { viewerChecked?: boolean }>(
    {
      schema: getSchema(),
      onConnect: async (ctx) => {
        const viewer = await sessions.viewerFromCookieHeader(ctx.extra.request.headers.cookie);
        if (viewer) {
          socketSessions.set(ctx.extra.socket, { userId: viewer.userId, sessionId: viewer.sessionId });
          ctx.extra.socket.once('close', () => socketSessions.delete(ctx.extra.socket));
        }
        return true;
      },
      execute: (args) => (args.rootValue as LiveRoot).execute(args),
      subscribe: (args) => {
        const root = args.rootValue as LiveRoot;
        const audience = liveAudienceOf(args);
        if (audience === null) return root.subscribe(args);
        return subscribeShared({ ...args, rootValue: undefined }, root.operation, audience, options.live, (error) => maskLiveError(error, 'Unexpected error.'));
      },
      onSubscribe: async (ctx, id, params) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
        });
        const document = parse(params.query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        return {
          schema,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe, operation: { id, query: params.query, socket: ctx.extra.socket } } satisfies LiveRoot,
        };
      },
    },
    webSocketServer,
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '127.0.0.1' || host === '::' ? 'localhost' : host;
  const url = `http://${shownHost}:${address.port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    port: address.port,
    close() {
      closing ??= (async () => {
        shuttingDown = true;
        clearInterval(slowClientWatch);
        await revocations.return?.();
        const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        for (const socket of webSocketServer.clients) socket.close(WEBSOCKET_GOING_AWAY, 'Server is shutting down');
        webSocketServer.close();
        httpServer.closeIdleConnections();
        const timeout = setTimeout(() => httpServer.closeAllConnections(), options.shutdownTimeoutMs ?? 10_000);
        await closed;
        clearTimeout(timeout);
      })();
      return closing;
    },
  };
}

/** A refusal in GraphQL's error shape, closing the connection so the unread body is not waited for. */
function sendRefusal(res: ServerResponse, status: number, code: string, message: string): void {
  res.setHeader('connection', 'close');
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
