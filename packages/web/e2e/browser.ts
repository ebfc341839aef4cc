import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureLogger, startTestServer } from '@pantau/server/testing';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import id from '../src/i18n/locales/id.json' with { type: 'json' };

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Git-ignored (.test-artifacts/), kept after a run so people can look at what the browser saw. */
export const screenshotDir = path.join(repoRoot, '.test-artifacts', 'screenshots');

/**
 * The system Chromium (Debian's `chromium` package) driven by playwright-core: Playwright's own
 * browser downloads are not available on these machines, nor in CI.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page PNG as `<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * Registers a suite's hooks: one real server (demo data) and one browser for the suite, a fresh
 * browser profile (no cookies, no stored language) for every page, and a failure for any
 * uncaught error on a page. Call inside `describe`, before the suite's own hooks. With
 * `captureLog`, the server's log lines (info and up) are kept in `serverLog`.
 */
export function browserAgainstServer(options: { captureLog?: boolean } = {}) {
  const log = options.captureLog ? captureLogger() : undefined;
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(log ? { logger: log.logger } : {});
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    expect(pageErrors).toEqual([]);
    pageErrors = [];
  });

  return {
    get server(): TestServer {
      if (!server) throw new Error('The server starts in beforeAll');
      return server;
    },
    /** The server's log lines (with `captureLog`). */
    get serverLog(): ReadonlyArray<Record<string, unknown>> {
      if (!log) throw new Error('Pass captureLog: true to read the server log');
      return log.lines;
    },
    openPage,
    /** Opens the login page in a fresh profile and signs in through the form, as a person would. */
    async openSignedIn(account: { username: string; password: string }, viewport?: { width: number; height: number }): Promise<Page> {
      const page = await openPage('/masuk', viewport);
      await page.getByLabel(id.login.username).fill(account.username);
      await page.getByLabel(id.login.password).fill(account.password);
      await page.getByRole('button', { name: id.login.submit, exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/');
      return page;
    },
  };

  async function openPage(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    await context?.close();
    context = await browser!.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(new URL(path, server!.url).href);
    return page;
  }
}
