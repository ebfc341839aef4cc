// Demo data on start: seeded once into an empty database, and re-seeded if a previous seeding
// was interrupted (a marker in Setting tells), so a crash never leaves a half-made demo behind.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrismaClient } from '../db/client.js';
import type { Logger } from '../logger.js';
import { hasData, seedDemoData, type DemoAccount, type DemoSize } from './seed.js';

export type { DemoAccount };
export type DemoProgress = (done: number, total: number, stage: string) => void;

const MARKER = 'demo.seed';
const ACCOUNTS_FILE = 'demo-accounts.json';

interface Marker {
  state: 'started' | 'complete';
  size: DemoSize;
}

async function wipeAllData(prisma: PrismaClient): Promise<void> {
  const tables = await prisma.$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  await prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} CASCADE`);
}

export async function ensureDemoData(
  prisma: PrismaClient,
  options: { size: DemoSize; dataDir: string; logger: Logger; onProgress?: DemoProgress },
): Promise<DemoAccount[]> {
  const { logger } = options;
  const accountsPath = join(options.dataDir, ACCOUNTS_FILE);
  const marker = (await prisma.setting.findUnique({ where: { key: MARKER } }))?.value as Marker | undefined;
  if (marker?.state === 'complete') {
    const saved = await readFile(accountsPath, 'utf8').then((text) => JSON.parse(text) as DemoAccount[], () => []);
    return saved;
  }
  if (marker?.state === 'started') {
    logger.warn('A previous demo seeding was interrupted: removing its partial data and seeding again');
    await wipeAllData(prisma);
  } else if (await hasData(prisma)) {
    logger.info('The database already holds data: demo data is not added');
    return [];
  }
  const started = performance.now();
  await prisma.setting.create({ data: { key: MARKER, value: { state: 'started', size: options.size } } });
  const accounts = await seedDemoData(prisma, { size: options.size, onProgress: options.onProgress });
  await writeFile(accountsPath, JSON.stringify(accounts, null, 2), { mode: 0o600 });
  await prisma.setting.update({ where: { key: MARKER }, data: { value: { state: 'complete', size: options.size } } });
  logger.info({ size: options.size, ms: Math.round(performance.now() - started) }, 'Demo data seeded');
  return accounts;
}
