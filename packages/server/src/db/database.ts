// Opens the product's database: a real PostgreSQL when DATABASE_URL is set, otherwise the
// embedded one in DATA_DIR. Pending migrations are applied before anything else touches it.
import type { Logger } from '../logger.js';
import { createPrismaClient, type PrismaClient } from './client.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { applyPendingMigrations } from './schema-engine.js';

export interface OpenDatabase {
  prisma: PrismaClient;
  kind: 'embedded' | 'postgresql';
  connectionString: string;
  /** Where the embedded database lives (absent for a real PostgreSQL). */
  location?: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  openTimeoutMs: number;
  logger: Logger;
}

export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  const { logger } = options;
  const embedded = options.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: options.dataDir, openTimeoutMs: options.openTimeoutMs });
  const connectionString = options.databaseUrl ?? embedded!.connectionString;
  try {
    const started = performance.now();
    const applied = await applyPendingMigrations(connectionString);
    logger.info(
      { migrations: applied, ms: Math.round(performance.now() - started) },
      applied.length ? `Applied ${applied.length} pending migration(s)` : 'Database schema is up to date: no pending migrations',
    );
  } catch (error) {
    await embedded?.close();
    throw error;
  }
  const prisma = createPrismaClient(connectionString, embedded ? 1 : 10);
  return {
    prisma,
    kind: embedded ? 'embedded' : 'postgresql',
    connectionString,
    ...(embedded ? { location: embedded.dataDir } : {}),
    async close() {
      await prisma.$disconnect();
      await embedded?.close();
    },
  };
}
