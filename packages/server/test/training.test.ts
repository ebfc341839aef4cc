// Training and competency: the catalogue, enrolment and completion with a certificate, hours
// against the annual target, suggestions for competency gaps, live progress, and each
// authorisation rule tried and broken. Records are made by the test (demo programmes may exist too,
// so hours are compared before and after).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLTestClient, startTestServer, testDatabases, TestSubscription, type TestServer } from '../src/testing/index.js';
import { fails, ok } from '../src/testing/operations.js';

const ME = '{ me { employee { id positionTitle unit { id } agency { id } superior { id } } } }';
const COMPETENCY = 'mutation ($input: CreateCompetencyInput!) { createCompetency(input: $input) { id code } }';
const PROGRAMME = 'mutation ($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) { id hours delivery competencies { code } } }';
const ENROL = 'mutation ($input: EnrolInTrainingInput!) { enrolInTraining(input: $input) { id status } }';
const COMPLETE = 'mutation ($input: CompleteTrainingInput!) { completeTraining(input: $input) { status hours completedOn certificateUrl } }';
const HOURS = 'query ($year: Int!) { myTrainingHours(year: $year) { hours targetHours remainingHours met } }';
const EMPLOYEE_HOURS = 'query ($id: ID!, $year: Int!) { node(id: $id) { ... on Employee { trainingHours(year: $year) { hours } } } }';
const NEEDS = '{ myTrainingNeeds { gaps { competency { code } reasons } recommendations { programme { id } closes { code } } } }';

const LAST_YEAR = new Date().getUTCFullYear() - 1;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(await testDatabases())('training and competency on the %s database', (database) => {
  let server: TestServer;
  const c: Record<string, GraphQLTestClient> = {};
  const as = (username: string) => c[username]!;
  let employee: { id: string; positionTitle: string; unit: { id: string }; agency: { id: string }; superior: { id: string } };
  const made: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer({ database });
    for (const username of ['admin', 'admin.disdukcapil.serang', 'walikota.serang', 'walikota.medan', 'analis.bappeda.serang', 'atasan.disdukcapil.serang', 'pegawai.disdukcapil.serang']) {
      const account = server.demoAccounts.find((candidate) => candidate.username === username)!;
      c[username] = new GraphQLTestClient(server.url);
      await c[username]!.login(account.username, account.password);
    }
    employee = (await ok(as('pegawai.disdukcapil.serang'), ME)).me.employee;
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  it('builds the catalogue: competencies by an ADMIN, programmes by the agency’s administrator', async () => {
    const technical = { code: 'T-TEST-ADMINDUK', name: 'Administrasi kependudukan (uji)', kind: 'TECHNICAL' };
    expect(await fails(as('admin.disdukcapil.serang'), COMPETENCY, { input: technical })).toMatchObject({ code: 'FORBIDDEN' });
    made.technical = (await ok(as('admin'), COMPETENCY, { input: technical })).createCompetency.id;
    made.service = (await ok(as('admin'), COMPETENCY, { input: { code: 'S-TEST-PELAYANAN', name: 'Orientasi pelayanan (uji)', kind: 'SOCIOCULTURAL', coreValue: 'BERORIENTASI_PELAYANAN' } })).createCompetency.id;
    expect(await fails(as('admin'), COMPETENCY, { input: technical })).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
    expect(await fails(as('admin'), COMPETENCY, { input: { ...technical, code: 'lower case' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });

    const programme = (over: Record<string, unknown> = {}) => ({
      input: { agencyId: employee.agency.id, title: 'Bimtek SIAK Terpusat', delivery: 'INTERNAL', provider: 'Widyaiswara Disdukcapil', hours: 12, startDate: `${LAST_YEAR}-03-02`, endDate: `${LAST_YEAR}-03-04`, competencyIds: [made.technical], ...over },
    });
    expect(await fails(as('pegawai.disdukcapil.serang'), PROGRAMME, programme())).toMatchObject({ code: 'FORBIDDEN', field: 'input.agencyId' });
    expect(await fails(as('admin.disdukcapil.serang'), PROGRAMME, programme({ endDate: `${LAST_YEAR}-03-01` }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endDate' });
    expect(await fails(as('admin.disdukcapil.serang'), PROGRAMME, programme({ hours: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hours' });
    made.past = (await ok(as('admin.disdukcapil.serang'), PROGRAMME, programme())).createTrainingProgramme.id;
    made.external = (await ok(as('admin.disdukcapil.serang'), PROGRAMME, programme({ title: 'Pelatihan Pelayanan Prima', delivery: 'EXTERNAL', provider: 'BPSDM Provinsi Banten', hours: 10, competencyIds: [made.service] }))).createTrainingProgramme.id;
    made.upcoming = (await ok(as('admin.disdukcapil.serang'), PROGRAMME, programme({ title: 'Pelayanan Prima Lanjutan', startDate: inDays(40), endDate: inDays(42), competencyIds: [made.service, made.technical] }))).createTrainingProgramme.id;
  });

  it('counts completed hours for the year of completion against the target; refuses bad completions', async () => {
    const self = as('pegawai.disdukcapil.serang');
    const before = (await ok(self, HOURS, { year: LAST_YEAR })).myTrainingHours;
    expect(before.targetHours).toBe(20);
    made.enrolment = (await ok(self, ENROL, { input: { programmeId: made.past, employeeId: employee.id } })).enrolInTraining.id;
    expect(await fails(self, ENROL, { input: { programmeId: made.past, employeeId: employee.id } })).toMatchObject({ code: 'CONFLICT' });
    const complete = (over: Record<string, unknown> = {}) => ({ input: { enrolmentId: made.enrolment, completedOn: `${LAST_YEAR}-03-04`, certificateUrl: 'https://bkpsdm.serangkota.go.id/sertifikat/123.pdf', ...over } });
    expect(await fails(self, COMPLETE, complete({ certificateUrl: 'javascript:alert(1)' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.certificateUrl' });
    expect(await fails(self, COMPLETE, complete({ completedOn: `${LAST_YEAR}-03-01` }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.completedOn' });
    expect(await fails(self, COMPLETE, complete({ completedOn: inDays(3) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.completedOn' });
    expect((await ok(self, COMPLETE, complete())).completeTraining).toEqual({ status: 'COMPLETED', hours: 12, completedOn: `${LAST_YEAR}-03-04`, certificateUrl: 'https://bkpsdm.serangkota.go.id/sertifikat/123.pdf' });
    expect(await fails(self, COMPLETE, complete())).toMatchObject({ code: 'INVALID_STATE' });
    const after = (await ok(self, HOURS, { year: LAST_YEAR })).myTrainingHours;
    expect(after.hours).toBe(before.hours + 12);
    expect(after.remainingHours).toBe(Math.max(0, 20 - after.hours));

    const trail = await ok(as('admin'), '{ auditEntries(action: "training.", first: 10) { edges { node { action actorName } } } }');
    expect(trail.auditEntries.edges.map((edge: any) => edge.node)).toEqual(
      expect.arrayContaining([{ action: 'training.enrol', actorName: 'pegawai.disdukcapil.serang' }, { action: 'training.complete', actorName: 'pegawai.disdukcapil.serang' }]),
    );
  });

  it('lets the direct superior enrol and follow the team; the employee cannot reach anyone else’s training', async () => {
    const supervisor = as('atasan.disdukcapil.serang');
    const self = as('pegawai.disdukcapil.serang');
    expect(employee.superior.id).toBeDefined();
    made.supervisorEnrolment = (await ok(supervisor, ENROL, { input: { programmeId: made.external, employeeId: employee.id } })).enrolInTraining.id;
    const team = (await ok(supervisor, 'query ($year: Int!) { myTeamTrainingHours(year: $year) { employee { id } hours { hours met } } }', { year: LAST_YEAR })).myTeamTrainingHours;
    const own = (await ok(self, HOURS, { year: LAST_YEAR })).myTrainingHours.hours;
    expect(team.find((row: any) => row.employee.id === employee.id)?.hours.hours).toBe(own);
    expect((await ok(supervisor, EMPLOYEE_HOURS, { id: employee.id, year: LAST_YEAR })).node.trainingHours.hours).toBe(own);

    // Upwards: neither the superior's hours nor enrolling them.
    expect((await self.request(EMPLOYEE_HOURS, { id: employee.superior.id, year: LAST_YEAR })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await fails(self, ENROL, { input: { programmeId: made.past, employeeId: employee.superior.id } })).toMatchObject({ code: 'NOT_FOUND', field: 'input.employeeId' });
    // A completed enrolment is not cancelled.
    expect(await fails(supervisor, 'mutation ($id: ID!) { cancelTrainingEnrolment(enrolmentId: $id) { status } }', { id: made.enrolment })).toMatchObject({ code: 'INVALID_STATE' });
    expect((await ok(self, 'query ($y: Int) { myTrainingEnrolments(year: $y) { id status programme { title } } }', { y: LAST_YEAR })).myTrainingEnrolments.map((e: any) => e.id)).toEqual(
      expect.arrayContaining([made.enrolment, made.supervisorEnrolment]),
    );
    expect((await ok(self, '{ myTeamTrainingHours(year: 2025) { hours { hours } } }')).myTeamTrainingHours).toEqual([]);
  });

  it('gives the analyst and the region’s leader aggregates only; another region’s leader nothing', async () => {
    const summary = 'query ($agencyId: ID!, $year: Int!) { agencyTrainingSummary(agencyId: $agencyId, year: $year) { employees totalHours meetingTarget completions internalHours externalHours } }';
    const analyst = (await ok(as('analis.bappeda.serang'), summary, { agencyId: employee.agency.id, year: LAST_YEAR })).agencyTrainingSummary;
    expect(analyst.completions).toBeGreaterThanOrEqual(1);
    expect(analyst.internalHours + analyst.externalHours).toBe(analyst.totalHours);
    expect((await ok(as('walikota.serang'), summary, { agencyId: employee.agency.id, year: LAST_YEAR })).agencyTrainingSummary).toEqual(analyst);
    expect((await as('walikota.medan').request(summary, { agencyId: employee.agency.id, year: LAST_YEAR })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as('analis.bappeda.serang').request(EMPLOYEE_HOURS, { id: employee.id, year: LAST_YEAR })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await new GraphQLTestClient(server.url).request(summary, { agencyId: employee.agency.id, year: LAST_YEAR })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('suggests upcoming programmes for a position’s required competency until one is taken', async () => {
    const self = as('pegawai.disdukcapil.serang');
    const set = 'mutation ($input: SetPositionCompetenciesInput!) { setPositionCompetencies(input: $input) { code } }';
    const input = { agencyId: employee.agency.id, positionTitle: employee.positionTitle, competencyIds: [made.service, made.technical] };
    expect(await fails(as('atasan.disdukcapil.serang'), set, { input })).toMatchObject({ code: 'FORBIDDEN', field: 'input.agencyId' });
    expect((await ok(as('admin.disdukcapil.serang'), set, { input })).setPositionCompetencies.map((row: any) => row.code)).toEqual(['S-TEST-PELAYANAN', 'T-TEST-ADMINDUK']);
    const requirements = (await ok(as('admin.disdukcapil.serang'), 'query ($id: ID!) { agency(id: $id) { positionRequirements { positionTitle competencies { code } } } }', { id: employee.agency.id })).agency.positionRequirements;
    expect(requirements.find((row: any) => row.positionTitle === employee.positionTitle).competencies.map((row: any) => row.code)).toEqual(['S-TEST-PELAYANAN', 'T-TEST-ADMINDUK']);

    // The technical competency was completed last year; the service one is only enrolled (not completed).
    const needs = (await ok(self, NEEDS)).myTrainingNeeds;
    expect(needs.gaps).toContainEqual({ competency: { code: 'S-TEST-PELAYANAN' }, reasons: expect.arrayContaining(['POSITION_REQUIREMENT']) });
    expect(needs.gaps.find((gap: any) => gap.competency.code === 'T-TEST-ADMINDUK')?.reasons ?? []).not.toContain('POSITION_REQUIREMENT');
    expect(needs.recommendations).toContainEqual({ programme: { id: made.upcoming }, closes: expect.arrayContaining([{ code: 'S-TEST-PELAYANAN' }]) });
    // The superior sees the same; once enrolled the programme is no longer suggested.
    const theirs = await ok(as('atasan.disdukcapil.serang'), 'query ($id: ID!) { node(id: $id) { ... on Employee { trainingNeeds { recommendations { programme { id } } } } } }', { id: employee.id });
    expect(theirs.node.trainingNeeds.recommendations).toContainEqual({ programme: { id: made.upcoming } });
    await ok(self, ENROL, { input: { programmeId: made.upcoming, employeeId: employee.id } });
    expect((await ok(self, NEEDS)).myTrainingNeeds.recommendations).not.toContainEqual(expect.objectContaining({ programme: { id: made.upcoming } }));
  });

  it('pushes the unit’s training figures live when a completion is recorded', async () => {
    const year = new Date().getUTCFullYear();
    const agencyAdmin = as('admin.disdukcapil.serang');
    const current = (await ok(agencyAdmin, PROGRAMME, { input: { agencyId: employee.agency.id, title: 'Literasi Digital', delivery: 'INTERNAL', provider: 'Diskominfo', hours: 4, startDate: inDays(-1), endDate: inDays(0), competencyIds: [made.technical] } })).createTrainingProgramme.id;
    const enrolment = (await ok(agencyAdmin, ENROL, { input: { programmeId: current, employeeId: employee.id } })).enrolInTraining.id;
    const live = new TestSubscription<{ performanceProgress: { trainingHours: number } }>(
      server.url,
      'subscription ($unitId: ID!, $year: Int) { performanceProgress(unitId: $unitId, year: $year) { trainingHours meetingTrainingTarget } }',
      { unitId: employee.unit.id, year },
      { cookie: agencyAdmin.sessionCookie },
    );
    try {
      const first = (await live.next()).performanceProgress.trainingHours;
      await ok(agencyAdmin, COMPLETE, { input: { enrolmentId: enrolment, completedOn: inDays(0), certificateUrl: 'https://example.go.id/s.pdf' } });
      await live.next((message) => message.performanceProgress.trainingHours === first + 4);
    } finally {
      await live.close();
    }
  });

  it('keeps the annual target a setting only an ADMIN changes', async () => {
    const set = 'mutation ($hours: Int!) { setAnnualTrainingTarget(hours: $hours) }';
    expect((await as('admin.disdukcapil.serang').request(set, { hours: 30 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await fails(as('admin'), set, { hours: 0 })).toMatchObject({ code: 'BAD_USER_INPUT' });
    await ok(as('admin'), set, { hours: 30 });
    expect((await ok(as('pegawai.disdukcapil.serang'), HOURS, { year: LAST_YEAR })).myTrainingHours.targetHours).toBe(30);
    await ok(as('admin'), set, { hours: 20 });
  });
});
