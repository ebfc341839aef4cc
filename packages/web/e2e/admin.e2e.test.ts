import { GraphQLTestClient } from '@pantau/server/testing';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/locales/en.json' with { type: 'json' };
import id from '../src/i18n/locales/id.json' with { type: 'json' };
import { browserAgainstServer, screenshot } from './browser';

describe('administration in the browser against a real server', () => {
  const session = browserAgainstServer();
  let api: GraphQLTestClient;
  let agencyId: string;
  let unitCode: string;

  beforeAll(async () => {
    api = new GraphQLTestClient(session.server.url);
    const admin = session.server.demoAccounts.find((account) => account.role === 'AGENCY_ADMIN')!;
    await api.login(admin.username, admin.password);
    const me = await api.request<{ me: { agency: { id: string; units: { edges: Array<{ node: { code: string } }> } } } }>(
      '{ me { agency { id units(first: 1) { edges { node { code } } } } } }',
    );
    agencyId = me.data!.me.agency.id;
    unitCode = me.data!.me.agency.units.edges[0]!.node.code;
  });

  const signedInAsAdmin = (viewport?: { width: number; height: number }): Promise<Page> =>
    session.openSignedIn(session.server.demoAccounts.find((account) => account.role === 'ADMIN')!, viewport);

  const employeeCount = async () =>
    (await api.request<{ employees: { totalCount: number } }>('query ($id: ID!) { employees(agencyId: $id, first: 1) { totalCount } }', { id: agencyId })).data!
      .employees.totalCount;

  const csv = (rows: string[]) => ({
    name: 'pegawai.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['nip,name,sex,birthDate,status,positionTitle,rankGrade,unitCode,superiorNip', ...rows].join('\n') + '\n'),
  });
  const good = () => [
    `198203142006041961,Ahmad Fauzi Uji,MALE,1982-03-14,PNS,Kepala Seksi,"Penata, III/c",${unitCode},`,
    `199507212019032962,Dewi Lestari Uji,P,1995-07-21,PNS,Analis,"Penata Muda, III/a",${unitCode},198203142006041961`,
  ];

  it('imports a CSV: a bad row is shown and nothing imported; once fixed, the employees are imported and listed', async () => {
    const before = await employeeCount();
    const page = await signedInAsAdmin();
    await page.getByRole('link', { name: id.app.nav.admin }).click();
    await page.getByRole('heading', { level: 1, name: id.admin.employees.title }).waitFor();
    await page.goto(new URL(`/admin/impor?opd=${encodeURIComponent(agencyId)}`, session.server.url).href);
    await page.getByRole('heading', { level: 1, name: id.admin.import.title }).waitFor();

    // One bad row: the birth date contradicts the NIP.
    const bad = [...good(), `199001012015011963,Nama Salah,MALE,1990-01-02,PNS,Staf,"Pengatur, II/c",${unitCode},`];
    await page.getByLabel(id.admin.import.file).setInputFiles(csv(bad));
    await page.getByRole('button', { name: id.admin.import.check }).click();
    const errors = page.getByRole('region', { name: id.admin.import.errorsHeading });
    await errors.waitFor();
    expect(await errors.locator('tbody tr').allTextContents()).toEqual([`4${id.admin.import.columns.birthDate}${id.admin.import.problems.BIRTH_DATE_NIP}`]);
    expect(await page.getByRole('button', { name: id.admin.import.confirm }).isDisabled()).toBe(true);
    await screenshot(page, 'admin-import-errors');
    expect(await employeeCount()).toBe(before);

    await page.getByLabel(id.admin.import.file).setInputFiles(csv(good()));
    await page.getByRole('button', { name: id.admin.import.check }).click();
    await page.getByText(id.admin.import.checkPassed).waitFor();
    await page.getByRole('button', { name: id.admin.import.confirm }).click();
    await page.getByText(id.admin.import.doneTitle).waitFor();
    await screenshot(page, 'admin-import-done');
    expect(await employeeCount()).toBe(before + 2);

    await page.getByRole('link', { name: id.admin.import.seeEmployees }).click();
    await page.getByRole('heading', { level: 1, name: id.admin.employees.title }).waitFor();
    await page.getByLabel(id.admin.employees.search).fill('Lestari Uji');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    // Dewi's superior is the other row of the file.
    expect(await page.getByRole('row', { name: /Dewi Lestari Uji/ }).getByRole('cell', { name: 'Ahmad Fauzi Uji', exact: true }).count()).toBe(1);
    await screenshot(page, 'admin-employees-imported');
  });

  it('imports service events: a bad row is shown and nothing stored; the fixed file is recorded, and again records nothing new', async () => {
    const services = await api.request<{ agency: { serviceTypes: Array<{ id: string }> } }>('query ($id: ID!) { agency(id: $id) { serviceTypes { id } } }', { id: agencyId });
    const serviceTypeId = services.data!.agency.serviceTypes[0]!.id;
    const prisma = session.server.app.database.prisma;
    const stored = () => prisma.serviceEvent.count({ where: { idempotencyKey: { startsWith: 'e2e-import-' } } });
    const events = (rows: string[]) => ({
      name: 'layanan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['idempotencyKey,serviceTypeId,reference,step,occurredAt', ...rows].join('\n') + '\n'),
    });
    const good = [
      `e2e-import-1,${serviceTypeId},E2E/1,RECEIVED,2026-11-16T09:00:00+07:00`,
      `e2e-import-2,${serviceTypeId},E2E/1,COMPLETED,2026-11-16T11:00:00+07:00`,
    ];

    const page = await signedInAsAdmin();
    await page.goto(new URL('/admin/impor', session.server.url).href);
    await page.getByRole('heading', { level: 1, name: id.admin.import.title }).waitFor();
    // The choice lives in the URL, so the radio turns checked once the URL has changed (not at the click).
    const eventsKind = page.getByRole('radio', { name: id.admin.import.kinds.layanan });
    await eventsKind.click();
    await page.waitForURL(/jenis=layanan/);
    await expect.poll(() => eventsKind.isChecked()).toBe(true);

    await page.getByLabel(id.admin.import.file).setInputFiles(events([...good, `e2e-import-3,${serviceTypeId},E2E/2,SELESAI,2026-11-16T11:00:00+07:00`]));
    await page.getByRole('button', { name: id.admin.import.check }).click();
    const errors = page.getByRole('region', { name: id.admin.import.errorsHeading });
    await errors.waitFor();
    expect(await errors.locator('tbody tr').allTextContents()).toEqual([`4${id.admin.import.columns.step}${id.admin.import.problems.STEP_VALUE}`]);
    expect(await page.getByRole('button', { name: id.admin.import.confirm }).isDisabled()).toBe(true);
    await screenshot(page, 'admin-import-events-errors');
    expect(await stored()).toBe(0);

    await page.getByLabel(id.admin.import.file).setInputFiles(events(good));
    await page.getByRole('button', { name: id.admin.import.check }).click();
    await page.getByText(id.admin.import.checkPassed).waitFor();
    await page.getByRole('button', { name: id.admin.import.confirm }).click();
    await page.getByText(id.admin.import.doneTitle).waitFor();
    await page.getByText(id.admin.import.events.doneText.replace('{{accepted}}', '2').replace('{{duplicates}}', '0')).waitFor();
    await screenshot(page, 'admin-import-events-done');
    expect(await stored()).toBe(2);

    // The same file again: both rows are known already.
    await page.getByRole('button', { name: id.admin.import.check }).click();
    const preview = page.getByRole('region', { name: id.admin.import.previewHeading });
    await preview.waitFor();
    await expect.poll(() => preview.getByRole('cell', { name: id.admin.import.events.known, exact: true }).count()).toBe(2);
    expect(await stored()).toBe(2);
  });

  it('lets an administrator pick the agency from every region’s agencies, kept in the URL', async () => {
    const page = await signedInAsAdmin();
    await page.goto(new URL('/admin/pegawai', session.server.url).href);
    await page.getByText(id.admin.agency.pickFirst).waitFor();
    const picker = page.getByLabel(id.admin.agency.label);
    // Every region's agencies are offered (the query stays within the cost limit).
    await expect.poll(() => picker.locator('optgroup').count()).toBe(5);
    await picker.selectOption(agencyId);
    await page.waitForURL((url) => url.searchParams.get('opd') === agencyId);
    await page.getByRole('table').first().waitFor();
  });

  it('renders every admin page in Bahasa Indonesia and in English, and on a phone', async () => {
    const page = await signedInAsAdmin({ width: 390, height: 844 });
    const pages = [
      ['pegawai', 'employees'],
      ['organisasi', 'units'],
      ['opd', 'agencies'],
      ['akun', 'accounts'],
      ['impor', 'import'],
      ['audit', 'audit'],
    ] as const;
    for (const [path, key] of pages) {
      await page.goto(new URL(`/admin/${path}?opd=${encodeURIComponent(agencyId)}`, session.server.url).href);
      await page.getByRole('heading', { level: 1, name: id.admin[key].title }).waitFor();
      await screenshot(page, `admin-${path}-id-phone`);
    }
    await page.getByRole('button', { name: 'English (EN)' }).click();
    // English arrives as its own chunk; the choice is remembered once the switch is done.
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    for (const [path, key] of pages) {
      await page.goto(new URL(`/admin/${path}?opd=${encodeURIComponent(agencyId)}`, session.server.url).href);
      await page.getByRole('heading', { level: 1, name: en.admin[key].title }).waitFor();
      await screenshot(page, `admin-${path}-en-phone`);
    }
    // Nothing wider than the phone: tables scroll inside their own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
