// The benchmark's client side, run as a separate process so that it does not share the server's
// event loop: batch ingestion through GraphQL (idempotency included: every fifth batch is a
// re-send), then region-dashboard latency over HTTP, then (optionally) live fan-out. Prints one
// JSON line with its measurements.
import { GraphQLTestClient, TestSubscription } from '../src/testing/index.js';

const [url, username, password, regionId, servicesJson, subscriberCounts] = process.argv.slice(2) as [string, string, string, string, string, string];
const services = JSON.parse(servicesJson) as Array<{ id: string; agencyId: string }>;
const BATCHES = Number(process.env.BENCH_BATCHES ?? 30);
const CONCURRENCY = 2;
const DASHBOARD_QUERIES = Number(process.env.BENCH_QUERIES ?? 300);

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};
const summary = (values: number[]) => ({ p50: percentile(values, 0.5), p95: percentile(values, 0.95), p99: percentile(values, 0.99) });

const client = new GraphQLTestClient(url);
await client.login(username, password);
const run = Math.random().toString(36).slice(2, 8);
const occurredAt = new Date(Date.now() - 3_600_000).toISOString();

function batch(index: number) {
  // 1,000 events: 500 requests received and completed.
  return Array.from({ length: 1000 }, (_, position) => {
    const request = Math.floor(position / 2);
    const service = services[(index * 500 + request) % services.length]!;
    return {
      idempotencyKey: `bench-${run}-${index}-${position}`,
      serviceTypeId: service.id,
      reference: `B/${run}/${index}/${request}`,
      step: position % 2 === 0 ? 'RECEIVED' : 'COMPLETED',
      occurredAt,
    };
  });
}

async function send(events: unknown[]) {
  const result = await client.request<{ recordServiceEvents: { accepted: number; duplicates: number } }>(
    'mutation ($events: [ServiceEventInput!]!) { recordServiceEvents(events: $events) { accepted duplicates } }',
    { events },
  );
  if (result.errors) throw new Error(result.errors[0]!.message);
  return result.data!.recordServiceEvents;
}

// Ingest: every fifth batch re-sends an earlier one (all duplicates).
let accepted = 0;
let duplicates = 0;
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let index = next++; index < BATCHES; index = next++) {
      const outcome = await send(index % 5 === 4 ? batch(index - 1 - ((index - 1) % 5)) : batch(index));
      accepted += outcome.accepted;
      duplicates += outcome.duplicates;
    }
  }),
);
const ingestSeconds = (performance.now() - started) / 1000;

// Dashboard latency, sequential, over HTTP (anonymous, as the transparency page asks).
const anonymous = new GraphQLTestClient(url);
const query = 'query ($id: ID!) { regionServiceDashboard(regionId: $id) { total { received completed openBacklog overdue medianWorkingDays } agencies { name metrics { received completed medianWorkingDays p90WorkingDays meanWorkingDays withinStandardShare openBacklog overdue suppressed } ikm { converted grade } } } }';
for (let warm = 0; warm < 10; warm += 1) await anonymous.request(query, { id: regionId });
const latencies: number[] = [];
for (let index = 0; index < DASHBOARD_QUERIES; index += 1) {
  const start = performance.now();
  const result = await anonymous.request(query, { id: regionId });
  latencies.push(performance.now() - start);
  if (result.errors) throw new Error(result.errors[0]!.message);
}

// Live fan-out: N subscribers spread over four agencies' metrics; events stream in; each
// subscriber must see the final backlog. Latency: from the batch's send to each delivery.
const fanout: Array<{ subscribers: number; p50: number; p99: number; lost: number; refused: number }> = [];
for (const count of subscriberCounts.split(',').filter(Boolean).map(Number)) {
  const agencies = [...new Map(services.map((service) => [service.agencyId, service])).values()].slice(0, 4);
  type Message = { serviceMetrics: { window: { openBacklog: number } } };
  const subscriptions: Array<{ subscription: TestSubscription<Message>; agencyId: string; start: number }> = [];
  let refused = 0;
  // Connections open in chunks so that the handshakes of thousands do not all wait at once.
  for (let index = 0; index < count; index += 250) {
    const chunk = Array.from({ length: Math.min(250, count - index) }, (_, offset) => {
      const agency = agencies[(index + offset) % agencies.length]!;
      return { agencyId: agency.agencyId, subscription: new TestSubscription<Message>(url, 'subscription ($id: ID!) { serviceMetrics(agencyId: $id) { window { openBacklog } } }', { id: agency.agencyId }) };
    });
    const firsts = await Promise.all(chunk.map(({ subscription }) => subscription.next().then((message) => message.serviceMetrics.window.openBacklog, () => null)));
    chunk.forEach((entry, offset) => {
      const start = firsts[offset];
      if (start === null || start === undefined) refused += 1;
      else subscriptions.push({ ...entry, start });
    });
  }
  const rounds = 10;
  const deliveries: number[] = [];
  const sentAt: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const events = agencies.map((agency, position) => ({
      idempotencyKey: `fan-${run}-${count}-${round}-${position}`,
      serviceTypeId: agency.id,
      reference: `F/${run}/${count}/${round}/${position}`,
      step: 'RECEIVED',
      occurredAt: new Date().toISOString(),
    }));
    sentAt.push(performance.now());
    await send(events);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Each subscriber's first message showing the final state: latency from the last send.
  const finals = await Promise.all(
    subscriptions.map(({ subscription, start }) =>
      Promise.race([
        subscription.next((message) => message.serviceMetrics.window.openBacklog === start + rounds).then(() => performance.now(), () => null),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000)),
      ]),
    ),
  );
  for (const at of finals) if (at !== null) deliveries.push(Math.max(0, at - sentAt.at(-1)!));
  fanout.push({ subscribers: count, ...summary(deliveries.length > 0 ? deliveries : [Number.NaN]), lost: finals.filter((at) => at === null).length, refused });
  await Promise.all(subscriptions.map(({ subscription }) => subscription.close().catch(() => undefined)));
}

console.log(JSON.stringify({ ingest: { events: BATCHES * 1000, accepted, duplicates, seconds: ingestSeconds, eventsPerSecond: (BATCHES * 1000) / ingestSeconds }, dashboard: summary(latencies), fanout }));
process.exit(0);
