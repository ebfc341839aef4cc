// Our one door to Prisma's schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm).
// The native engine binary cannot be downloaded on offline machines; the WebAssembly build is the
// same engine, talks to the database through a driver adapter, and records applied migrations in
// `_prisma_migrations`, so `prisma migrate deploy` stays usable on the same folder.
// The package is internal to Prisma and pinned to the exact engine of our Prisma version: keep
// every use of it in this file.
import { readFile, readdir, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export const PRISMA_DIR = fileURLToPath(new URL('../../prisma/', import.meta.url));
export const MIGRATIONS_DIR = join(PRISMA_DIR, 'migrations');

interface SchemaFile {
  path: string;
  content: string;
}

/** The schema's files (schema.prisma and models/*.prisma), with paths relative to `dir`, sorted. */
async function readSchemaFiles(dir: string, extension: string): Promise<SchemaFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return Promise.all(
    files.map(async (file) => ({ path: relative(dir, file).slice(0, -extension.length) + '.prisma', content: await readFile(file, 'utf8') })),
  );
}

const readSchema = () => readSchemaFiles(PRISMA_DIR, '.prisma');
const LOCKFILE_NAME = 'migration_lock.toml';
const NO_FILTER = { externalTables: [], externalEnums: [] };

type EngineModule = typeof import('@prisma/schema-engine-wasm');
let engineModule: Promise<EngineModule> | undefined;

// Instantiating the .wasm by hand avoids `--experimental-wasm-modules`, which Node 20 and 22
// need for a plain `import` of the package.
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const panicRegistry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
    const registry = { message: '', set_message: (message: string) => void (registry.message = `RuntimeError: ${message}`) };
    panicRegistry.PRISMA_WASM_PANIC_REGISTRY ??= registry;
    const bindings = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const packageDir = dirname(fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm')));
    const bytes = await readFile(join(packageDir, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings as never });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The engine describes a database through catalog queries that return PostgreSQL's one-byte
 * `"char"` type, which @prisma/adapter-pg 7.10 does not map (it fails with "Column type 'char'
 * could not be deserialized"). pg already hands those values over as strings; reporting the
 * column as text lets the adapter accept them.
 */
class CatalogFriendlyClient extends pg.Client {
  override query(...args: unknown[]): never {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (error: Error | null, result: pg.QueryResult) => callback(error, error ? result : textForChar(result));
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    return (pending instanceof Promise ? pending.then(textForChar) : pending) as never;
  }
}

function textForChar(result: pg.QueryResult): pg.QueryResult {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

/**
 * Runs `work` with an engine connected to the database. The pool is ours to end: freeing the
 * engine does not close its connection, which would keep holding Prisma Migrate's advisory lock
 * (and make the next run wait ten seconds for it).
 */
async function withEngine<T>(connectionString: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString, max: 1, Client: CatalogFriendlyClient });
  try {
    const engine = await openEngine(new PrismaPg(pool));
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

async function openEngine(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadEngineModule();
  const schema = await readSchema();
  const log = () => {};
  return SchemaEngine.new(
    { datamodels: schema.map((file) => [file.path, file.content]) },
    log,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

/** Reads prisma/migrations the way the Prisma CLI does. */
export async function readMigrations(migrationsDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockfileContent = await readFile(join(migrationsDir, LOCKFILE_NAME), 'utf8').catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const directories = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE_NAME, content: lockfileContent },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      directories.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(join(migrationsDir, name, 'migration.sql'), 'utf8').then(
            (value) => ({ tag: 'ok' as const, value }),
            (error: Error) => ({ tag: 'error' as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

// The lockfile names the provider; the engine refuses a migration history without one.
async function ensureLockfile(): Promise<void> {
  await mkdir(MIGRATIONS_DIR, { recursive: true });
  await writeFile(
    join(MIGRATIONS_DIR, LOCKFILE_NAME),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    { flag: 'wx' },
  ).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}

/** Applies pending migrations; returns the names of those it applied. */
export async function applyPendingMigrations(connectionString: string): Promise<string[]> {
  const migrationsList = await readMigrations();
  return withEngine(connectionString, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return appliedMigrationNames;
  });
}

/**
 * The datamodel that the migrations build, recorded beside them (as `*.prisma.snapshot`, which
 * Prisma does not load) each time one is created. The next migration is the engine's diff from
 * this snapshot to the schema: no database needed. (Replaying the migrations on an embedded
 * shadow database is what `prisma migrate dev` does, but the engine cannot yet describe
 * PostgreSQL 18, which PGlite is. A test replays them on the real PostgreSQL and checks that they
 * still match the schema.)
 */
export const SNAPSHOT_DIR = join(PRISMA_DIR, 'migrations-snapshot');
const SNAPSHOT_EXTENSION = '.prisma.snapshot';

/** Writes the next migration, as `prisma migrate dev --create-only` would. */
export async function createMigration(name: string, now = new Date()): Promise<{ directory: string; sql: string } | null> {
  await ensureLockfile();
  const schema = await readSchema();
  const snapshot = await readSchemaFiles(SNAPSHOT_DIR, SNAPSHOT_EXTENSION);
  // The engine insists on a live connection even for a datamodel diff; an in-memory one serves.
  const scratch = await startEmbeddedPostgres();
  try {
    const { stdout } = await withEngine(scratch.connectionString, (engine) =>
      engine.diff({
        from: snapshot.length === 0 ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: snapshot },
        to: { tag: 'schemaDatamodel', files: schema },
        script: true,
        exitCode: null,
        filters: NO_FILTER,
      }),
    );
    if (!stdout || /^-- This is an empty migration\.\s*$/.test(stdout)) return null;
    const timestamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
    const directory = join(MIGRATIONS_DIR, `${timestamp}_${name}`);
    await mkdir(directory);
    await writeFile(join(directory, 'migration.sql'), stdout);
    await writeSnapshot(schema);
    return { directory, sql: stdout };
  } finally {
    await scratch.close();
  }
}

async function writeSnapshot(schema: SchemaFile[]): Promise<void> {
  await rm(SNAPSHOT_DIR, { recursive: true, force: true });
  for (const file of schema) {
    const target = join(SNAPSHOT_DIR, file.path.slice(0, -'.prisma'.length) + SNAPSHOT_EXTENSION);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}

/**
 * The SQL that would take a database built by the migrations to the schema, found by replaying
 * the migrations on a shadow database: give it an empty scratch database on a real PostgreSQL.
 * Empty when the migrations are complete.
 */
export async function pendingSchemaChanges(postgresUrl: string): Promise<string> {
  const migrations = await readMigrations();
  const schema = await readSchema();
  const { stdout } = await withEngine(postgresUrl, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...migrations },
      to: { tag: 'schemaDatamodel', files: schema },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    }),
  );
  return (stdout ?? '').replace(/^-- This is an empty migration\.\s*$/, '').trim();
}
