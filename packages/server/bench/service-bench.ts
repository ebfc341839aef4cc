// `pnpm bench`: service delivery benchmark on the embedded database and on PostgreSQL. For each,
// it starts the product (demo data small), stores BENCH_REQUESTS synthetic completed requests
// (default 1,000,000) spread over the demo services and two years with one SQL statement,
// rebuilds the aggregates, then runs the load generator in a separate process (ingest through
// GraphQL, dashboard latency over HTTP, live fan-out) and times the hand-written SQL equivalent
// of the dashboard here. Prints a table. Not part of the tests.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { rebuildServiceAggregates } from '../src/service/aggregates.js';
import { createTemporaryDatabase, postgresAvailable } from '../src/testing/index.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1_000_000);
const SUBSCRIBERS = process.env.BENCH_SUBSCRIBERS ?? '1000,5000,10000';
const SQL_QUERIES = Number(process.env.BENCH_QUERIES ?? 300);

const percentile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)]!;

/** The dashboard's figures in one hand-written statement (totals, backlog and median per agency). */
const DASHBOARD_SQL = `
  WITH range AS (SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date - 29 AS first, (now() AT TIME ZONE 'Asia/Jakarta')::date AS last),
  totals AS (
    SELECT d."agencyId", SUM(received) AS received, SUM(completed) AS completed, SUM("withinStandard") AS within, SUM("workingMinutesSum") AS minutes
    FROM "ServiceDailyAggregate" d, range WHERE d."regionId" = $1 AND d.day BETWEEN range.first AND range.last GROUP BY 1),
  backlog AS (
    SELECT d."agencyId", SUM(received - completed - rejected - cancelled) AS open, SUM("openDue") FILTER (WHERE day < (SELECT last FROM range)) AS overdue
    FROM "ServiceDailyAggregate" d WHERE d."regionId" = $1 GROUP BY 1),
  buckets AS (
    SELECT b."agencyId", b.bucket, SUM(b.count) AS n FROM "ServiceDurationBucket" b, range
    WHERE b."agencyId" IN (SELECT id FROM "Agency" WHERE "regionId" = $1) AND b.day BETWEEN range.first AND range.last GROUP BY 1, 2),
  cumulative AS (SELECT "agencyId", bucket, SUM(n) OVER (PARTITION BY "agencyId" ORDER BY bucket) AS upto, SUM(n) OVER (PARTITION BY "agencyId") AS total FROM buckets),
  median AS (SELECT "agencyId", MIN(bucket) AS bucket FROM cumulative WHERE upto >= ceil(total * 0.5) GROUP BY 1)
  SELECT a.name, t.received, t.completed, t.within, t.minutes, b.open, b.overdue, m.bucket
  FROM "Agency" a LEFT JOIN totals t ON t."agencyId" = a.id LEFT JOIN backlog b ON b."agencyId" = a.id LEFT JOIN median m ON m."agencyId" = a.id
  WHERE a."regionId" = $1 AND EXISTS (SELECT 1 FROM "ServiceType" s WHERE s."agencyId" = a.id)`;

async function benchDatabase(kind: 'embedded' | 'postgres') {
  const dataDir = await mkdtemp(join(tmpdir(), 'pantau-bench-'));
  const postgres = kind === 'postgres' ? await createTemporaryDatabase() : undefined;
  const config = loadConfig({
    PORT: '0',
    DATA_DIR: dataDir,
    DEMO_DATA: 'small',
    LOG_LEVEL: 'silent',
    // The load comes from one address and one account, far above what a person would send.
    RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000000',
    RATE_LIMIT_ADDRESS_PER_MINUTE: '100000000',
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    WEB_DIST: dataDir,
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
  });
  const app = await startApp(config, createLogger('silent'));
  try {
    const prisma = app.database.prisma;
    process.stderr.write(`[${kind}] storing ${REQUESTS.toLocaleString('en')} requests…\n`);
    let started = performance.now();
    await prisma.$executeRawUnsafe(`
      WITH s AS (SELECT id, "agencyId", (row_number() OVER (ORDER BY id) - 1)::int AS n, (count(*) OVER ())::int AS k FROM "ServiceType"),
      g AS (SELECT g, ((now() AT TIME ZONE 'Asia/Jakarta')::date - (g % 730)) AS day, ((g::bigint * 7919) % 9600 + 30)::int AS minutes FROM generate_series(1, ${REQUESTS}) g)
      INSERT INTO "ServiceRequest" (id, "serviceTypeId", "agencyId", reference, status, "receivedAt", "completedAt", "receivedDay", "closedDay",
        "workingMinutes", "targetMinutes", "dueDate", "updatedAt")
      SELECT 'bench-' || g.g, s.id, s."agencyId", 'BENCH/' || g.g, 'COMPLETED', g.day + time '09:00', g.day + time '09:00' + g.minutes * interval '1 minute',
        g.day, g.day + (g.minutes / 480), g.minutes, 6720, g.day + 20, now()
      FROM g JOIN s ON s.n = g.g % s.k`);
    const storeSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    await rebuildServiceAggregates(prisma);
    const rebuildSeconds = (performance.now() - started) / 1000;
    const total = await prisma.serviceRequest.count();

    const region = await prisma.region.findFirstOrThrow({ where: { code: '36.73' }, select: { id: true } });
    const services = await prisma.serviceType.findMany({ select: { id: true, agencyId: true } });
    const encode = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
    const admin = app.demoAccounts.find((account) => account.role === 'ADMIN')!;

    // Hand-written SQL, straight through pg (no GraphQL, no Prisma).
    // The embedded database takes one connection (the app's): its SQL goes through Prisma's raw query.
    const connectionString = postgres?.url;
    let sqlLatency: { p50: number; p95: number; p99: number } | null = null;
    if (connectionString) sqlLatency = await timeSql(connectionString, region.id);
    else {
      const latencies: number[] = [];
      for (let index = 0; index < SQL_QUERIES + 10; index += 1) {
        const start = performance.now();
        await prisma.$queryRawUnsafe(DASHBOARD_SQL, region.id);
        if (index >= 10) latencies.push(performance.now() - start);
      }
      sqlLatency = { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99) };
    }

    process.stderr.write(`[${kind}] load generator: ingest, dashboard, fan-out (${SUBSCRIBERS})…\n`);
    const rssBefore = process.memoryUsage().rss;
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', new URL('./load-generator.ts', import.meta.url).pathname, app.url, admin.username, admin.password, encode('Region', region.id),
          JSON.stringify(services.map((service) => ({ id: encode('ServiceType', service.id), agencyId: encode('Agency', service.agencyId) }))), SUBSCRIBERS],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`load generator exited with ${code}`))));
    });
    clearInterval(sampler);
    const cpu = process.cpuUsage(cpuBefore);
    const wall = performance.now() - wallBefore;
    const result = JSON.parse(output.trim().split('\n').at(-1)!) as {
      ingest: { eventsPerSecond: number; accepted: number; duplicates: number };
      dashboard: { p50: number; p95: number; p99: number };
      fanout: Array<{ subscribers: number; p50: number; p99: number; lost: number; refused: number }>;
    };
    const largest = Math.max(1, ...result.fanout.map((entry) => entry.subscribers));
    return {
      kind,
      total,
      storeSeconds,
      rebuildSeconds,
      sqlLatency,
      ...result,
      serverCpuPercent: ((cpu.user + cpu.system) / 1000 / wall) * 100,
      memoryPerSubscriberKb: result.fanout.length > 0 ? (peakRss - rssBefore) / 1024 / largest : null,
    };
  } finally {
    await app.close();
    await postgres?.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function timeSql(connectionString: string, regionId: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const latencies: number[] = [];
    for (let index = 0; index < SQL_QUERIES + 10; index += 1) {
      const start = performance.now();
      await client.query(DASHBOARD_SQL, [regionId]);
      if (index >= 10) latencies.push(performance.now() - start);
    }
    return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99) };
  } finally {
    await client.end();
  }
}

const kinds: Array<'embedded' | 'postgres'> = (process.env.BENCH_DATABASES ?? 'embedded,postgres').split(',') as Array<'embedded' | 'postgres'>;
const results: Array<Awaited<ReturnType<typeof benchDatabase>>> = [];
for (const kind of kinds) {
  if (kind === 'postgres' && !(await postgresAvailable())) {
    process.stderr.write('PostgreSQL not reachable (TEST_POSTGRES_URL): skipped.\n');
    continue;
  }
  results.push(await benchDatabase(kind));
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const rows: Array<[string, ...string[]]> = [
  ['requests stored', ...results.map((r) => r.total.toLocaleString('en'))],
  ['store (1 SQL) + rebuild aggregates', ...results.map((r) => `${r.storeSeconds.toFixed(1)} s + ${r.rebuildSeconds.toFixed(1)} s`)],
  ['ingest through GraphQL (events/s)', ...results.map((r) => `${Math.round(r.ingest.eventsPerSecond).toLocaleString('en')} (${r.ingest.accepted} new, ${r.ingest.duplicates} dup.)`)],
  ['dashboard over HTTP p50 / p95 / p99', ...results.map((r) => `${ms(r.dashboard.p50)} / ${ms(r.dashboard.p95)} / ${ms(r.dashboard.p99)}`)],
  ['same figures, hand-written SQL p50 / p95 / p99', ...results.map((r) => (r.sqlLatency ? `${ms(r.sqlLatency.p50)} / ${ms(r.sqlLatency.p95)} / ${ms(r.sqlLatency.p99)}` : '–'))],
  ['overhead (p50 ratio)', ...results.map((r) => (r.sqlLatency ? `${(r.dashboard.p50 / r.sqlLatency.p50).toFixed(1)}×` : '–'))],
  ...(results[0]?.fanout ?? []).map((_, index): [string, ...string[]] => [
    `fan-out ${results[0]!.fanout[index]!.subscribers.toLocaleString('en')} subscribers: p50 / p99, lost, refused`,
    ...results.map((r) => {
      const entry = r.fanout[index]!;
      return `${ms(entry.p50)} / ${ms(entry.p99)}, ${entry.lost} lost, ${entry.refused} refused`;
    }),
  ]),
  ['server memory per subscriber (peak RSS Δ / largest N)', ...results.map((r) => (r.memoryPerSubscriberKb === null ? '–' : `${r.memoryPerSubscriberKb.toFixed(1)} KB`))],
  ['server CPU during load (one core = 100 %)', ...results.map((r) => `${r.serverCpuPercent.toFixed(0)} %`)],
];
const header: [string, ...string[]] = ['', ...results.map((r) => r.kind)];
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
console.log([line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
process.exit(0);
