// `pnpm start`: the whole product: builds the web app when it is missing, opens (or creates) the
// database, seeds demo data in demo mode, serves everything, and shuts down cleanly on a signal.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { DEFAULT_WEB_DIST, startApp } from '../app.js';
import { loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { createLogger } from '../logger.js';

function buildWebIfMissing(webDist: string): void {
  if (existsSync(join(webDist, 'index.html'))) return;
  console.error('Building the web app (first start only)…');
  const result = spawnSync('pnpm', ['--filter', '@pantau/web', 'run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building the web app failed; see the output above.');
}

function progressBar() {
  if (!process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    { format: 'Demo data [{bar}] {percentage}% | {value}/{total} | {stage}', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return (done: number, total: number, stage: string) => {
    if (!started) {
      bar.start(total, 0, { stage });
      started = true;
    }
    bar.setTotal(total);
    bar.update(done, { stage });
    if (done >= total) bar.stop();
  };
}

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  if (!config.WEB_DIST) buildWebIfMissing(DEFAULT_WEB_DIST);
  const app = await startApp(config, logger, progressBar());
  logger.info({ url: app.url }, `Pantau Kinerja is running at ${app.url}`);

  const lines = [
    '',
    `  Pantau Kinerja: ${app.url}`,
    `  GraphQL + GraphiQL: ${app.url}/graphql  (WebSocket on the same path)`,
  ];
  if (app.demoAccounts.length > 0) {
    lines.push('', '  Demo accounts (demo mode only; set DEMO_DATA=off for real use):');
    for (const account of app.demoAccounts) {
      lines.push(`    ${account.role.padEnd(13)} ${account.username.padEnd(28)} ${account.password.padEnd(20)} ${account.scope}`);
    }
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down: no new connections, finishing requests in flight');
    const forced = setTimeout(() => {
      logger.error('Shutdown took too long; exiting');
      process.exit(1);
    }, (config.SHUTDOWN_TIMEOUT_SECONDS + 5) * 1000);
    forced.unref();
    app.close().then(
      () => {
        logger.info('Stopped cleanly');
        process.exit(0);
      },
      (error) => {
        logger.error({ err: error }, 'Error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // `pnpm start` runs us as a child and exits on SIGTERM without passing it on; an orphaned
  // server would keep the data directory locked, so follow the launcher out.
  const launcher = process.ppid;
  setInterval(() => {
    if (process.ppid !== launcher) stop('launcher exited');
  }, 1000).unref();
}

main().catch((error: unknown) => {
  if (error instanceof AppError) {
    console.error(`\nPantau Kinerja cannot start: ${error.message}\n`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
