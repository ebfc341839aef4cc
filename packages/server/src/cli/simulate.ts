// `pnpm simulate`: a demo simulator. It signs in to a running server as the demo ADMIN and keeps
// reporting realistic service events through the public API (recordServiceEvents), so that the
// dashboards and subscriptions move: new receipts at every Disdukcapil and DPMPTSP (busier at
// Disdukcapil, busier for KTP-el), requests progressing to verification, processing, completion
// and collection, a few rejections, survey answers, and now and then a batch sent twice to show
// that duplicates change nothing. PORT names the server (as for `pnpm start`), DATA_DIR where its
// demo accounts are; SIMULATE_INTERVAL_MS sets the pace (default 1000).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { GraphQLClient } from '../http/graphql-client.js';

interface Service {
  id: string;
  code: string;
  agency: string;
}

interface OpenRequest {
  service: Service;
  reference: string;
  next: number;
}

const FLOW = ['RECEIVED', 'VERIFIED', 'PROCESSED', 'COMPLETED', 'COLLECTED'] as const;
const RATE: Record<string, number> = { 'KTP-EL': 3, KK: 2, 'AKTA-LAHIR': 1.5, 'SURAT-PINDAH': 1, PBG: 0.3, 'SIP-NAKES': 0.5 };

async function main(): Promise<void> {
  const config = loadConfig();
  const url = `http://localhost:${config.PORT}`;
  const accounts = JSON.parse(await readFile(join(config.DATA_DIR, 'demo-accounts.json'), 'utf8').catch(() => {
    throw new Error(`No demo accounts in ${config.DATA_DIR}: start the server with demo data (pnpm start) and give the same DATA_DIR.`);
  })) as Array<{ role: string; username: string; password: string }>;
  const admin = accounts.find((account) => account.role === 'ADMIN');
  if (!admin) throw new Error('The demo accounts have no ADMIN.');
  const client = new GraphQLClient(url);
  await client.login(admin.username, admin.password);

  const catalogue = await client.request<{
    regions: { edges: Array<{ node: { agencies: { edges: Array<{ node: { shortName: string; serviceTypes: Array<{ id: string; code: string }> } }> } } }> };
  }>('{ regions(first: 10) { edges { node { agencies(first: 50) { edges { node { shortName serviceTypes { id code } } } } } } } }');
  if (catalogue.errors) throw new Error(catalogue.errors[0]!.message);
  const services: Service[] = catalogue.data!.regions.edges.flatMap((region) =>
    region.node.agencies.edges.flatMap((agency) => agency.node.serviceTypes.map((service) => ({ id: service.id, code: service.code, agency: agency.node.shortName }))),
  );
  if (services.length === 0) throw new Error('The server has no service types: was it started with demo data?');
  const run = randomBytes(3).toString('hex');
  const interval = Number(process.env.SIMULATE_INTERVAL_MS ?? 1000);
  console.log(`Simulating service events against ${url} for ${services.length} services (run ${run}); Ctrl-C stops.`);

  const open: OpenRequest[] = [];
  let sequence = 0;
  let lastBatch: unknown[] = [];
  let stopping = false;
  process.once('SIGINT', () => (stopping = true));
  process.once('SIGTERM', () => (stopping = true));

  while (!stopping) {
    const occurredAt = new Date().toISOString();
    const events: Array<{ idempotencyKey: string; serviceTypeId: string; reference: string; step: string; occurredAt: string }> = [];
    const emit = (request: OpenRequest, step: string) => events.push({ idempotencyKey: `sim-${run}-${(sequence += 1)}`, serviceTypeId: request.service.id, reference: request.reference, step, occurredAt });
    for (const service of services) {
      const rate = (RATE[service.code] ?? 0.5) * (interval / 1000);
      for (let count = Math.floor(rate) + (Math.random() < rate % 1 ? 1 : 0); count > 0; count -= 1) {
        const request = { service, reference: `SIM/${run}/${sequence}`, next: 1 };
        emit(request, 'RECEIVED');
        open.push(request);
      }
    }
    // Move a share of the open requests one step on; a few are rejected.
    for (const request of open.filter(() => Math.random() < 0.15)) {
      if (Math.random() < 0.02) {
        emit(request, 'REJECTED');
        request.next = FLOW.length;
      } else {
        emit(request, FLOW[request.next]!);
        request.next += 1;
      }
    }
    open.splice(0, open.length, ...open.filter((request) => request.next < FLOW.length));

    const resend = lastBatch.length > 0 && Math.random() < 0.1;
    const batch = resend ? lastBatch : events;
    const result = await client.request<{ recordServiceEvents: { accepted: number; duplicates: number } }>(
      'mutation ($events: [ServiceEventInput!]!) { recordServiceEvents(events: $events) { accepted duplicates } }',
      { events: batch.slice(0, 1000) },
    );
    if (result.errors) console.error(`Batch refused: ${result.errors[0]!.message}`);
    else {
      const { accepted, duplicates } = result.data!.recordServiceEvents;
      console.log(`${new Date().toISOString()} ${resend ? 're-sent the previous batch' : 'sent'}: ${accepted} accepted, ${duplicates} duplicates; ${open.length} open`);
    }
    if (!resend) lastBatch = events;
    if (Math.random() < 0.3) {
      const service = services[Math.floor(Math.random() * services.length)]!;
      const scores = Array.from({ length: 9 }, () => 2 + Math.floor(Math.random() * 3));
      await client.request('mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) }', { input: { serviceTypeId: service.id, scores } });
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  console.log('Simulator stopped.');
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
