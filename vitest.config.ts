import { defineConfig } from 'vitest/config';

// Each package owns its vitest config; the root lists them so `pnpm test` runs everything,
// including the browser tests (which build the web app first).
export default defineConfig({
  test: {
    projects: ['packages/shared', 'packages/server', 'packages/web/vitest.config.ts', 'packages/web/vitest.e2e.config.ts'],
  },
});
