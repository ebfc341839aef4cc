// Starts the real product as its own process (`pnpm start`'s entry point), for tests that need a
// second process or must kill one; the caller chooses DATA_DIR, WEB_DIST and the rest by `env`.
import { spawn, type ChildProcess } from 'node:child_process';

const packageDir = new URL('../..', import.meta.url);

export async function startServerProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
    cwd: packageDir,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const match = /Pantau Kinerja: (http:\/\/\S+)/.exec(output);
    if (match) return { child, url: match[1]! };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`The server did not start:\n${output}`);
}
