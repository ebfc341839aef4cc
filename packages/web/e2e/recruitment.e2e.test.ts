import { GraphQLTestClient, loggedVerificationCode } from '@pantau/server/testing';
import { describe, it } from 'vitest';
import id from '../src/i18n/locales/id.json' with { type: 'json' };
import { browserAgainstServer, screenshot } from './browser';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/{{(\w+)}}/g, (_, key: string) => String(values[key]));
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('recruitment from registration to onboarding against a real server', () => {
  const session = browserAgainstServer({ captureLog: true });
  const candidate = { name: 'Rahmawati Calon', email: 'rahmawati.e2e@contoh.id', password: 'Lamaran-Daring-2026!' };
  const opening = 'Pengadministrasi Perkantoran';

  it('registers on the public page, applies, is scored, ranked and hired, and sees the orientation checklist', async () => {
    // The public openings, with a search.
    let page = await session.openPage('/lowongan');
    await page.getByRole('heading', { level: 1, name: id.recruitment.openings.title }).waitFor();
    await page.getByLabel(id.recruitment.openings.region).selectOption({ label: 'Kota Serang' });
    await page.getByLabel(id.recruitment.openings.agency, { exact: true }).selectOption({ label: 'Dinas Kependudukan dan Pencatatan Sipil' });
    await page.getByLabel(id.recruitment.openings.search).fill('perkantoran');
    await page.getByRole('heading', { level: 2, name: opening }).waitFor();
    await page.getByRole('cell', { name: id.recruitment.metrics.suppressed }).first().waitFor();
    await screenshot(page, 'recruitment-openings');

    // Registration, with the code the server "sent" (demo mode writes it to the log).
    await page.getByRole('link', { name: id.recruitment.openings.registerLink }).click();
    await page.getByLabel(id.recruitment.register.name).fill(candidate.name);
    await page.getByLabel(id.recruitment.register.email).fill(candidate.email);
    await page.getByLabel(id.recruitment.register.password).fill(candidate.password);
    await page.getByRole('button', { name: id.recruitment.register.submit }).click();
    // The code form appears once the server has answered, so the code is in its log by then.
    await page.getByLabel(id.recruitment.register.code).waitFor();
    await page.getByLabel(id.recruitment.register.code).fill(loggedVerificationCode(session.serverLog, candidate.email));
    await page.getByRole('button', { name: id.recruitment.register.verify }).click();
    await page.waitForURL((url) => url.pathname === '/kandidat');

    // Profile and a document.
    const profile = page.getByRole('form', { name: id.recruitment.profile.title });
    await profile.getByLabel(id.recruitment.profile.fullName).fill(candidate.name);
    await profile.getByLabel(id.recruitment.profile.birthDate).fill('1998-03-14');
    await profile.getByLabel(id.recruitment.profile.phone).fill('081277009999');
    await profile.getByLabel(id.recruitment.profile.educationLevel).selectOption('D3');
    await profile.getByLabel(id.recruitment.profile.major).fill('Administrasi Perkantoran');
    await profile.getByLabel(id.recruitment.profile.institution).fill('Politeknik Negeri Serang');
    await profile.getByRole('button', { name: id.recruitment.profile.save }).click();
    await profile.getByText(id.recruitment.profile.saved).waitFor();
    const upload = page.getByRole('form', { name: id.recruitment.documents.upload });
    await upload.getByLabel(id.recruitment.documents.file).setInputFiles({ name: 'ijazah.pdf', mimeType: 'application/pdf', buffer: PDF });
    await upload.getByRole('button', { name: id.recruitment.documents.upload }).click();
    await page.getByRole('link', { name: 'ijazah.pdf' }).waitFor();

    // Apply from the openings page, then send the application.
    await page.getByRole('link', { name: id.app.nav.openings, exact: true }).click();
    await page.getByLabel(id.recruitment.openings.region).selectOption({ label: 'Kota Serang' });
    await page.getByLabel(id.recruitment.openings.search).fill('perkantoran');
    await page.getByRole('button', { name: fill(id.recruitment.openings.applyTo, { title: opening }) }).click();
    await page.waitForURL((url) => url.pathname === '/kandidat');
    await page.getByText(id.recruitment.applicationStatus.DRAFT).waitFor();
    await page.getByRole('button', { name: id.recruitment.candidate.submit }).click();
    await page.getByText(id.recruitment.applicationStatus.SUBMITTED).waitFor();
    await screenshot(page, 'recruitment-candidate-submitted');

    // The agency's administrator checks, scores, announces and hires.
    const admin = session.server.demoAccounts.find((account) => account.username === 'admin.disdukcapil.serang')!;
    const supervisor = session.server.demoAccounts.find((account) => account.username === 'atasan.disdukcapil.serang')!;
    page = await session.openSignedIn(admin);
    await page.goto(new URL('/admin/rekrutmen', session.server.url).href);
    await page.getByRole('heading', { level: 1, name: id.recruitment.admin.title }).waitFor();
    await page.getByLabel(id.recruitment.admin.opening, { exact: true }).selectOption({ label: `${opening} (Seleksi CASN ${new Date().getUTCFullYear()})` });
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: candidate.name }) });
    await card.getByRole('button', { name: id.recruitment.admin.passCheck }).click();
    await card.getByText(id.recruitment.applicationStatus.ADMIN_PASSED).waitFor();
    const skd = card.getByRole('form', { name: id.recruitment.admin.skdForm });
    await skd.getByLabel(id.recruitment.admin.twk, { exact: true }).fill('100');
    await skd.getByLabel(id.recruitment.admin.tiu, { exact: true }).fill('110');
    await skd.getByLabel(id.recruitment.admin.tkp, { exact: true }).fill('175');
    await skd.getByRole('button', { name: id.recruitment.admin.saveSkd }).click();
    await card.getByText(id.recruitment.applicationStatus.SKD_PASSED).waitFor();
    const interview = card.getByRole('form', { name: id.recruitment.admin.interviewForm });
    await interview.getByLabel(id.recruitment.admin.interviewScore).fill('80');
    await interview.getByRole('button', { name: id.recruitment.admin.saveInterview }).click();
    await card.getByText(fill(id.recruitment.candidate.interview, { score: '80' })).waitFor();
    await page.getByRole('heading', { level: 3, name: id.recruitment.admin.provisionalRanking }).waitFor();
    await page.getByRole('row').filter({ hasText: candidate.name }).getByRole('cell', { name: id.recruitment.admin.withinPositions }).waitFor();
    await page.getByRole('button', { name: id.recruitment.admin.announce }).click();
    await page.getByText(id.recruitment.admin.announced).waitFor();
    await card.getByText(fill(id.recruitment.candidate.rank, { rank: 1, score: '76' })).waitFor();
    const hire = card.getByRole('form', { name: id.recruitment.admin.hire });
    await hire.getByLabel(id.recruitment.admin.superiorSearch).fill(supervisor.displayName);
    const superiorOption = hire.getByLabel(id.recruitment.admin.superior).locator('option', { hasText: supervisor.displayName });
    await superiorOption.first().waitFor({ state: 'attached' });
    await hire.getByLabel(id.recruitment.admin.superior).selectOption({ value: await superiorOption.first().getAttribute('value') ?? '' });
    await hire.getByRole('button', { name: id.recruitment.admin.hire }).click();
    await card.getByText(id.recruitment.applicationStatus.HIRED).waitFor();
    await page.getByRole('row').filter({ hasText: candidate.name }).getByText(fill(id.recruitment.orientation.progress, { done: 0, total: 5 })).waitFor();
    await screenshot(page, 'recruitment-admin-hired');

    // The new employee signs in and works through the orientation checklist.
    page = await session.openSignedIn({ username: candidate.email, password: candidate.password });
    await page.getByRole('link', { name: id.app.nav.orientation }).click();
    await page.getByRole('heading', { level: 1, name: id.recruitment.orientation.title }).waitFor();
    await page.getByText(fill(id.recruitment.orientation.progress, { done: 0, total: 5 })).waitFor();
    await page.getByText('Pelatihan soft skills: Pelatihan Soft Skills CPNS').waitFor();
    await page.getByRole('button', { name: id.recruitment.orientation.markDone }).first().click();
    await page.getByText(fill(id.recruitment.orientation.progress, { done: 1, total: 5 })).waitFor();
    await screenshot(page, 'recruitment-orientation');
  });

  it('sets up a round and an opening that the public sees, places an intern, and the mentor evaluates', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const round = { name: `Seleksi PPPK ${year}`, opens: `${year}-02-01`, closes: `${year}-02-20` };
    const title = 'Analis Data Kependudukan';
    const intern = 'Rina Marlina';
    const admin = session.server.demoAccounts.find((account) => account.username === 'admin.disdukcapil.serang')!;
    const supervisor = session.server.demoAccounts.find((account) => account.username === 'atasan.disdukcapil.serang')!;
    const api = new GraphQLTestClient(session.server.url);
    await api.login(admin.username, admin.password);
    const agencyId = (await api.request<{ me: { agency: { id: string } } }>('{ me { agency { id } } }')).data!.me.agency.id;

    // The system administrator opens a round in the agency's region and adds a partner university.
    let page = await session.openSignedIn(session.server.demoAccounts.find((account) => account.role === 'ADMIN')!);
    await page.goto(new URL(`/admin/rekrutmen?opd=${encodeURIComponent(agencyId)}`, session.server.url).href);
    const roundForm = page.getByRole('form', { name: id.recruitment.setup.round.title });
    await roundForm.getByLabel(id.recruitment.setup.round.name).fill(round.name);
    await roundForm.getByLabel(id.recruitment.setup.round.year).fill(String(year));
    await roundForm.getByLabel(id.recruitment.setup.round.registrationOpens).fill(round.opens);
    // Closing before opening is refused next to the field.
    await roundForm.getByLabel(id.recruitment.setup.round.registrationCloses).fill(`${year}-01-20`);
    await roundForm.getByRole('button', { name: id.recruitment.setup.round.submit }).click();
    await roundForm.locator('#round-registrationCloses[aria-invalid="true"]').waitFor();
    await roundForm.getByLabel(id.recruitment.setup.round.registrationCloses).fill(round.closes);
    await roundForm.getByRole('button', { name: id.recruitment.setup.round.submit }).click();
    await roundForm.getByText(fill(id.recruitment.setup.round.created, { name: round.name })).waitFor();
    const universityForm = page.getByRole('form', { name: id.recruitment.interns.university.title });
    await universityForm.getByLabel(id.recruitment.interns.university.name).fill('Universitas Banten Jaya');
    await universityForm.getByLabel(id.recruitment.interns.university.city).fill('Serang');
    await universityForm.getByRole('button', { name: id.recruitment.interns.university.submit }).click();
    await page.getByRole('listitem').filter({ hasText: 'Universitas Banten Jaya, Serang' }).waitFor();
    await screenshot(page, 'recruitment-setup-round');

    // The agency's administrator publishes an opening in it and places an intern with a mentor.
    page = await session.openSignedIn(admin);
    await page.goto(new URL('/admin/rekrutmen', session.server.url).href);
    const openingForm = page.getByRole('form', { name: id.recruitment.setup.opening.title });
    await openingForm.getByLabel(id.recruitment.setup.opening.roundId).selectOption({ label: `${round.name} (${round.opens} – ${round.closes})` });
    await openingForm.getByLabel(id.recruitment.setup.opening.positionTitle).fill(title);
    await openingForm.getByLabel(id.recruitment.setup.opening.rankGrade).fill('III/a');
    await openingForm.getByLabel(id.recruitment.setup.opening.positions).fill('2');
    await openingForm.getByLabel(id.recruitment.setup.opening.educationLevel).selectOption('S1');
    await openingForm.getByLabel(id.recruitment.setup.opening.majors).fill('Statistika, Informatika');
    await openingForm.getByLabel(id.recruitment.setup.opening.description).fill('Mengolah dan menganalisis data kependudukan.');
    await openingForm.getByLabel(id.recruitment.setup.opening.adminCheckOn).fill(`${year}-02-25`);
    await openingForm.getByLabel(id.recruitment.setup.opening.writtenTestOn).fill(`${year}-03-10`);
    await openingForm.getByLabel(id.recruitment.setup.opening.interviewOn).fill(`${year}-03-20`);
    await openingForm.getByLabel(id.recruitment.setup.opening.announcementOn).fill(`${year}-04-01`);
    await openingForm.getByRole('button', { name: id.recruitment.setup.opening.submit }).click();
    await openingForm.getByText(fill(id.recruitment.setup.opening.created, { title })).waitFor();

    const placementForm = page.getByRole('form', { name: id.recruitment.interns.placement.title });
    await placementForm.getByLabel(id.recruitment.interns.placement.universityId).selectOption({ label: 'Universitas Sultan Ageng Tirtayasa, Serang' });
    await placementForm.getByLabel(id.recruitment.interns.placement.internName).fill(intern);
    await placementForm.getByLabel(id.recruitment.interns.placement.internEmail).fill('rina.marlina@mahasiswa.id');
    await placementForm.getByLabel(id.recruitment.interns.placement.studyProgramme).fill('Administrasi Publik');
    await placementForm.getByLabel(id.recruitment.interns.placement.mentorSearch).fill(supervisor.displayName);
    const mentorOption = placementForm.getByLabel(id.recruitment.interns.placement.mentorId, { exact: true }).locator('option', { hasText: supervisor.displayName });
    await mentorOption.first().waitFor({ state: 'attached' });
    await placementForm.getByLabel(id.recruitment.interns.placement.mentorId, { exact: true }).selectOption({ value: (await mentorOption.first().getAttribute('value')) ?? '' });
    await placementForm.getByLabel(id.recruitment.interns.placement.startsOn).fill(`${year}-01-05`);
    await placementForm.getByLabel(id.recruitment.interns.placement.endsOn).fill(`${year}-03-31`);
    await placementForm.getByRole('button', { name: id.recruitment.interns.placement.submit }).click();
    await page.getByRole('row').filter({ hasText: intern }).waitFor();
    await screenshot(page, 'recruitment-setup-placement');

    // The opening is public.
    page = await session.openPage('/lowongan');
    await page.getByLabel(id.recruitment.openings.region).selectOption({ label: 'Kota Serang' });
    await page.getByLabel(id.recruitment.openings.search).fill('analis data');
    await page.getByRole('heading', { level: 2, name: title }).waitFor();

    // The mentor finds the intern under the team pages and evaluates.
    page = await session.openSignedIn(supervisor);
    await page.goto(new URL('/tim', session.server.url).href);
    await page.getByRole('link', { name: id.team.nav.mentees }).click();
    const mentee = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 2, name: intern }) });
    await mentee.getByText(id.team.mentees.noEvaluations).waitFor();
    const evaluation = mentee.getByRole('form', { name: id.team.mentees.evaluate });
    await evaluation.getByLabel(id.team.mentees.discipline).selectOption('5');
    await evaluation.getByLabel(id.team.mentees.skill).selectOption('4');
    await evaluation.getByLabel(id.team.mentees.comment).fill('Teliti dan cepat belajar.');
    await evaluation.getByRole('button', { name: id.team.mentees.evaluate }).click();
    await evaluation.getByText(id.team.mentees.saved).waitFor();
    await mentee.getByText(/Teliti dan cepat belajar\./).waitFor();
    await screenshot(page, 'recruitment-mentor-evaluation');
  });

});
