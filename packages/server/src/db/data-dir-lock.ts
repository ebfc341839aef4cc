// One server per embedded data directory: PGlite is single-process, and two processes writing the
// same files would corrupt them. The lock records the holder's pid so that a lock left by a
// crashed process is recognised as stale and taken over instead of blocking forever.
import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../errors.js';

export interface DataDirLock {
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, 'server.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, hostname: hostname(), since: new Date() }));
      await handle.sync();
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readFile(path, 'utf8').then((text) => JSON.parse(text) as { pid?: number; hostname?: string }, () => ({}) as { pid?: number; hostname?: string });
      const sameHost = holder.hostname === undefined || holder.hostname === hostname();
      if (typeof holder.pid === 'number' && sameHost && (holder.pid === process.pid || isAlive(holder.pid))) {
        throw new AppError(
          'DATA_DIR_LOCKED',
          `Another Pantau Kinerja server (pid ${holder.pid}) is already using the data directory ${dataDir}. ` +
            'Stop that server first, or start this one with a different DATA_DIR.',
        );
      }
      // The holder is gone (crash or kill -9): the lock is stale.
      await rm(path, { force: true });
    }
  }
  throw new AppError('DATA_DIR_LOCKED', `Could not lock the data directory ${dataDir}.`);
}
