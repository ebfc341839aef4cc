import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { postgresAvailable, createTemporaryDatabase } from '../testing/postgres.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { applyPendingMigrations, pendingSchemaChanges, readMigrations } from './schema-engine.js';

const withPostgres = await postgresAvailable();

describe('migrations through the WebAssembly schema engine', () => {
  it('applies every migration once, records it as Prisma Migrate does, and then has nothing to do', async () => {
    const database = await startEmbeddedPostgres();
    try {
      const names = (await readMigrations()).migrationDirectories.map((directory) => directory.path);
      expect(names.length).toBeGreaterThan(0);
      expect(await applyPendingMigrations(database.connectionString)).toEqual(names);
      expect(await applyPendingMigrations(database.connectionString)).toEqual([]);
      const client = new pg.Client({ connectionString: database.connectionString });
      await client.connect();
      const recorded = await client.query('SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name');
      await client.end();
      expect(recorded.rows).toEqual(names.map((name) => ({ migration_name: name, finished: true })));
    } finally {
      await database.close();
    }
  });

  it.runIf(withPostgres)('keeps the migrations in step with schema.prisma (replayed on the real PostgreSQL)', async () => {
    const scratch = await createTemporaryDatabase();
    try {
      expect(await pendingSchemaChanges(scratch.url)).toBe('');
    } finally {
      await scratch.drop();
    }
  });

  it.runIf(withPostgres)('applies the same migrations to the real PostgreSQL', async () => {
    const database = await createTemporaryDatabase();
    try {
      expect((await applyPendingMigrations(database.url)).length).toBeGreaterThan(0);
      expect(await applyPendingMigrations(database.url)).toEqual([]);
    } finally {
      await database.drop();
    }
  });
});
