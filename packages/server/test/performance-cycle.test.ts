// The "done when": one SKP carried from draft to the locked final predikat through GraphQL
// alone, as the demo accounts (employee, supervisor, the head of agency above them, the agency
// administrator, the region's leader and the installation's administrator), with each step's
// errors checked. Year 2023 has no demo data, so every record here is made by the test; the
// authorisation and daily-report tests that follow in the same file use what it made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { checkDistribution, type OrganisationRating, type Predikat } from '@pantau/shared';
import { GraphQLTestClient, startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';
import { fails, ok } from '../src/testing/operations.js';

const YEAR = 2023;
const CORE_VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];

type Vars = Record<string, unknown>;

const ME = '{ me { employee { id unit { id } agency { id } superior { id } } } }';
const CREATE_SKP = 'mutation ($y: Int!) { createSkp(input: { year: $y }) { id status year } }';
const ADD_RHK = 'mutation ($input: AddRhkInput!) { addRhk(input: $input) { id kind title } }';
const ADD_INDICATOR = 'mutation ($input: AddIndicatorInput!) { addIndicator(input: $input) { id target unit } }';
const SUBMIT = 'mutation ($id: ID!) { submitSkp(id: $id) { status } }';
const APPROVE = 'mutation ($id: ID!) { approveSkp(id: $id) { status } }';
const RETURN = 'mutation ($input: ReturnSkpInput!) { returnSkp(input: $input) { status returnReason } }';
const REALISE = 'mutation ($input: RecordRealisationInput!) { recordRealisation(input: $input) { value evidenceUrl } }';
const LOCK = 'mutation ($input: LockAnnualPredikatInput!) { lockAnnualPredikat(input: $input) { locked ok } }';
const CALIBRATION = `query ($unitId: ID!, $year: Int!) { calibration(unitId: $unitId, year: $year) {
  organisationRating rated unrated locked ok counts { predikat count percent }
  violations { ruleId kind thresholdPercent actualCount actualPercent allowedCount } } }`;

describe.each(await testDatabases())('the SKP cycle through GraphQL on the %s database', (database) => {
  let server: TestServer;
  const as = async (username: string) => {
    const account = server.demoAccounts.find((candidate) => candidate.username === username);
    if (!account) throw new Error(`no demo account ${username}`);
    const client = new GraphQLTestClient(server.url);
    await client.login(account.username, account.password);
    return client;
  };

  // Signed-in clients by username, and the records the cycle test makes for the tests after it.
  const c: Record<string, GraphQLTestClient> = {};
  /** The signed-in client of a demo account. */
  const signedIn = (username: string): GraphQLTestClient => {
    const client = c[username];
    if (!client) throw new Error(`No signed-in client for ${username}`);
    return client;
  };
  const made: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer({ database });
    const usernames = ['admin', 'admin.disdukcapil.serang', 'walikota.serang', 'walikota.medan', 'analis.bappeda.serang', 'kepala.disdukcapil.serang', 'atasan.disdukcapil.serang', 'pegawai.disdukcapil.serang'];
    for (const username of usernames) c[username] = await as(username);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('carries one SKP from draft to the locked final predikat, refusing every wrong step', { timeout: 120_000 }, async () => {
    const admin = signedIn('admin');
    const agencyAdmin = signedIn('admin.disdukcapil.serang');
    const leader = signedIn('walikota.serang');
    const head = signedIn('kepala.disdukcapil.serang');
    const supervisor = signedIn('atasan.disdukcapil.serang');
    const employee = signedIn('pegawai.disdukcapil.serang');
    const [headMe, supervisorMe, employeeMe] = await Promise.all([head, supervisor, employee].map((client) => ok(client, ME)));
    const agencyId: string = employeeMe.me.employee.agency.id;
    const unitId: string = employeeMe.me.employee.unit.id;
    expect(employeeMe.me.employee.superior.id).toBe(supervisorMe.me.employee.id);
    expect(supervisorMe.me.employee.superior.id).toBe(headMe.me.employee.id);
    expect(headMe.me.employee.superior).toBeNull();

    // 1. The agency administrator opens the year; its quarterly periods follow from the shared period maths.
    const CREATE_YEAR = 'mutation ($input: CreatePerformanceYearInput!) { createPerformanceYear(input: $input) { cadence periods { id code startDate endDate status } } }';
    expect(await fails(employee, CREATE_YEAR, { input: { agencyId, year: YEAR } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await fails(agencyAdmin, CREATE_YEAR, { input: { agencyId, year: 1999 } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
    const { createPerformanceYear: year } = await ok(agencyAdmin, CREATE_YEAR, { input: { agencyId, year: YEAR } });
    expect(year.cadence).toBe('QUARTERLY');
    expect(year.periods.map((p: { code: string }) => p.code)).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4']);
    expect(year.periods[3]).toMatchObject({ startDate: '2023-10-01', endDate: '2023-12-31', status: 'PLANNED' });
    expect(await fails(agencyAdmin, CREATE_YEAR, { input: { agencyId, year: YEAR } })).toMatchObject({ code: 'CONFLICT', field: 'input.year' });
    const [q1, , , q4] = year.periods.map((p: { id: string }) => p.id);
    const listed = await ok(agencyAdmin, 'query ($id: ID!) { agency(id: $id) { performanceYears { year periods { code } } } }', { id: agencyId });
    expect(listed.agency.performanceYears.map((row: { year: number }) => row.year)).toContain(YEAR);

    // 2. The cascade: nobody drafts before their superior has an SKP.
    expect(await fails(employee, CREATE_SKP, { y: YEAR })).toMatchObject({ code: 'SUPERIOR_SKP_MISSING', field: 'input.year' });
    expect(await fails(supervisor, CREATE_SKP, { y: YEAR })).toMatchObject({ code: 'SUPERIOR_SKP_MISSING' });
    expect(await fails(employee, CREATE_SKP, { y: 2031 })).toMatchObject({ code: 'NOT_FOUND', field: 'input.year' });

    // 3. The head of agency plans against the agency's goal (IKU); the region's leader approves.
    const { createAgencyGoal: goal } = await ok(
      agencyAdmin,
      'mutation ($input: CreateAgencyGoalInput!) { createAgencyGoal(input: $input) { id code } }',
      { input: { agencyId, year: YEAR, code: 'IKU-1', title: 'Cakupan kepemilikan KTP-el penduduk wajib KTP' } },
    );
    const { createSkp: headSkp } = await ok(head, CREATE_SKP, { y: YEAR });
    const { addRhk: headRhk } = await ok(head, ADD_RHK, { input: { skpId: headSkp.id, kind: 'UTAMA', title: 'Meningkatnya cakupan KTP-el', agencyGoalId: goal.id } });
    await ok(head, ADD_INDICATOR, { input: { rhkId: headRhk.id, aspect: 'QUANTITY', description: 'Persentase penduduk wajib KTP ber-KTP-el', target: 98, unit: 'persen' } });
    expect(await ok(head, SUBMIT, { id: headSkp.id })).toEqual({ submitSkp: { status: 'SUBMITTED' } });
    expect(await fails(supervisor, APPROVE, { id: headSkp.id })).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    expect(await ok(leader, APPROVE, { id: headSkp.id })).toEqual({ approveSkp: { status: 'APPROVED' } });

    // 4. The supervisor drafts; a main RHK must support the superior's RHK.
    const { createSkp: supervisorSkp } = await ok(supervisor, CREATE_SKP, { y: YEAR });
    expect(await fails(supervisor, ADD_RHK, { input: { skpId: supervisorSkp.id, kind: 'UTAMA', title: 'Layanan KTP-el tepat waktu' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.parentRhkId',
    });
    expect(await fails(supervisor, ADD_RHK, { input: { skpId: supervisorSkp.id, kind: 'UTAMA', title: 'Layanan KTP-el tepat waktu', agencyGoalId: goal.id } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.agencyGoalId',
    });
    const { addRhk: supervisorRhk } = await ok(supervisor, ADD_RHK, { input: { skpId: supervisorSkp.id, kind: 'UTAMA', title: 'Layanan KTP-el tepat waktu', parentRhkId: headRhk.id } });
    await ok(supervisor, ADD_INDICATOR, { input: { rhkId: supervisorRhk.id, aspect: 'TIME', description: 'KTP-el terbit dalam 3 hari kerja', target: 90, unit: 'persen' } });

    // 5. The employee drafts now that the superior's SKP exists, but cannot submit before it is approved.
    const { createSkp: skp } = await ok(employee, CREATE_SKP, { y: YEAR });
    expect(skp).toMatchObject({ status: 'DRAFT', year: YEAR });
    expect(await fails(employee, CREATE_SKP, { y: YEAR })).toMatchObject({ code: 'CONFLICT' });
    expect(await fails(employee, ADD_RHK, { input: { skpId: skp.id, kind: 'UTAMA', title: 'Perekaman KTP-el', parentRhkId: headRhk.id } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.parentRhkId',
    });
    expect(await fails(supervisor, ADD_RHK, { input: { skpId: skp.id, kind: 'UTAMA', title: 'Perekaman KTP-el', parentRhkId: supervisorRhk.id } })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.skpId',
    });
    const { addRhk: rhk } = await ok(employee, ADD_RHK, { input: { skpId: skp.id, kind: 'UTAMA', title: 'Perekaman data KTP-el', parentRhkId: supervisorRhk.id } });
    expect(await fails(employee, SUBMIT, { id: skp.id })).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('no indicator') });
    expect(await fails(employee, ADD_INDICATOR, { input: { rhkId: rhk.id, aspect: 'QUANTITY', description: 'Jumlah perekaman KTP-el', target: 0, unit: 'dokumen' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.target',
    });
    const { addIndicator: indicator } = await ok(employee, ADD_INDICATOR, { input: { rhkId: rhk.id, aspect: 'QUANTITY', description: 'Jumlah perekaman KTP-el', target: 1200, unit: 'dokumen' } });
    const notApproved = await fails(employee, SUBMIT, { id: skp.id });
    expect(notApproved).toMatchObject({ code: 'SUPERIOR_SKP_NOT_APPROVED', field: 'id' });
    expect(notApproved.message).toMatch(/superior’s SKP for 2023 is DRAFT.*APPROVED/);

    await ok(supervisor, SUBMIT, { id: supervisorSkp.id });
    expect(await fails(employee, APPROVE, { id: supervisorSkp.id })).toMatchObject({ code: 'FORBIDDEN' });
    await ok(head, APPROVE, { id: supervisorSkp.id });

    // 6. Submitted: frozen for the employee; the superior returns it with a reason, then approves.
    expect(await ok(employee, SUBMIT, { id: skp.id })).toEqual({ submitSkp: { status: 'SUBMITTED' } });
    expect(await fails(employee, ADD_RHK, { input: { skpId: skp.id, kind: 'TAMBAHAN', title: 'Tugas tambahan piket' } })).toMatchObject({ code: 'INVALID_STATE' });
    expect(await fails(employee, APPROVE, { id: skp.id })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await fails(head, APPROVE, { id: skp.id })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await fails(supervisor, RETURN, { input: { id: skp.id, reason: 'no' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const reason = 'Tambahkan tugas piket layanan Sabtu sebagai RHK tambahan.';
    expect(await ok(supervisor, RETURN, { input: { id: skp.id, reason } })).toEqual({ returnSkp: { status: 'RETURNED', returnReason: reason } });
    const { addRhk: extra } = await ok(employee, ADD_RHK, { input: { skpId: skp.id, kind: 'TAMBAHAN', title: 'Piket layanan hari Sabtu' } });
    await ok(employee, ADD_INDICATOR, { input: { rhkId: extra.id, aspect: 'QUANTITY', description: 'Jumlah hari piket', target: 12, unit: 'hari' } });
    await ok(employee, SUBMIT, { id: skp.id });
    expect(await ok(supervisor, APPROVE, { id: skp.id })).toEqual({ approveSkp: { status: 'APPROVED' } });
    expect(await fails(supervisor, APPROVE, { id: skp.id })).toMatchObject({ code: 'INVALID_STATE' });
    expect(await fails(employee, ADD_RHK, { input: { skpId: skp.id, kind: 'TAMBAHAN', title: 'Tugas tambahan lain' } })).toMatchObject({ code: 'INVALID_STATE' });

    // 7. Realisation only in an open period; a closed one is read-only; evidence must be an http(s) link.
    const realise = (periodId: string, evidenceUrl = 'https://drive.example.go.id/bukti/ktp-q4.pdf') => ({
      input: { indicatorId: indicator.id, periodId, value: 1250, evidenceUrl },
    });
    expect(await fails(employee, REALISE, realise(q1))).toMatchObject({ code: 'PERIOD_NOT_OPEN', field: 'input.periodId' });
    const OPEN = 'mutation ($id: ID!) { openPeriod(id: $id) { status } }';
    const CLOSE = 'mutation ($id: ID!) { closePeriod(id: $id) { status } }';
    expect(await fails(employee, OPEN, { id: q1 })).toMatchObject({ code: 'FORBIDDEN' });
    await ok(agencyAdmin, OPEN, { id: q1 });
    expect(await fails(agencyAdmin, OPEN, { id: q1 })).toMatchObject({ code: 'INVALID_STATE' });
    await ok(agencyAdmin, CLOSE, { id: q1 });
    expect(await fails(employee, REALISE, realise(q1))).toMatchObject({ code: 'PERIOD_CLOSED', field: 'input.periodId' });
    await ok(agencyAdmin, OPEN, { id: q4 });
    expect(await fails(employee, REALISE, realise(q4, 'javascript:alert(1)'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.evidenceUrl' });
    expect(await fails(supervisor, REALISE, realise(q4))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ok(employee, REALISE, realise(q4))).toEqual({ recordRealisation: { value: 1250, evidenceUrl: 'https://drive.example.go.id/bukti/ktp-q4.pdf' } });
    const FEEDBACK = 'mutation ($input: AddFeedbackInput!) { addFeedback(input: $input) { body authorName } }';
    await ok(supervisor, FEEDBACK, { input: { rhkId: rhk.id, periodId: q4, body: 'Capaian baik, pertahankan kualitas data.' } });
    await ok(employee, FEEDBACK, { input: { rhkId: rhk.id, periodId: q4, body: 'Siap, terima kasih.' } });
    expect(await fails(head, FEEDBACK, { input: { rhkId: rhk.id, periodId: q4, body: 'Catatan.' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await fails(supervisor, FEEDBACK, { input: { rhkId: rhk.id, periodId: q1, body: 'Terlambat.' } })).toMatchObject({ code: 'PERIOD_CLOSED' });

    // 8. Appraisal: self-assessment first, then the superior's rating; the predikat follows from the matrix.
    const SELF = 'mutation ($input: SelfAssessmentInput!) { submitSelfAssessment(input: $input) { id status } }';
    expect(await fails(employee, SELF, { input: { skpId: skp.id, periodId: q1, selfAssessment: 'Target perekaman tercapai.' } })).toMatchObject({ code: 'PERIOD_CLOSED' });
    expect(await fails(supervisor, SELF, { input: { skpId: skp.id, periodId: q4, selfAssessment: 'Target perekaman tercapai.' } })).toMatchObject({ code: 'FORBIDDEN' });
    const { submitSelfAssessment: appraisal } = await ok(employee, SELF, { input: { skpId: skp.id, periodId: q4, selfAssessment: 'Target perekaman tercapai 104%.' } });
    expect(appraisal.status).toBe('SELF_ASSESSED');
    const RATE = 'mutation ($input: RateAppraisalInput!) { rateAppraisal(input: $input) { status hasilKerja perilakuKerja predikat } }';
    const behaviour = CORE_VALUES.map((value) => ({ value, expectation: value === 'HARMONIS' ? 'DI_BAWAH' : 'SESUAI', comment: 'Sesuai pedoman perilaku.' }));
    expect(await fails(employee, RATE, { input: { id: appraisal.id, hasilKerja: 'DI_ATAS', behaviour } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await fails(supervisor, RATE, { input: { id: appraisal.id, hasilKerja: 'SESUAI', behaviour: behaviour.slice(1) } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.behaviour',
    });
    expect(await ok(supervisor, RATE, { input: { id: appraisal.id, hasilKerja: 'SESUAI', behaviour, comment: 'Kerja sama tim perlu ditingkatkan.' } })).toEqual({
      rateAppraisal: { status: 'RATED', hasilKerja: 'SESUAI', perilakuKerja: 'DI_BAWAH', predikat: 'KURANG' },
    });
    expect(await fails(employee, SELF, { input: { skpId: skp.id, periodId: q4, selfAssessment: 'Mengubah penilaian diri.' } })).toMatchObject({ code: 'INVALID_STATE' });

    // 9. The employee objects; the superior's superior (not the rater) decides and revises.
    const OBJECT = 'mutation ($input: ObjectToAppraisalInput!) { objectToAppraisal(input: $input) { status objectionReason } }';
    const DECIDE = 'mutation ($input: DecideObjectionInput!) { decideObjection(input: $input) { status predikat originalPredikat objectionDecision } }';
    expect(await fails(employee, OBJECT, { input: { id: appraisal.id, reason: 'tidak' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(await fails(supervisor, OBJECT, { input: { id: appraisal.id, reason: 'Saya keberatan atas nilai ini.' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ok(employee, OBJECT, { input: { id: appraisal.id, reason: 'Konflik jadwal piket sudah diselesaikan bersama tim pada bulan November.' } })).toMatchObject({
      objectToAppraisal: { status: 'OBJECTED' },
    });
    const decision = { id: appraisal.id, decision: 'REVISED', note: 'Bukti kolaborasi tim pada November meyakinkan.' };
    expect(await fails(supervisor, DECIDE, { input: { ...decision, hasilKerja: 'SESUAI', perilakuKerja: 'SESUAI' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await fails(head, DECIDE, { input: decision })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hasilKerja' });
    expect(await ok(head, DECIDE, { input: { ...decision, hasilKerja: 'SESUAI', perilakuKerja: 'SESUAI' } })).toEqual({
      decideObjection: { status: 'ACKNOWLEDGED', predikat: 'BAIK', originalPredikat: 'KURANG', objectionDecision: 'REVISED' },
    });
    expect(await fails(employee, 'mutation ($id: ID!) { acknowledgeAppraisal(id: $id) { status } }', { id: appraisal.id })).toMatchObject({ code: 'INVALID_STATE' });

    // 10. Calibration and locking: refused without a unit rating and while the curve is violated;
    // an ADMIN overrides with a recorded reason.
    const before = await ok(agencyAdmin, CALIBRATION, { unitId, year: YEAR });
    expect(before.calibration).toMatchObject({ organisationRating: null, rated: 1, locked: 0, ok: null, violations: [] });
    expect(await fails(agencyAdmin, LOCK, { input: { unitId, year: YEAR } })).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('own rating') });
    expect(await fails(employee, 'mutation ($input: SetUnitRatingInput!) { setUnitRating(input: $input) { rating } }', { input: { unitId, year: YEAR, rating: 'BAIK' } })).toMatchObject({
      code: 'FORBIDDEN',
    });
    await ok(agencyAdmin, 'mutation ($input: SetUnitRatingInput!) { setUnitRating(input: $input) { rating } }', { input: { unitId, year: YEAR, rating: 'BAIK' } });
    const { calibration } = await ok(agencyAdmin, CALIBRATION, { unitId, year: YEAR });
    expect(calibration.ok).toBe(false);
    expect(calibration.counts.find((c: { predikat: string }) => c.predikat === 'BAIK')).toEqual({ predikat: 'BAIK', count: 1, percent: 100 });
    expect(calibration.violations).toEqual([
      { ruleId: 'BAIK/max-baik', kind: 'at_most', thresholdPercent: 70, actualCount: 1, actualPercent: 100, allowedCount: 0 },
      { ruleId: 'BAIK/some-butuh-perbaikan-or-kurang', kind: 'required_any', thresholdPercent: null, actualCount: 0, actualPercent: 0, allowedCount: 1 },
    ]);
    const violated = await fails(agencyAdmin, LOCK, { input: { unitId, year: YEAR } });
    expect(violated).toMatchObject({ code: 'CURVE_VIOLATED', field: 'input.unitId' });
    expect(violated.message).toContain('At most 70% Baik: 1 of 1 (100.0%), allowed 0');
    const overrideReason = 'Unit of one rated employee this year; the curve cannot apply meaningfully.';
    expect(await fails(agencyAdmin, LOCK, { input: { unitId, year: YEAR, overrideReason } })).toMatchObject({ code: 'FORBIDDEN', field: 'input.overrideReason' });
    expect(await fails(admin, LOCK, { input: { unitId, year: YEAR, overrideReason: 'short' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.overrideReason' });
    expect(await ok(admin, LOCK, { input: { unitId, year: YEAR, overrideReason } })).toEqual({ lockAnnualPredikat: { locked: 1, ok: false } });
    expect(await fails(admin, LOCK, { input: { unitId, year: YEAR, overrideReason } })).toMatchObject({ code: 'INVALID_STATE' });

    // The employee sees the final predikat; the audit trail holds every step of the SKP.
    const SKP = `query ($id: ID!, $y: Int!) { node(id: $id) { ... on Employee { skp(year: $y) {
      status annual { predikat overrideReason } appraisals { predikat isFinal }
      rhk { title indicators { realisations { value } } } } } } }`;
    const final = await ok(employee, SKP, { id: employeeMe.me.employee.id, y: YEAR });
    expect(final.node.skp).toMatchObject({ status: 'APPROVED', annual: { predikat: 'BAIK', overrideReason }, appraisals: [{ predikat: 'BAIK', isFinal: true }] });
    const trail = await ok(admin, 'query ($id: ID!) { auditTrail(id: $id) { action actorName } }', { id: skp.id });
    expect(trail.auditTrail.map((entry: { action: string }) => entry.action)).toEqual(['skp.create', 'skp.submit', 'skp.return', 'skp.submit', 'skp.approve']);
    Object.assign(made, {
      agencyId, unitId, q1, q3: year.periods[2].id, q4, goal: goal.id, headSkp: headSkp.id, supervisorSkp: supervisorSkp.id, skp: skp.id, rhk: rhk.id, appraisal: appraisal.id,
      employee: employeeMe.me.employee.id, supervisor: supervisorMe.me.employee.id, head: headMe.me.employee.id,
    });
    const unitTrail = await ok(admin, 'query ($id: ID!) { auditTrail(id: $id) { action actorName changes } }', { id: unitId });
    expect(unitTrail.auditTrail.at(-1)).toMatchObject({ action: 'annual.lock', actorName: 'admin', changes: expect.stringContaining(overrideReason) });
  });
  describe('authorisation: each rule tried and broken', () => {
    const SKP_NODE = 'query ($id: ID!) { node(id: $id) { ... on Skp { status rhk { title } } } }';
    const APPRAISALS = 'query ($id: ID!) { node(id: $id) { ... on Skp { status appraisals { predikat } } } }';
    const APPRAISAL_NODE = 'query ($id: ID!) { node(id: $id) { ... on Appraisal { predikat } } }';

    /** The query fails with this code and hands out no data about the person. */
    const refused = async (client: GraphQLTestClient, query: string, variables: Vars, code: string) => {
      const result = await client.request<{ node: unknown }>(query, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(JSON.stringify(result.data ?? {})).not.toMatch(/APPROVED|BAIK|KTP/);
    };

    it('an employee sees their own plan and their superior’s (to cascade from), never the head’s or a superior’s appraisal', async () => {
      const employee = signedIn('pegawai.disdukcapil.serang');
      expect((await ok(employee, APPRAISALS, { id: made.skp })).node).toMatchObject({ status: 'APPROVED', appraisals: [{ predikat: 'BAIK' }] });
      expect((await ok(employee, SKP_NODE, { id: made.supervisorSkp })).node.rhk).toHaveLength(1);
      await refused(employee, SKP_NODE, { id: made.headSkp }, 'FORBIDDEN');
      const superiors = await employee.request<{ node: { appraisals: unknown } | null }>(APPRAISALS, { id: made.supervisorSkp });
      expect(superiors.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(superiors.data?.node?.appraisals ?? null).toBeNull();
    });

    it('a supervisor sees direct and indirect subordinates’ appraisals, not their own superior’s', async () => {
      expect((await ok(signedIn('atasan.disdukcapil.serang'), APPRAISAL_NODE, { id: made.appraisal })).node.predikat).toBe('BAIK');
      expect((await ok(signedIn('kepala.disdukcapil.serang'), APPRAISAL_NODE, { id: made.appraisal })).node.predikat).toBe('BAIK');
      const superiors = await signedIn('atasan.disdukcapil.serang').request<{ node: { appraisals: unknown } | null }>(APPRAISALS, { id: made.headSkp });
      expect(superiors.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(superiors.data?.node?.appraisals ?? null).toBeNull();
    });

    it('the agency administrator and the region’s leader read; another region’s leader does not', async () => {
      expect((await ok(signedIn('admin.disdukcapil.serang'), APPRAISAL_NODE, { id: made.appraisal })).node.predikat).toBe('BAIK');
      expect((await ok(signedIn('walikota.serang'), APPRAISAL_NODE, { id: made.appraisal })).node.predikat).toBe('BAIK');
      await refused(signedIn('walikota.medan'), APPRAISAL_NODE, { id: made.appraisal }, 'FORBIDDEN');
      await refused(signedIn('walikota.medan'), SKP_NODE, { id: made.skp }, 'FORBIDDEN');
    });

    it('an analyst reads the unit’s aggregates in their region but no individual plan or rating', async () => {
      const analyst = signedIn('analis.bappeda.serang');
      await refused(analyst, SKP_NODE, { id: made.skp }, 'FORBIDDEN');
      await refused(analyst, APPRAISAL_NODE, { id: made.appraisal }, 'FORBIDDEN');
      const { calibration } = await ok(analyst, CALIBRATION, { unitId: made.unitId, year: YEAR });
      expect(calibration).toMatchObject({ organisationRating: 'BAIK', rated: 1, locked: 1 });
    });

    it('the unit’s head (any superior of its people) reads its calibration; an employee without a team there does not', async () => {
      for (const username of ['kepala.disdukcapil.serang', 'atasan.disdukcapil.serang']) {
        const { calibration } = await ok(signedIn(username), CALIBRATION, { unitId: made.unitId, year: YEAR });
        expect(calibration).toMatchObject({ organisationRating: 'BAIK', rated: 1, locked: 1 });
      }
      const refusedRead = await fails(signedIn('pegawai.disdukcapil.serang'), CALIBRATION, { unitId: made.unitId, year: YEAR });
      expect(refusedRead).toMatchObject({ code: 'FORBIDDEN', field: 'unitId' });
      expect((await fails(signedIn('kepala.disdukcapil.serang'), LOCK, { input: { unitId: made.unitId, year: YEAR } })).code).toBe('FORBIDDEN');
    });

    it('the public sees nothing here', async () => {
      const anonymous = new GraphQLTestClient(server.url);
      await refused(anonymous, SKP_NODE, { id: made.skp }, 'UNAUTHENTICATED');
      await refused(anonymous, APPRAISAL_NODE, { id: made.appraisal }, 'UNAUTHENTICATED');
      expect((await fails(anonymous, CALIBRATION, { unitId: made.unitId, year: YEAR })).code).toBe('UNAUTHENTICATED');
      expect((await fails(anonymous, CREATE_SKP, { y: YEAR })).code).toBe('UNAUTHENTICATED');
    });

    it('an agency administrator administers only their own agency', async () => {
      const regions = await ok(signedIn('admin'), '{ regions { edges { node { name agencies { edges { node { id code units { edges { node { id } } } } } } } } } }');
      const medan = regions.regions.edges.find((edge: { node: { name: string } }) => edge.node.name === 'Kota Medan').node;
      const other = medan.agencies.edges[0].node;
      const agencyAdmin = signedIn('admin.disdukcapil.serang');
      expect(await fails(agencyAdmin, 'mutation ($input: CreatePerformanceYearInput!) { createPerformanceYear(input: $input) { year } }', { input: { agencyId: other.id, year: YEAR } })).toMatchObject({
        code: 'FORBIDDEN',
        field: 'input.agencyId',
      });
      const otherUnit = other.units.edges[0].node.id;
      expect((await fails(agencyAdmin, CALIBRATION, { unitId: otherUnit, year: YEAR })).code).toBe('FORBIDDEN');
      expect((await fails(signedIn('analis.bappeda.serang'), CALIBRATION, { unitId: otherUnit, year: YEAR })).code).toBe('FORBIDDEN');
      expect((await fails(agencyAdmin, LOCK, { input: { unitId: otherUnit, year: YEAR } })).code).toBe('FORBIDDEN');
    });
  });

  describe('daily activity reports', () => {
    const FILE = 'mutation ($input: FileDailyReportInput!) { fileDailyReport(input: $input) { id date durationMinutes rhk { title } } }';
    const TEAM = 'query ($from: String!, $to: String!) { teamDailyReports(from: $from, to: $to) { employee { id } reportCount totalMinutes missingDays } }';
    const report = (date: string, extra: Vars = {}) => ({ input: { date, activity: 'Perekaman data KTP-el pemohon', output: '48 dokumen', durationMinutes: 240, ...extra } });

    it('files reports on working days of open periods, linked to the employee’s own RHK', async () => {
      const employee = signedIn('pegawai.disdukcapil.serang');
      // A public holiday of the region (a Thursday) is no working day, like a Saturday.
      const serang = await server.app.database.prisma.region.findUniqueOrThrow({ where: { code: '36.73' }, select: { id: true } });
      await server.app.database.prisma.holiday.create({ data: { regionId: serang.id, date: new Date('2023-10-05'), name: 'Hari libur uji' } });
      expect(await fails(employee, FILE, report('2023-10-05'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date', message: expect.stringContaining('not a working day') });
      expect(await fails(employee, FILE, report('2023-10-07'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date', message: expect.stringContaining('not a working day') });
      expect(await fails(employee, FILE, report('2099-01-05'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
      expect(await fails(employee, FILE, report('2023-02-30'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
      expect(await fails(employee, FILE, report('2023-03-03'))).toMatchObject({ code: 'PERIOD_CLOSED', field: 'input.date' });
      expect(await fails(employee, FILE, report('2023-10-02', { durationMinutes: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.durationMinutes' });
      expect(await fails(signedIn('atasan.disdukcapil.serang'), FILE, report('2023-10-02', { rhkId: made.rhk }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rhkId' });
      const filed = await ok(employee, FILE, report('2023-10-02', { rhkId: made.rhk }));
      expect(filed.fileDailyReport).toMatchObject({ date: '2023-10-02', durationMinutes: 240, rhk: { title: 'Perekaman data KTP-el' } });
      await ok(employee, FILE, report('2023-10-02', { durationMinutes: 120 }));
      await ok(employee, FILE, report('2023-10-04'));
    });

    it('shows the supervisor each direct subordinate’s missing working days (holidays excluded)', async () => {
      const { teamDailyReports } = await ok(signedIn('atasan.disdukcapil.serang'), TEAM, { from: '2023-09-30', to: '2023-10-08' });
      const mine = teamDailyReports.find((member: { employee: { id: string } }) => member.employee.id === made.employee);
      expect(mine).toEqual({ employee: { id: made.employee }, reportCount: 3, totalMinutes: 600, missingDays: ['2023-10-03', '2023-10-06'] });
      const peer = teamDailyReports.find((member: { employee: { id: string } }) => member.employee.id !== made.employee);
      expect(peer.missingDays).toEqual(['2023-10-02', '2023-10-03', '2023-10-04', '2023-10-06']);
      expect((await ok(signedIn('pegawai.disdukcapil.serang'), TEAM, { from: '2023-09-30', to: '2023-10-08' })).teamDailyReports).toEqual([]);
      expect(await fails(signedIn('atasan.disdukcapil.serang'), TEAM, { from: '2023-10-08', to: '2023-09-30' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(await fails(signedIn('atasan.disdukcapil.serang'), TEAM, { from: '2023-01-01', to: '2023-12-31' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    });

    it('lets the person and their superiors read the reports, not an analyst', async () => {
      const READ = 'query ($id: ID!) { node(id: $id) { ... on Employee { dailyReports(from: "2023-10-01", to: "2023-10-31") { totalCount edges { node { date } } } } } }';
      expect((await ok(signedIn('pegawai.disdukcapil.serang'), READ, { id: made.employee })).node.dailyReports.totalCount).toBe(3);
      expect((await ok(signedIn('kepala.disdukcapil.serang'), READ, { id: made.employee })).node.dailyReports.totalCount).toBe(3);
      expect((await fails(signedIn('analis.bappeda.serang'), READ, { id: made.employee })).code).toBe('FORBIDDEN');
    });
  });
  describe('dialogue and coaching', () => {
    const DIALOGUE = 'mutation ($input: RecordDialogueInput!) { recordDialogue(input: $input) { date topics followUpDate recordedByName } }';
    const PLAN = 'mutation ($input: CreateCoachingPlanInput!) { createCoachingPlan(input: $input) { id status dueDate } }';
    const SESSION = 'mutation ($input: RecordCoachingSessionInput!) { recordCoachingSession(input: $input) { id date } }';
    const RATE_SESSION = 'mutation ($input: RateCoachingSessionInput!) { rateCoachingSession(input: $input) { employeeScore employeeComment } }';

    it('records dialogues by the direct superior, readable by the person and their superiors only', async () => {
      const supervisor = signedIn('atasan.disdukcapil.serang');
      const dialogue = { employeeId: made.employee, date: '2023-10-16', topics: 'Capaian perekaman KTP-el kuartal IV', agreedActions: 'Menambah satu sesi piket Sabtu per bulan', followUpDate: '2023-11-16' };
      expect(await fails(signedIn('pegawai.disdukcapil.serang'), DIALOGUE, { input: dialogue })).toMatchObject({ code: 'FORBIDDEN', field: 'input.employeeId' });
      expect(await fails(signedIn('kepala.disdukcapil.serang'), DIALOGUE, { input: dialogue })).toMatchObject({ code: 'FORBIDDEN', field: 'input.employeeId' });
      expect(await fails(supervisor, DIALOGUE, { input: { ...dialogue, followUpDate: '2023-10-01' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.followUpDate' });
      expect((await ok(supervisor, DIALOGUE, { input: dialogue })).recordDialogue).toMatchObject({ date: '2023-10-16', followUpDate: '2023-11-16' });
      const READ = 'query ($id: ID!) { node(id: $id) { ... on Employee { dialogues { totalCount edges { node { topics } } } } } }';
      expect((await ok(signedIn('pegawai.disdukcapil.serang'), READ, { id: made.employee })).node.dialogues.totalCount).toBe(1);
      expect((await ok(signedIn('kepala.disdukcapil.serang'), READ, { id: made.employee })).node.dialogues.totalCount).toBe(1);
      expect((await fails(signedIn('analis.bappeda.serang'), READ, { id: made.employee })).code).toBe('FORBIDDEN');
    });

    it('plans coaching only after a final rating below Baik; the employee rates each session once', async () => {
      const agencyAdmin = signedIn('admin.disdukcapil.serang');
      const supervisor = signedIn('atasan.disdukcapil.serang');
      const employee = signedIn('pegawai.disdukcapil.serang');
      const plan = (appraisalId: string) => ({ input: { appraisalId, goals: 'Capaian perekaman kembali sesuai target', actions: 'Pendampingan mingguan oleh Kepala Seksi', dueDate: '2023-12-15' } });
      expect(await fails(supervisor, PLAN, plan(made.appraisal!))).toMatchObject({ code: 'INVALID_STATE', field: 'input.appraisalId' });

      await ok(agencyAdmin, 'mutation ($id: ID!) { openPeriod(id: $id) { status } }', { id: made.q3 });
      const { submitSelfAssessment: q3 } = await ok(employee, 'mutation ($input: SelfAssessmentInput!) { submitSelfAssessment(input: $input) { id } }', {
        input: { skpId: made.skp, periodId: made.q3, selfAssessment: 'Perekaman tertunda karena blanko habis.' },
      });
      const behaviour = CORE_VALUES.map((value) => ({ value, expectation: 'SESUAI', comment: 'Sesuai pedoman perilaku.' }));
      const rated = await ok(supervisor, 'mutation ($input: RateAppraisalInput!) { rateAppraisal(input: $input) { predikat } }', { input: { id: q3.id, hasilKerja: 'DI_BAWAH', behaviour } });
      expect(rated.rateAppraisal.predikat).toBe('BUTUH_PERBAIKAN');
      expect(await fails(supervisor, PLAN, plan(q3.id))).toMatchObject({ code: 'INVALID_STATE' });
      await ok(employee, 'mutation ($id: ID!) { acknowledgeAppraisal(id: $id) { status } }', { id: q3.id });

      expect(await fails(signedIn('kepala.disdukcapil.serang'), PLAN, plan(q3.id))).toMatchObject({ code: 'FORBIDDEN' });
      const { createCoachingPlan: created } = await ok(supervisor, PLAN, plan(q3.id));
      expect(created).toMatchObject({ status: 'OPEN', dueDate: '2023-12-15' });
      expect(await fails(supervisor, PLAN, plan(q3.id))).toMatchObject({ code: 'CONFLICT' });
      const { recordCoachingSession: session } = await ok(supervisor, SESSION, { input: { planId: created.id, date: '2023-10-20', notes: 'Membahas antrean perekaman dan solusi blanko.' } });

      expect(await fails(employee, RATE_SESSION, { input: { sessionId: session.id, score: 6 } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.score' });
      expect(await fails(supervisor, RATE_SESSION, { input: { sessionId: session.id, score: 5 } })).toMatchObject({ code: 'NOT_FOUND' });
      expect((await ok(employee, RATE_SESSION, { input: { sessionId: session.id, score: 4, comment: 'Sangat membantu.' } })).rateCoachingSession).toEqual({
        employeeScore: 4,
        employeeComment: 'Sangat membantu.',
      });
      expect(await fails(employee, RATE_SESSION, { input: { sessionId: session.id, score: 5 } })).toMatchObject({ code: 'CONFLICT' });

      await ok(supervisor, SESSION, { input: { planId: created.id, date: '2023-11-20', notes: 'Target tercapai kembali; pendampingan selesai.', completesPlan: true } });
      expect(await fails(supervisor, SESSION, { input: { planId: created.id, date: '2023-11-27', notes: 'Sesi tambahan.' } })).toMatchObject({ code: 'INVALID_STATE' });
      const READ = 'query ($id: ID!) { node(id: $id) { ... on Employee { coachingPlans { status sessions { employeeScore } } } } }';
      expect((await ok(employee, READ, { id: made.employee })).node.coachingPlans).toEqual([{ status: 'COMPLETED', sessions: [{ employeeScore: 4 }, { employeeScore: null }] }]);
    });
  });

  describe('360-degree feedback', () => {
    const REQUEST = 'mutation ($input: RequestFeedbackInput!) { requestFeedback(input: $input) { id invited anonymous } }';
    const INVITATIONS = '{ myFeedbackInvitations { id topic relation anonymous } }';
    const RESPOND = 'mutation ($input: RespondToFeedbackInput!) { respondToFeedback(input: $input) }';
    const RESULT = 'query ($id: ID!) { node(id: $id) { ... on FeedbackRequest { responded averageScore responses { score comment relation raterName } } } }';
    const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

    const respond = async (username: string, topic: string, score: number, comment?: string) => {
      const rater = c[username]!;
      const invitation = (await ok(rater, INVITATIONS)).myFeedbackInvitations.find((row: { topic: string }) => row.topic === topic);
      await ok(rater, RESPOND, { input: { invitationId: invitation.id, score, comment } });
      return invitation;
    };

    it('offers the employee their superior, peers and subordinates as raters, with names and positions only', async () => {
      const CANDIDATES = '{ myFeedbackRaterCandidates { employeeId name positionTitle relation } }';
      const ME = '{ me { employee { id name superior { id name } } } }';
      const own = (await ok(signedIn('pegawai.disdukcapil.serang'), ME)).me.employee;
      const candidates = (await ok(signedIn('pegawai.disdukcapil.serang'), CANDIDATES)).myFeedbackRaterCandidates;
      expect(candidates[0]).toEqual({ employeeId: own.superior.id, name: own.superior.name, positionTitle: expect.any(String), relation: 'SUPERIOR' });
      expect(candidates.filter((row: { relation: string }) => row.relation === 'PEER').length).toBeGreaterThan(0);
      expect(candidates.map((row: { employeeId: string }) => row.employeeId)).not.toContain(own.id);
      // The supervisor is offered their own staff as subordinates; an account without an employee nobody.
      const theirs = (await ok(signedIn('atasan.disdukcapil.serang'), CANDIDATES)).myFeedbackRaterCandidates;
      expect(theirs).toContainEqual(expect.objectContaining({ employeeId: own.id, relation: 'SUBORDINATE' }));
      expect((await ok(signedIn('walikota.serang'), CANDIDATES)).myFeedbackRaterCandidates).toEqual([]);
    });

    it('hides anonymous answers until three exist, then shows only the aggregate without names', async () => {
      const supervisor = signedIn('atasan.disdukcapil.serang');
      const head = signedIn('kepala.disdukcapil.serang');
      const agencyAdmin = signedIn('admin.disdukcapil.serang');
      const employee = signedIn('pegawai.disdukcapil.serang');
      const raters = await Promise.all([supervisor, head, agencyAdmin].map(async (client) => (await ok(client, ME)).me.employee.id));
      const regions = await ok(signedIn('admin'), '{ regions(first: 1) { edges { node { agencies(first: 1) { edges { node { employees(first: 1) { edges { node { id } } } } } } } } } }');
      const elsewhere = regions.regions.edges[0].node.agencies.edges[0].node.employees.edges[0].node.id;
      const topic = 'Kerja sama dalam layanan KTP-el';
      const input = { subjectId: made.employee, topic, raterIds: raters, anonymous: true, expiresAt: inAWeek() };
      expect(await fails(head, REQUEST, { input })).toMatchObject({ code: 'FORBIDDEN', field: 'input.subjectId' });
      expect(await fails(supervisor, REQUEST, { input: { ...input, raterIds: [...raters, elsewhere] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.raterIds' });
      expect(await fails(supervisor, REQUEST, { input: { ...input, raterIds: [made.employee] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.raterIds' });
      expect(await fails(supervisor, REQUEST, { input: { ...input, expiresAt: '2020-01-01T00:00:00.000Z' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
      const { requestFeedback: request } = await ok(supervisor, REQUEST, { input });
      expect(request).toMatchObject({ invited: 3, anonymous: true });

      const invitation = await respond('atasan.disdukcapil.serang', topic, 5, 'Selalu membantu rekan.');
      expect(invitation).toMatchObject({ relation: 'SUPERIOR', anonymous: true });
      expect(await fails(supervisor, RESPOND, { input: { invitationId: invitation.id, score: 4 } })).toMatchObject({ code: 'CONFLICT' });
      expect(await fails(employee, RESPOND, { input: { invitationId: invitation.id, score: 4 } })).toMatchObject({ code: 'NOT_FOUND' });
      await respond('kepala.disdukcapil.serang', topic, 3);
      const two = (await ok(employee, RESULT, { id: request.id })).node;
      expect(two).toEqual({ responded: 2, averageScore: null, responses: [] });

      const last = (await ok(agencyAdmin, INVITATIONS)).myFeedbackInvitations.find((row: { topic: string }) => row.topic === topic);
      expect(await fails(agencyAdmin, RESPOND, { input: { invitationId: last.id, score: 0 } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.score' });
      await ok(agencyAdmin, RESPOND, { input: { invitationId: last.id, score: 4 } });
      const three = (await ok(employee, RESULT, { id: request.id })).node;
      expect(three.averageScore).toBe(4);
      expect(three.responses.map((r: { score: number }) => r.score)).toEqual([3, 4, 5]);
      expect(three.responses.every((r: { raterName: string | null }) => r.raterName === null)).toBe(true);
      expect((await fails(signedIn('analis.bappeda.serang'), RESULT, { id: request.id })).code).toBe('FORBIDDEN');
      const trail = await ok(signedIn('admin'), 'query ($id: ID!) { auditTrail(id: $id) { changes } }', { id: invitation.id });
      expect(trail.auditTrail[0].changes).not.toContain('Selalu membantu');
    });

    it('shows named answers with their raters from the first one', async () => {
      const employee = signedIn('pegawai.disdukcapil.serang');
      const supervisorId = (await ok(signedIn('atasan.disdukcapil.serang'), ME)).me.employee.id;
      const topic = 'Ketepatan waktu laporan harian';
      const { requestFeedback: request } = await ok(employee, REQUEST, { input: { subjectId: made.employee, topic, raterIds: [supervisorId], anonymous: false, expiresAt: inAWeek() } });
      await respond('atasan.disdukcapil.serang', topic, 4, 'Laporan selalu tepat waktu.');
      const result = (await ok(employee, RESULT, { id: request.id })).node;
      expect(result).toMatchObject({ responded: 1, averageScore: 4, responses: [{ score: 4, relation: 'SUPERIOR', comment: 'Laporan selalu tepat waktu.' }] });
      expect(result.responses[0].raterName).toEqual(expect.any(String));
    });
  });

  describe('live progress', () => {
    const PROGRESS = `subscription ($unitId: ID!, $year: Int) { performanceProgress(unitId: $unitId, year: $year) {
      year employees withoutSkp skpByStatus { status count } reportsToday predikat { predikat count } } }`;
    type Progress = { year: number; employees: number; withoutSkp: number; skpByStatus: Array<{ status: string; count: number }> };

    /** A graphql-ws client that sends the session cookie of `client` with its handshake, as a browser does. */
    const liveClient = (client: GraphQLTestClient): Client =>
      createClient({
        url: `${server.url.replace('http', 'ws')}/graphql`,
        retryAttempts: 0,
        webSocketImpl: class extends WebSocket {
          constructor(url: string, protocols?: string | string[]) {
            super(url, protocols, client.sessionCookie ? { headers: { cookie: client.sessionCookie } } : {});
          }
        },
      });

    /** Subscribes and collects every message; `next(n)` waits for the n-th. */
    const collect = (live: Client, variables: Vars) => {
      const messages: Array<{ data?: { performanceProgress: Progress } | null; errors?: ReadonlyArray<{ message: string; extensions?: { code?: string } }> }> = [];
      const waiters: Array<() => void> = [];
      live.subscribe<{ performanceProgress: Progress }>(
        { query: PROGRESS, variables },
        {
          next: (message) => {
            messages.push(message as (typeof messages)[number]);
            waiters.splice(0).forEach((wake) => wake());
          },
          error: (error) => {
            messages.push({ errors: [{ message: String((error as Error)?.message ?? error), extensions: { code: 'SOCKET' } }] });
            waiters.splice(0).forEach((wake) => wake());
          },
          complete: () => {},
        },
      );
      return {
        messages,
        next: async (count: number) => {
          while (messages.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
          return messages[count - 1]!;
        },
      };
    };

    it('sends the unit’s current progress first, then again when a plan changes; only to those allowed', async () => {
      const agencyAdmin = signedIn('admin.disdukcapil.serang');
      const head = signedIn('kepala.disdukcapil.serang');
      const headUnit: string = (await ok(head, ME)).me.employee.unit.id;
      await ok(agencyAdmin, 'mutation ($input: CreatePerformanceYearInput!) { createPerformanceYear(input: $input) { year } }', { input: { agencyId: made.agencyId, year: 2024 } });

      const watcher = liveClient(agencyAdmin);
      const refusedWatchers = [liveClient(signedIn('pegawai.disdukcapil.serang')), liveClient(new GraphQLTestClient(server.url))];
      const analystWatcher = liveClient(signedIn('analis.bappeda.serang'));
      try {
        const stream = collect(watcher, { unitId: headUnit, year: 2024 });
        const first = (await stream.next(1)).data!.performanceProgress;
        expect(first).toMatchObject({ year: 2024, withoutSkp: first.employees });
        expect(first.skpByStatus).toEqual([
          { status: 'DRAFT', count: 0 },
          { status: 'SUBMITTED', count: 0 },
          { status: 'RETURNED', count: 0 },
          { status: 'APPROVED', count: 0 },
        ]);

        await ok(head, CREATE_SKP, { y: 2024 });
        const second = (await stream.next(2)).data!.performanceProgress;
        expect(second.skpByStatus[0]).toEqual({ status: 'DRAFT', count: 1 });
        expect(second.withoutSkp).toBe(first.employees - 1);

        for (const [index, refusedWatcher] of refusedWatchers.entries()) {
          const refusedStream = collect(refusedWatcher, { unitId: headUnit, year: 2024 });
          const message = await refusedStream.next(1);
          expect(message.data?.performanceProgress ?? null).toBeNull();
          expect(message.errors?.[0]?.extensions?.code).toBe(index === 0 ? 'FORBIDDEN' : 'UNAUTHENTICATED');
        }
        const analystStream = collect(analystWatcher, { unitId: headUnit, year: 2024 });
        expect((await analystStream.next(1)).data!.performanceProgress.skpByStatus[0]).toEqual({ status: 'DRAFT', count: 1 });
      } finally {
        await Promise.all([watcher, analystWatcher, ...refusedWatchers].map((live) => live.dispose()));
      }
    });
  });
  describe('demo data', () => {
    it('has a believable 2025 in the home agency, and calibration reports the curve exactly as the shared rule does', async () => {
      const agencyAdmin = signedIn('admin.disdukcapil.serang');
      const units = await ok(agencyAdmin, '{ me { agency { units(first: 100) { edges { node { id code } } } } } }');
      const totals: Record<string, number> = {};
      let violatedUnits = 0;
      for (const { node } of units.me.agency.units.edges) {
        const { calibration } = await ok(agencyAdmin, CALIBRATION, { unitId: node.id, year: 2025 });
        const counts = Object.fromEntries(calibration.counts.map((row: { predikat: Predikat; count: number }) => [row.predikat, row.count]));
        for (const [predikat, count] of Object.entries(counts)) totals[predikat] = (totals[predikat] ?? 0) + (count as number);
        expect(calibration.organisationRating).not.toBeNull();
        const expected = checkDistribution(calibration.organisationRating as OrganisationRating, counts);
        expect(calibration.ok).toBe(expected.ok);
        expect(calibration.violations).toEqual(
          expected.violations.map(({ ruleId, kind, thresholdPercent, actualCount, actualPercent, allowedCount }) => ({ ruleId, kind, thresholdPercent, actualCount, actualPercent, allowedCount })),
        );
        if (!expected.ok) violatedUnits++;
      }
      const rated = Object.values(totals).reduce((sum, count) => sum + count, 0);
      expect(rated).toBeGreaterThan(10);
      expect(totals.BAIK! / rated).toBeGreaterThan(0.5);
      expect(violatedUnits).toBeGreaterThan(0);
    });

    it('lets the demo employee start their 2026 SKP under the supervisor’s approved one', async () => {
      const employee = signedIn('pegawai.disdukcapil.serang');
      const SUPERIOR = 'query ($y: Int!) { me { employee { superior { skp(year: $y) { status rhk { id } } } } } }';
      const superior = (await ok(employee, SUPERIOR, { y: 2026 })).me.employee.superior.skp;
      expect(superior.status).toBe('APPROVED');
      const { createSkp } = await ok(employee, CREATE_SKP, { y: 2026 });
      await ok(employee, ADD_RHK, { input: { skpId: createSkp.id, kind: 'UTAMA', title: 'Perekaman data KTP-el', parentRhkId: superior.rhk[0].id } });
    });
  });
});
