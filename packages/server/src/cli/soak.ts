// `pnpm soak`: a long mixed load on loopback, to show that the server holds up over time and that
// its memory stays flat. It starts its own server (embedded database, demo data, limits raised),
// then for SOAK_SECONDS (default 180) runs at once: dashboard readers over HTTP, an ingest loop,
// and SOAK_SUBSCRIBERS live subscribers (default 200). Every SOAK_SAMPLE_SECONDS (default 15) it
// prints requests, errors, latency, live messages and the server's resident memory; at the end it
// compares memory over the last third of the run with the middle third and exits 1 if it grew by
// more than 15 %. Not part of the tests.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphQLClient } from '../http/graphql-client.js';

const seconds = Number(process.env.SOAK_SECONDS ?? 180);
const subscribers = Number(process.env.SOAK_SUBSCRIBERS ?? 200);
const sampleSeconds = Number(process.env.SOAK_SAMPLE_SECONDS ?? 15);
const readers = 4;

const dataDir = await mkdtemp(join(tmpdir(), 'pantau-soak-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
  cwd: new URL('../..', import.meta.url),
  env: { ...process.env, PORT: '0', DATA_DIR: dataDir, WEB_DIST: dataDir, DEMO_DATA: 'small', LOG_LEVEL: 'warn', RATE_LIMIT_ACCOUNT_PER_MINUTE: '10000000', RATE_LIMIT_ADDRESS_PER_MINUTE: '10000000' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve, reject) => {
  let output = '';
  server.stdout!.on('data', (chunk: Buffer) => {
    output += chunk;
    const match = /Pantau Kinerja: (http:\/\/\S+)/.exec(output);
    if (match) resolve(match[1]!);
  });
  server.once('exit', () => reject(new Error(`The server exited before it was ready:\n${output}`)));
});

const residentMemoryMb = async () => Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const accounts = JSON.parse(await readFile(join(dataDir, 'demo-accounts.json'), 'utf8')) as Array<{ role: string; username: string; password: string }>;
const admin = new GraphQLClient(url);
const adminAccount = accounts.find((account) => account.role === 'ADMIN')!;
await admin.login(adminAccount.username, adminAccount.password);
const catalogue = await admin.request<{ regions: { edges: Array<{ node: { id: string; agencies: { edges: Array<{ node: { id: string; serviceTypes: Array<{ id: string }> } }> } } }> } }>(
  '{ regions(first: 10) { edges { node { id agencies(first: 50) { edges { node { id serviceTypes { id } } } } } } } }',
);
const regions = catalogue.data!.regions.edges.map((edge) => edge.node);
const agencies = regions.flatMap((region) => region.agencies.edges.map((edge) => edge.node)).filter((agency) => agency.serviceTypes.length > 0);
const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;

const stats = { requests: 0, errors: 0, latencies: [] as number[], messages: 0 };
const timed = async (work: () => Promise<{ errors?: unknown[] }>) => {
  const started = performance.now();
  const result = await work().catch(() => ({ errors: [1] }));
  stats.latencies.push(performance.now() - started);
  stats.requests++;
  if (result.errors) stats.errors++;
};

const deadline = Date.now() + seconds * 1000;
const readerLoops = Array.from({ length: readers }, async () => {
  const client = new GraphQLClient(url);
  while (Date.now() < deadline) {
    await timed(() => client.request('query ($id: ID!) { regionServiceDashboard(regionId: $id) { computedAt agencies { metrics { completed } } } }', { id: pick(regions).id }));
    await timed(() => client.request('query ($id: ID!) { serviceMetrics(agencyId: $id) { window { completed openBacklog } } }', { id: pick(agencies).id }));
  }
});
let sequence = 0;
const ingestLoop = (async () => {
  while (Date.now() < deadline) {
    const agency = pick(agencies);
    const events = Array.from({ length: 100 }, () => ({
      idempotencyKey: `soak-${process.pid}-${(sequence += 1)}`,
      serviceTypeId: pick(agency.serviceTypes).id,
      reference: `SOAK/${sequence}`,
      step: 'RECEIVED',
      occurredAt: new Date().toISOString(),
    }));
    await timed(() => admin.request('mutation ($events: [ServiceEventInput!]!) { recordServiceEvents(events: $events) { accepted } }', { events }));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
})();
const sockets = Array.from({ length: subscribers }, (_, index) => {
  const socket = createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 5 });
  const query =
    index % 2 === 0
      ? { query: 'subscription ($id: ID!) { regionDashboard(regionId: $id) { computedAt } }', variables: { id: regions[index % regions.length]!.id } }
      : { query: 'subscription ($id: ID!) { serviceMetrics(agencyId: $id) { computedAt } }', variables: { id: agencies[index % agencies.length]!.id } };
  socket.subscribe(query, { next: () => void stats.messages++, error: () => void stats.errors++, complete: () => {} });
  return socket;
});

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
};
const memory: number[] = [];
console.log(`Soak: ${seconds} s against ${url}: ${readers} readers, 1 ingest loop (100 events / batch), ${subscribers} subscribers\n`);
console.log('  time   requests  errors   p50 ms   p95 ms   live msgs   server RSS MB');
const started = Date.now();
while (Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, sampleSeconds * 1000));
  const rss = await residentMemoryMb();
  memory.push(rss);
  const row = [
    `${Math.round((Date.now() - started) / 1000)}s`.padStart(6),
    String(stats.requests).padStart(10),
    String(stats.errors).padStart(7),
    percentile(stats.latencies, 50).toFixed(1).padStart(8),
    percentile(stats.latencies, 95).toFixed(1).padStart(8),
    String(stats.messages).padStart(11),
    rss.toFixed(0).padStart(15),
  ];
  console.log(row.join(' '));
  Object.assign(stats, { requests: 0, errors: 0, latencies: [], messages: 0 });
}
await Promise.all([...readerLoops, ingestLoop]);
await Promise.all(sockets.map((socket) => socket.dispose()));
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));
await rm(dataDir, { recursive: true, force: true });

const third = Math.max(1, Math.floor(memory.length / 3));
const median = (values: number[]) => percentile(values, 50);
const middle = median(memory.slice(third, 2 * third));
const last = median(memory.slice(-third));
const growth = middle > 0 ? (last - middle) / middle : 0;
console.log(`\nMemory: middle third ${middle.toFixed(0)} MB, last third ${last.toFixed(0)} MB (${(growth * 100).toFixed(1)} %): ${growth <= 0.15 ? 'flat' : 'GROWING'}`);
process.exit(growth <= 0.15 ? 0 : 1);
