// Service delivery end to end on both databases: catalogue, event ingestion (idempotent, in any
// order, validated), CSV import, metrics from the maintained aggregates, IKM, public access with
// suppression, and live subscriptions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildServiceAggregates } from '../src/service/aggregates.js';
import { GraphQLTestClient, startTestServer, testDatabases, TestSubscription, type TestServer } from '../src/testing/index.js';

const METRICS_FIELDS = `received completed rejected cancelled completedWithinStandard withinStandardShare medianWorkingDays
  p90WorkingDays meanWorkingDays medianWorkingHours meanWorkingHours throughputPerDay openBacklog overdue suppressed from to`;
const REPORT = `agencyId window { ${METRICS_FIELDS} } series { from received completed suppressed }
  ikm { responses converted grade suppressed populationServed requiredSample sampleSufficient }`;

interface Metrics {
  received: number | null;
  completed: number | null;
  rejected: number | null;
  cancelled: number | null;
  completedWithinStandard: number | null;
  withinStandardShare: number | null;
  medianWorkingHours: number | null;
  meanWorkingHours: number | null;
  openBacklog: number | null;
  overdue: number | null;
  suppressed: boolean;
}
interface Report {
  window: Metrics;
  series: Array<{ from: string; received: number | null; completed: number | null }>;
  ikm: { responses: number | null; converted: number | null; grade: string | null; suppressed: boolean; populationServed: number | null; sampleSufficient: boolean };
}

/** An instant given as WIB wall-clock time. */
const wib = (local: string) => `${local}:00+07:00`;
const RANGE = { from: '2026-11-02', to: '2026-11-20' };

describe.each(await testDatabases())('service delivery on the %s database', (database) => {
  let server: TestServer;
  let admin: GraphQLTestClient;
  let agencyAdmin: GraphQLTestClient;
  let serang: { regionId: string; disdukcapilId: string; otherAgencyId: string };
  let serviceTypeId: string;

  const event = (key: string, reference: string, step: string, occurredAt: string, service = serviceTypeId) => ({
    idempotencyKey: key,
    serviceTypeId: service,
    reference,
    step,
    occurredAt: wib(occurredAt),
  });
  const record = (client: GraphQLTestClient, events: unknown[]) =>
    client.request<{ recordServiceEvents: { accepted: number; duplicates: number } }>(
      'mutation ($events: [ServiceEventInput!]!) { recordServiceEvents(events: $events) { accepted duplicates } }',
      { events },
    );
  const report = async (client: GraphQLTestClient, service: string | null = serviceTypeId, range = RANGE) => {
    const result = await client.request<{ serviceMetrics: Report }>(
      `query ($agencyId: ID!, $serviceTypeId: ID, $from: String, $to: String) {
        serviceMetrics(agencyId: $agencyId, serviceTypeId: $serviceTypeId, from: $from, to: $to, granularity: WEEK) { ${REPORT} } }`,
      { agencyId: serang.disdukcapilId, serviceTypeId: service, ...range },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.serviceMetrics;
  };
  const aggregateRows = async () => {
    const prisma = server.app.database.prisma;
    const daily = await prisma.serviceDailyAggregate.findMany({ orderBy: [{ serviceTypeId: 'asc' }, { day: 'asc' }] });
    const buckets = await prisma.serviceDurationBucket.findMany({ where: { count: { not: 0 } }, orderBy: [{ serviceTypeId: 'asc' }, { day: 'asc' }, { bucket: 'asc' }] });
    const nonZero = daily.filter((row) => row.received || row.completed || row.rejected || row.cancelled || row.openDue || row.withinStandard || row.workingMinutesSum);
    return { daily: nonZero, buckets };
  };

  beforeAll(async () => {
    server = await startTestServer({ database });
    const login = async (role: string) => {
      const account = server.demoAccounts.find((candidate) => candidate.role === role)!;
      const client = new GraphQLTestClient(server.url);
      await client.login(account.username, account.password);
      return client;
    };
    admin = await login('ADMIN');
    agencyAdmin = await login('AGENCY_ADMIN');
    const regions = await admin.request<{ regions: { edges: Array<{ node: { id: string; code: string; agencies: { edges: Array<{ node: { id: string; code: string } }> } } }> } }>(
      '{ regions { edges { node { id code agencies(first: 100) { edges { node { id code } } } } } } }',
    );
    const region = regions.data!.regions.edges.find((edge) => edge.node.code === '36.73')!.node;
    const agencies = region.agencies.edges.map((edge) => edge.node);
    serang = {
      regionId: region.id,
      disdukcapilId: agencies.find((agency) => agency.code === 'DISDUKCAPIL')!.id,
      otherAgencyId: agencies.find((agency) => agency.code === 'DPMPTSP')!.id,
    };
    // A service of its own, so that the figures below count only this test's events.
    const created = await agencyAdmin.request<{ createServiceType: { id: string; currentStandard: { targetValue: number; targetUnit: string } } }>(
      `mutation ($input: CreateServiceTypeInput!) { createServiceType(input: $input) { id currentStandard { targetValue targetUnit } } }`,
      { input: { agencyId: serang.disdukcapilId, code: 'LEGALISIR', name: 'Legalisir Dokumen', targetValue: 8, targetUnit: 'HOURS', requirements: 'Dokumen asli.' } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createServiceType.currentStandard).toEqual({ targetValue: 8, targetUnit: 'HOURS' });
    serviceTypeId = created.data!.createServiceType.id;
    // The standard in force is the one at the time of the test run; give it a start before the events.
    await server.app.database.prisma.serviceStandard.updateMany({ where: { serviceTypeId: decodeId(serviceTypeId) }, data: { validFrom: new Date('2026-01-01T00:00:00+07:00') } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('publishes the catalogue and the holiday calendar', async () => {
    const anonymous = new GraphQLTestClient(server.url);
    const result = await anonymous.request<{
      agency: { serviceTypes: Array<{ code: string; standards: Array<{ targetValue: number; targetUnit: string }>; currentStandard: { targetValue: number } }> };
      holidays: Array<{ date: string; name: string; collectiveLeave: boolean }>;
    }>(
      `query ($agency: ID!, $region: ID!) {
        agency(id: $agency) { serviceTypes { code currentStandard { targetValue } standards { targetValue targetUnit } } }
        holidays(regionId: $region, year: 2026) { date name collectiveLeave } }`,
      { agency: serang.disdukcapilId, region: serang.regionId },
    );
    expect(result.errors).toBeUndefined();
    const ktp = result.data!.agency.serviceTypes.find((service) => service.code === 'KTP-EL')!;
    // Serang's reform: 3 working days now, 14 before.
    expect(ktp.currentStandard.targetValue).toBe(3);
    expect(ktp.standards.map((standard) => standard.targetValue)).toEqual([3, 14]);
    expect(result.data!.holidays).toContainEqual({ date: '2026-03-23', name: 'Cuti bersama Idul Fitri', collectiveLeave: true });
  });

  it('lets an administrator add a future holiday, never a past one', async () => {
    const add = (date: string) =>
      admin.request('mutation ($input: HolidayInput!) { addHoliday(input: $input) { date name } }', { input: { regionId: serang.regionId, date, name: 'Pilkada Serentak' } });
    expect((await add('2027-11-27')).errors).toBeUndefined();
    const past = await add('2026-01-05');
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    const byAgencyAdmin = await agencyAdmin.request('mutation ($input: HolidayInput!) { addHoliday(input: $input) { date } }', {
      input: { regionId: serang.regionId, date: '2027-11-28', name: 'Hari Jadi Kota' },
    });
    expect(byAgencyAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('validates batches with the failing event named, and keeps agency administrators to their agency', async () => {
    const future = await record(agencyAdmin, [event('v-1', 'R-1', 'RECEIVED', '2026-11-02T09:00'), event('v-2', 'R-1', 'COMPLETED', '2099-01-01T09:00')]);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events.1.occurredAt' });
    const badReference = await record(agencyAdmin, [event('v-3', 'no spaces allowed', 'RECEIVED', '2026-11-02T09:00')]);
    expect(badReference.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events.0.reference' });
    const tooMany = await record(agencyAdmin, Array.from({ length: 1001 }, (_, index) => event(`v-${index}`, 'R-1', 'RECEIVED', '2026-11-02T09:00')));
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events' });

    const other = await admin.request<{ agency: { serviceTypes: Array<{ id: string }> } }>('query ($id: ID!) { agency(id: $id) { serviceTypes { id } } }', { id: serang.otherAgencyId });
    const foreign = await record(agencyAdmin, [event('v-4', 'R-1', 'RECEIVED', '2026-11-02T09:00'), event('v-5', 'R-9', 'RECEIVED', '2026-11-02T09:00', other.data!.agency.serviceTypes[0]!.id)]);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'events.1.serviceTypeId' });
    const anonymous = await record(new GraphQLTestClient(server.url), [event('v-6', 'R-1', 'RECEIVED', '2026-11-02T09:00')]);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Nothing of the rejected batches was stored.
    expect(await server.app.database.prisma.serviceEvent.count({ where: { idempotencyKey: { startsWith: 'v-' } } })).toBe(0);
  });

  it('folds events in any order, and re-sending a batch changes no figure', async () => {
    // Twelve requests, Monday 2 to Friday 13 November 2026 (no holidays), events shuffled.
    const events = [];
    for (let index = 0; index < 12; index += 1) {
      const day = String(2 + (index % 5) + (index >= 5 ? 7 : 0)).padStart(2, '0');
      const reference = `LG/2026/${index}`;
      events.push(event(`e-${index}-r`, reference, 'RECEIVED', `2026-11-${day}T09:00`));
      if (index < 9) events.push(event(`e-${index}-c`, reference, 'COMPLETED', `2026-11-${day}T${index < 6 ? '11' : '15'}:00`));
      if (index === 9) events.push(event(`e-${index}-x`, reference, 'REJECTED', `2026-11-${day}T10:00`));
    }
    const shuffled = [...events].reverse();
    const first = await record(agencyAdmin, shuffled);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordServiceEvents).toEqual({ accepted: events.length, duplicates: 0 });
    const before = await report(admin);
    expect(before.window).toMatchObject({
      received: 12,
      completed: 9,
      rejected: 1,
      cancelled: 0,
      // Six took 2 working hours, three took 6: all within the 8-hour standard.
      completedWithinStandard: 9,
      withinStandardShare: 1,
      openBacklog: 2,
      overdue: 2,
      suppressed: false,
    });
    expect(before.window.meanWorkingHours).toBeCloseTo((6 * 2 + 3 * 6) / 9, 10);
    expect(before.window.medianWorkingHours! / 2).toBeCloseTo(1, 1);
    expect(before.series.map((period) => [period.from, period.received])).toEqual([
      ['2026-11-02', 5],
      ['2026-11-09', 7],
    ]);
    const rowsBefore = await aggregateRows();
    const dashboardBefore = await admin.request('query ($id: ID!) { regionServiceDashboard(regionId: $id) { total { received completed openBacklog overdue } agencies { shortName metrics { received openBacklog } } } }', { id: serang.regionId });

    const again = await record(agencyAdmin, events);
    expect(again.data!.recordServiceEvents).toEqual({ accepted: 0, duplicates: events.length });
    expect(await report(admin)).toEqual(before);
    expect(await aggregateRows()).toEqual(rowsBefore);
    expect(await admin.request('query ($id: ID!) { regionServiceDashboard(regionId: $id) { total { received completed openBacklog overdue } agencies { shortName metrics { received openBacklog } } } }', { id: serang.regionId })).toEqual(dashboardBefore);
  });

  it('moves a request between figures when a later event arrives, and the aggregates equal a rebuild from the requests', async () => {
    // The completion of the rejected request's twin arrives before its receipt.
    expect((await record(agencyAdmin, [event('late-c', 'LG/2026/10', 'COMPLETED', '2026-11-13T14:00')])).data!.recordServiceEvents.accepted).toBe(1);
    const after = await report(admin);
    expect(after.window).toMatchObject({ completed: 10, openBacklog: 1 });
    const orphan = await record(agencyAdmin, [event('orphan-c', 'LG/2026/99', 'COMPLETED', '2026-11-13T14:00')]);
    expect(orphan.data!.recordServiceEvents.accepted).toBe(1);
    expect((await report(admin)).window).toMatchObject({ completed: 10, received: 12 });
    const late = await record(agencyAdmin, [event('orphan-r', 'LG/2026/99', 'RECEIVED', '2026-11-13T08:00')]);
    expect(late.data!.recordServiceEvents.accepted).toBe(1);
    expect((await report(admin)).window).toMatchObject({ completed: 11, received: 13, openBacklog: 1 });

    const incremental = await aggregateRows();
    await rebuildServiceAggregates(server.app.database.prisma);
    expect(await aggregateRows()).toEqual(incremental);
  });

  it('imports CSV whole or not at all, and valid rows only when asked', async () => {
    const header = 'idempotencyKey,serviceTypeId,reference,step,occurredAt';
    const csv = [
      header,
      `csv-1,${serviceTypeId},CSV/1,RECEIVED,2026-11-16T09:00:00+07:00`,
      `csv-2,${serviceTypeId},CSV/1,COMPLETED,2026-11-16T10:00:00+07:00`,
      `csv-3,${serviceTypeId},CSV/2,FINISHED,2026-11-16T10:00:00+07:00`,
      `csv-4,${serviceTypeId},CSV/3,RECEIVED,yesterday`,
    ].join('\n');
    const importCsv = (acceptValidRows: boolean) =>
      agencyAdmin.request<{ importServiceEventsCsv: { accepted: number; duplicates: number; rejectedRows: Array<{ line: number; field: string; message: string }> } }>(
        'mutation ($csv: String!, $accept: Boolean) { importServiceEventsCsv(csv: $csv, acceptValidRows: $accept) { accepted duplicates rejectedRows { line field message } } }',
        { csv, accept: acceptValidRows },
      );
    const rejected = await importCsv(false);
    expect(rejected.errors?.[0]?.message).toMatch(/^Line 4, step: must be one of RECEIVED/);
    expect(rejected.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv.line.4' });
    expect(await server.app.database.prisma.serviceEvent.count({ where: { idempotencyKey: { startsWith: 'csv-' } } })).toBe(0);

    const partial = await importCsv(true);
    expect(partial.errors).toBeUndefined();
    expect(partial.data!.importServiceEventsCsv.accepted).toBe(2);
    expect(partial.data!.importServiceEventsCsv.rejectedRows.map((row) => [row.line, row.field])).toEqual([
      [4, 'step'],
      [5, 'occurredAt'],
    ]);
    expect((await importCsv(true)).data!.importServiceEventsCsv).toMatchObject({ accepted: 0, duplicates: 2 });
  });

  it('computes the IKM exactly from survey answers, with the sample check', async () => {
    const anonymous = new GraphQLTestClient(server.url);
    const submit = (scores: number[]) =>
      anonymous.request('mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) }', { input: { serviceTypeId, scores, comment: 'Cepat.' } });
    const invalid = await submit([4, 4, 4, 4, 4, 4, 4, 4, 5]);
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scores.8' });
    for (const scores of [
      [4, 4, 4, 4, 4, 4, 4, 4, 4],
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
      [4, 3, 4, 3, 4, 3, 4, 3, 4],
      [2, 3, 3, 3, 3, 3, 3, 3, 3],
      [3, 4, 3, 4, 3, 4, 3, 4, 3],
    ]) {
      expect((await submit(scores)).errors).toBeUndefined();
    }
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const result = await report(admin, serviceTypeId, { from: '2026-11-01', to: today });
    // Σ scores = 36 + 27 + 32 + 26 + 31 = 152 over 45 answers: IKM 152/45 = 3.3778, ×25 = 84.44, B.
    expect(result.ikm).toMatchObject({ responses: 5, converted: 84.44, grade: 'B', suppressed: false });
    expect(result.ikm.populationServed).toBe(14);
    expect(result.ikm.sampleSufficient).toBe(false);
  });

  it('is readable anonymously, with small groups suppressed', async () => {
    const anonymous = new GraphQLTestClient(server.url);
    // Week of 16 November: one CSV request only.
    const small = await report(anonymous, serviceTypeId, { from: '2026-11-16', to: '2026-11-20' });
    expect(small.window).toMatchObject({ suppressed: true, received: null, completed: null, medianWorkingDays: null, openBacklog: null });
    const signedIn = await report(admin, serviceTypeId, { from: '2026-11-16', to: '2026-11-20' });
    expect(signedIn.window).toMatchObject({ suppressed: false, received: 1, completed: 1 });
    const big = await report(anonymous, serviceTypeId);
    expect(big.window).toMatchObject({ suppressed: false, received: 14 });

    const dashboard = await anonymous.request<{
      regionServiceDashboard: { agencies: Array<{ shortName: string; metrics: { received: number; medianWorkingDays: number; suppressed: boolean }; ikm: { grade: string } }> };
    }>('query ($id: ID!) { regionServiceDashboard(regionId: $id) { agencies { shortName metrics { received medianWorkingDays suppressed } ikm { grade } } } }', { id: serang.regionId });
    expect(dashboard.errors).toBeUndefined();
    const disdukcapil = dashboard.data!.regionServiceDashboard.agencies.find((agency) => agency.shortName === 'Disdukcapil')!;
    expect(disdukcapil.metrics.suppressed).toBe(false);
    expect(disdukcapil.metrics.received).toBeGreaterThan(10);
    expect(disdukcapil.metrics.medianWorkingDays).toBeGreaterThan(0);
    // Nothing about single requests or comments is on the public schema.
    const probe = await anonymous.request('{ __type(name: "Query") { fields { name } } }');
    const names = (probe.data as { __type: { fields: Array<{ name: string }> } }).__type.fields.map((field) => field.name);
    expect(names.filter((name) => /request|survey|comment/i.test(name))).toEqual([]);
  });

  it('answers the region dashboard from memory until an ingested event changes it, then with the event counted', async () => {
    const query = 'query ($id: ID!) { regionServiceDashboard(regionId: $id) { total { received openBacklog } agencies { shortName metrics { received openBacklog } } } }';
    type Dashboard = { regionServiceDashboard: { total: { received: number; openBacklog: number }; agencies: Array<{ shortName: string; metrics: { received: number; openBacklog: number } }> } };
    const read = async () => (await admin.request<Dashboard>(query, { id: serang.regionId })).data!.regionServiceDashboard;
    const before = await read();
    expect(await read()).toEqual(before);
    const now = new Date(Date.now() - 60_000).toISOString();
    expect((await record(agencyAdmin, [{ idempotencyKey: 'dash-1', serviceTypeId, reference: 'DASH/1', step: 'RECEIVED', occurredAt: now }])).errors).toBeUndefined();
    // Read at once after the write: the cached answer is gone.
    const after = await read();
    expect(after.total).toEqual({ received: before.total.received + 1, openBacklog: before.total.openBacklog + 1 });
    const disdukcapil = (dashboard: typeof before) => dashboard.agencies.find((agency) => agency.shortName === 'Disdukcapil')!.metrics;
    expect(disdukcapil(after)).toEqual({ received: disdukcapil(before).received + 1, openBacklog: disdukcapil(before).openBacklog + 1 });
  });

  it('pushes the current metrics first, then an update after events, to every subscriber from one computation', async () => {
    const query = `subscription ($agencyId: ID!, $serviceTypeId: ID) { serviceMetrics(agencyId: $agencyId, serviceTypeId: $serviceTypeId) { window { received openBacklog } } }`;
    const variables = { agencyId: serang.disdukcapilId, serviceTypeId };
    type Message = { serviceMetrics: { window: { received: number; openBacklog: number } } };
    const subscribers = [0, 1, 2].map(() => new TestSubscription<Message>(server.url, query, variables, { cookie: agencyAdmin.sessionCookie }));
    try {
      const firsts = await Promise.all(subscribers.map((subscription) => subscription.next()));
      const start = firsts[0]!.serviceMetrics.window;
      for (const first of firsts) expect(first.serviceMetrics.window).toEqual(start);
      const dashboard = new TestSubscription<{ regionDashboard: { total: { openBacklog: number } } }>(
        server.url,
        'subscription ($id: ID!) { regionDashboard(regionId: $id) { total { openBacklog } } }',
        { id: serang.regionId },
      );
      const dashboardStart = (await dashboard.next()).regionDashboard.total.openBacklog;
      const computationsBefore = server.app.live.computationsOf(`serviceMetrics:${decodeId(variables.agencyId)}:${decodeId(serviceTypeId)}`)!;

      // A burst of five batches of new receipts today.
      const now = new Date(Date.now() - 60_000).toISOString();
      for (let batch = 0; batch < 5; batch += 1) {
        const result = await record(agencyAdmin, [{ idempotencyKey: `live-${batch}`, serviceTypeId, reference: `LIVE/${batch}`, step: 'RECEIVED', occurredAt: now }]);
        expect(result.errors).toBeUndefined();
      }
      for (const subscription of subscribers) {
        const latest = await subscription.next((message) => message.serviceMetrics.window.openBacklog === start.openBacklog + 5);
        expect(latest.serviceMetrics.window.openBacklog).toBe(start.openBacklog + 5);
      }
      expect((await dashboard.next((message) => message.regionDashboard.total.openBacklog === dashboardStart + 5)).regionDashboard.total.openBacklog).toBe(dashboardStart + 5);
      // Three subscribers, five changes: the topic was computed for the topic, coalesced, not per subscriber.
      const computations = server.app.live.computationsOf(`serviceMetrics:${decodeId(variables.agencyId)}:${decodeId(serviceTypeId)}`)! - computationsBefore;
      expect(computations).toBeGreaterThanOrEqual(1);
      expect(computations).toBeLessThanOrEqual(5);
      await dashboard.close();
    } finally {
      await Promise.all(subscribers.map((subscription) => subscription.close()));
    }
  });

  it('executes and serialises a topic change once per audience, however many subscribers share it, and still checks each', async () => {
    const live = server.app.live;
    const query = `subscription ($agencyId: ID!) { serviceMetrics(agencyId: $agencyId) { agencyId window { received openBacklog completed medianWorkingDays suppressed } } }`;
    type Message = { serviceMetrics: { agencyId: string; window: { received: number; openBacklog: number; completed: number; medianWorkingDays: number | null; suppressed: boolean } } };
    const variables = { agencyId: serang.disdukcapilId };
    const topic = `serviceMetrics:${decodeId(serang.disdukcapilId)}:*`;
    const rendersBefore = live.renders;
    const open = (cookie?: string) => new TestSubscription<Message>(server.url, query, variables, cookie ? { cookie } : {});
    const anonymous = Array.from({ length: 6 }, () => open());
    const signedIn = Array.from({ length: 2 }, () => open(agencyAdmin.sessionCookie));
    // The same operation on an agency that does not exist is refused to that subscriber alone.
    const refused = new TestSubscription<Message>(server.url, query, { agencyId: Buffer.from('Agency:missing').toString('base64') });
    const everyone = [...anonymous, ...signedIn];
    try {
      const firsts = await Promise.all(everyone.map((subscription) => subscription.next()));
      await expect(refused.next()).rejects.toThrow(/not found/i);
      for (const first of firsts.slice(1)) expect(first).toEqual(firsts[0]);
      // Eight subscribers, two audiences (anonymous, signed in), one computation: two renders.
      expect(live.computationsOf(topic)).toBe(1);
      expect(live.renders - rendersBefore).toBe(2);

      const computationsBefore = live.computationsOf(topic)!;
      const rendersAfterFirst = live.renders;
      const start = firsts[0]!.serviceMetrics.window.openBacklog;
      const now = new Date(Date.now() - 60_000).toISOString();
      expect((await record(agencyAdmin, [{ idempotencyKey: 'shared-1', serviceTypeId, reference: 'SHARED/1', step: 'RECEIVED', occurredAt: now }])).errors).toBeUndefined();
      const latest = await Promise.all(everyone.map((subscription) => subscription.next((message) => message.serviceMetrics.window.openBacklog === start + 1)));
      for (const message of latest.slice(1)) expect(message).toEqual(latest[0]);
      const computations = live.computationsOf(topic)! - computationsBefore;
      const renders = live.renders - rendersAfterFirst;
      expect(renders).toBeGreaterThanOrEqual(2);
      expect(renders).toBeLessThanOrEqual(2 * computations);

      // The shared payload is what the same selection gives over HTTP.
      const http = await agencyAdmin.request<{ serviceMetrics: Message['serviceMetrics'] }>(
        'query ($agencyId: ID!) { serviceMetrics(agencyId: $agencyId) { agencyId window { received openBacklog completed medianWorkingDays suppressed } } }',
        variables,
      );
      expect(http.data!.serviceMetrics).toEqual(latest[0]!.serviceMetrics);
    } finally {
      await Promise.all([...everyone, refused].map((subscription) => subscription.close()));
    }
  });
});

function decodeId(globalId: string): string {
  const decoded = Buffer.from(globalId, 'base64').toString();
  return decoded.slice(decoded.indexOf(':') + 1);
}
