// `pnpm audit:deps`: checks the lockfile's packages against the npm registry's advisories (its
// bulk advisory endpoint), or against the checked-in snapshot when the registry does not answer,
// and fails on high or critical advisories not in the allow-list. `--refresh` rewrites the
// snapshot from the registry (run it where the registry's advisory endpoint answers).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bulkRequest, decide, findAdvisories, lockfilePackages, validateAllowances, type AdvisoryMap, type Finding } from '../supply-chain/dependency-audit.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const SNAPSHOT = `${root}security/advisories-snapshot.json`;
const ALLOWED = `${root}security/advisories-allowed.json`;
const registry = (process.env.npm_config_registry ?? 'https://registry.npmjs.org/').replace(/\/?$/, '/');

interface Snapshot {
  fetchedAt: string | null;
  registry: string | null;
  advisories: AdvisoryMap;
}

async function fromRegistry(body: Record<string, string[]>): Promise<AdvisoryMap | string> {
  try {
    const response = await fetch(`${registry}-/npm/v1/security/advisories/bulk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    if (!response.ok) return `HTTP ${response.status}`;
    return (await response.json()) as AdvisoryMap;
  } catch (error) {
    return (error as Error).message;
  }
}

const line = (finding: Finding) => `  ${finding.advisory.severity.padEnd(8)} ${finding.package}@${finding.version}  ${finding.advisory.title} (${finding.advisory.id}, ${finding.advisory.url})`;

const packages = lockfilePackages(await readFile(`${root}pnpm-lock.yaml`, 'utf8'));
const snapshot = JSON.parse(await readFile(SNAPSHOT, 'utf8')) as Snapshot;
const answer = await fromRegistry(bulkRequest(packages));
let advisories: AdvisoryMap;
if (typeof answer === 'string') {
  if (process.argv.includes('--refresh')) {
    console.error(`The registry's advisory endpoint did not answer (${answer}); the snapshot is unchanged.`);
    process.exit(2);
  }
  advisories = snapshot.advisories;
  console.log(
    `The registry's advisory endpoint did not answer (${answer}): using the snapshot ` +
      (snapshot.fetchedAt ? `of ${snapshot.fetchedAt}.` : 'that was never refreshed (run `pnpm audit:deps --refresh` where the registry answers).'),
  );
} else {
  advisories = answer;
  console.log(`Advisories from ${registry} for ${packages.size} packages.`);
  if (process.argv.includes('--refresh')) {
    await writeFile(SNAPSHOT, `${JSON.stringify({ fetchedAt: new Date().toISOString(), registry, advisories } satisfies Snapshot, null, 2)}\n`);
    console.log(`Snapshot written: ${SNAPSHOT}`);
  }
}

const allowances = validateAllowances(JSON.parse(await readFile(ALLOWED, 'utf8')));
const decision = decide(findAdvisories(packages, advisories), allowances, new Date().toISOString().slice(0, 10));
if (decision.reported.length > 0) console.log(`Below high (reported, not failing):\n${decision.reported.map(line).join('\n')}`);
if (decision.allowed.length > 0) console.log(`Allowed:\n${decision.allowed.map((finding) => `${line(finding)}\n    because: ${finding.reason}`).join('\n')}`);
if (decision.failing.length > 0) {
  console.error(`High or critical advisories (upgrade, or allow in security/advisories-allowed.json with a reason):\n${decision.failing.map(line).join('\n')}`);
  process.exit(1);
}
console.log(`No high or critical advisory open among ${packages.size} packages.`);
