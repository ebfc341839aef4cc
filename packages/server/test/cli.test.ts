// The administrator's command-line tools, run as a user runs them.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphQLTestClient, startTestServer } from '../src/testing/index.js';

const run = promisify(execFile);
const packageDir = new URL('..', import.meta.url);
const dataDir = await mkdtemp(join(tmpdir(), 'pantau-cli-'));
const env = { ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'off', LOG_LEVEL: 'silent' };
const tool = (script: string, args: string[], extraEnv: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: packageDir, env: { ...env, ...extraEnv } }).then(
    (result) => ({ code: 0, output: result.stdout + result.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('create-admin and audit:verify', () => {
  it('creates the first administrator, who can then log in; weak passwords are refused', async () => {
    const weak = await tool('create-admin', ['kepala.bkpsdm'], { ADMIN_PASSWORD: 'short' });
    expect(weak.code).toBe(2);
    expect(weak.output).toMatch(/ADMIN_PASSWORD must be at least 12 characters/);

    const created = await tool('create-admin', ['kepala.bkpsdm', 'Kepala', 'BKPSDM'], { ADMIN_PASSWORD: 'Serang-Maju-2026!' });
    expect(created.code, created.output).toBe(0);
    expect(created.output).toMatch(/Created administrator kepala\.bkpsdm/);

    const generated = await tool('create-admin', ['admin.kedua']);
    expect(generated.output).toMatch(/Password: \S{16}/);

    const server = await startTestServer({ dataDir, demo: 'off' });
    try {
      const client = new GraphQLTestClient(server.url);
      await client.login('kepala.bkpsdm', 'Serang-Maju-2026!');
      expect((await client.request<{ me: { role: string; displayName: string } }>('{ me { role displayName } }')).data?.me).toEqual({
        role: 'ADMIN',
        displayName: 'Kepala BKPSDM',
      });
    } finally {
      await server.close();
    }
  });

  it('reports an intact trail and exits 0', async () => {
    const result = await tool('audit-verify', []);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/Audit trail intact: 2 entries verified/);
  });
});
