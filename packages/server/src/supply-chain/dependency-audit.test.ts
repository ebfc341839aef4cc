import { describe, expect, it } from 'vitest';
import { bulkRequest, decide, findAdvisories, lockfilePackages, validateAllowances, type AdvisoryMap } from './dependency-audit.js';

const LOCKFILE = `lockfileVersion: '9.0'

importers:

  .:
    devDependencies:
      left-pad:
        specifier: 1.1.0
        version: 1.1.0

packages:

  '@scope/tool@2.0.1':
    resolution: {integrity: sha512-x}

  left-pad@1.1.0:
    resolution: {integrity: sha512-y}

  left-pad@1.3.0:
    resolution: {integrity: sha512-z}

  quiet@0.1.0:
    resolution: {integrity: sha512-q}

snapshots:

  left-pad@9.9.9: {}
`;

const ADVISORIES: AdvisoryMap = {
  'left-pad': [{ id: 1001, title: 'Prototype pollution', severity: 'critical', vulnerable_versions: '<1.2.0', url: 'https://example.org/1001' }],
  '@scope/tool': [
    { id: 1002, title: 'ReDoS', severity: 'high', vulnerable_versions: '>=2.0.0 <2.0.5', url: 'https://example.org/1002' },
    { id: 1003, title: 'Information exposure', severity: 'moderate', vulnerable_versions: '<3.0.0', url: 'https://example.org/1003' },
  ],
  quiet: [{ id: 1004, title: 'Old bug', severity: 'critical', vulnerable_versions: '<0.0.5', url: 'https://example.org/1004' }],
};

describe('dependency audit', () => {
  const packages = lockfilePackages(LOCKFILE);

  it('reads every installed version from the lockfile’s packages section only', () => {
    expect(bulkRequest(packages)).toEqual({ '@scope/tool': ['2.0.1'], 'left-pad': ['1.1.0', '1.3.0'], quiet: ['0.1.0'] });
  });

  it('fails on high and critical advisories, reports the rest', () => {
    const decision = decide(findAdvisories(packages, ADVISORIES), [], '2026-01-01');
    expect(decision.failing.map((finding) => `${finding.package}@${finding.version} ${finding.advisory.id}`).sort()).toEqual(['@scope/tool@2.0.1 1002', 'left-pad@1.1.0 1001']);
    expect(decision.reported.map((finding) => finding.advisory.id)).toEqual([1003]);
    expect(decision.allowed).toEqual([]);
  });

  it('lets an allowance with a reason pass until it lapses', () => {
    const allowances = validateAllowances([{ id: 1001, package: 'left-pad', reason: 'Only used by a build script on trusted input.', until: '2026-03-31' }]);
    const findings = findAdvisories(packages, ADVISORIES);
    const within = decide(findings, allowances, '2026-03-31');
    expect(within.failing.map((finding) => finding.advisory.id)).toEqual([1002]);
    expect(within.allowed).toMatchObject([{ package: 'left-pad', reason: 'Only used by a build script on trusted input.' }]);
    expect(decide(findings, allowances, '2026-04-01').failing.map((finding) => finding.advisory.id).sort()).toEqual([1001, 1002]);
  });

  it('refuses an allowance without a reason or an end', () => {
    expect(() => validateAllowances([{ id: 1001, package: 'left-pad', reason: '', until: '2026-03-31' }])).toThrow(/reason/);
    expect(() => validateAllowances([{ id: 1001, package: 'left-pad', reason: 'Not reachable from our code.' }])).toThrow(/until/);
  });
});
