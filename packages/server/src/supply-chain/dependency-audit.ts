// The decision of `pnpm audit:deps`: which packages of the lockfile have known advisories, and
// whether that fails the build (high or critical, unless allowed with a reason that has not
// lapsed). No I/O here: the command reads the files and asks the registry.
import semver from 'semver';

export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
const FAILING: ReadonlySet<Severity> = new Set(['high', 'critical']);

/** One advisory as the npm registry's bulk advisory endpoint returns it. */
export interface Advisory {
  id: number;
  title: string;
  severity: Severity;
  vulnerable_versions: string;
  url: string;
}
/** Package name to its advisories: the bulk endpoint's response body. */
export type AdvisoryMap = Record<string, Advisory[]>;

export interface Allowance {
  id: number;
  package: string;
  /** Why it does not affect us (e.g. the vulnerable function is never called); required. */
  reason: string;
  /** The allowance lapses after this day (YYYY-MM-DD), so that it is looked at again. */
  until: string;
}

export interface Finding {
  package: string;
  version: string;
  advisory: Advisory;
}

export interface AuditDecision {
  /** High or critical and not allowed: the build fails. */
  failing: Finding[];
  allowed: Array<Finding & { reason: string }>;
  /** Below high: reported, not failing. */
  reported: Finding[];
}

/** The installed packages of a pnpm lockfile (v9): name to versions. */
export function lockfilePackages(lockfile: string): Map<string, Set<string>> {
  const section = /^packages:\n([\s\S]*?)(?=^\S|(?![\s\S]))/m.exec(lockfile)?.[1] ?? '';
  const packages = new Map<string, Set<string>>();
  for (const match of section.matchAll(/^ {2}'?((?:@[^@/\s']+\/)?[^@\s']+)@([^('\s:]+)/gm)) {
    const [, name, version] = match as unknown as [string, string, string];
    if (!semver.valid(version)) continue; // links, tarballs and git dependencies have no registry advisories
    packages.set(name, (packages.get(name) ?? new Set()).add(version));
  }
  return packages;
}

/** The bulk endpoint's request body: every package with its installed versions. */
export function bulkRequest(packages: Map<string, Set<string>>): Record<string, string[]> {
  return Object.fromEntries([...packages].map(([name, versions]) => [name, [...versions].sort()]));
}

export function findAdvisories(packages: Map<string, Set<string>>, advisories: AdvisoryMap): Finding[] {
  const findings: Finding[] = [];
  for (const [name, list] of Object.entries(advisories)) {
    for (const version of packages.get(name) ?? []) {
      for (const advisory of list) {
        if (semver.satisfies(version, advisory.vulnerable_versions, { includePrerelease: true })) findings.push({ package: name, version, advisory });
      }
    }
  }
  return findings;
}

export function validateAllowances(allowances: unknown): Allowance[] {
  if (!Array.isArray(allowances)) throw new Error('The allow-list must be a JSON array.');
  return allowances.map((entry: Partial<Allowance>, index) => {
    if (typeof entry.id !== 'number' || typeof entry.package !== 'string') throw new Error(`Allow-list entry ${index}: needs the advisory id and the package.`);
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 10) throw new Error(`Allow-list entry ${index} (${entry.package} ${entry.id}): give the reason it does not affect us.`);
    if (typeof entry.until !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(entry.until)) throw new Error(`Allow-list entry ${index} (${entry.package} ${entry.id}): needs until (YYYY-MM-DD).`);
    return entry as Allowance;
  });
}

export function decide(findings: Finding[], allowances: Allowance[], today: string): AuditDecision {
  const decision: AuditDecision = { failing: [], allowed: [], reported: [] };
  for (const finding of findings) {
    if (!FAILING.has(finding.advisory.severity)) {
      decision.reported.push(finding);
      continue;
    }
    const allowance = allowances.find((entry) => entry.id === finding.advisory.id && entry.package === finding.package && entry.until >= today);
    if (allowance) decision.allowed.push({ ...finding, reason: allowance.reason });
    else decision.failing.push(finding);
  }
  return decision;
}
