import { GraphQLTestClient } from '@pantau/server/testing';
import { describe, expect, it } from 'vitest';
import id from '../src/i18n/locales/id.json' with { type: 'json' };
import { browserAgainstServer, screenshot } from './browser';

describe('self-service and administration pages of issue 5 in the browser against a real server', () => {
  const session = browserAgainstServer();
  const account = (role: string, username?: RegExp) =>
    session.server.demoAccounts.find((candidate) => candidate.role === role && (!username || username.test(candidate.username)))!;

  it('changes the own password, and the new one signs in', async () => {
    const employee = account('EMPLOYEE');
    const page = await session.openSignedIn(employee);
    await page.getByRole('link', { name: new RegExp(id.session.account) }).click();
    await page.getByRole('heading', { level: 1, name: id.account.title }).waitFor();

    const newPassword = 'kopi-susu-gula-aren-2026';
    await page.getByLabel(id.account.password.current).fill(employee.password);
    await page.getByLabel(id.account.password.new, { exact: true }).fill(newPassword);
    await page.getByLabel(id.account.password.repeat).fill(newPassword);
    await page.getByRole('button', { name: id.account.password.submit }).click();
    await page.getByText(id.account.password.changed).waitFor();
    await screenshot(page, 'account-password-changed');

    const fresh = await session.openSignedIn({ username: employee.username, password: newPassword });
    await fresh.getByRole('link', { name: new RegExp(id.session.account) }).waitFor();
    const api = new GraphQLTestClient(session.server.url);
    await expect(api.login(employee.username, employee.password)).rejects.toThrow();
  });

  it('signing out everywhere ends another session of the same account', async () => {
    const supervisor = account('SUPERVISOR', /^atasan\./);
    const elsewhere = new GraphQLTestClient(session.server.url);
    await elsewhere.login(supervisor.username, supervisor.password);
    const me = async () => (await elsewhere.request<{ me: { username: string } | null }>('{ me { username } }')).data?.me ?? null;
    expect(await me()).toEqual({ username: supervisor.username });

    const page = await session.openSignedIn(supervisor);
    await page.goto(new URL('/akun', session.server.url).href);
    await page.getByRole('button', { name: id.account.sessions.logoutEverywhere }).click();
    await page.getByRole('button', { name: id.account.sessions.yes }).click();
    await page.waitForURL((url) => url.pathname === '/masuk');
    await page.getByRole('heading', { level: 1, name: id.login.title }).waitFor();
    expect(await me()).toBeNull();
  });

  it('ADMIN creates an agency, which the region lists', async () => {
    const page = await session.openSignedIn(account('ADMIN'));
    await page.getByRole('link', { name: id.app.nav.admin }).click();
    await page.getByRole('link', { name: id.admin.nav.agencies, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: id.admin.agencies.title }).waitFor();

    const region = await page.getByLabel(id.admin.agencies.region, { exact: true }).locator('option').nth(1).textContent();
    await page.getByLabel(id.admin.agencies.region, { exact: true }).selectOption({ label: region! });
    await page.getByLabel(id.admin.agencies.code, { exact: true }).fill('DISKOMINFO_UJI');
    await page.getByLabel(id.admin.agencies.name, { exact: true }).fill('Dinas Komunikasi dan Informatika Uji');
    await page.getByLabel(id.admin.agencies.shortName, { exact: true }).fill('Diskominfo Uji');
    await page.getByRole('button', { name: id.admin.agencies.create }).click();
    await page.getByText(id.admin.agencies.created.replace('{{name}}', 'Dinas Komunikasi dan Informatika Uji')).waitFor();
    await page.getByRole('table', { name: region! }).getByRole('row', { name: /DISKOMINFO_UJI/ }).waitFor();
    await screenshot(page, 'admin-agency-created');

    const api = new GraphQLTestClient(session.server.url);
    const listed = await api.request<{ regions: { edges: Array<{ node: { name: string; agencies: { edges: Array<{ node: { code: string } }> } } }> } }>(
      '{ regions(first: 100) { edges { node { name agencies(first: 80) { edges { node { code } } } } } } }',
    );
    const codes = listed.data!.regions.edges.find((edge) => edge.node.name === region)!.node.agencies.edges.map((edge) => edge.node.code);
    expect(codes).toContain('DISKOMINFO_UJI');
  });

  it('the supervisor records a coaching session on an open coaching plan', async () => {
    // The demo's coaching plan (a 2025 final rating below Baik) is completed; reopen it, as a plan still being followed.
    const prisma = session.server.app.database.prisma;
    const plan = await prisma.coachingPlan.findFirstOrThrow({ select: { id: true, employee: { select: { name: true } }, _count: { select: { sessions: true } } } });
    await prisma.coachingPlan.update({ where: { id: plan.id }, data: { status: 'OPEN' } });

    const page = await session.openSignedIn(account('SUPERVISOR', /^atasan\./));
    await page.goto(new URL('/tim?tahun=2025', session.server.url).href);
    await page.getByRole('link', { name: plan.employee.name, exact: true }).click();
    const form = page.getByRole('form', { name: /^Catat sesi pembinaan periode/ });
    await form.waitFor();
    await form.getByLabel(id.team.coaching.sessionNotes).fill('Meninjau kemajuan daftar periksa berkas bersama.');
    await form.getByLabel(id.team.coaching.completesPlan).check();
    await form.getByRole('button', { name: id.team.coaching.recordSession }).click();
    await page.getByRole('list', { name: id.team.coaching.sessions }).getByText('Meninjau kemajuan daftar periksa berkas bersama.').waitFor();
    // The session completed the plan: no more sessions to record.
    await expect.poll(() => form.count()).toBe(0);
    await screenshot(page, 'team-coaching-session');

    const after = await prisma.coachingPlan.findUniqueOrThrow({ where: { id: plan.id }, select: { status: true, _count: { select: { sessions: true } } } });
    expect(after).toEqual({ status: 'COMPLETED', _count: { sessions: plan._count.sessions + 1 } });
  });
});
