import { describe, expect, it } from 'vitest';
import id from '../src/i18n/locales/id.json' with { type: 'json' };
import { browserAgainstServer, screenshot } from './browser';

const regionNames = ['Kota Serang', 'Kota Medan', 'Kota Semarang', 'Kota Tanjungpinang', 'Kota Palembang'];

describe('web app against a real server', () => {
  const session = browserAgainstServer();
  const openPage = session.openPage;

  it('lists the five regions in Indonesian, with a live connection, then switches to English', async () => {
    const page = await openPage('/');
    await page.getByRole('heading', { level: 1, name: id.home.title }).waitFor();
    for (const name of regionNames) await page.getByRole('link', { name, exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');

    // The socket connects and the server's clock ticks over the subscription.
    await page.locator('[data-state="connected"]').waitFor();
    await page.getByText(/^Waktu server: /).waitFor();
    await screenshot(page, 'home-id');

    await page.getByRole('button', { name: 'English (EN)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regions' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'home-en');

    // The choice survives a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Regions' }).waitFor();
  });

  it('opens a region with its agencies and districts, also on a phone', async () => {
    const page = await openPage('/', { width: 390, height: 844 });
    await page.getByRole('link', { name: 'Kota Serang', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kota Serang' }).waitFor();
    await page.getByRole('heading', { level: 2, name: id.region.agencies.heading }).waitFor();
    await page.getByRole('heading', { level: 2, name: id.region.districts.heading }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/wilayah\/.+/);
    await screenshot(page, 'region-phone');
  });

  it('serves the app for unknown paths and shows the 404 page', async () => {
    const page = await openPage('/tidak-ada');
    await page.getByRole('heading', { level: 1, name: id.notFound.title }).waitFor();
  });

  it('rejects a wrong password with a translated message', async () => {
    const page = await openPage('/masuk');
    await page.getByLabel(id.login.username).fill(session.server.demoAccounts[0]!.username);
    await page.getByLabel(id.login.password).fill('not-the-password');
    await page.getByRole('button', { name: id.login.submit, exact: true }).click();
    // Shown next to the field the server names (if any), else at the top of the form.
    await page.getByText(id.errors.codes.INVALID_CREDENTIALS).waitFor();
    await screenshot(page, 'login-invalid');
  });

  it('signs in as each demo account, shows its role in the header, and signs out', async () => {
    expect(session.server.demoAccounts.length).toBeGreaterThan(0);
    for (const account of session.server.demoAccounts) {
      const roleLabel = (id.roles as Record<string, string>)[account.role];
      expect(roleLabel, `no Indonesian label for role ${account.role}`).toBeDefined();

      const page = await session.openSignedIn(account);

      const header = page.getByRole('banner');
      // The role has its own element: a display name may contain the same word.
      const role = header.locator('.user-menu__role');
      await role.waitFor();
      expect(await role.textContent()).toBe(roleLabel);
      // Signing in restarts the socket so the server sees the new session; it must come back.
      await page.locator('[data-state="connected"]').waitFor();
      await screenshot(page, `signed-in-${account.role.toLowerCase()}`);

      await header.getByRole('button', { name: id.session.logout }).click();
      await header.getByRole('link', { name: id.session.login }).waitFor();
    }
  });
});
