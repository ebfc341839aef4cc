import { GraphQLTestClient } from '@pantau/server/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import id from '../src/i18n/locales/id.json' with { type: 'json' };
import { browserAgainstServer, screenshot } from './browser';

const YEAR = 2026;
const CALIBRATION_YEAR = 2025;

describe('the supervisor’s pages in the browser against a real server', () => {
  const session = browserAgainstServer();
  let employee: GraphQLTestClient;
  let agencyAdmin: GraphQLTestClient;
  let skpId: string;

  const account = (username: string) => {
    const found = session.server.demoAccounts.find((candidate) => candidate.username === username);
    if (!found) throw new Error(`no demo account ${username}`);
    return found;
  };
  const signedIn = async (username: string) => {
    const client = new GraphQLTestClient(session.server.url);
    const { password } = account(username);
    await client.login(username, password);
    return client;
  };
  /** Runs an operation that must succeed. */
  const ok = async <T = any>(client: GraphQLTestClient, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await client.request<T>(query, variables);
    if (result.errors) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };
  const addRhk = async (kind: 'UTAMA' | 'TAMBAHAN', title: string, parentRhkId?: string) => {
    const { addRhk: rhk } = await ok(employee, 'mutation ($input: AddRhkInput!) { addRhk(input: $input) { id } }', { input: { skpId, kind, title, parentRhkId } });
    await ok(employee, 'mutation ($input: AddIndicatorInput!) { addIndicator(input: $input) { id } }', {
      input: { rhkId: rhk.id, aspect: 'QUANTITY', description: `Jumlah ${title.toLowerCase()}`, target: 12, unit: 'kegiatan' },
    });
  };
  const submit = () => ok(employee, 'mutation ($id: ID!) { submitSkp(id: $id) { status } }', { id: skpId });

  beforeAll(async () => {
    // The demo employee drafts and submits their 2026 plan under the supervisor's approved one, through the API.
    employee = await signedIn('pegawai.disdukcapil.serang');
    agencyAdmin = await signedIn('admin.disdukcapil.serang');
    const { me } = await ok(employee, `query ($y: Int!) { me { employee { superior { skp(year: $y) { status rhk { id } } } } } }`, { y: YEAR });
    expect(me.employee.superior.skp.status).toBe('APPROVED');
    skpId = (await ok(employee, 'mutation ($y: Int!) { createSkp(input: { year: $y }) { id } }', { y: YEAR })).createSkp.id;
    await addRhk('UTAMA', 'Perekaman data KTP-el', me.employee.superior.skp.rhk[0].id);
    await submit();
  });

  const skpStatus = async () =>
    (await ok(employee, 'query ($y: Int!) { me { employee { skp(year: $y) { status returnReason } } } }', { y: YEAR })).me.employee.skp as { status: string; returnReason: string | null };

  it('the supervisor returns the plan with a reason, sees the resubmission arrive live, and approves it', async () => {
    const page = await session.openSignedIn(account('atasan.disdukcapil.serang'));
    await page.getByRole('link', { name: id.app.nav.team }).click();
    await page.getByRole('heading', { level: 1, name: id.team.members.title }).waitFor();
    const row = page.getByRole('row', { name: /Diajukan/ });
    await row.waitFor();
    // The unit's live progress arrived through the subscription.
    await page.getByText(/pegawai · SKP disetujui/).first().waitFor();
    // The member's training hours of the year, as the API counts them.
    const training = (await ok(employee, 'query ($y: Int!) { me { employee { trainingHours(year: $y) { hours targetHours met } } } }', { y: YEAR })).me.employee.trainingHours;
    expect(await row.textContent()).toContain(`${training.hours} / ${training.targetHours} JP${training.met ? '' : ' · di bawah target'}`);
    await screenshot(page, 'team-members');

    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: `SKP ${YEAR}` }).waitFor();
    const reason = page.getByLabel(id.team.skp.returnReason);
    await reason.fill('Kurang');
    // Checked as the user types: the message is linked to the field.
    await page.getByText('Terlalu pendek: minimal 10 karakter.').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    const why = 'Tambahkan tugas piket layanan Sabtu sebagai RHK tambahan.';
    await reason.fill(why);
    expect(await reason.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: id.team.skp.return }).click();
    await page.getByText(`${id.team.skp.returnedWith}: ${why}`).waitFor();
    expect(await skpStatus()).toEqual({ status: 'RETURNED', returnReason: why });
    await screenshot(page, 'team-member-returned');

    // Back on the team page, the employee fixes and resubmits through the API: the row changes without a reload.
    await page.getByRole('link', { name: id.team.member.back }).click();
    const returnedRow = page.getByRole('row', { name: /Dikembalikan/ });
    await returnedRow.waitFor();
    const name = (await returnedRow.getByRole('link').textContent())!;
    await addRhk('TAMBAHAN', 'Piket layanan hari Sabtu');
    await submit();
    await page.getByRole('row', { name: new RegExp(`${name}.*Diajukan`) }).waitFor();

    await page.getByRole('link', { name }).click();
    await page.getByText('Piket layanan hari Sabtu', { exact: true }).waitFor();
    await page.getByRole('button', { name: id.team.skp.approve }).click();
    await page.getByText(id.performance.skpStatus.APPROVED, { exact: true }).waitFor();
    expect(await skpStatus()).toMatchObject({ status: 'APPROVED' });
    // Once decided, there is nothing left to approve or return.
    expect(await page.getByRole('button', { name: id.team.skp.approve }).count()).toBe(0);
    await screenshot(page, 'team-member-approved');

    // The employee assesses themself for the open quarter; the supervisor rates in the form and sees the predikat as they fill it.
    const { me } = await ok(employee, 'query ($y: Int!) { me { employee { skp(year: $y) { performanceYear { periods { id status } } } } } }', { y: YEAR });
    const open = me.employee.skp.performanceYear.periods.find((period: { status: string }) => period.status === 'OPEN');
    await ok(employee, 'mutation ($input: SelfAssessmentInput!) { submitSelfAssessment(input: $input) { id } }', {
      input: { skpId, periodId: open.id, selfAssessment: 'Target perekaman kuartal ini tercapai 104%.' },
    });
    await page.reload();
    await page.getByLabel(id.team.appraisal.hasilKerja).selectOption('SESUAI');
    for (const [value, name] of Object.entries(id.performance.coreValue)) {
      await page.getByLabel(`Penilaian ${name}`).selectOption(value === 'HARMONIS' ? 'DI_BAWAH' : 'SESUAI');
      await page.getByLabel(`Komentar ${name}`).fill(value === 'HARMONIS' ? 'Perlu pembinaan kerja sama tim.' : 'Sesuai pedoman perilaku.');
    }
    const outcome = page.locator('.appraisal-outcome');
    expect(await outcome.textContent()).toContain(`${id.team.appraisal.predikatResult}: ${id.performance.predikat.KURANG}`);
    await page.getByLabel(`Penilaian ${id.performance.coreValue.HARMONIS}`).selectOption('SESUAI');
    expect(await outcome.textContent()).toContain(`${id.team.appraisal.predikatResult}: ${id.performance.predikat.BAIK}`);
    await screenshot(page, 'team-appraisal-form');
    await page.getByRole('button', { name: id.team.appraisal.submit }).click();
    await page.getByText(id.performance.appraisalStatus.RATED, { exact: true }).waitFor();
    const rated = await ok(employee, 'query ($y: Int!) { me { employee { skp(year: $y) { appraisals { status predikat } } } } }', { y: YEAR });
    expect(rated.me.employee.skp.appraisals).toEqual([{ status: 'RATED', predikat: 'BAIK' }]);
  });

  it('the team’s daily reports show a week with the missing working days marked', async () => {
    const week = '2025-12-15';
    const { teamDailyReports } = await ok(
      await signedIn('atasan.disdukcapil.serang'),
      'query ($from: String!, $to: String!) { teamDailyReports(from: $from, to: $to) { missingDays } }',
      { from: week, to: '2025-12-21' },
    );
    const missing = teamDailyReports.reduce((sum: number, row: { missingDays: string[] }) => sum + row.missingDays.length, 0);
    expect(missing).toBeGreaterThan(0);
    const page = await session.openSignedIn(account('atasan.disdukcapil.serang'));
    await page.goto(new URL(`/tim/laporan?minggu=${week}`, session.server.url).href);
    await page.getByRole('heading', { level: 1, name: id.team.reports.title }).waitFor();
    await page.locator('table.reports-week tbody tr').first().waitFor();
    expect(await page.locator('table.reports-week tbody tr').count()).toBe(teamDailyReports.length);
    expect(await page.locator('.report-cell--missing').count()).toBe(missing);
    await screenshot(page, 'team-reports');
  });

  it('the head of agency sees the objections addressed to them and calibrates the units they lead', async () => {
    const page = await session.openSignedIn(account('kepala.disdukcapil.serang'));
    await page.goto(new URL(`/tim/keberatan?tahun=${CALIBRATION_YEAR}`, session.server.url).href);
    await page.getByRole('heading', { level: 1, name: id.team.objections.title }).waitFor();
    // Two levels of the team in one query, within the server's cost limit: no error, a list or its empty state.
    await page.locator('article.panel, .status--empty').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'team-objections');

    await page.getByRole('link', { name: id.team.nav.calibration }).click();
    await page.getByRole('heading', { level: 1, name: id.team.calibration.title }).waitFor();
    await page.locator('table.calibration-counts').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    // Reading, not locking: that is for the agency's administrators.
    expect(await page.getByRole('heading', { name: id.team.calibration.lockTitle }).count()).toBe(0);
  });

  it('the calibration view shows the unit’s predikat distribution and each broken rule with its numbers', async () => {
    // A unit of the agency whose 2025 distribution breaks the curve (the demo data has some).
    const units = await ok(agencyAdmin, '{ me { agency { units(first: 100) { edges { node { id } } } } } }');
    let calibration: any = null;
    let unitId = '';
    for (const { node } of units.me.agency.units.edges) {
      const result = await ok(
        agencyAdmin,
        `query ($unitId: ID!, $year: Int!) { calibration(unitId: $unitId, year: $year) {
          unit { name } rated counts { predikat count } violations { actualCount allowedCount } } }`,
        { unitId: node.id, year: CALIBRATION_YEAR },
      );
      if (result.calibration.violations.length > 0) {
        ({ calibration } = result);
        unitId = node.id;
        break;
      }
    }
    expect(calibration?.rated).toBeGreaterThan(0);

    const page = await session.openSignedIn(account('admin.disdukcapil.serang'));
    await page.getByRole('link', { name: id.app.nav.team }).click();
    await page.getByRole('link', { name: id.team.nav.calibration }).click();
    // The calibration looks back at the last finished year by default.
    await page.getByRole('heading', { level: 1, name: id.team.calibration.title }).waitFor();
    expect(await page.getByLabel(id.team.year).inputValue()).toBe(String(CALIBRATION_YEAR));
    await page.getByLabel(id.team.calibration.unit).selectOption(unitId);
    const table = page.getByRole('table', { name: `Sebaran predikat ${calibration.unit.name}, ${CALIBRATION_YEAR}` });
    await table.waitFor();
    const shown = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [row.querySelector('th')!.textContent, row.querySelector('td')!.textContent]));
    expect(shown).toEqual(calibration.counts.map((row: { predikat: keyof typeof id.performance.predikat; count: number }) => [id.performance.predikat[row.predikat], String(row.count)]));
    // The chart (chart.js, loaded with it) draws on its canvas.
    await page.locator('.chart canvas').waitFor();
    const violated = page.locator('.curve-rule--violated');
    expect(await violated.count()).toBe(calibration.violations.length);
    for (const [index, violation] of (calibration.violations as Array<{ actualCount: number; allowedCount: number }>).entries()) {
      expect(await violated.nth(index).textContent()).toContain(`${violation.actualCount} dari ${calibration.rated}`);
      expect(await violated.nth(index).textContent()).toContain(`yang diperbolehkan ${violation.allowedCount}`);
    }
    await screenshot(page, 'team-calibration');
  });
});
