import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres.js';

const directories: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pantau-pglite-'));
  directories.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of directories.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('embedded PostgreSQL', () => {
  it('keeps data across restarts and is reachable with the ordinary pg driver', async () => {
    const dataDir = await freshDir();
    const first = await startEmbeddedPostgres({ dataDir });
    const client = new pg.Client({ connectionString: first.connectionString });
    await client.connect();
    await client.query('CREATE TABLE kept (value text)');
    await client.query("INSERT INTO kept VALUES ('Kertapati')");
    await client.end();
    await first.close();

    const second = await startEmbeddedPostgres({ dataDir });
    const again = new pg.Client({ connectionString: second.connectionString });
    await again.connect();
    expect((await again.query('SELECT value FROM kept')).rows).toEqual([{ value: 'Kertapati' }]);
    await again.end();
    await second.close();
  });

  it('refuses a second server on the same data directory, naming the holder', async () => {
    const dataDir = await freshDir();
    const first = await startEmbeddedPostgres({ dataDir });
    try {
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toMatchObject({
        code: 'DATA_DIR_LOCKED',
        message: expect.stringContaining(`pid ${process.pid}`),
      });
    } finally {
      await first.close();
    }
  });

  it('takes over the lock of a process that died', async () => {
    const dataDir = await freshDir();
    const dead = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((resolve) => dead.on('exit', () => resolve(dead.pid!)));
    await writeFile(join(dataDir, 'server.lock'), JSON.stringify({ pid: deadPid }));
    const database = await startEmbeddedPostgres({ dataDir });
    await database.close();
  });

  it('reports a data directory that holds no database instead of hanging', async () => {
    const dataDir = await freshDir();
    await mkdir(join(dataDir, 'pgdata'));
    await writeFile(join(dataDir, 'pgdata', 'leftover'), 'x');
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toMatchObject({
      code: 'DATA_DIR_DAMAGED',
      message: expect.stringMatching(/move the directory aside/),
    });
    // The lock is released so that the user can act on the message.
    expect(await readdir(dataDir)).not.toContain('server.lock');
  });

  it('reports a damaged database with what to do', async () => {
    const dataDir = await freshDir();
    const database = await startEmbeddedPostgres({ dataDir });
    await database.close();
    // Simulate a crash that destroyed the cluster's control data.
    await rm(join(dataDir, 'pgdata', 'global'), { recursive: true, force: true });
    await expect(startEmbeddedPostgres({ dataDir, openTimeoutMs: 20_000 })).rejects.toMatchObject({
      code: 'DATA_DIR_DAMAGED',
      message: expect.stringMatching(/pgdata.*move the directory aside/s),
    });
  });

  it('discards a half-made first initialisation and starts cleanly', async () => {
    const dataDir = await freshDir();
    await mkdir(join(dataDir, 'pgdata.initialising', 'base'), { recursive: true });
    const database = await startEmbeddedPostgres({ dataDir });
    await database.close();
    expect(await readdir(dataDir)).not.toContain('pgdata.initialising');
  });
});
