import { GraphQLTestClient } from '@pantau/server/testing';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/locales/en.json' with { type: 'json' };
import id from '../src/i18n/locales/id.json' with { type: 'json' };
import { browserAgainstServer, screenshot } from './browser';

interface Agency {
  id: string;
  code: string;
  shortName: string;
  serviceTypes: Array<{ id: string; code: string }>;
}

describe('dashboard, wall and public pages against a real server', () => {
  const session = browserAgainstServer();
  const openPage = session.openPage;
  let admin: GraphQLTestClient;
  let serang: { id: string; agencies: Agency[] };

  beforeAll(async () => {
    const account = session.server.demoAccounts.find((candidate) => candidate.role === 'ADMIN')!;
    admin = new GraphQLTestClient(session.server.url);
    await admin.login(account.username, account.password);
    const regions = await admin.request<{ regions: { edges: Array<{ node: { id: string; code: string; agencies: { edges: Array<{ node: Agency }> } } }> } }>(
      '{ regions(first: 10) { edges { node { id code agencies(first: 50) { edges { node { id code shortName serviceTypes { id code } } } } } } } }',
    );
    const region = regions.data!.regions.edges.map((edge) => edge.node).find((node) => node.code === '36.73')!;
    serang = { id: region.id, agencies: region.agencies.edges.map((edge) => edge.node) };
  });

  /** Waits until each selector's element shows a figure instead of the "—" it has while loading. */
  async function figuresShown(page: Page, selectors: string[]) {
    await page.waitForFunction(
      (all) => all.every((selector) => (document.querySelector(selector)?.textContent ?? '—') !== '—'),
      selectors,
    );
  }

  /** Waits until the trend charts have data (their hidden tables have rows). */
  async function trendsDrawn(page: Page) {
    await page.locator('.chart-grid .chart .visually-hidden tbody tr').first().waitFor({ state: 'attached' });
  }

  it('shows the public page with figures, no personal data, CSV downloads, and in English', async () => {
    const page = await openPage(`/publik/${encodeURIComponent(serang.id)}`);
    const title = id.public.title.replace('{{region}}', 'Kota Serang');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // Figures, not only dashes: the demo's Disdukcapil has plenty of requests.
    const disdukcapil = serang.agencies.find((agency) => agency.code === 'DISDUKCAPIL')!;
    const received = page.locator(`tr[data-agency="${disdukcapil.shortName}"] [data-figure="received"]`);
    await received.waitFor();
    expect(await received.textContent()).toMatch(/^\d[\d.]*$/);
    await page.getByRole('heading', { level: 2, name: id.public.methodology.heading }).waitFor();
    await page.locator('[data-stale="false"]').first().waitFor();
    // Every agency's services table has its own figures and "last updated".
    await page.locator('.public__agency .updated').nth(1).waitFor();
    await page.getByRole('cell', { name: /hari kerja/ }).first().waitFor();
    await screenshot(page, 'public-id');

    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\b\d{18}\b/);
    const employees = await session.server.app.database.prisma.employee.findMany({ select: { name: true } });
    expect(employees.length).toBeGreaterThan(100);
    const shown = employees.filter((employee) => text.includes(employee.name));
    expect(shown).toEqual([]);

    const download = page.waitForEvent('download');
    await page.locator('a[data-format="csv"]').first().click();
    const csv = await (await download).createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header).toBe('agency,from,to,suppressed,received,completed,median_working_days,p90_working_days,within_standard_share,throughput_per_day,open_backlog,overdue,ikm,ikm_grade,ikm_responses');
    expect(rows.length).toBe(2);
    expect(rows.join('\n')).toContain(disdukcapil.shortName === 'Disdukcapil' ? 'Dinas' : '');

    await page.getByRole('button', { name: 'English (EN)' }).click();
    await page.getByRole('heading', { level: 1, name: en.public.title.replace('{{region}}', 'Kota Serang') }).waitFor();
    await page.getByRole('heading', { level: 2, name: en.public.methodology.heading }).waitFor();
    await screenshot(page, 'public-en');
  });

  it('fits the public page on a phone', async () => {
    const page = await openPage(`/publik/${encodeURIComponent(serang.id)}`, { width: 390, height: 844 });
    await page.locator('.public__agency .updated').nth(1).waitFor();
    await screenshot(page, 'public-phone');
    // Nothing sticks out sideways (wide tables scroll inside their own box; hidden text is clipped).
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => !element.closest('.table-scroll, .visually-hidden') && element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((element) => `${element.tagName}.${element.className}`),
    );
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });

  it('updates the leader dashboard live when events are ingested, without reload', async () => {
    const page = await session.openSignedIn(session.server.demoAccounts.find((account) => account.username === 'walikota.serang')!);
    await page.getByRole('link', { name: id.app.nav.dashboard }).click();
    await page.getByRole('heading', { level: 1, name: id.dashboard.regionTitle.replace('{{region}}', 'Kota Serang') }).waitFor();
    const disdukcapil = serang.agencies.find((agency) => agency.code === 'DISDUKCAPIL')!;
    const received = page.locator(`tr[data-agency="${disdukcapil.shortName}"] [data-figure="received"]`);
    await received.waitFor();
    await page.locator('[data-state="connected"]').first().waitFor();
    const before = await received.textContent();
    await trendsDrawn(page);
    await screenshot(page, 'dashboard-id');

    // A marker that survives only if the page is not reloaded.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    const service = disdukcapil.serviceTypes.find((candidate) => candidate.code === 'KTP-EL')!;
    const now = new Date().toISOString();
    const events = Array.from({ length: 25 }, (_, index) => ({ idempotencyKey: `e2e-live-${index}`, serviceTypeId: service.id, reference: `E2E-${index}`, step: 'RECEIVED', occurredAt: now }));
    const result = await admin.request('mutation ($events: [ServiceEventInput!]!) { recordServiceEvents(events: $events) { accepted } }', { events });
    expect(result.errors).toBeUndefined();

    await page.waitForFunction(
      ([selector, previous]) => document.querySelector(selector!)?.textContent !== previous,
      [`tr[data-agency="${disdukcapil.shortName}"] [data-figure="received"]`, before] as const,
    );
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    const parse = (text: string | null) => Number(text!.replace(/\./g, ''));
    expect(parse(await received.textContent())).toBe(parse(before) + 25);

    // Drill down to the agency, with the period in the URL.
    await page.getByLabel(id.metrics.period.days, { exact: true }).selectOption('90');
    await page.waitForURL((url) => url.searchParams.get('periode') === '90');
    await page.getByRole('link', { name: /Kependudukan/ }).first().click();
    await page.getByRole('heading', { level: 2, name: id.dashboard.services }).waitFor();
    expect(new URL(page.url()).searchParams.get('periode')).toBe('90');
    await figuresShown(page, ['[data-figure="received"] .kpi__value', '.metrics-table tbody [data-figure="received"]']);
    await screenshot(page, 'dashboard-agency-id');

    // Down to one service, then back up to the region, in English.
    await page.getByRole('link', { name: 'Kartu Tanda Penduduk Elektronik (KTP-el)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kartu Tanda Penduduk Elektronik (KTP-el)' }).waitFor();
    await page.locator('[data-figure="medianDays"] .kpi__note').waitFor();
    await figuresShown(page, ['[data-figure="received"] .kpi__value']);
    await screenshot(page, 'dashboard-service-id');
    await page.getByRole('button', { name: 'English (EN)' }).click();
    await page.getByRole('link', { name: 'Kota Serang', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: en.dashboard.regionTitle.replace('{{region}}', 'Kota Serang') }).waitFor();
    await trendsDrawn(page);
    await screenshot(page, 'dashboard-en');
  });

  it('rotates the wall screen to the next agency by itself', async () => {
    const page = await openPage(`/layar/${encodeURIComponent(serang.id)}?detik=5`, { width: 1920, height: 1080 });
    const heading = page.locator('#wall-agency');
    await heading.waitFor();
    const first = await heading.getAttribute('data-agency');
    await page.locator('[data-state="connected"]').waitFor();
    await page.locator('.kpi__value').first().waitFor();
    await screenshot(page, 'wall-id');
    await page.waitForFunction((previous) => document.querySelector('#wall-agency')?.getAttribute('data-agency') !== previous, first, { timeout: 15_000 });
    expect(await page.getByRole('navigation').count()).toBe(0);
    await screenshot(page, 'wall-id-next');

    // The same screen in English: a reload keeps nothing but the stored language.
    await page.evaluate(() => localStorage.setItem('pantau.language', 'en'));
    await page.reload();
    await page.getByText(en.dashboard.headline.replace('{{days}}', '30')).waitFor();
    await page.locator('.kpi__value').first().waitFor();
    await screenshot(page, 'wall-en');
  });

  it('lists example queries for analysts that open GraphiQL prefilled', async () => {
    const page = await openPage('/analis');
    await page.getByRole('heading', { level: 1, name: id.analysts.title }).waitFor();
    // The links carry real ids once the page has fetched a sample region.
    const link = page.getByRole('link', { name: id.analysts.tryIt }).first();
    await page.locator('a[href*="variables="]').first().waitFor();
    const href = await link.getAttribute('href');
    const url = new URL(href!, session.server.url);
    expect(url.pathname).toBe('/graphql');
    expect(url.searchParams.get('query')).toContain('regionServiceDashboard');
    // The example runs as opened: its query with real variables answers without errors.
    const variables = JSON.parse(url.searchParams.get('variables')!) as Record<string, unknown>;
    const answer = await new GraphQLTestClient(session.server.url).request(url.searchParams.get('query')!, variables);
    expect(answer.errors).toBeUndefined();
    await screenshot(page, 'analysts-id');
  });
});
