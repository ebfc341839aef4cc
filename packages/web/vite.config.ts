import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// In development the API server runs separately; the browser only ever talks to Vite's origin,
// so cookies and the WebSocket behave exactly as in production, where the server serves dist/.
const apiOrigin = `http://localhost:${process.env.PORT || 4000}`;
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiOrigin, ws: true },
  '/healthz': { target: apiOrigin },
  '/readyz': { target: apiOrigin },
  '/api': { target: apiOrigin },
  '/files': { target: apiOrigin },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // scripts/bundle-budget.mjs reads the chunk graph from it.
    manifest: true,
    rolldownOptions: {
      // Libraries change less often than our code: a separate chunk stays cached across releases.
      // chart.js gets its own chunk, loaded only by the pages that draw charts, not by the shell.
      output: {
        codeSplitting: {
          groups: [
            { name: 'charts', test: /[\\/]node_modules[\\/](\.pnpm[\\/])?(chart\.js|@kurkle)/, priority: 2 },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
