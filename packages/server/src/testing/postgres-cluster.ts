// A throwaway PostgreSQL cluster of a test's own (Debian's binaries: initdb, pg_ctl), so a test can
// really stop, start and restart the database server without touching the one other tests use.
// PostgreSQL refuses to run as root: as root, the cluster runs as the `postgres` system user
// (through runuser), in a temporary directory handed to that user.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The newest Debian PostgreSQL binaries (or PG_BIN_DIR), if installed. */
export function postgresBinDir(): string | undefined {
  if (process.env.PG_BIN_DIR) return existsSync(join(process.env.PG_BIN_DIR, 'pg_ctl')) ? process.env.PG_BIN_DIR : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

/** Whether a cluster can be started here; under CI=true missing binaries fail instead of skipping. */
export function postgresClusterAvailable(): boolean {
  if (postgresBinDir()) return true;
  if (process.env.CI === 'true') throw new Error('PostgreSQL server binaries (initdb, pg_ctl) are required under CI=true: install the postgresql package or set PG_BIN_DIR.');
  return false;
}

export interface PostgresCluster {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  restart(): Promise<void>;
  /** Stops the server at once and deletes its files. */
  destroy(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const binDir = postgresBinDir();
  if (!binDir) throw new Error('No PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin and PG_BIN_DIR).');
  const root = await mkdtemp(join(tmpdir(), 'pantau-pgcluster-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: group } = await run('id', ['-g', 'postgres']);
    await chown(root, Number(stdout.trim()), Number(group.trim()));
  }
  const tool = (name: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(binDir, name), ...args]) : run(join(binDir, name), args);
  const dataDir = join(root, 'data');
  const port = await freePort();
  await tool('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  // Only on loopback, its socket in its own directory; fsync off: the test needs no durability against power loss.
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const pgCtl = (...args: string[]) => tool('pg_ctl', ['-D', dataDir, '-l', join(root, 'log'), '-w', '-t', '60', ...args]);
  const start = async () => {
    await pgCtl('-o', options, 'start');
  };
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    async stop() {
      await pgCtl('-m', 'fast', 'stop');
    },
    async restart() {
      await pgCtl('-m', 'fast', '-o', options, 'restart');
    },
    async destroy() {
      await pgCtl('-m', 'immediate', 'stop').catch(() => {});
      await rm(root, { recursive: true, force: true });
    },
  };
}
