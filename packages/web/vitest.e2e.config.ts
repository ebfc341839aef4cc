import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Browser tests against a real server: one file at a time, since each starts a server and a browser.
export default defineConfig({
  // The server's source is transformed by Vite, which would resolve its `graphql` import to the
  // ESM build, while Pothos (loaded by Node) gets the CommonJS one: two copies that reject each
  // other's schema types. Point Vite at the copy Node loads.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    name: 'web-e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/build-once.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
