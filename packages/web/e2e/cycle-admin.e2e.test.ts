import { GraphQLTestClient } from '@pantau/server/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import id from '../src/i18n/locales/id.json' with { type: 'json' };
import { browserAgainstServer, screenshot } from './browser';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/{{(\w+)}}/g, (_, key: string) => String(values[key]));

describe('the agency administrator runs the performance cycle, the IKU and training in the browser against a real server', () => {
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

    // A goal (IKU) for the new year.
    await page.getByLabel(id.cycle.year, { exact: true }).selectOption(String(year));
    await page.getByRole('button', { name: id.cycle.goals.add }).click();
    const goal = page.getByRole('form', { name: fill(id.cycle.goals.formTitle, { year }) });
    await goal.getByLabel(id.cycle.goals.code).fill('IKU-1');
    await goal.getByLabel(id.cycle.goals.goalTitle).fill('Cakupan kepemilikan KTP-el penduduk wajib KTP');
    await goal.getByRole('button', { name: id.cycle.goals.save }).click();
    await page.getByText('Cakupan kepemilikan KTP-el penduduk wajib KTP').waitFor();

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

  it('adds a training programme that develops a competency', async () => {
    const page = await session.openSignedIn(adminAccount());
    await page.goto(new URL('/admin/pelatihan', session.server.url).href);
    await page.getByRole('heading', { level: 1, name: id.trainingAdmin.title }).waitFor();
    await page.getByRole('button', { name: id.trainingAdmin.programmes.add }).click();
    const form = page.getByRole('form', { name: id.trainingAdmin.programmes.createTitle });
    await form.getByLabel(id.trainingAdmin.programmes.programmeTitle).fill('Pelayanan Prima Uji');
    await form.getByLabel(id.trainingAdmin.programmes.delivery, { exact: true }).selectOption('EXTERNAL');
    await form.getByLabel(id.trainingAdmin.programmes.provider, { exact: true }).fill('BPSDM Provinsi Banten');
    await form.getByLabel(id.trainingAdmin.programmes.hours).fill('32');
    await form.getByLabel(id.trainingAdmin.programmes.startDate).fill('2027-02-01');
    await form.getByLabel(id.trainingAdmin.programmes.endDate).fill('2027-02-04');
    await form.getByRole('checkbox').first().check();
    await form.getByRole('button', { name: id.trainingAdmin.programmes.save }).click();
    await page.getByText(fill(id.trainingAdmin.programmes.created, { title: 'Pelayanan Prima Uji' })).waitFor();
    await page.getByRole('row', { name: /Pelayanan Prima Uji/ }).waitFor();
    await screenshot(page, 'cycle-admin-training');

    const listed = await api.request<{ trainingProgrammes: { edges: Array<{ node: { title: string; hours: number; delivery: string; competencies: unknown[] } }> } }>(
      'query ($id: ID!) { trainingProgrammes(agencyId: $id, from: "2027-01-01", first: 100) { edges { node { title hours delivery competencies { id } } } } }',
      { id: agencyId },
    );
    // The competencies the first programme's people's position requires.
    const requirements = page.getByRole('form', { name: id.trainingAdmin.requirements.formTitle });
    await requirements.getByLabel(id.trainingAdmin.requirements.positionTitle).fill('Analis Kependudukan');
    await requirements.getByRole('checkbox').first().check();
    await requirements.getByRole('button', { name: id.trainingAdmin.requirements.save }).click();
    await requirements.getByRole('status').waitFor();
    await page.getByRole('button', { name: `${id.admin.edit}: Analis Kependudukan` }).waitFor();

    expect(listed.data!.trainingProgrammes.edges.map(({ node }) => node).find((node) => node.title === 'Pelayanan Prima Uji')).toMatchObject({ hours: 32, delivery: 'EXTERNAL', competencies: [expect.anything()] });
  });

  it('lets the ADMIN add a competency to the dictionary and change the annual training target', async () => {
    const page = await session.openSignedIn(session.server.demoAccounts.find((account) => account.role === 'ADMIN')!);
    await page.goto(new URL('/admin/pelatihan', session.server.url).href);
    await page.getByRole('heading', { level: 1, name: id.trainingAdmin.title }).waitFor();
    await page.getByRole('button', { name: id.trainingAdmin.dictionary.add }).click();
    const form = page.getByRole('form', { name: id.trainingAdmin.dictionary.createTitle });
    await form.getByLabel(id.trainingAdmin.dictionary.code).fill('T-ARSIP-UJI');
    await form.getByLabel(id.trainingAdmin.dictionary.name).fill('Pengelolaan arsip kependudukan');
    await form.getByRole('button', { name: id.trainingAdmin.dictionary.save }).click();
    await page.getByRole('button', { name: id.trainingAdmin.dictionary.add }).waitFor();
    const target = page.getByRole('form', { name: id.trainingAdmin.target.title });
    await target.getByLabel(id.trainingAdmin.target.hours).fill('24');
    await target.getByRole('button', { name: id.trainingAdmin.target.save }).click();
    await page.getByText(fill(id.trainingAdmin.target.current, { hours: 24 })).waitFor();

    const answer = await api.request<{ annualTrainingTarget: number; competencies: Array<{ code: string }> }>('{ annualTrainingTarget competencies { code } }');
    expect(answer.data!.annualTrainingTarget).toBe(24);
    expect(answer.data!.competencies.map((competency) => competency.code)).toContain('T-ARSIP-UJI');
  });
});
