// The "done when": one SKP carried from draft to the locked final predikat through GraphQL
// alone, as the demo accounts (employee, supervisor, the head of agency above them, the agency
// administrator, the region's leader and the installation's administrator), with each step's
// errors checked. Year 2027 has no demo data, so every record here is made by the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLTestClient, startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';

const YEAR = 2027;
const CORE_VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];

type Vars = Record<string, unknown>;

/** Runs an operation that must succeed and returns its data. */
async function ok<T = any>(client: GraphQLTestClient, query: string, variables?: Vars): Promise<T> {
  const result = await client.request<T>(query, variables);
  if (result.errors) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

/** Runs an operation that must fail and returns the first error's code, field and message. */
async function fails(client: GraphQLTestClient, query: string, variables?: Vars) {
  const result = await client.request(query, variables);
  expect(result.errors, `${query.slice(0, 60)}… should fail`).toBeDefined();
  const [error] = result.errors!;
  return { code: error!.extensions?.code, field: error!.extensions?.field, message: error!.message };
}

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

  beforeAll(async () => {
    server = await startTestServer({ database });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('carries one SKP from draft to the locked final predikat, refusing every wrong step', { timeout: 120_000 }, async () => {
    const [admin, agencyAdmin, leader, head, supervisor, employee] = await Promise.all(
      ['admin', 'admin.disdukcapil.serang', 'walikota.serang', 'kepala.disdukcapil.serang', 'atasan.disdukcapil.serang', 'pegawai.disdukcapil.serang'].map(as),
    );
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
    expect(year.periods.map((p: { code: string }) => p.code)).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
    expect(year.periods[3]).toMatchObject({ startDate: '2027-10-01', endDate: '2027-12-31', status: 'PLANNED' });
    expect(await fails(agencyAdmin, CREATE_YEAR, { input: { agencyId, year: YEAR } })).toMatchObject({ code: 'CONFLICT', field: 'input.year' });
    const [q1, , , q4] = year.periods.map((p: { id: string }) => p.id);

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
    expect(notApproved.message).toMatch(/superior’s SKP for 2027 is DRAFT.*APPROVED/);

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
    const unitTrail = await ok(admin, 'query ($id: ID!) { auditTrail(id: $id) { action actorName changes } }', { id: unitId });
    expect(unitTrail.auditTrail.at(-1)).toMatchObject({ action: 'annual.lock', actorName: 'admin', changes: expect.stringContaining(overrideReason) });
  });
});
