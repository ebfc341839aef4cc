// Recruitment end to end through the API: a visitor finds an opening, registers (the code read from
// the server log), fills the profile, uploads documents and applies; the agency's administrator
// checks, scores, ranks, announces and hires; the new employee sees the orientation checklist.
// Along the way every access rule is tried and broken, bad uploads are refused, a second
// application in the round and a late objection are refused, and the public metrics suppress
// small groups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_MAX_BYTES } from '../src/files/store.js';
import { captureLogger, GraphQLTestClient, loggedVerificationCode, startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';
import { fails, ok } from '../src/testing/operations.js';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const OPENINGS = 'query ($filter: JobOpeningFilter) { jobOpenings(filter: $filter, first: 50) { totalCount edges { node { id positionTitle educationLevel positions agency { id shortName } round { id name } } } } }';
const REGISTER = 'mutation ($input: RegisterCandidateInput!) { registerCandidate(input: $input) }';
const VERIFY = 'mutation ($input: VerifyCandidateEmailInput!) { verifyCandidateEmail(input: $input) { user { username role } } }';
const PROFILE = 'mutation ($input: CandidateProfileInput!) { saveCandidateProfile(input: $input) { fullName educationLevel } }';
const UPLOAD = 'mutation ($kind: CandidateDocumentKind!, $file: File!) { uploadCandidateDocument(kind: $kind, file: $file) { id kind file { id url mediaType } } }';
const APPLY = 'mutation ($openingId: ID!) { applyToOpening(openingId: $openingId) { id status } }';
const SUBMIT = 'mutation ($applicationId: ID!) { submitApplication(applicationId: $applicationId) { id status submittedAt } }';
const CHECK = 'mutation ($applicationId: ID!, $passed: Boolean!, $rejectionReason: String) { recordAdministrativeCheck(applicationId: $applicationId, passed: $passed, rejectionReason: $rejectionReason) { status rejectionReason } }';
const SKD = 'mutation ($applicationId: ID!, $twk: Int!, $tiu: Int!, $tkp: Int!) { recordSkdScores(applicationId: $applicationId, twk: $twk, tiu: $tiu, tkp: $tkp) { status skd { total } } }';
const INTERVIEW = 'mutation ($applicationId: ID!, $score: Float!) { recordInterviewScore(applicationId: $applicationId, score: $score) { interviewScore } }';
const ANNOUNCE = 'mutation ($openingId: ID!) { announceResults(openingId: $openingId) { announced } }';
const OBJECT = 'mutation ($applicationId: ID!, $reason: String!) { fileApplicationObjection(applicationId: $applicationId, reason: $reason) { id stage status } }';
const DECIDE = 'mutation ($objectionId: ID!, $accept: Boolean!, $response: String!) { decideApplicationObjection(objectionId: $objectionId, accept: $accept, response: $response) { status } }';
const HIRE = 'mutation ($input: HireApplicantInput!) { hireApplicant(input: $input) { status hiredAt } }';
const MY_APPLICATIONS = '{ myApplications { id status rank finalScore rejectionReason objectionDeadline opening { positionTitle } objections { stage status response } } }';
const APPLICATION = 'query ($id: ID!) { node(id: $id) { ... on Application { status applicant { displayName formerIntern documents { kind file { url } } } } } }';
const ORIENTATION = '{ myOrientation { id title completedAt enrolment { status programme { title } } } }';
const METRICS = 'query ($regionId: ID!) { recruitmentMetrics(regionId: $regionId) { round { name } total { suppressed applicants onlineCompletionShare } openings { opening { id positionTitle } figures { suppressed applicants adminPassRate skdPassRate hired } } } }';

describe.each(await testDatabases())('recruitment on the %s database', (database) => {
  let server: TestServer;
  const log = captureLogger();
  const staff: Record<string, GraphQLTestClient> = {};
  let regionId: string;
  let agencyId: string;
  let opening: { id: string; positionTitle: string };
  let busyOpening: { id: string };
  const made: Record<string, string> = {};

  const codeFor = (email: string) => loggedVerificationCode(log.lines, email);
  const password = 'Pelamar-Kuat-2026!';
  async function registeredCandidate(email: string, name: string): Promise<GraphQLTestClient> {
    const client = new GraphQLTestClient(server.url);
    expect((await ok(client, REGISTER, { input: { email, password, name } })).registerCandidate).toBe(true);
    expect((await ok(client, VERIFY, { input: { email, code: codeFor(email) } })).verifyCandidateEmail.user).toEqual({ username: email, role: 'CANDIDATE' });
    return client;
  }
  const profile = (over: Record<string, unknown> = {}) => ({
    input: { fullName: 'Calon Pegawai Satu', birthDate: '1998-03-14', sex: 'FEMALE', phone: '0812 7700 9999', educationLevel: 'S1', major: 'Manajemen', institution: 'Universitas Sultan Ageng Tirtayasa', ...over },
  });

  beforeAll(async () => {
    server = await startTestServer({ database, logger: log.logger });
    for (const username of ['admin', 'admin.disdukcapil.serang', 'pegawai.disdukcapil.serang', 'atasan.disdukcapil.serang']) {
      const account = server.demoAccounts.find((candidate) => candidate.username === username)!;
      staff[username] = new GraphQLTestClient(server.url);
      await staff[username]!.login(account.username, account.password);
    }
    const me = (await ok(staff['admin.disdukcapil.serang']!, '{ me { agency { id region { id } } } }')).me;
    agencyId = me.agency.id;
    regionId = me.agency.region.id;
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  it('publishes openings to anonymous visitors, with search and filters', async () => {
    const visitor = new GraphQLTestClient(server.url);
    const all = (await ok(visitor, OPENINGS, { filter: { regionId } })).jobOpenings;
    expect(all.totalCount).toBe(3);
    const found = (await ok(visitor, OPENINGS, { filter: { regionId, agencyId, search: 'perkantoran' } })).jobOpenings.edges.map((edge: any) => edge.node);
    expect(found).toHaveLength(1);
    opening = found[0];
    busyOpening = (await ok(visitor, OPENINGS, { filter: { regionId, search: 'pranata' } })).jobOpenings.edges[0].node;
    // A D3 graduate sees only openings requiring D3 or less.
    const forD3 = (await ok(visitor, OPENINGS, { filter: { regionId, education: 'D3' } })).jobOpenings.edges.map((edge: any) => edge.node.educationLevel);
    expect(forD3).toEqual(['D3']);
  });

  it('registers a candidate with an e-mail code: no sign-in before verifying, wrong codes refused', async () => {
    const client = new GraphQLTestClient(server.url);
    const email = 'calon.satu@contoh.id';
    expect(await fails(client, REGISTER, { input: { email, password: 'pendek', name: 'Calon Satu' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    expect(await fails(client, REGISTER, { input: { email: 'bukan-email', password, name: 'Calon Satu' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect(await fails(client, REGISTER, { input: { email: 'admin', password, name: 'Calon Satu' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    await ok(client, REGISTER, { input: { email: 'Calon.Satu@Contoh.id', password, name: 'Calon Satu' } });
    const code = codeFor(email);
    expect(code).toMatch(/^\d{6}$/);
    // Only the code's hash is stored.
    const stored = await server.app.database.prisma.emailVerification.findFirstOrThrow({ where: { user: { username: email } } });
    expect(stored.codeHash).not.toContain(code);
    expect(await fails(client, 'mutation ($input: LoginInput!) { login(input: $input) { user { id } } }', { input: { username: email, password } })).toMatchObject({ code: 'EMAIL_NOT_VERIFIED' });
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await fails(client, VERIFY, { input: { email, code: wrong } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
    expect((await ok(client, VERIFY, { input: { email, code } })).verifyCandidateEmail.user.role).toBe('CANDIDATE');
    // The code cannot be reused.
    expect(await fails(client, VERIFY, { input: { email, code } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    staff.calon1 = client;
  });

  it('answers a registration for a taken address exactly like one for a new address, and leaves the account alone', async () => {
    const visitor = new GraphQLTestClient(server.url);
    const taken = 'calon.satu@contoh.id';
    const fresh = 'calon.baru@contoh.id';
    const before = await server.app.database.prisma.user.findUniqueOrThrow({ where: { username: taken }, include: { emailVerification: true } });
    const users = await server.app.database.prisma.user.count();
    const logged = (event: string, email: string) => log.lines.filter((line) => line.event === event && line.email === email).length;
    const codesForTaken = logged('candidate.verificationCode', taken);
    const attempt = (email: string, over: Record<string, string> = {}) =>
      visitor.request<any>(REGISTER, { input: { email, password: 'Orang-Lain-Kuat-2026!', name: 'Orang Lain', ...over } });
    // The same answer with a valid input, and the same errors with a bad one.
    expect(await attempt(taken)).toEqual(await attempt(fresh));
    expect(await attempt(taken, { password: 'pendek' })).toEqual(await attempt(fresh, { password: 'pendek' }));
    expect(await attempt(taken, { name: 'x' })).toEqual(await attempt(fresh, { name: 'x' }));
    // The new address got a code; the taken one a notice, no code, no second account, no change.
    expect(codeFor(fresh)).toMatch(/^\d{6}$/);
    expect(logged('candidate.verificationCode', taken)).toBe(codesForTaken);
    expect(logged('candidate.registrationNotice', taken)).toBe(1);
    expect(await server.app.database.prisma.user.count()).toBe(users + 1);
    expect(await server.app.database.prisma.user.findUniqueOrThrow({ where: { username: taken }, include: { emailVerification: true } })).toEqual(before);
    // The holder still signs in with the old password, not the one the registrant chose.
    const holder = new GraphQLTestClient(server.url);
    await holder.login(taken, password);
    const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { user { id } } }';
    expect(await fails(new GraphQLTestClient(server.url), LOGIN, { input: { username: taken, password: 'Orang-Lain-Kuat-2026!' } })).toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });

  it('keeps registration rate-limited, for taken and new addresses alike', async () => {
    const taken = 'calon.baru@contoh.id';
    await ok(new GraphQLTestClient(server.url), VERIFY, { input: { email: taken, code: codeFor(taken) } });
    const visitor = new GraphQLTestClient(server.url);
    const answers = async (email: string) => {
      const results: unknown[] = [];
      for (let attempt = 0; attempt < 7; attempt++) results.push(await visitor.request<any>(REGISTER, { input: { email, password, name: 'Orang Lain' } }));
      return results;
    };
    const forTaken = await answers(taken);
    expect(forTaken.map((result: any) => result.errors?.[0]?.extensions?.code ?? 'OK')).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'ACCOUNT_LOCKED', 'ACCOUNT_LOCKED']);
    expect(await answers('calon.ketiga@contoh.id')).toEqual(forTaken);
  });

  it('keeps candidates away from employee data', async () => {
    const candidate = staff.calon1!;
    const employeeId = (await ok(staff['pegawai.disdukcapil.serang']!, '{ me { employee { id } } }')).me.employee.id;
    expect(await fails(candidate, 'query ($agencyId: ID!) { employees(agencyId: $agencyId, first: 5) { totalCount } }', { agencyId })).toMatchObject({ code: 'FORBIDDEN' });
    const node = await candidate.request<any>('query ($id: ID!) { node(id: $id) { ... on Employee { name nip } } }', { id: employeeId });
    expect(node.data?.node ?? null).toBeNull();
    expect(await fails(candidate, '{ myTrainingHours(year: 2026) { hours } }')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await fails(candidate, 'query ($agencyId: ID!) { internPlacements(agencyId: $agencyId, first: 5) { totalCount } }', { agencyId })).toMatchObject({ code: 'FORBIDDEN' });
    // Staff cannot use the candidate's mutations.
    expect(await fails(staff['pegawai.disdukcapil.serang']!, APPLY, { openingId: opening.id })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('applies: profile first, bad uploads refused, documents before submitting, one application per round', async () => {
    const candidate = staff.calon1!;
    expect(await fails(candidate, APPLY, { openingId: opening.id })).toMatchObject({ code: 'INVALID_STATE' });
    expect(await fails(candidate, PROFILE, profile({ birthDate: '2999-01-01' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.birthDate' });
    await ok(candidate, PROFILE, profile());
    // The busy opening wants other majors.
    expect(await fails(candidate, APPLY, { openingId: busyOpening.id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'openingId' });
    made.application1 = (await ok(candidate, APPLY, { openingId: opening.id })).applyToOpening.id;
    expect(await fails(candidate, APPLY, { openingId: opening.id })).toMatchObject({ code: 'CONFLICT' });
    expect(await fails(candidate, SUBMIT, { applicationId: made.application1 })).toMatchObject({ code: 'INVALID_STATE' });

    const html = new File(['<html><script>alert(1)</script></html>'], 'ijazah.pdf', { type: 'application/pdf' });
    const bad = await candidate.upload(UPLOAD, { kind: 'IJAZAH' }, { file: html });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    const big = await candidate.upload(UPLOAD, { kind: 'IJAZAH' }, { file: new File([PDF, new Uint8Array(UPLOAD_MAX_BYTES)], 'besar.pdf') });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(await server.app.database.prisma.candidateDocument.count({ where: { user: { username: 'calon.satu@contoh.id' } } })).toBe(0);
    const uploaded = await candidate.upload<any>(UPLOAD, { kind: 'IJAZAH' }, { file: new File([PDF], 'ijazah.pdf') });
    expect(uploaded.errors).toBeUndefined();
    made.document1 = uploaded.data.uploadCandidateDocument.file.url;
    expect(uploaded.data.uploadCandidateDocument.file.mediaType).toBe('application/pdf');

    const submitted = (await ok(candidate, SUBMIT, { applicationId: made.application1 })).submitApplication;
    expect(submitted.status).toBe('SUBMITTED');
    expect((await ok(candidate, MY_APPLICATIONS)).myApplications).toEqual([expect.objectContaining({ id: made.application1, status: 'SUBMITTED', opening: { positionTitle: opening.positionTitle } })]);
  });

  it('keeps one candidate’s file from another; the agency’s administrator reads applicants’ files', async () => {
    const other = await registeredCandidate('calon.dua@contoh.id', 'Calon Dua');
    staff.calon2 = other;
    const read = await other.request<any>(APPLICATION, { id: made.application1 });
    expect(read.data?.node ?? null).toBeNull();
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const download = (client: GraphQLTestClient) => fetch(`${server.url}${made.document1}`, { headers: { cookie: client.sessionCookie! } });
    expect((await download(other)).status).toBe(404);
    expect((await download(staff['pegawai.disdukcapil.serang']!)).status).toBe(404);
    expect((await download(staff.calon1!)).status).toBe(200);
    expect((await download(staff['admin.disdukcapil.serang']!)).status).toBe(200);
    const seen = (await ok(staff['admin.disdukcapil.serang']!, APPLICATION, { id: made.application1 })).node;
    expect(seen).toMatchObject({ status: 'SUBMITTED', applicant: { displayName: 'Calon Satu', formerIntern: false, documents: [{ kind: 'IJAZAH', file: { url: made.document1 } }] } });

    // The second candidate applies too (a D3 graduate) and submits.
    await ok(other, PROFILE, profile({ fullName: 'Calon Dua', sex: 'MALE', educationLevel: 'D3', major: 'Manajemen Informatika', birthDate: '1997-07-01' }));
    made.application2 = (await ok(other, APPLY, { openingId: opening.id })).applyToOpening.id;
    const uploaded = await other.upload<any>(UPLOAD, { kind: 'IJAZAH' }, { file: new File([PDF], 'ijazah-d3.pdf') });
    expect(uploaded.errors).toBeUndefined();
    await ok(other, SUBMIT, { applicationId: made.application2 });
  });

  it('checks, with reasons and objections; scores; refuses to announce until all are scored', async () => {
    const admin = staff['admin.disdukcapil.serang']!;
    expect(await fails(staff['pegawai.disdukcapil.serang']!, CHECK, { applicationId: made.application1, passed: true })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fails(admin, CHECK, { applicationId: made.application1, passed: false })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rejectionReason' });
    expect((await ok(admin, CHECK, { applicationId: made.application1, passed: false, rejectionReason: 'Ijazah belum dilegalisasi.' })).recordAdministrativeCheck).toEqual({ status: 'ADMIN_REJECTED', rejectionReason: 'Ijazah belum dilegalisasi.' });

    const candidate = staff.calon1!;
    const mine = (await ok(candidate, MY_APPLICATIONS)).myApplications[0];
    expect(mine.rejectionReason).toBe('Ijazah belum dilegalisasi.');
    expect(new Date(mine.objectionDeadline).getTime()).toBeGreaterThan(Date.now());
    const objection = (await ok(candidate, OBJECT, { applicationId: made.application1, reason: 'Ijazah sudah dilegalisasi, lihat halaman kedua.' })).fileApplicationObjection;
    expect(objection).toMatchObject({ stage: 'ADMIN_CHECK', status: 'OPEN' });
    expect(await fails(candidate, OBJECT, { applicationId: made.application1, reason: 'Sekali lagi keberatan yang sama.' })).toMatchObject({ code: 'CONFLICT' });
    expect(await fails(staff.calon2!, OBJECT, { applicationId: made.application1, reason: 'Bukan lamaran saya sendiri.' })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ok(admin, DECIDE, { objectionId: objection.id, accept: true, response: 'Benar, legalisasi ada di halaman kedua.' })).decideApplicationObjection.status).toBe('ACCEPTED');
    expect((await ok(candidate, MY_APPLICATIONS)).myApplications[0]).toMatchObject({ status: 'ADMIN_PASSED', objections: [{ stage: 'ADMIN_CHECK', status: 'ACCEPTED', response: 'Benar, legalisasi ada di halaman kedua.' }] });

    await ok(admin, CHECK, { applicationId: made.application2, passed: true });
    expect(await fails(admin, SKD, { applicationId: made.application1, twk: 151, tiu: 100, tkp: 180 })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await ok(admin, SKD, { applicationId: made.application1, twk: 100, tiu: 110, tkp: 175 })).recordSkdScores).toEqual({ status: 'SKD_PASSED', skd: { total: 385 } });
    // A high total does not make up for a TWK below its threshold.
    expect((await ok(admin, SKD, { applicationId: made.application2, twk: 60, tiu: 170, tkp: 220 })).recordSkdScores.status).toBe('SKD_FAILED');
    expect(await fails(admin, INTERVIEW, { applicationId: made.application2, score: 90 })).toMatchObject({ code: 'INVALID_STATE' });
    expect(await fails(admin, ANNOUNCE, { openingId: opening.id })).toMatchObject({ code: 'INVALID_STATE' });
    expect(await fails(admin, INTERVIEW, { applicationId: made.application1, score: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'score' });
    await ok(admin, INTERVIEW, { applicationId: made.application1, score: 80 });

    // The ranking as it stands, before the announcement: for the agency's administrators only.
    const RANKING = 'query ($id: ID!) { node(id: $id) { ... on JobOpening { ranking { rank finalScore passedSkd withinPositions application { id } } } } }';
    expect((await ok(admin, RANKING, { id: opening.id })).node.ranking).toEqual([
      { rank: 1, finalScore: 76, passedSkd: true, withinPositions: true, application: { id: made.application1 } },
      { rank: null, finalScore: null, passedSkd: false, withinPositions: false, application: { id: made.application2 } },
    ]);
    expect(await fails(staff.calon1!, RANKING, { id: opening.id })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('ranks and announces; a late objection is refused', async () => {
    const admin = staff['admin.disdukcapil.serang']!;
    expect((await ok(admin, ANNOUNCE, { openingId: opening.id })).announceResults.announced).toBe(true);
    expect(await fails(admin, ANNOUNCE, { openingId: opening.id })).toMatchObject({ code: 'INVALID_STATE' });
    expect(await fails(admin, INTERVIEW, { applicationId: made.application1, score: 90 })).toMatchObject({ code: 'INVALID_STATE' });
    expect((await ok(staff.calon1!, MY_APPLICATIONS)).myApplications[0]).toMatchObject({ status: 'PASSED', rank: 1, finalScore: 76 });
    expect((await ok(staff.calon2!, MY_APPLICATIONS)).myApplications[0]).toMatchObject({ status: 'SKD_FAILED', rank: null });

    // The objection window closed: move the announcement back past the round's objection days.
    await server.app.database.prisma.application.update({ where: { id: Buffer.from(made.application2!, 'base64').toString().split(':')[1]! }, data: { announcedAt: new Date(Date.now() - 10 * 86_400_000) } });
    expect(await fails(staff.calon2!, OBJECT, { applicationId: made.application2, reason: 'Nilai TWK saya seharusnya lebih tinggi.' })).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('deadline') });
  });

  it('hires: the candidate becomes an employee with a unit, a superior and an orientation checklist', async () => {
    const admin = staff['admin.disdukcapil.serang']!;
    const superior = (await ok(staff['atasan.disdukcapil.serang']!, '{ me { employee { id unit { id } } } }')).me.employee;
    const input = { applicationId: made.application1, unitId: superior.unit.id, superiorId: superior.id };
    expect(await fails(admin, HIRE, { input: { ...input, applicationId: made.application2 } })).toMatchObject({ code: 'INVALID_STATE' });
    expect((await ok(admin, HIRE, { input })).hireApplicant.status).toBe('HIRED');
    expect(await fails(admin, HIRE, { input })).toMatchObject({ code: 'INVALID_STATE' });

    const hired = staff.calon1!;
    const me = (await ok(hired, '{ me { role employee { name nip positionTitle status superior { id } } } }')).me;
    expect(me).toMatchObject({ role: 'EMPLOYEE', employee: { name: 'Calon Pegawai Satu', positionTitle: opening.positionTitle, status: 'PPPK', superior: { id: superior.id } } });
    expect(me.employee.nip).toMatch(/^19980314\d{6}2\d{3}$/);
    const items = (await ok(hired, ORIENTATION)).myOrientation;
    expect(items.length).toBe(5);
    const training = items.find((item: any) => item.enrolment);
    expect(training.enrolment).toEqual({ status: 'ENROLLED', programme: { title: 'Pelatihan Soft Skills CPNS' } });
    const COMPLETE = 'mutation ($itemId: ID!) { completeOrientationItem(itemId: $itemId) { completedAt } }';
    expect(await fails(hired, COMPLETE, { itemId: training.id })).toMatchObject({ code: 'INVALID_STATE' });
    expect(await fails(staff['pegawai.disdukcapil.serang']!, COMPLETE, { itemId: items[0].id })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ok(hired, COMPLETE, { itemId: items[0].id })).completeOrientationItem.completedAt).toBeTruthy();
    const progress = (await ok(admin, 'query ($agencyId: ID!) { agencyOrientationProgress(agencyId: $agencyId) { employee { name } done total } }', { agencyId })).agencyOrientationProgress;
    expect(progress).toEqual([{ employee: { name: 'Calon Pegawai Satu' }, done: 1, total: 5 }]);
    expect(await fails(staff['pegawai.disdukcapil.serang']!, 'query ($agencyId: ID!) { agencyOrientationProgress(agencyId: $agencyId) { done } }', { agencyId })).toMatchObject({ code: 'FORBIDDEN' });

    const trail = (await ok(staff.admin!, '{ auditEntries(action: "application.", first: 50) { edges { node { action } } } }')).auditEntries.edges.map((edge: any) => edge.node.action);
    for (const action of ['application.create', 'application.submit', 'application.adminCheck', 'application.objection', 'application.objectionDecided', 'application.skd', 'application.interview', 'application.hire']) expect(trail).toContain(action);
  });

  it('recognises a former intern among the applicants', async () => {
    const applications = (await ok(staff['admin.disdukcapil.serang']!, 'query ($id: ID!) { node(id: $id) { ... on JobOpening { applications(first: 50) { totalCount edges { node { applicant { email formerIntern } } } } } } }', { id: busyOpening.id })).node.applications;
    expect(applications.totalCount).toBe(10);
    const interns = applications.edges.filter((edge: any) => edge.node.applicant.formerIntern).map((edge: any) => edge.node.applicant.email);
    expect(interns).toEqual(['pelamar03@contoh.id']);
    expect(await fails(new GraphQLTestClient(server.url), 'query ($id: ID!) { node(id: $id) { ... on JobOpening { applications(first: 5) { totalCount } } } }', { id: busyOpening.id })).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('gives a candidate their own data (right of access) and lets them change their password', async () => {
    const data = JSON.parse((await ok(staff.calon2!, '{ myPersonalData }')).myPersonalData);
    expect(data.employee).toBeNull();
    expect(data.candidacy.profile.fullName).toBe('Calon Dua');
    expect(data.candidacy.documents).toEqual([expect.objectContaining({ kind: 'IJAZAH' })]);
    expect(data.candidacy.applications).toEqual([expect.objectContaining({ status: 'SKD_FAILED', twkScore: 60 })]);
    const CHANGE = 'mutation ($currentPassword: String!, $newPassword: String!) { changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) }';
    expect((await ok(staff.calon2!, CHANGE, { currentPassword: password, newPassword: 'Pelamar-Baru-2027!' })).changeOwnPassword).toBe(true);
  });

  it('publishes aggregated figures, withholding small groups from the public', async () => {
    const visitor = (await ok(new GraphQLTestClient(server.url), METRICS, { regionId })).recruitmentMetrics;
    const byTitle = (metrics: any, id: string) => metrics.openings.find((row: any) => row.opening.id === id).figures;
    expect(visitor.total).toMatchObject({ suppressed: false, applicants: 12 });
    expect(visitor.total.onlineCompletionShare).toBeCloseTo(12 / 14);
    expect(byTitle(visitor, busyOpening.id)).toMatchObject({ suppressed: false, applicants: 10, adminPassRate: 7 / 8, skdPassRate: 4 / 6 });
    expect(byTitle(visitor, opening.id)).toEqual({ suppressed: true, applicants: null, adminPassRate: null, skdPassRate: null, hired: null });
    // A candidate is the public too; staff see every figure.
    expect(byTitle((await ok(staff.calon2!, METRICS, { regionId })).recruitmentMetrics, opening.id).suppressed).toBe(true);
    expect(byTitle((await ok(staff['admin.disdukcapil.serang']!, METRICS, { regionId })).recruitmentMetrics, opening.id)).toMatchObject({ suppressed: false, applicants: 2, hired: 1 });
  });
});
