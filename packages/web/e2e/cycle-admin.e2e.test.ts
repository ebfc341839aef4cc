import { GraphQLTestClient } from '@pantau/server/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import id from '../src/i18n/locales/id.json' with { type: 'json' };
import { browserAgainstServer, screenshot } from './browser';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/{{(\w+)}}/g, (_, key: string) => String(values[key]));

describe('the agency administrator runs the performance cycle and the IKU in the browser against a real server', () => {
  const session = browserAgainstServer();
  const adminAccount = () => session.server.demoAccounts.find((account) => account.username === 'admin.disdukcapil.serang')!;
  let api: GraphQLTestClient;
  let agencyId: string;

  beforeAll(async () => {
    api = new GraphQLTestClient(session.server.url);
    await api.login(adminAccount().username, adminAccount().password);
    agencyId = (await api.request<{ me: { agency: { id: string } } }>('{ me { agency { id } } }')).data!.me.agency.id;
  });

  const performanceYears = async () =>
    (await api.request<{ agency: { performanceYears: Array<{ year: number; periods: Array<{ code: string; status: string }> }> } }>(
      'query ($id: ID!) { agency(id: $id) { performanceYears { year periods { code status } } } }',
      { id: agencyId },
    )).data!.agency.performanceYears;

  it('creates a performance year, opens and closes its first period', async () => {
    const year = Math.max(...(await performanceYears()).map((row) => row.year)) + 1;
    const page = await session.openSignedIn(adminAccount());
    await page.getByRole('link', { name: id.admin.title }).click();
    await page.getByRole('link', { name: id.admin.nav.cycle }).click();
    await page.getByRole('heading', { level: 1, name: id.cycle.title }).waitFor();

    await page.getByRole('button', { name: id.cycle.addYear }).click();
    const form = page.getByRole('form', { name: id.cycle.yearTitle });
    await form.getByLabel(id.cycle.year).fill(String(year));
    await form.getByRole('button', { name: id.cycle.createYear }).click();
    await page.getByText(fill(id.cycle.yearCreated, { year })).waitFor();
    const table = page.getByRole('table', { name: new RegExp(`^${fill(id.cycle.yearCaption, { year, cadence: '' })}`) });
    const first = `${year}-Q1`;
    await table.getByRole('button', { name: fill(id.cycle.openLabel, { period: first }) }).click();
    await page.getByRole('button', { name: id.cycle.openConfirm }).click();
    await page.getByText(fill(id.cycle.openDone, { period: first })).waitFor();
    await table.getByRole('button', { name: fill(id.cycle.closeLabel, { period: first }) }).click();
    await page.getByText(fill(id.cycle.closeQuestion, { period: first })).waitFor();
    await page.getByRole('button', { name: id.cycle.closeConfirm }).click();
    await page.getByText(fill(id.cycle.closeDone, { period: first })).waitFor();
    await table.getByRole('row', { name: new RegExp(first) }).getByText(id.cycle.statuses.CLOSED).waitFor();
    await screenshot(page, 'cycle-admin-periods');

    const created = (await performanceYears()).find((row) => row.year === year)!;
    expect(created.periods.map((period) => [period.code, period.status])).toEqual([
      [`${year}-Q1`, 'CLOSED'],
      [`${year}-Q2`, 'PLANNED'],
      [`${year}-Q3`, 'PLANNED'],
      [`${year}-Q4`, 'PLANNED'],
    ]);
  });

  it('creates an indicator, sets its target, reports a value and sees the achievement', async () => {
    const year = new Date().getUTCFullYear();
    const page = await session.openSignedIn(adminAccount());
    await page.goto(new URL('/admin/iku', session.server.url).href);
    await page.getByRole('heading', { level: 1, name: id.kpi.title }).waitFor();

    await page.getByRole('button', { name: id.kpi.add }).click();
    const form = page.getByRole('form', { name: id.kpi.createTitle });
    await form.getByLabel(id.kpi.code).fill('IKU-E2E');
    await form.getByLabel(id.kpi.name).fill('Cakupan akta kematian');
    await form.getByLabel(id.kpi.definition).fill('Kematian yang tercatat dengan akta kematian.');
    await form.getByLabel(id.kpi.formula).fill('akta kematian ÷ kematian tercatat × 100');
    await form.getByLabel(id.kpi.unit).fill('persen');
    await form.getByLabel(id.kpi.dataProducer).fill('Bidang Pencatatan Sipil');
    await form.getByRole('button', { name: id.kpi.create }).click();
    await page.getByText(fill(id.kpi.created, { kpi: 'IKU-E2E' })).waitFor();

    const row = page.getByRole('row', { name: /Cakupan akta kematian/ });
    await row.getByRole('button', { name: `${id.kpi.setTarget}: IKU-E2E` }).click();
    const target = page.getByRole('form', { name: fill(id.kpi.targetTitle, { kpi: 'IKU-E2E Cakupan akta kematian' }) });
    await target.getByLabel(`${id.kpi.columns.target} (persen)`).fill('90');
    await target.getByRole('button', { name: id.admin.save }).click();
    await page.getByText(fill(id.kpi.targetSaved, { kpi: 'IKU-E2E', period: year })).waitFor();

    await row.getByRole('button', { name: `${id.kpi.reportValue}: IKU-E2E` }).click();
    const value = page.getByRole('form', { name: fill(id.kpi.valueTitle, { kpi: 'IKU-E2E Cakupan akta kematian' }) });
    await value.getByLabel(`${id.kpi.columns.value} (persen)`).fill('81');
    await value.getByRole('button', { name: id.admin.save }).click();
    await page.getByText(fill(id.kpi.valueSaved, { kpi: 'IKU-E2E', period: year })).waitFor();
    await row.getByRole('cell', { name: '90%' }).waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(['IKU-E2E', String(year), '90 persen', '81 persen', '90%', expect.any(String)]);
    await screenshot(page, 'cycle-admin-kpi');
  });
});
