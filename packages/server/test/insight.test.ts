// Region overviews on both databases: each agency's SKP completion and predikat distribution (for
// the region's LEADER, ANALYST and ADMIN only, live), each agency's complaint handling (public,
// suppressed for small groups, whistle-blowing reports left out) and the national holidays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLTestClient, startTestServer, testDatabases, TestSubscription, type TestServer } from '../src/testing/index.js';

const PROGRESS = `query ($regionId: ID!, $year: Int) { regionPerformanceProgress(regionId: $regionId, year: $year) {
  year agencies { agencyId shortName employees approvedShare skpByStatus { status count } predikat { predikat count } } } }`;
const COMPLAINTS = `query ($regionId: ID!) { agencyComplaintMetrics(regionId: $regionId) {
  from to computedAt total { suppressed received answered overdue medianResolutionDays }
  agencies { agencyId shortName metrics { suppressed received answered answeredWithinDeadlineShare medianResolutionDays open overdue } } } }`;

type AgencyProgress = { agencyId: string; shortName: string; employees: number; approvedShare: number | null; skpByStatus: Array<{ status: string; count: number }>; predikat: Array<{ predikat: string; count: number }> };
type Figures = { suppressed: boolean; received: number | null; answered: number | null; overdue: number | null; medianResolutionDays: number | null };
type ComplaintsResult = { agencyComplaintMetrics: { from: string; to: string; computedAt: string; total: Figures; agencies: Array<{ agencyId: string | null; shortName: string | null; metrics: Figures }> } };

describe.each(await testDatabases())('region overviews on the %s database', (database) => {
  let server: TestServer;
  const clients: Record<string, GraphQLTestClient> = {};
  let serang: { id: string; agencies: Array<{ id: string; code: string }> };
  let otherRegionId: string;

  const signIn = async (username: string) => {
    const account = server.demoAccounts.find((candidate) => candidate.username === username)!;
    const client = new GraphQLTestClient(server.url);
    await client.login(account.username, account.password);
    return (clients[username] = client);
  };

  beforeAll(async () => {
    server = await startTestServer({ database });
    await Promise.all(['admin', 'walikota.serang', 'analis.bappeda.serang', 'admin.disdukcapil.serang', 'kepala.disdukcapil.serang', 'pegawai.disdukcapil.serang'].map(signIn));
    const regions = await clients.admin!.request<{ regions: { edges: Array<{ node: { id: string; code: string; agencies: { edges: Array<{ node: { id: string; code: string } }> } } }> } }>(
      '{ regions(first: 10) { edges { node { id code agencies(first: 100) { edges { node { id code } } } } } } }',
    );
    const found = regions.data!.regions.edges.map((edge) => edge.node);
    const region = found.find((node) => node.code === '36.73')!;
    serang = { id: region.id, agencies: region.agencies.edges.map((edge) => edge.node) };
    otherRegionId = found.find((node) => node.code !== '36.73')!.id;
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

  it('gives the region’s leader each agency’s SKP completion and predikat counts, matching the records', async () => {
    const year = new Date().getUTCFullYear();
    const result = await clients['walikota.serang']!.request<{ regionPerformanceProgress: { year: number; agencies: AgencyProgress[] } }>(PROGRESS, { regionId: serang.id });
    expect(result.errors).toBeUndefined();
    const { agencies } = result.data!.regionPerformanceProgress;
    expect(agencies.map((row) => row.agencyId).sort()).toEqual(serang.agencies.map((agency) => agency.id).sort());

    const prisma = server.app.database.prisma;
    const disdukcapil = serang.agencies.find((agency) => agency.code === 'DISDUKCAPIL')!;
    const row = agencies.find((candidate) => candidate.agencyId === disdukcapil.id)!;
    const dbAgency = await prisma.agency.findFirstOrThrow({ where: { code: 'DISDUKCAPIL', region: { code: '36.73' } }, select: { id: true } });
    const employees = await prisma.employee.count({ where: { agencyId: dbAgency.id } });
    const approved = await prisma.skp.count({ where: { status: 'APPROVED', year: { year, agencyId: dbAgency.id } } });
    const rated = await prisma.skp.count({ where: { year: { year, agencyId: dbAgency.id }, appraisals: { some: { predikat: { not: null } } } } });
    expect(row.employees).toBe(employees);
    expect(row.skpByStatus.find((entry) => entry.status === 'APPROVED')!.count).toBe(approved);
    expect(row.approvedShare).toBeCloseTo(approved / employees, 10);
    expect(row.predikat.reduce((sum, entry) => sum + entry.count, 0)).toBe(rated);
    expect(row.predikat.map((entry) => entry.predikat)).toEqual(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);

    // The analyst of the region reads the same aggregates; nobody else does.
    expect((await clients['analis.bappeda.serang']!.request(PROGRESS, { regionId: serang.id })).errors).toBeUndefined();
    for (const [client, code] of [
      [new GraphQLTestClient(server.url), 'UNAUTHENTICATED'],
      [clients['pegawai.disdukcapil.serang']!, 'FORBIDDEN'],
      [clients['admin.disdukcapil.serang']!, 'FORBIDDEN'],
    ] as const) {
      const refused = await client.request(PROGRESS, { regionId: serang.id });
      expect(refused.errors?.[0]?.extensions?.code).toBe(code);
    }
    const elsewhere = await clients['walikota.serang']!.request(PROGRESS, { regionId: otherRegionId });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the region’s leader drill down to a unit’s own people, and nobody outside the agency’s readers', async () => {
    const UNIT = `query ($id: ID!) { node(id: $id) { ... on Unit { name employees(first: 100) { totalCount edges { node { name } } } } } }`;
    const prisma = server.app.database.prisma;
    const unit = await prisma.unit.findFirstOrThrow({ where: { agency: { code: 'DISDUKCAPIL', region: { code: '36.73' } }, employees: { some: {} } }, select: { id: true } });
    const people = await prisma.employee.findMany({ where: { unitId: unit.id }, select: { name: true }, orderBy: { name: 'asc' } });
    const id = Buffer.from(`Unit:${unit.id}`).toString('base64');
    for (const reader of ['walikota.serang', 'admin.disdukcapil.serang', 'admin']) {
      const result = await clients[reader]!.request<{ node: { employees: { totalCount: number; edges: Array<{ node: { name: string } }> } } }>(UNIT, { id });
      expect(result.errors, reader).toBeUndefined();
      expect(result.data!.node.employees.totalCount).toBe(people.length);
      expect(result.data!.node.employees.edges.map((edge) => edge.node.name)).toEqual(people.map((person) => person.name));
    }
    for (const [client, code] of [
      [new GraphQLTestClient(server.url), 'UNAUTHENTICATED'],
      [clients['analis.bappeda.serang']!, 'FORBIDDEN'],
      [clients['pegawai.disdukcapil.serang']!, 'FORBIDDEN'],
    ] as const) {
      const refused = await client.request<{ node: { employees: unknown } | null }>(UNIT, { id });
      expect(refused.errors?.[0]?.extensions?.code).toBe(code);
      expect(refused.data?.node?.employees ?? null).toBeNull();
    }
  });

  it('sends the overview again when a plan in the region changes', async () => {
    const disdukcapil = serang.agencies.find((agency) => agency.code === 'DISDUKCAPIL')!;
    const created = await clients['admin.disdukcapil.serang']!.request('mutation ($input: CreatePerformanceYearInput!) { createPerformanceYear(input: $input) { year } }', { input: { agencyId: disdukcapil.id, year: 2023 } });
    expect(created.errors).toBeUndefined();
    const live = new TestSubscription<{ regionPerformanceProgress: { agencies: AgencyProgress[] } }>(
      server.url,
      PROGRESS.replace(/^query/, 'subscription'),
      { regionId: serang.id, year: 2023 },
      { cookie: clients['walikota.serang']!.sessionCookie },
    );
    const drafts = (message: { regionPerformanceProgress: { agencies: AgencyProgress[] } }) =>
      message.regionPerformanceProgress.agencies.find((row) => row.agencyId === disdukcapil.id)!.skpByStatus.find((entry) => entry.status === 'DRAFT')!.count;
    try {
      expect(drafts(await live.next())).toBe(0);
      const skp = await clients['kepala.disdukcapil.serang']!.request('mutation { createSkp(input: { year: 2023 }) { id } }');
      expect(skp.errors).toBeUndefined();
      expect(drafts(await live.next((message) => drafts(message) === 1))).toBe(1);
    } finally {
      await live.close();
    }
  });

  it('publishes each agency’s complaint handling: counts only, small groups withheld from anonymous visitors, no WBS', async () => {
    const anonymous = await new GraphQLTestClient(server.url).request<ComplaintsResult>(COMPLAINTS, { regionId: serang.id });
    const signedIn = await clients.admin!.request<ComplaintsResult>(COMPLAINTS, { regionId: serang.id });
    expect(anonymous.errors).toBeUndefined();
    expect(signedIn.errors).toBeUndefined();
    const open = signedIn.data!.agencyComplaintMetrics;
    const shown = anonymous.data!.agencyComplaintMetrics;

    const prisma = server.app.database.prisma;
    const received = await prisma.complaint.count({
      where: { region: { code: '36.73' }, type: { not: 'WBS' }, submittedAt: { gte: new Date(`${open.from}T00:00:00+07:00`), lt: new Date(new Date(`${open.to}T00:00:00+07:00`).getTime() + 86_400_000) } },
    });
    expect(received).toBeGreaterThan(0);
    expect(open.total.received).toBe(received);
    expect(open.agencies.reduce((sum, row) => sum + (row.metrics.received ?? 0), 0)).toBe(received);
    // Every agency of the region has its row, plus one for complaints not yet routed.
    expect(open.agencies.filter((row) => row.agencyId !== null)).toHaveLength(serang.agencies.length);

    const minimum = 10;
    for (const [index, row] of shown.agencies.entries()) {
      const actual = open.agencies[index]!.metrics;
      expect(row.metrics.suppressed).toBe(actual.received! < minimum);
      if (row.metrics.suppressed) expect(row.metrics).toMatchObject({ received: null, answered: null, overdue: null, medianResolutionDays: null });
      else expect(row.metrics).toEqual(actual);
    }
    expect(shown.agencies.some((row) => row.metrics.suppressed)).toBe(true);

    const invalid = await new GraphQLTestClient(server.url).request('query ($regionId: ID!) { agencyComplaintMetrics(regionId: $regionId, from: "kemarin") { from } }', { regionId: serang.id });
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('lists the national holidays of a year for everyone', async () => {
    const result = await new GraphQLTestClient(server.url).request<{ nationalHolidays: Array<{ date: string; name: string; collectiveLeave: boolean }> }>('{ nationalHolidays(year: 2026) { date name collectiveLeave } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.nationalHolidays).toContainEqual({ date: '2026-08-17', name: 'Hari Kemerdekaan Republik Indonesia', collectiveLeave: false });
    expect(result.data!.nationalHolidays.every((holiday) => holiday.date.startsWith('2026-'))).toBe(true);
    expect((await new GraphQLTestClient(server.url).request<{ nationalHolidays: unknown[] }>('{ nationalHolidays(year: 2031) { date } }')).data!.nationalHolidays).toEqual([]);
  });
});
