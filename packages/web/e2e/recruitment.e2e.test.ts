import { loggedVerificationCode } from '@pantau/server/testing';
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
    await page.getByLabel(id.recruitment.admin.opening).selectOption({ label: `${opening} (Seleksi CASN ${new Date().getUTCFullYear()})` });
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

});
