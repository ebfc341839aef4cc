// Follow-up of performance: recognitions, the merit list and the e-Kinerja export (from locked final
// ratings), leaders' special expectations on an SKP, and field oversight visits; each
// authorisation rule tried and broken.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLTestClient, startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';
import { fails, ok } from '../src/testing/operations.js';

const ME = '{ me { employee { id unit { id } agency { id } } } }';
const RECOGNISE = 'mutation ($input: RecogniseEmployeeInput!) { recogniseEmployee(input: $input) { id kind title awardedOn } }';
const MERIT = 'query ($agencyId: ID!, $year: Int!) { meritList(agencyId: $agencyId, year: $year) { rank sangatBaikYears baikOrBetterYears predikat employee { name } } }';
const EXPORT = 'mutation ($agencyId: ID!, $year: Int!) { exportFinalRatings(agencyId: $agencyId, year: $year) { filename mediaType rows csv } }';
const VISIT = 'mutation ($input: RecordOversightVisitInput!) { recordOversightVisit(input: $input) { id overdue followUpStatus followUpDueDate } }';
const VISITS = 'query ($agencyId: ID!) { oversightVisits(agencyId: $agencyId, first: 50) { totalCount edges { node { id overdue followUpStatus findings } } } }';
const code = async (client: GraphQLTestClient, query: string, variables: Record<string, unknown>) => (await client.request(query, variables)).errors?.[0]?.extensions?.code;
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(await testDatabases())('reward, merit, special expectations and oversight on the %s database', (database) => {
  let server: TestServer;
  const c: Record<string, GraphQLTestClient> = {};
  const as = (username: string) => c[username]!;
  let employee: { id: string; unit: { id: string }; agency: { id: string } };

  beforeAll(async () => {
    server = await startTestServer({ database });
    for (const username of ['admin', 'admin.disdukcapil.serang', 'walikota.serang', 'walikota.medan', 'analis.bappeda.serang', 'kepala.disdukcapil.serang', 'atasan.disdukcapil.serang', 'pegawai.disdukcapil.serang']) {
      const account = server.demoAccounts.find((candidate) => candidate.username === username)!;
      c[username] = new GraphQLTestClient(server.url);
      await c[username]!.login(account.username, account.password);
    }
    employee = (await ok(as('pegawai.disdukcapil.serang'), ME)).me.employee;
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  it('records recognitions by the agency’s administrator, one employee of the month per month', async () => {
    const input = { employeeId: employee.id, kind: 'EMPLOYEE_OF_THE_MONTH', title: 'Pegawai Teladan Oktober', citation: 'Menuntaskan tunggakan perekaman KTP-el tanpa keluhan.', awardedOn: '2025-10-31' };
    expect(await fails(as('atasan.disdukcapil.serang'), RECOGNISE, { input })).toMatchObject({ code: 'FORBIDDEN', field: 'input.employeeId' });
    expect(await fails(as('walikota.medan'), RECOGNISE, { input })).toMatchObject({ code: 'NOT_FOUND', field: 'input.employeeId' });
    await ok(as('admin.disdukcapil.serang'), RECOGNISE, { input });
    expect(await fails(as('admin.disdukcapil.serang'), RECOGNISE, { input: { ...input, awardedOn: '2025-10-01' } })).toMatchObject({ code: 'CONFLICT', field: 'input.awardedOn' });
    await ok(as('admin.disdukcapil.serang'), RECOGNISE, { input: { ...input, kind: 'AWARD', title: 'Inovasi Layanan Jemput Bola' } });
    expect((await ok(as('pegawai.disdukcapil.serang'), '{ myRecognitions { kind title } }')).myRecognitions).toHaveLength(2);
    const agency = 'query ($agencyId: ID!) { agencyRecognitions(agencyId: $agencyId, year: 2025) { title employee { id } } }';
    expect((await ok(as('walikota.serang'), agency, { agencyId: employee.agency.id })).agencyRecognitions.length).toBeGreaterThanOrEqual(2);
    expect(await code(as('analis.bappeda.serang'), agency, { agencyId: employee.agency.id })).toBe('FORBIDDEN');
    expect(await code(as('pegawai.disdukcapil.serang'), agency, { agencyId: employee.agency.id })).toBe('FORBIDDEN');
  });

  it('ranks locked final ratings into the merit list and exports them as CSV for e-Kinerja, to the agency’s administrators only', { timeout: 120_000 }, async () => {
    const agencyAdmin = as('admin.disdukcapil.serang');
    const units = (await ok(agencyAdmin, '{ me { agency { units(first: 100) { edges { node { id } } } } } }')).me.agency.units.edges.map((edge: any) => edge.node.id);
    let locked = 0;
    for (const unitId of units) {
      const { calibration } = await ok(as('admin'), 'query ($unitId: ID!) { calibration(unitId: $unitId, year: 2025) { ok rated } }', { unitId });
      if (calibration.rated === 0) continue;
      const input = { unitId, year: 2025, ...(calibration.ok ? {} : { overrideReason: 'Kalibrasi demo: kurva dilanggar, dikunci untuk pengujian ekspor.' }) };
      locked += (await ok(as('admin'), 'mutation ($input: LockAnnualPredikatInput!) { lockAnnualPredikat(input: $input) { locked } }', { input })).lockAnnualPredikat.locked;
    }
    expect(locked).toBeGreaterThan(5);

    const merit = (await ok(agencyAdmin, MERIT, { agencyId: employee.agency.id, year: 2025 })).meritList;
    expect(merit.length).toBeGreaterThan(0);
    expect(merit.every((row: any) => row.predikat === 'SANGAT_BAIK' || row.predikat === 'BAIK')).toBe(true);
    // Sangat Baik (one unbroken year) before Baik; ranks never decrease.
    expect(merit.map((row: any) => row.sangatBaikYears)).toEqual([...merit.map((row: any) => row.sangatBaikYears)].sort((a, b) => b - a));
    expect(merit[0].rank).toBe(1);
    expect((await ok(as('walikota.serang'), MERIT, { agencyId: employee.agency.id, year: 2025 })).meritList).toEqual(merit);
    for (const refused of ['analis.bappeda.serang', 'walikota.medan', 'atasan.disdukcapil.serang']) expect(await code(as(refused), MERIT, { agencyId: employee.agency.id, year: 2025 })).toBe('FORBIDDEN');

    const exported = (await ok(agencyAdmin, EXPORT, { agencyId: employee.agency.id, year: 2025 })).exportFinalRatings;
    const lines = exported.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('NIP,NAMA,JABATAN,UNIT_KERJA,TAHUN,PERIODE,RATING_HASIL_KERJA,RATING_PERILAKU_KERJA,PREDIKAT_KINERJA');
    expect(lines).toHaveLength(exported.rows + 1);
    expect(exported.rows).toBe(locked);
    expect(lines[1]).toMatch(/^\d{18},.+,2025,TAHUNAN,(DIATAS|SESUAI|DIBAWAH) EKSPEKTASI,(DIATAS|SESUAI|DIBAWAH) EKSPEKTASI,(SANGAT BAIK|BAIK|BUTUH PERBAIKAN|KURANG|SANGAT KURANG)$/);
    expect(exported.filename).toMatch(/^e-kinerja-.+-2025\.csv$/);
    for (const refused of ['walikota.serang', 'analis.bappeda.serang', 'kepala.disdukcapil.serang', 'pegawai.disdukcapil.serang']) {
      expect(await code(as(refused), EXPORT, { agencyId: employee.agency.id, year: 2025 })).toBe('FORBIDDEN');
    }
    const trail = await ok(as('admin'), '{ auditEntries(action: "ratings.export", first: 5) { edges { node { actorName } } } }');
    expect(trail.auditEntries.edges.map((edge: any) => edge.node.actorName)).toEqual(['admin.disdukcapil.serang']);
  });

  it('lets only the direct superior set special expectations, shown with the plan', async () => {
    const supervisorSkp = (await ok(as('atasan.disdukcapil.serang'), '{ me { employee { skp(year: 2026) { id } } } }')).me.employee.skp.id;
    const SET = 'mutation ($input: SetSpecialExpectationInput!) { setSpecialExpectation(input: $input) { specialExpectations { value expectation } } }';
    const input = { skpId: supervisorSkp, value: 'KOLABORATIF', expectation: 'Memimpin koordinasi lintas bidang untuk layanan jemput bola.' };
    expect(await fails(as('atasan.disdukcapil.serang'), SET, { input })).toMatchObject({ code: 'FORBIDDEN', field: 'input.skpId' });
    expect(await fails(as('pegawai.disdukcapil.serang'), SET, { input })).toMatchObject({ code: 'FORBIDDEN', field: 'input.skpId' });
    expect(await fails(as('walikota.medan'), SET, { input })).toMatchObject({ code: 'NOT_FOUND', field: 'input.skpId' });
    expect((await ok(as('kepala.disdukcapil.serang'), SET, { input })).setSpecialExpectation.specialExpectations).toEqual([{ value: 'KOLABORATIF', expectation: input.expectation }]);
    expect((await ok(as('kepala.disdukcapil.serang'), SET, { input: { ...input, expectation: '' } })).setSpecialExpectation.specialExpectations).toEqual([]);
  });

  it('tracks oversight visits and flags overdue follow-ups, for the agency’s administrators and the region’s leaders', async () => {
    const agencyAdmin = as('admin.disdukcapil.serang');
    const input = { unitId: employee.unit.id, team: 'Inspektorat: Tim Pengawasan II', visitedOn: daysFromNow(-30), findings: 'Antrian perekaman melebihi dua jam pada hari Senin.', recommendations: 'Buka loket tambahan pada hari Senin pagi.', followUpDueDate: daysFromNow(-2) };
    expect(await fails(as('atasan.disdukcapil.serang'), VISIT, { input })).toMatchObject({ code: 'NOT_FOUND', field: 'input.unitId' });
    expect(await fails(as('walikota.serang'), VISIT, { input })).toMatchObject({ code: 'FORBIDDEN', field: 'input.unitId' });
    expect(await fails(agencyAdmin, VISIT, { input: { ...input, visitedOn: daysFromNow(3), followUpDueDate: daysFromNow(5) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.visitedOn' });
    expect(await fails(agencyAdmin, VISIT, { input: { ...input, followUpDueDate: daysFromNow(-31) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.followUpDueDate' });
    const visit = (await ok(agencyAdmin, VISIT, { input })).recordOversightVisit;
    expect(visit).toMatchObject({ overdue: true, followUpStatus: 'OPEN' });
    const UPDATE = 'mutation ($input: UpdateOversightFollowUpInput!) { updateOversightFollowUp(input: $input) { overdue followUpStatus followUpDueDate followUpDoneOn } }';
    expect((await ok(agencyAdmin, UPDATE, { input: { visitId: visit.id, status: 'IN_PROGRESS', note: 'Loket tambahan disiapkan.', dueDate: daysFromNow(10) } })).updateOversightFollowUp).toMatchObject({ overdue: false, followUpStatus: 'IN_PROGRESS' });
    expect((await ok(agencyAdmin, UPDATE, { input: { visitId: visit.id, status: 'DONE', note: 'Loket tambahan beroperasi sejak pekan lalu.' } })).updateOversightFollowUp).toMatchObject({ overdue: false, followUpStatus: 'DONE' });
    expect(await fails(agencyAdmin, UPDATE, { input: { visitId: visit.id, status: 'OPEN', note: 'Dibuka kembali.' } })).toMatchObject({ code: 'INVALID_STATE' });

    const listed = (await ok(as('walikota.serang'), VISITS, { agencyId: employee.agency.id })).oversightVisits;
    expect(listed.edges.map((edge: any) => edge.node.id)).toContain(visit.id);
    for (const refused of ['analis.bappeda.serang', 'walikota.medan', 'atasan.disdukcapil.serang']) expect(await code(as(refused), VISITS, { agencyId: employee.agency.id })).toBe('FORBIDDEN');
    const trail = await ok(as('admin'), '{ auditEntries(action: "oversight.", first: 10) { totalCount } }');
    expect(trail.auditEntries.totalCount).toBe(3);
  });

  describe('uploaded evidence and certificates', () => {
    const download = (url: string, client: GraphQLTestClient) => fetch(`${server.url}${url}`, { headers: client.sessionCookie ? { cookie: client.sessionCookie } : {} });

    it('stores a realisation’s evidence file for the employee, their superiors and their agency’s administrator only', async () => {
      const supervisor = as('atasan.disdukcapil.serang');
      const plan = (await ok(supervisor, '{ me { employee { skp(year: 2026) { rhk { indicators { id } } performanceYear { periods { id status } } } } } }')).me.employee.skp;
      const period = plan.performanceYear.periods.find((p: any) => p.status === 'OPEN');
      const query = 'mutation ($indicatorId: ID!, $periodId: ID!, $file: File) { recordRealisation(input: { indicatorId: $indicatorId, periodId: $periodId, value: 12, evidenceFile: $file }) { value evidenceFile { name mediaType url } } }';
      const variables = { indicatorId: plan.rhk[0].indicators[0].id, periodId: period.id };
      const refused = await supervisor.upload(query, variables, { file: new File(['<html><script>alert(1)</script></html>'], 'bukti.pdf', { type: 'application/pdf' }) });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.evidenceFile' });
      const stored = await supervisor.upload<any>(query, variables, { file: new File([PDF], 'bukti kegiatan.pdf') });
      expect(stored.errors).toBeUndefined();
      const file = stored.data.recordRealisation.evidenceFile;
      expect(file).toMatchObject({ name: 'bukti kegiatan.pdf', mediaType: 'application/pdf' });
      for (const allowed of ['atasan.disdukcapil.serang', 'kepala.disdukcapil.serang', 'admin.disdukcapil.serang']) expect((await download(file.url, as(allowed))).status, allowed).toBe(200);
      for (const refusedViewer of ['pegawai.disdukcapil.serang', 'walikota.serang', 'analis.bappeda.serang', 'walikota.medan']) expect((await download(file.url, as(refusedViewer))).status, refusedViewer).toBe(404);
      // The subordinate does not even see the evidence's record.
      const theirs = await as('pegawai.disdukcapil.serang').request('query ($id: ID!) { node(id: $id) { ... on RhkIndicator { realisations { value } } } }', { id: variables.indicatorId });
      expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('completes a training with an uploaded certificate, downloadable by the same circle', async () => {
      const agencyAdmin = as('admin.disdukcapil.serang');
      const competency = (await ok(as('admin'), 'mutation { createCompetency(input: { code: "T-CERT", name: "Sertifikasi uji", kind: TECHNICAL }) { id } }')).createCompetency.id;
      const year = new Date().getUTCFullYear() - 1;
      const programme = (await ok(agencyAdmin, 'mutation ($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) { id } }', {
        input: { agencyId: employee.agency.id, title: 'Diklat Sertifikasi', delivery: 'EXTERNAL', provider: 'LAN RI', hours: 24, startDate: `${year}-05-05`, endDate: `${year}-05-08`, competencyIds: [competency] },
      })).createTrainingProgramme.id;
      const enrolment = (await ok(agencyAdmin, 'mutation ($input: EnrolInTrainingInput!) { enrolInTraining(input: $input) { id } }', { input: { programmeId: programme, employeeId: employee.id } })).enrolInTraining.id;
      const COMPLETE = 'mutation ($id: ID!, $on: String!, $file: File) { completeTraining(input: { enrolmentId: $id, completedOn: $on, certificateFile: $file }) { status certificateUrl certificateFile { url mediaType } } }';
      const self = as('pegawai.disdukcapil.serang');
      expect(await fails(self, 'mutation ($id: ID!) { completeTraining(input: { enrolmentId: $id, completedOn: "' + year + '-05-08" }) { status } }', { id: enrolment })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.certificateFile' });
      const done = await self.upload<any>(COMPLETE, { id: enrolment, on: `${year}-05-08` }, { file: new File([PDF], 'sertifikat.pdf') });
      expect(done.errors).toBeUndefined();
      const { url } = done.data.completeTraining.certificateFile;
      for (const allowed of ['pegawai.disdukcapil.serang', 'atasan.disdukcapil.serang', 'kepala.disdukcapil.serang', 'admin.disdukcapil.serang']) expect((await download(url, as(allowed))).status, allowed).toBe(200);
      for (const refusedViewer of ['walikota.serang', 'analis.bappeda.serang', 'admin']) expect((await download(url, as(refusedViewer))).status, refusedViewer).toBe(404);
    });
  });
});
