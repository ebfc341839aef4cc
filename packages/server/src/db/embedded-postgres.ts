// The embedded default database: PostgreSQL compiled to WebAssembly (PGlite), kept in a data
// directory and served on a loopback socket so that the ordinary `pg` driver and Prisma's
// adapter use it exactly as they use a real PostgreSQL server (and `psql` can inspect it).
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { AppError } from '../errors.js';
import { lockDataDir } from './data-dir-lock.js';

export interface EmbeddedPostgres {
  connectionString: string;
  dataDir: string;
  close(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where the database files live; `undefined` keeps them in memory (tests, shadow databases). */
  dataDir?: string;
  /** How long opening may take before the directory is declared damaged. */
  openTimeoutMs?: number;
  /** Connections the socket accepts (queries are still run one at a time by PGlite). */
  maxConnections?: number;
}

function damaged(pgDataDir: string, reason: string): AppError {
  return new AppError(
    'DATA_DIR_DAMAGED',
    `The embedded database in ${pgDataDir} could not be opened (${reason}). ` +
      'It may have been damaged by a crash or by copying it while a server was running. ' +
      `Stop every server using it, move the directory aside (for example: mv ${pgDataDir} ${pgDataDir}.broken) and start again: ` +
      'a new database is created (in demo mode with fresh demo data). Keep the moved copy if it holds data you need.',
  );
}

async function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A crash during PGlite's first initialisation leaves a half-made directory on which the next
 * open hangs without a word. Initialising in a side directory and renaming it into place only
 * once complete means the real directory is either absent or whole.
 */
async function initialiseOnce(pgDataDir: string, timeoutMs: number): Promise<void> {
  if (existsSync(join(pgDataDir, 'PG_VERSION'))) return;
  if (existsSync(pgDataDir)) throw damaged(pgDataDir, 'the directory exists but holds no PostgreSQL data');
  const staging = `${pgDataDir}.initialising`;
  await rm(staging, { recursive: true, force: true });
  const db = new PGlite(staging);
  await withTimeout(db.waitReady, timeoutMs, () => damaged(staging, 'initialisation timed out'));
  await db.close();
  await rename(staging, pgDataDir);
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const openTimeoutMs = options.openTimeoutMs ?? 60_000;
  let pgDataDir: string | undefined;
  let releaseLock = async () => {};
  if (options.dataDir !== undefined) {
    const dataDir = resolve(options.dataDir);
    await mkdir(dataDir, { recursive: true });
    const lock = await lockDataDir(dataDir);
    releaseLock = lock.release;
    pgDataDir = join(dataDir, 'pgdata');
  }
  try {
    let db: PGlite;
    if (pgDataDir === undefined) {
      db = new PGlite();
      await db.waitReady;
    } else {
      await initialiseOnce(pgDataDir, openTimeoutMs);
      const dir = pgDataDir;
      db = new PGlite(dir);
      await withTimeout(
        db.waitReady.catch((error: Error) => {
          throw damaged(dir, error.message);
        }),
        openTimeoutMs,
        () => damaged(dir, `no answer within ${Math.round(openTimeoutMs / 1000)} s`),
      );
    }
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: options.maxConnections ?? 4 });
    await server.start();
    const address = server.getServerConn();
    return {
      connectionString: `postgresql://postgres@${address}/postgres?sslmode=disable`,
      dataDir: pgDataDir ?? ':memory:',
      async close() {
        await server.stop();
        await db.close();
        await releaseLock();
      },
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}
