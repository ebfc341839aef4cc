// After `vite build`: the JavaScript a first visit to a public page downloads (the entry chunk,
// what it imports statically, and the public route's chunk with its own static imports), gzipped.
// Fails the build when it exceeds the budget.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const ROUTE = 'src/pages/public/PublicRegionPage.tsx';
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));

const files = new Set();
function visit(key) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`bundle-budget: ${key} is not in the build manifest`);
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
}
visit('index.html');
visit(ROUTE);

let total = 0;
for (const file of [...files].sort()) {
  const size = gzipSync(readFileSync(path.join(dist, file))).length;
  total += size;
  console.log(`  ${file.padEnd(44)} ${(size / 1000).toFixed(1).padStart(7)} kB gzip`);
}
const verdict = total / 1000 <= BUDGET_KB ? 'within' : 'OVER';
console.log(`First load of the public pages: ${(total / 1000).toFixed(1)} kB of JavaScript (gzip, 1 kB = 1,000 bytes, as Vite prints), ${verdict} the ${BUDGET_KB} kB budget.`);
if (verdict === 'OVER') process.exit(1);
