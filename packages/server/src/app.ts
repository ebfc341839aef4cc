// The whole product in one process: database (with migrations), live pub/sub, demo data and the
// HTTP server. `pnpm start` and the integration tests both start it through startApp().
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { openDatabase, type OpenDatabase } from './db/database.js';
import { ensureDemoData, type DemoAccount, type DemoProgress } from './demo/install.js';
import { LiveTopics } from './live/live-topics.js';
import { createLivePubSub } from './live/pubsub.js';
import type { Logger } from './logger.js';
import { createMailer } from './mail/mailer.js';
import { startServer } from './server.js';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface App {
  url: string;
  port: number;
  database: OpenDatabase;
  /** Live aggregates of this process (topics and their subscribers). */
  live: LiveTopics;
  /** Demo accounts and their passwords; empty unless demo data is on. */
  demoAccounts: DemoAccount[];
  close(): Promise<void>;
}

/** SESSION_SECRET, or in development a random one kept in the data directory so sessions survive restarts. */
async function sessionSecret(config: Config): Promise<string> {
  if (config.SESSION_SECRET) return config.SESSION_SECRET;
  const path = join(config.DATA_DIR, 'session-secret');
  const existing = await readFile(path, 'utf8').catch(() => '');
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(48).toString('base64url');
  await writeFile(path, secret, { mode: 0o600 });
  return secret;
}

export async function startApp(config: Config, logger: Logger, onDemoProgress?: DemoProgress): Promise<App> {
  await mkdir(config.DATA_DIR, { recursive: true });
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    openTimeoutMs: config.DB_OPEN_TIMEOUT_SECONDS * 1000,
    logger,
  });
  logger.info(
    { database: database.kind, location: database.location },
    database.kind === 'embedded'
      ? `Embedded PostgreSQL (PGlite) in ${database.location}; inspect it with: psql "${database.connectionString}"`
      : 'Connected to PostgreSQL (DATABASE_URL)',
  );
  if (config.NODE_ENV === 'production' && !config.SMTP_URL) {
    logger.warn('SMTP_URL is not set: e-mail verification codes are written to this log instead of being sent');
  }
  const mailer = config.SMTP_URL ? createMailer(config.SMTP_URL, config.MAIL_FROM) : null;
  let live: Awaited<ReturnType<typeof createLivePubSub>> | undefined;
  try {
    const demoAccounts =
      config.DEMO_DATA === 'off'
        ? []
        : await ensureDemoData(database.prisma, { size: config.DEMO_DATA, dataDir: config.DATA_DIR, logger, onProgress: onDemoProgress });
    live = await createLivePubSub(config.REDIS_URL, logger, config.REDIS_PREFIX);
    const liveTopics = new LiveTopics(live.pubsub, logger);
    const server = await startServer(
      {
        database,
        pubsub: live.pubsub,
        redis: live.redis,
        redisPrefix: config.REDIS_PREFIX,
        trustProxy: config.TRUST_PROXY,
        rateLimits: { perAccount: config.RATE_LIMIT_ACCOUNT_PER_MINUTE, perAddress: config.RATE_LIMIT_ADDRESS_PER_MINUTE },
        live: liveTopics,
        logger,
        mailer,
        sessionSecret: await sessionSecret(config),
        sessionTtlHours: config.SESSION_TTL_HOURS,
        secureCookie: config.COOKIE_SECURE,
        webDist: config.WEB_DIST ?? DEFAULT_WEB_DIST,
        production: config.NODE_ENV === 'production',
        shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_SECONDS * 1000,
        wsMaxBufferedBytes: config.WS_MAX_BUFFERED_BYTES,
        maxBodyBytes: config.GRAPHQL_MAX_BODY_BYTES,
      },
      config.PORT,
      config.HOST,
    );
    const pubsub = live;
    return {
      url: server.url,
      port: server.port,
      database,
      live: liveTopics,
      demoAccounts,
      async close() {
        await server.close();
        await liveTopics.close();
        await pubsub.close();
        mailer?.close();
        await database.close();
      },
    };
  } catch (error) {
    await live?.close();
    mailer?.close();
    await database.close();
    throw error;
  }
}
