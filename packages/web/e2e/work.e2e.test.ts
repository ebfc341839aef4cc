import { isWorkingDay, toHolidaySet } from '@pantau/shared';
import { GraphQLTestClient } from '@pantau/server/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/locales/en.json' with { type: 'json' };
import id from '../src/i18n/locales/id.json' with { type: 'json' };
import { addDays, today } from '../src/pages/work/dates';
import { browserAgainstServer, screenshot } from './browser';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/{{(\w+)}}/g, (_, key: string) => String(values[key]));

describe('the employee’s work pages against a real server', () => {
  const session = browserAgainstServer();
  const employeeAccount = () => session.server.demoAccounts.find((account) => account.username === 'pegawai.disdukcapil.serang')!;
  const year = Number(today().slice(0, 4));
  /** The latest working day up to today: a daily report can be filed for it. */
  let reportDay: string;
  let superiorRhkTitles: string[];

  beforeAll(async () => {
    const api = new GraphQLTestClient(session.server.url);
    await api.login(employeeAccount().username, employeeAccount().password);
    const me = await api.request<{ me: { employee: { agency: { region: { id: string } } ; superior: { skp: { status: string; rhk: Array<{ title: string }> } } } } }>(
      'query ($year: Int!) { me { employee { agency { region { id } } superior { skp(year: $year) { status rhk { title } } } } } }',
      { year },
    );
    const employee = me.data!.me.employee;
    superiorRhkTitles = employee.superior.skp.rhk.map((rhk) => rhk.title);
    const holidays = await api.request<{ holidays: Array<{ date: string }> }>('query ($r: ID!, $y: Int!) { holidays(regionId: $r, year: $y) { date } }', {
      r: employee.agency.region.id,
      y: year,
    });
    const off = toHolidaySet(holidays.data!.holidays.map((holiday) => holiday.date));
    reportDay = today();
    while (!isWorkingDay(reportDay, off)) reportDay = addDays(reportDay, -1);
  });

  it('writes an SKP linked to the superior’s RHK, submits it, files a daily report seen in the week, and switches language', async () => {
    const page = await session.openSignedIn(employeeAccount());
    await page.getByRole('link', { name: id.work.navEntry }).click();
    await page.getByRole('heading', { level: 1, name: fill(id.work.skp.title, { year }) }).waitFor();

    // Draft the year's SKP.
    await page.getByRole('button', { name: fill(id.work.skp.create, { year }) }).click();
    await page.getByText(id.performance.skpStatus.DRAFT, { exact: true }).waitFor();

    // A main RHK without the superior's RHK is refused as the user types; then linked and added.
    const newRhk = page.getByRole('form', { name: id.work.skp.addRhk });
    await newRhk.getByLabel(id.work.skp.rhkTitle).fill('Perekaman KTP-el');
    await newRhk.getByRole('button', { name: id.work.skp.addRhk }).click();
    await newRhk.getByText(id.work.problems.parentRequired).waitFor();
    const parentOptions = await newRhk.getByLabel(id.work.skp.parentRhk).locator('option').allTextContents();
    expect(parentOptions.slice(1)).toEqual(superiorRhkTitles.filter((title) => parentOptions.includes(title)));
    expect(parentOptions.length - 1).toBe(superiorRhkTitles.length);
    await newRhk.getByLabel(id.work.skp.parentRhk).selectOption({ label: superiorRhkTitles[0]! });
    await newRhk.getByRole('button', { name: id.work.skp.addRhk }).click();
    const rhk = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Perekaman KTP-el' }) });
    await rhk.getByText(fill(id.work.skp.supports, { title: superiorRhkTitles[0]! })).waitFor();

    // Its indicator: the target typed the Indonesian way.
    const indicator = rhk.getByRole('form', { name: id.work.skp.addIndicator });
    await indicator.getByLabel(id.work.skp.aspect).selectOption('QUANTITY');
    await indicator.getByLabel(id.work.skp.target).fill('1.200');
    await indicator.getByLabel(id.work.skp.unit).fill('dokumen');
    await indicator.getByLabel(id.work.skp.indicatorDescription).fill('Jumlah dokumen KTP-el yang direkam');
    await indicator.getByRole('button', { name: id.work.skp.addIndicator }).click();
    await rhk.getByRole('cell', { name: 'Jumlah dokumen KTP-el yang direkam', exact: true }).waitFor();
    expect(await rhk.getByRole('cell', { name: '1.200 dokumen', exact: true }).count()).toBe(1);

    await page.getByRole('button', { name: id.work.skp.submit }).click();
    await page.getByText(id.performance.skpStatus.SUBMITTED, { exact: true }).waitFor();
    expect(await page.getByRole('form', { name: id.work.skp.addRhk }).count()).toBe(0);
    await screenshot(page, 'work-skp-submitted');

    // A daily report, entered from the keyboard: Enter saves and the form stays for the next one.
    await page.getByRole('link', { name: id.work.nav.daily }).click();
    await page.getByRole('heading', { level: 1, name: id.work.daily.title }).waitFor();
    const form = page.getByRole('form', { name: id.work.daily.formTitle });
    expect(await form.getByLabel(id.work.daily.date).inputValue()).toBe(today());
    await form.getByLabel(id.work.daily.date).fill(reportDay);
    await form.getByLabel(id.work.daily.rhk).selectOption({ label: 'Perekaman KTP-el' });
    await form.getByLabel(id.work.daily.duration).fill('90');
    await form.getByLabel(id.work.daily.activity).fill('Merekam data KTP-el pemohon');
    await form.getByLabel(id.work.daily.output).fill('14 rekaman');
    await form.getByLabel(id.work.daily.output).press('Enter');
    const day = page.locator('.week__day').filter({ hasText: 'Merekam data KTP-el pemohon' });
    await day.waitFor();
    expect(await day.textContent()).toContain('14 rekaman');
    expect(await day.textContent()).toContain(fill(id.work.daily.hours, { hours: '1,5' }));
    expect(await form.getByLabel(id.work.daily.activity).inputValue()).toBe('');
    expect(await form.getByLabel(id.work.daily.rhk).locator('option:checked').textContent()).toBe('Perekaman KTP-el');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('activity');
    await screenshot(page, 'work-daily-id');

    // The same page in English.
    await page.getByRole('button', { name: 'English (EN)' }).click();
    await page.getByRole('heading', { level: 1, name: en.work.daily.title }).waitFor();
    expect(await page.getByRole('link', { name: en.work.navEntry }).count()).toBe(1);
    await page.getByRole('link', { name: en.work.nav.skp }).click();
    await page.getByRole('heading', { level: 1, name: fill(en.work.skp.title, { year }) }).waitFor();
    await page.getByText(en.performance.skpStatus.SUBMITTED, { exact: true }).waitFor();
    await screenshot(page, 'work-skp-en');
  });

  it('shows a supervisor’s own work pages without errors, with last year’s predikat, in both languages', async () => {
    const supervisor = session.server.demoAccounts.find((account) => account.username === 'atasan.disdukcapil.serang')!;
    const page = await session.openSignedIn(supervisor);
    const pages = [
      ['realisasi', id.work.realisations.title, en.work.realisations.title],
      ['harian', id.work.daily.title, en.work.daily.title],
      ['umpan-balik', id.work.feedback.title, en.work.feedback.title],
      ['penilaian', id.work.appraisals.title, en.work.appraisals.title],
    ] as const;
    for (const [path, title] of pages) {
      await page.goto(new URL(`/kinerja/${path}`, session.server.url).href);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.waitForFunction(() => !document.querySelector('.status--loading'));
      expect(await page.locator('.status--error').count(), path).toBe(0);
      await screenshot(page, `work-${path}-supervisor`);
    }
    // The approved SKP of this year takes realisations in the open period.
    await page.goto(new URL('/kinerja/realisasi', session.server.url).href);
    const realisation = page.getByRole('form', { name: id.work.realisations.record }).first();
    await realisation.getByLabel(id.work.realisations.evidenceUrl).fill('https://arsip.example/bukti-q4.pdf');
    await realisation.locator('input[inputmode="decimal"]').fill('212,5');
    await realisation.getByRole('button', { name: id.work.realisations.record }).click();
    await realisation.getByText(id.work.realisations.saved).waitFor();
    const indicator = page.getByRole('article').first();
    await indicator.getByRole('link', { name: id.work.realisations.openEvidence }).waitFor();
    expect((await indicator.locator('dd').allTextContents()).some((text) => /^212,5 \S/.test(text))).toBe(true);
    // Last year's appraisals carry a predikat.
    await page.goto(new URL(`/kinerja/penilaian?tahun=${year - 1}`, session.server.url).href);
    await page.getByRole('heading', { level: 2, name: fill(id.work.appraisals.listTitle, { year: year - 1 }) }).waitFor();
    await page.locator('[class*="badge--predikat-"]').first().waitFor();
    await page.getByRole('button', { name: 'English (EN)' }).click();
    // English arrives as its own chunk; the choice is remembered once the switch is done.
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    for (const [path, , title] of pages) {
      await page.goto(new URL(`/kinerja/${path}`, session.server.url).href);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
    }
    await screenshot(page, 'work-appraisals-en');
  });
});
