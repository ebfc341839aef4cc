// `pnpm start` as a user runs it: a real process on the embedded database, demo data printed,
// a second server refused on the same data directory, SIGTERM ending it cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url);
const startScript = (JSON.parse(await readFile(new URL('package.json', packageDir), 'utf8')) as { scripts: { start: string } }).scripts.start;

interface Started {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const [command, ...args] = startScript.split(' ');
  const child = spawn(command!, args, { cwd: packageDir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { process: child, output: () => output, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

async function waitFor(started: Started, pattern: RegExp, timeoutMs = 120_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = started.output().match(pattern);
    if (match) return match;
    if (started.process.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Did not see ${pattern} in:\n${started.output()}`);
}

const dataDir = await mkdtemp(join(tmpdir(), 'pantau-start-'));
const emptyWebDist = await mkdtemp(join(tmpdir(), 'pantau-web-'));
const env = { PORT: '0', DATA_DIR: dataDir, WEB_DIST: emptyWebDist, DEMO_DATA: 'small', CI: process.env.CI ?? '' };
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(emptyWebDist, { recursive: true, force: true });
});

describe('the start command', () => {
  it('starts, prints the URL and demo accounts, refuses a second server, and stops cleanly on SIGTERM', async () => {
    const server = start(env);
    try {
      const [, url] = await waitFor(server, /Pantau Kinerja: (http:\/\/localhost:\d+)/);
      expect(server.output()).toMatch(/Applied 1 pending migration|Applied \d+ pending migration/);
      expect(server.output()).toMatch(/ADMIN\s+admin\s+\S{12,}/);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ regions { totalCount } }' }),
      });
      expect(await response.json()).toMatchObject({ data: { regions: { totalCount: 5 } } });

      const second = start(env);
      expect(await second.exited).toBe(2);
      expect(second.output()).toMatch(new RegExp(`already using the data directory ${dataDir}`));

      const stopping = Date.now();
      server.process.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(Date.now() - stopping).toBeLessThan(5_000);
      expect(server.output()).toMatch(/Stopped cleanly/);
    } finally {
      server.process.kill('SIGKILL');
    }
  });

  it('starts again on the same data directory without seeding twice, and prints the same accounts', async () => {
    const server = start(env);
    try {
      await waitFor(server, /Pantau Kinerja: http/);
      expect(server.output()).toMatch(/no pending migrations/);
      expect(server.output()).not.toMatch(/Demo data seeded/);
      expect(server.output()).toMatch(/ADMIN\s+admin\s+\S{12,}/);
      server.process.kill('SIGINT');
      expect(await server.exited).toBe(0);
    } finally {
      server.process.kill('SIGKILL');
    }
  });
});
