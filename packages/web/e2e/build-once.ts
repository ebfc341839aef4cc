import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Vitest global setup: the server serves packages/web/dist, so build it first; otherwise the
 * browser would test whatever an earlier build left there.
 */
export default async function buildWeb() {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: fileURLToPath(new URL('..', import.meta.url)), logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
