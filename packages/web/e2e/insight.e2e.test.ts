import { GraphQLTestClient } from '@pantau/server/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import id from '../src/i18n/locales/id.json' with { type: 'json' };
import { browserAgainstServer, screenshot } from './browser';

// The additions of the insight and catalogue work: public complaint handling, SKP completion and
// the period comparison on the leader dashboard, and the catalogue and holiday administration.
describe('complaints, SKP completion, comparisons and the catalogue against a real server', () => {
  const session = browserAgainstServer();
  let admin: GraphQLTestClient;
  let serang: { id: string; agencies: Array<{ id: string; code: string; name: string }> };

  beforeAll(async () => {
    const account = session.server.demoAccounts.find((candidate) => candidate.role === 'ADMIN')!;
    admin = new GraphQLTestClient(session.server.url);
    await admin.login(account.username, account.password);
    const regions = await admin.request<{ regions: { edges: Array<{ node: { id: string; code: string; agencies: { edges: Array<{ node: { id: string; code: string; name: string } }> } } }> } }>(
      '{ regions(first: 10) { edges { node { id code agencies(first: 50) { edges { node { id code name } } } } } } }',
    );
    const region = regions.data!.regions.edges.map((edge) => edge.node).find((node) => node.code === '36.73')!;
    serang = { id: region.id, agencies: region.agencies.edges.map((edge) => edge.node) };
  });

  it('shows complaint handling per agency on the public page, without any complaint text or personal data', async () => {
    const page = await session.openPage(`/publik/${encodeURIComponent(serang.id)}`);
    const section = page.getByRole('region', { name: id.insight.complaints.heading });
    const table = section.getByRole('table');
    await table.locator('tbody tr').first().waitFor();
    // One row per agency, one for complaints not yet routed when there are any, and the region's total.
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(serang.agencies.length + 1);
    const total = table.getByRole('row', { name: new RegExp(`^${id.insight.complaints.total}`) });
    expect(await total.locator('[data-figure="received"]').textContent()).toMatch(/^\d[\d.]*$/);
    await section.locator('.updated').waitFor();
    expect(await section.locator('a[data-format="csv"]').count()).toBe(1);
    await page.getByRole('heading', { name: id.insight.complaints.methodologyHeading }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'public-complaints');

    const text = await page.locator('body').innerText();
    const prisma = session.server.app.database.prisma;
    const complaints = await prisma.complaint.findMany({ select: { title: true, body: true, answer: true, trackingCode: true } });
    expect(complaints.length).toBeGreaterThan(10);
    const leaked = complaints.filter((complaint) => [complaint.title, complaint.body, complaint.answer, complaint.trackingCode].some((value) => value && text.includes(value)));
    expect(leaked).toEqual([]);
    expect(text).not.toMatch(/\b\d{18}\b/);
    const employees = await prisma.employee.findMany({ select: { name: true } });
    expect(employees.filter((employee) => text.includes(employee.name))).toEqual([]);
  });

  it('shows the leader each agency’s SKP completion, and compares periods through the URL', async () => {
    const page = await session.openSignedIn(session.server.demoAccounts.find((account) => account.username === 'walikota.serang')!);
    await page.goto(new URL(`/dasbor/${encodeURIComponent(serang.id)}`, session.server.url).href);
    const year = new Date().getUTCFullYear();
    await page.getByRole('heading', { level: 2, name: id.insight.skp.heading.replace('{{year}}', String(year)) }).waitFor();
    const skpTable = page.getByRole('table', { name: id.insight.skp.caption });
    const disdukcapil = serang.agencies.find((agency) => agency.code === 'DISDUKCAPIL')!;
    const row = skpTable.getByRole('row', { name: new RegExp(`^${disdukcapil.name}`) });
    await row.waitFor();
    const expected = await admin.request<{ regionPerformanceProgress: { agencies: Array<{ agencyId: string; employees: number }> } }>(
      'query ($r: ID!) { regionPerformanceProgress(regionId: $r) { agencies { agencyId employees } } }',
      { r: serang.id },
    );
    const employees = expected.data!.regionPerformanceProgress.agencies.find((agency) => agency.agencyId === disdukcapil.id)!.employees;
    expect(employees).toBeGreaterThan(0);
    expect(await row.getByRole('cell').first().textContent()).toBe(new Intl.NumberFormat('id-ID').format(employees));
    await page.getByRole('figure').filter({ hasText: id.insight.skp.distributionShares }).waitFor();

    // Last year is complete in the demo: its predikat distribution has ratings to show.
    await page.getByLabel(id.insight.skp.year).selectOption(String(year - 1));
    await page.waitForURL((url) => url.searchParams.get('tahun') === String(year - 1));
    await page.getByRole('heading', { level: 2, name: id.insight.skp.heading.replace('{{year}}', String(year - 1)) }).waitFor();
    await expect.poll(() => row.getByRole('cell').last().textContent()).not.toBe('0');
    await screenshot(page, 'dashboard-skp-last-year');

    await page.getByLabel(id.insight.compare.label).selectOption('sebelumnya');
    await page.waitForURL((url) => url.searchParams.get('banding') === 'sebelumnya');
    const comparison = page.getByRole('table', { name: /^Perbandingan / });
    await comparison.locator('tbody tr').first().waitFor();
    // The change against the month before, once both periods' figures are in: a percentage, not "—".
    await page.waitForFunction(() => /%$/.test(document.querySelector('.comparison-table [data-figure="received"] .delta')?.textContent ?? ''));
    await screenshot(page, 'dashboard-skp-comparison');

    // The URL carries the choice: opened afresh, the comparison is there again.
    const shared = page.url();
    await page.goto(shared);
    await page.getByRole('table', { name: /^Perbandingan / }).waitFor();
    expect(await page.getByLabel(id.insight.compare.label).inputValue()).toBe('sebelumnya');
  });

  it('drills down from an agency to a unit, its units below and its people, for the region’s leader', async () => {
    const year = new Date().getUTCFullYear() - 1;
    const disdukcapil = serang.agencies.find((agency) => agency.code === 'DISDUKCAPIL')!;
    type UnitRow = { id: string; name: string; parent: { id: string } | null; children: Array<{ id: string }>; employees: { edges: Array<{ node: { name: string } }> } };
    const units = await admin.request<{ agency: { units: { edges: Array<{ node: UnitRow }> } } }>(
      'query ($id: ID!) { agency(id: $id) { units(first: 100) { edges { node { id name parent { id } children { id } employees(first: 50) { edges { node { name } } } } } } } }',
      { id: disdukcapil.id },
    );
    expect(units.errors).toBeUndefined();
    // A top-level unit with people of its own and units below it.
    const unit = units.data!.agency.units.edges.map((edge) => edge.node).find((row) => !row.parent && row.employees.edges.length > 0 && row.children.length > 0)!;
    expect(unit).toBeDefined();

    const page = await session.openSignedIn(session.server.demoAccounts.find((account) => account.username === 'walikota.serang')!);
    await page.goto(new URL(`/dasbor/${encodeURIComponent(serang.id)}/opd/${encodeURIComponent(disdukcapil.id)}?tahun=${year}`, session.server.url).href);
    const table = page.getByRole('table', { name: id.insight.units.caption.replace('{{year}}', String(year)) });
    await table.getByRole('link', { name: unit.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: unit.name }).waitFor();
    expect(new URL(page.url()).searchParams.get('tahun')).toBe(String(year));
    const people = page.getByRole('table', { name: id.insight.units.peopleCaption.replace('{{year}}', String(year)) });
    await people.locator('tbody tr').first().waitFor();
    const names = await people.locator('tbody th').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ''));
    expect(names).toEqual(unit.employees.edges.map((edge) => edge.node.name));
    // Last year is rated in the demo: the people carry a predikat, and the units below are listed.
    await people.locator('[class*="badge--predikat-"]').first().waitFor();
    const below = page.getByRole('table', { name: id.insight.units.belowCaption.replace('{{year}}', String(year)) });
    expect(await below.locator('tbody tr').count()).toBe(unit.children.length);
    await screenshot(page, 'dashboard-unit');
  });

  it('lets an administrator add a holiday and change a service standard', async () => {
    const page = await session.openSignedIn(session.server.demoAccounts.find((account) => account.role === 'ADMIN')!);
    const next = new Date().getUTCFullYear() + 1;
    await page.goto(new URL(`/admin/hari-libur?wilayah=${encodeURIComponent(serang.id)}&tahun=${next}`, session.server.url).href);
    await page.getByRole('heading', { level: 1, name: id.catalogue.holidays.title }).waitFor();
    const form = page.getByRole('form', { name: id.catalogue.holidays.addTitle });
    await form.getByLabel(id.catalogue.holidays.date).fill(`${next}-07-09`);
    await form.getByLabel(id.catalogue.holidays.name).fill('Hari Jadi Uji');
    await form.getByRole('button', { name: id.catalogue.holidays.add }).click();
    await page.getByText(id.catalogue.holidays.added.replace('{{name}}', 'Hari Jadi Uji')).waitFor();
    const added = page.locator(`tr[data-date="${next}-07-09"]`);
    await added.waitFor();
    expect(await added.getByRole('cell').nth(2).textContent()).toBe(id.catalogue.holidays.sources.regional);
    await screenshot(page, 'admin-holidays');
    const holidays = await admin.request<{ holidays: Array<{ date: string; name: string }> }>('query ($r: ID!, $y: Int!) { holidays(regionId: $r, year: $y) { date name } }', { r: serang.id, y: next });
    expect(holidays.data!.holidays).toContainEqual({ date: `${next}-07-09`, name: 'Hari Jadi Uji' });

    const disdukcapil = serang.agencies.find((agency) => agency.code === 'DISDUKCAPIL')!;
    await page.goto(new URL(`/admin/layanan?opd=${encodeURIComponent(disdukcapil.id)}`, session.server.url).href);
    const service = page.locator('tr[data-service="KTP-EL"]');
    await service.waitFor();
    await service.getByRole('button', { name: new RegExp(`^${id.catalogue.services.change}`) }).click();
    const target = page.getByLabel(id.catalogue.services.targetValue);
    await target.fill('0');
    await target.blur();
    await page.getByText(id.catalogue.services.problems.targetValue).waitFor();
    await target.fill('7');
    await page.getByRole('button', { name: id.admin.save }).click();
    await page.getByText(/Standar .* disimpan\./).waitFor();
    await expect.poll(() => service.getByRole('cell').nth(1).textContent()).toBe('7 hari kerja');
    await screenshot(page, 'admin-services');
    const standards = await admin.request<{ agency: { serviceTypes: Array<{ code: string; currentStandard: { targetValue: number }; standards: unknown[] }> } }>(
      'query ($a: ID!) { agency(id: $a) { serviceTypes { code currentStandard { targetValue } standards { validFrom } } } }',
      { a: disdukcapil.id },
    );
    const ktp = standards.data!.agency.serviceTypes.find((candidate) => candidate.code === 'KTP-EL')!;
    expect(ktp.currentStandard.targetValue).toBe(7);
    expect(ktp.standards.length).toBeGreaterThan(1);
  });
});
