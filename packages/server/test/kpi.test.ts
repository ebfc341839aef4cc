// Agency KPIs (IKU) end to end on both databases: metadata, targets, reported and computed
// values, achievement, authorisation, and the live agencyKpis subscription.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLTestClient, startTestServer, testDatabases, TestSubscription, type TestServer } from '../src/testing/index.js';

describe.each(await testDatabases())('agency KPIs on the %s database', (database) => {
  let server: TestServer;
  let agencyAdmin: GraphQLTestClient;
  let disdukcapilId: string;
  let otherAgencyId: string;
  const year = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));

  beforeAll(async () => {
    server = await startTestServer({ database });
    const account = server.demoAccounts.find((candidate) => candidate.role === 'AGENCY_ADMIN')!;
    agencyAdmin = new GraphQLTestClient(server.url);
    await agencyAdmin.login(account.username, account.password);
    const regions = await agencyAdmin.request<{ regions: { edges: Array<{ node: { code: string; agencies: { edges: Array<{ node: { id: string; code: string } }> } } }> } }>(
      '{ regions { edges { node { code agencies(first: 100) { edges { node { id code } } } } } } }',
    );
    const agencies = regions.data!.regions.edges.find((edge) => edge.node.code === '36.73')!.node.agencies.edges.map((edge) => edge.node);
    disdukcapilId = agencies.find((agency) => agency.code === 'DISDUKCAPIL')!.id;
    otherAgencyId = agencies.find((agency) => agency.code === 'DPMPTSP')!.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('publishes the demo IKU with metadata and computed achievement, anonymously', async () => {
    const result = await new GraphQLTestClient(server.url).request<{
      agency: { kpis: Array<{ code: string; unit: string; dataProducer: string; direction: string; source: string; periods: Array<{ period: string; target: number | null; value: number | null; achievement: number | null }> }> };
    }>(
      `query ($id: ID!, $year: Int) { agency(id: $id) { kpis { code unit dataProducer direction source periods(year: $year) { period target value achievement } } } }`,
      { id: disdukcapilId, year: year - 1 },
    );
    expect(result.errors).toBeUndefined();
    const kpis = result.data!.agency.kpis;
    expect(kpis.map((kpi) => kpi.code)).toEqual(['IKU-01', 'IKU-02', 'IKU-03', 'IKU-04']);
    const onTime = kpis[0]!;
    expect(onTime.periods.map((period) => period.period)).toEqual([1, 2, 3, 4].map((quarter) => `${year - 1}-Q${quarter}`));
    for (const period of onTime.periods.filter((entry) => entry.value !== null)) {
      expect(period.value).toBeGreaterThanOrEqual(0);
      expect(period.achievement).toBeCloseTo((period.value! / 90) * 100, 8);
    }
    const median = kpis[1]!;
    for (const period of median.periods.filter((entry) => entry.value !== null)) expect(period.achievement).toBeCloseTo(Math.max(0, (2 - period.value! / 3) * 100), 8);
    const manual = kpis[3]!;
    expect(manual.periods).toEqual([{ period: String(year - 1), target: 98, value: 97.2, achievement: (97.2 / 98) * 100 }]);
  });

  it('lets the agency administrator define an indicator, set targets and report values, live', async () => {
    const created = await agencyAdmin.request<{ createKpi: { id: string } }>('mutation ($input: CreateKpiInput!) { createKpi(input: $input) { id } }', {
      input: {
        agencyId: disdukcapilId,
        code: 'IKU-05',
        name: 'Persentase anak memiliki Kartu Identitas Anak',
        definition: 'Anak usia 0–17 tahun yang memiliki KIA dibanding seluruh anak.',
        unit: '%',
        formula: 'anak ber-KIA ÷ jumlah anak × 100',
        cadence: 'SEMESTER',
        direction: 'HIGHER_IS_BETTER',
        dataProducer: 'Bidang PIAK',
      },
    });
    expect(created.errors).toBeUndefined();
    const kpiId = created.data!.createKpi.id;
    const foreign = await agencyAdmin.request('mutation ($input: CreateKpiInput!) { createKpi(input: $input) { id } }', {
      input: { agencyId: otherAgencyId, code: 'X-1', name: 'Indikator lain', definition: 'Lain.', unit: '%', formula: 'x', cadence: 'ANNUAL', direction: 'HIGHER_IS_BETTER', dataProducer: 'Bidang' },
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.agencyId' });

    type Message = { agencyKpis: { kpis: Array<{ code: string; periods: Array<{ period: string; target: number | null; value: number | null; achievement: number | null }> }> } };
    const subscription = new TestSubscription<Message>(
      server.url,
      'subscription ($id: ID!) { agencyKpis(agencyId: $id) { kpis { code periods { period target value achievement } } } }',
      { id: disdukcapilId },
    );
    try {
      const first = await subscription.next();
      expect(first.agencyKpis.kpis.find((kpi) => kpi.code === 'IKU-05')!.periods).toHaveLength(2);

      const wrongCadence = await agencyAdmin.request('mutation ($id: ID!) { setKpiTarget(kpiId: $id, period: "2026-Q1", target: 60) }', { id: kpiId });
      expect(wrongCadence.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
      const badPeriod = await agencyAdmin.request('mutation ($id: ID!) { setKpiTarget(kpiId: $id, period: "S1-2026", target: 60) }', { id: kpiId });
      expect(badPeriod.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
      expect((await agencyAdmin.request(`mutation ($id: ID!) { setKpiTarget(kpiId: $id, period: "${year}-S1", target: 60) }`, { id: kpiId })).errors).toBeUndefined();
      expect((await agencyAdmin.request(`mutation ($id: ID!) { reportKpiValue(kpiId: $id, period: "${year}-S1", value: 45) }`, { id: kpiId })).errors).toBeUndefined();

      const updated = await subscription.next((message) => message.agencyKpis.kpis.find((kpi) => kpi.code === 'IKU-05')!.periods[0]!.value === 45);
      expect(updated.agencyKpis.kpis.find((kpi) => kpi.code === 'IKU-05')!.periods[0]).toEqual({ period: `${year}-S1`, target: 60, value: 45, achievement: 75 });
    } finally {
      await subscription.close();
    }

    const computed = await agencyAdmin.request<{ agency: { kpis: Array<{ id: string; source: string }> } }>('query ($id: ID!) { agency(id: $id) { kpis { id source } } }', { id: disdukcapilId });
    const automatic = computed.data!.agency.kpis.find((kpi) => kpi.source === 'IKM')!;
    const refused = await agencyAdmin.request(`mutation ($id: ID!) { reportKpiValue(kpiId: $id, period: "${year}", value: 80) }`, { id: automatic.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
