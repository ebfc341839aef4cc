// Starts the real product for a test: its own port, its own database (embedded in a temporary
// directory, or a fresh database on the real PostgreSQL), demo data, and the built web app.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { startApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { createTemporaryDatabase } from './postgres.js';

export { GraphQLClient as GraphQLTestClient, type GraphQLResponse } from '../http/graphql-client.js';
export { TestSubscription } from './subscription.js';
export { postgresAvailable, testDatabases, createTemporaryDatabase, TEST_POSTGRES_URL, type TemporaryDatabase } from './postgres.js';

export interface TestServerOptions {
  database?: 'embedded' | 'postgres';
  demo?: 'small' | 'off';
  redisUrl?: string;
  /** Reuse an existing data directory (e.g. to restart on the same embedded database). */
  dataDir?: string;
  /** Further configuration, as environment variables (e.g. RATE_LIMIT_ADDRESS_PER_MINUTE). */
  env?: Record<string, string>;
  /** Where the server logs (to watch for an entry); by default LOG_LEVEL's pino logger on stdout. */
  logger?: Logger;
}

export interface TestServer {
  url: string;
  dataDir: string;
  app: App;
  demoAccounts: App['demoAccounts'];
  close(): Promise<void>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'pantau-test-')));
  const postgres = options.database === 'postgres' ? await createTemporaryDatabase() : undefined;
  const config = loadConfig({
    PORT: '0',
    DATA_DIR: dataDir,
    DEMO_DATA: options.demo ?? 'small',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    NODE_ENV: 'test',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...options.env,
  });
  const app = await startApp(config, options.logger ?? createLogger(config.LOG_LEVEL)).catch(async (error: unknown) => {
    await postgres?.drop();
    throw error;
  });
  return {
    url: app.url,
    dataDir,
    app,
    demoAccounts: app.demoAccounts,
    async close() {
      await app.close();
      await postgres?.drop();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A logger whose JSON lines a test reads (e.g. the e-mail verification code demo mode logs). */
export function captureLogger(level = 'info'): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

/** The verification code most recently logged for an e-mail address (see src/recruitment/verification.ts). */
export function loggedVerificationCode(lines: ReadonlyArray<Record<string, unknown>>, email: string): string {
  const entry = lines.findLast((line) => line.event === 'candidate.verificationCode' && line.email === email);
  if (typeof entry?.code !== 'string') throw new Error(`No verification code logged for ${email}`);
  return entry.code;
}
