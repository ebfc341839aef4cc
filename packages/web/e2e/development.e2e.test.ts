// Follow-up of performance in the browser against a real server with demo data: the employee's
// training hours and a certificate upload; the supervisor's evidence upload; the agency
// administrator's recognitions, merit list, e-Kinerja export and oversight visits.
import { GraphQLTestClient } from '@pantau/server/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import id from '../src/i18n/locales/id.json' with { type: 'json' };
import { today } from '../src/pages/work/dates';
import { browserAgainstServer, screenshot } from './browser';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/{{(\w+)}}/g, (_, key: string) => String(values[key]));
/** The demo year with training data, and the last year with final ratings. */
const TRAINING_YEAR = 2026;
const RATING_YEAR = 2025;

describe('the follow-up of performance in the browser against a real server', () => {
  const session = browserAgainstServer();
  const account = (username: string) => {
    const found = session.server.demoAccounts.find((candidate) => candidate.username === username);
    if (!found) throw new Error(`no demo account ${username}`);
    return found;
  };
  const signedIn = async (username: string) => {
    const client = new GraphQLTestClient(session.server.url);
    await client.login(username, account(username).password);
    return client;
  };
  const ok = async <T = any>(client: GraphQLTestClient, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await client.request<T>(query, variables);
    if (result.errors) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };
  let employeeName: string;

  beforeAll(async () => {
    employeeName = (await ok(await signedIn('pegawai.disdukcapil.serang'), '{ me { employee { name } } }')).me.employee.name;
    // The merit list ranks locked final ratings: the ADMIN locks last year's, unit by unit, through the API.
    const admin = await signedIn('admin');
    const units = (await ok(await signedIn('admin.disdukcapil.serang'), '{ me { agency { units(first: 100) { edges { node { id } } } } } }')).me.agency.units.edges;
    for (const { node } of units) {
      const { calibration } = await ok(admin, 'query ($unitId: ID!, $year: Int!) { calibration(unitId: $unitId, year: $year) { ok rated } }', { unitId: node.id, year: RATING_YEAR });
      if (calibration.rated === 0) continue;
      const input = { unitId: node.id, year: RATING_YEAR, ...(calibration.ok ? {} : { overrideReason: 'Kalibrasi demo: dikunci untuk menguji daftar merit di peramban.' }) };
      await ok(admin, 'mutation ($input: LockAnnualPredikatInput!) { lockAnnualPredikat(input: $input) { locked } }', { input });
    }
  });

  it('the employee sees their training hours against the target and completes a programme with an uploaded certificate', async () => {
    const page = await session.openSignedIn(account('pegawai.disdukcapil.serang'));
    await page.getByRole('link', { name: id.work.navEntry }).click();
    await page.getByRole('link', { name: id.work.nav.training }).waitFor();
    // The demo's training is in TRAINING_YEAR; the page shows the year asked for in the URL.
    await page.goto(new URL(`/kinerja/pelatihan?tahun=${TRAINING_YEAR}`, session.server.url).href);
    await page.getByRole('heading', { level: 1, name: id.work.training.title }).waitFor();
    const hours = page.getByRole('region', { name: fill(id.work.training.hoursTitle, { year: TRAINING_YEAR }) });
    await hours.getByText(fill(id.work.training.hoursOfTarget, { hours: 12, target: 20 })).waitFor();
    await hours.getByText(fill(id.work.training.remaining, { hours: 8 })).waitFor();
    await page.getByRole('heading', { level: 2, name: id.work.training.recommendationsTitle }).waitFor();
    await screenshot(page, 'training-before');

    const form = page.getByRole('form', { name: id.work.training.complete });
    await form.getByLabel(id.work.training.completedOn).fill(`${TRAINING_YEAR}-11-24`);
    await form.getByRole('button', { name: id.work.training.complete }).click();
    await form.getByText(id.work.problems.certificate).waitFor();
    await form.getByLabel(id.work.training.certificateFile).setInputFiles({ name: 'sertifikat-literasi-data.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
    await form.getByRole('button', { name: id.work.training.complete }).click();

    // Eight more JP: the target is met, and the certificate is a download of the stored file.
    await hours.getByText(fill(id.work.training.hoursOfTarget, { hours: 20, target: 20 })).waitFor();
    await hours.getByText(id.work.training.targetMet).waitFor();
    const link = page.getByRole('link', { name: 'sertifikat-literasi-data.pdf' });
    const download = await page.request.get(new URL((await link.getAttribute('href'))!, session.server.url).href);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, 'training-completed');
  });

  it('the supervisor uploads an evidence file with a realisation and gets it back as a download', async () => {
    const page = await session.openSignedIn(account('atasan.disdukcapil.serang'));
    await page.goto(new URL(`/kinerja/realisasi?tahun=${TRAINING_YEAR}`, session.server.url).href);
    await page.getByRole('heading', { level: 1, name: id.work.realisations.title }).waitFor();
    const form = page.getByRole('form', { name: id.work.realisations.record }).first();
    await form.locator('input[inputmode="decimal"]').fill('48');
    await form.getByLabel(id.work.realisations.evidenceFile).setInputFiles({ name: 'rekap-perekaman.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await form.getByRole('button', { name: id.work.realisations.record }).click();
    await form.getByText(id.work.realisations.saved).waitFor();
    const link = page.getByRole('article').first().getByRole('link', { name: 'rekap-perekaman.pdf' });
    await link.waitFor();
    expect((await page.request.get(new URL((await link.getAttribute('href'))!, session.server.url).href)).status()).toBe(200);
  });

  it('the agency administrator gives a recognition, sees the merit list, exports the ratings and finds the overdue oversight follow-up', async () => {
    const page = await session.openSignedIn(account('admin.disdukcapil.serang'));
    await page.goto(new URL('/admin', session.server.url).href);
    await page.getByRole('link', { name: id.admin.nav.merit }).click();
    await page.getByRole('heading', { level: 1, name: id.merit.title }).waitFor();

    const form = page.getByRole('form', { name: id.merit.recognise.title });
    await form.getByLabel(id.merit.recognise.search).fill(employeeName.split(' ')[0]!);
    const option = form.getByLabel(id.merit.recognise.employee, { exact: true }).locator('option', { hasText: employeeName });
    await option.waitFor({ state: 'attached' });
    await form.getByLabel(id.merit.recognise.employee, { exact: true }).selectOption({ value: (await option.getAttribute('value'))! });
    await form.getByLabel(id.merit.recognise.kind).selectOption('EMPLOYEE_OF_THE_MONTH');
    await form.getByLabel(id.merit.recognise.awardedOn).fill(today());
    await form.getByLabel(id.merit.recognise.recognitionTitle).fill('Pegawai Teladan bulan ini');
    await form.getByLabel(id.merit.recognise.citation).fill('Menuntaskan antrean perekaman KTP-el tanpa keluhan warga.');
    await form.getByRole('button', { name: id.merit.recognise.submit }).click();
    await form.getByText(id.merit.recognise.saved).waitFor();
    const recognitions = page.getByRole('region', { name: fill(id.merit.recognitionsTitle, { year: Number(today().slice(0, 4)) }) });
    await recognitions.getByRole('row', { name: new RegExp(`${employeeName}.*Pegawai Teladan bulan ini`) }).waitFor();

    // Last year's merit list, ranked from the locked ratings.
    await page.getByRole('spinbutton', { name: id.merit.year }).fill(String(RATING_YEAR));
    const merit = page.getByRole('table', { name: fill(id.merit.listTitle, { year: RATING_YEAR }) });
    await merit.getByRole('row').nth(1).waitFor();
    expect(await merit.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe('1');
    await screenshot(page, 'merit-list');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: fill(id.merit.export, { year: RATING_YEAR }) }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^e-kinerja-.+-${RATING_YEAR}\\.csv$`));
    await page.getByText(/baris diekspor/).waitFor();

    await page.getByRole('link', { name: id.admin.nav.oversight }).click();
    await page.getByRole('heading', { level: 1, name: id.oversight.title }).waitFor();
    await page.getByText(id.oversight.overdue).first().waitFor();
    await screenshot(page, 'oversight');
  });
});
