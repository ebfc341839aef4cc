import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Node would load graphql-ws's `graphql` import as CommonJS and our test's as ESM: two copies
    // whose schemas do not recognise each other. Bundling graphql-ws gives both the same copy.
    server: { deps: { inline: ['graphql-ws'] } },
  },
});
