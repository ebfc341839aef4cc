import { isPredikat, type Predikat, PREDIKAT_ORDER } from './rating.js';

/** A unit's own yearly rating; it bounds how its employees' predikat may be spread. */
export const OrganisationRating = {
  ISTIMEWA: 'ISTIMEWA',
  BAIK: 'BAIK',
  BUTUH_PERBAIKAN: 'BUTUH_PERBAIKAN',
  KURANG: 'KURANG',
  SANGAT_KURANG: 'SANGAT_KURANG',
} as const;

export type OrganisationRating = (typeof OrganisationRating)[keyof typeof OrganisationRating];

/**
 * One bound of the distribution curve. `predikat` lists the predikat counted together
 * ("Kurang and/or Butuh Perbaikan"). Boundaries are inclusive:
 * - `at_most`: share ≤ thresholdPercent (at most 70% of 10 employees allows 7; 0% means none);
 * - `at_least`: share ≥ thresholdPercent (at least 60% of 10 requires 6);
 * - `required_any`: at least one employee, however large the unit.
 */
export type CurveRule =
  | {
      readonly id: string;
      readonly kind: 'at_most' | 'at_least';
      readonly predikat: readonly Predikat[];
      readonly thresholdPercent: number;
      /** Short English statement of the rule, shown when it is broken. */
      readonly description: string;
    }
  | {
      readonly id: string;
      readonly kind: 'required_any';
      readonly predikat: readonly Predikat[];
      readonly description: string;
    };

export type CurveRuleKind = CurveRule['kind'];

/** The rules for each organisation rating. An administrator may supply their own set. */
export type CurveRules = Readonly<Record<OrganisationRating, readonly CurveRule[]>>;

/** The defaults from PermenPANRB 6/2022 as summarised in the domain brief (marked "verify"). */
export const DEFAULT_CURVE_RULES: CurveRules = {
  ISTIMEWA: [
    {
      id: 'ISTIMEWA/max-sangat-baik',
      kind: 'at_most',
      predikat: ['SANGAT_BAIK'],
      thresholdPercent: 70,
      description: 'At most 70% Sangat Baik',
    },
  ],
  BAIK: [
    {
      id: 'BAIK/max-baik',
      kind: 'at_most',
      predikat: ['BAIK'],
      thresholdPercent: 70,
      description: 'At most 70% Baik',
    },
    {
      id: 'BAIK/some-butuh-perbaikan-or-kurang',
      kind: 'required_any',
      predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
      description: 'At least one Butuh Perbaikan or Kurang',
    },
  ],
  BUTUH_PERBAIKAN: [
    {
      id: 'BUTUH_PERBAIKAN/min-butuh-perbaikan',
      kind: 'at_least',
      predikat: ['BUTUH_PERBAIKAN'],
      thresholdPercent: 60,
      description: 'At least 60% Butuh Perbaikan',
    },
    {
      id: 'BUTUH_PERBAIKAN/max-sangat-baik',
      kind: 'at_most',
      predikat: ['SANGAT_BAIK'],
      thresholdPercent: 10,
      description: 'At most 10% Sangat Baik',
    },
  ],
  KURANG: [
    {
      id: 'KURANG/min-kurang',
      kind: 'at_least',
      predikat: ['KURANG'],
      thresholdPercent: 60,
      description: 'At least 60% Kurang',
    },
    {
      id: 'KURANG/min-butuh-perbaikan',
      kind: 'at_least',
      predikat: ['BUTUH_PERBAIKAN'],
      thresholdPercent: 10,
      description: 'At least 10% Butuh Perbaikan',
    },
    {
      id: 'KURANG/max-sangat-baik',
      kind: 'at_most',
      predikat: ['SANGAT_BAIK'],
      thresholdPercent: 10,
      description: 'At most 10% Sangat Baik',
    },
  ],
  SANGAT_KURANG: [
    {
      id: 'SANGAT_KURANG/min-sangat-kurang',
      kind: 'at_least',
      predikat: ['SANGAT_KURANG'],
      thresholdPercent: 60,
      description: 'At least 60% Sangat Kurang',
    },
    {
      id: 'SANGAT_KURANG/min-kurang-or-butuh-perbaikan',
      kind: 'at_least',
      predikat: ['KURANG', 'BUTUH_PERBAIKAN'],
      thresholdPercent: 10,
      description: 'At least 10% Kurang or Butuh Perbaikan',
    },
    {
      id: 'SANGAT_KURANG/no-sangat-baik',
      kind: 'at_most',
      predikat: ['SANGAT_BAIK'],
      thresholdPercent: 0,
      description: 'No Sangat Baik',
    },
  ],
};

export interface CurveViolation {
  readonly ruleId: string;
  readonly description: string;
  readonly predikat: readonly Predikat[];
  readonly kind: CurveRuleKind;
  /** null for `required_any`, which has no percentage. */
  readonly thresholdPercent: number | null;
  readonly actualCount: number;
  readonly actualPercent: number;
  /** The largest (`at_most`) or smallest (`at_least`, `required_any`) count that would pass. */
  readonly allowedCount: number;
}

export interface DistributionCheck {
  readonly ok: boolean;
  /** Number of employees rated. */
  readonly total: number;
  /** Percentage (0–100) of employees with each predikat; all 0 for an empty unit. */
  readonly shares: Readonly<Record<Predikat, number>>;
  readonly violations: readonly CurveViolation[];
}

// Absorbs float error for fractional thresholds: 3000 × 33.3 / 100 gives 998.9999999999999.
const EPSILON = 1e-9;

/**
 * Checks a proposed distribution of predikat in a unit against the curve for its rating.
 * Rules compare whole counts, never rounded percentages, so the verdict and `allowedCount`
 * always agree. A unit with no rated employees passes. Small units may be unable to satisfy
 * every rule at once (one employee in a KURANG unit); the check then reports what breaks.
 */
export function checkDistribution(
  organisationRating: OrganisationRating,
  counts: Readonly<Partial<Record<Predikat, number>>>,
  rules: CurveRules = DEFAULT_CURVE_RULES,
): DistributionCheck {
  const unitRules = rules[organisationRating];
  if (unitRules === undefined) {
    throw new RangeError(`Unknown organisation rating "${organisationRating}"`);
  }
  unitRules.forEach(assertValidRule);
  const countOf = normaliseCounts(counts);
  const total = PREDIKAT_ORDER.reduce((sum, p) => sum + countOf[p], 0);
  const percentOf = (count: number) => (total === 0 ? 0 : (count / total) * 100);
  const shares = Object.fromEntries(
    PREDIKAT_ORDER.map((p) => [p, percentOf(countOf[p])]),
  ) as Record<Predikat, number>;
  if (total === 0) return { ok: true, total, shares, violations: [] };

  const violations: CurveViolation[] = [];
  for (const rule of unitRules) {
    const actualCount = rule.predikat.reduce((sum, p) => sum + countOf[p], 0);
    const thresholdPercent = rule.kind === 'required_any' ? null : rule.thresholdPercent;
    const allowedCount = allowedCountFor(rule, total);
    const passes =
      rule.kind === 'at_most' ? actualCount <= allowedCount : actualCount >= allowedCount;
    if (!passes) {
      violations.push({
        ruleId: rule.id,
        description: rule.description,
        predikat: rule.predikat,
        kind: rule.kind,
        thresholdPercent,
        actualCount,
        actualPercent: percentOf(actualCount),
        allowedCount,
      });
    }
  }
  return { ok: violations.length === 0, total, shares, violations };
}

function allowedCountFor(rule: CurveRule, total: number): number {
  switch (rule.kind) {
    case 'at_most':
      return Math.floor((total * rule.thresholdPercent) / 100 + EPSILON);
    case 'at_least':
      return Math.ceil((total * rule.thresholdPercent) / 100 - EPSILON);
    case 'required_any':
      return 1;
  }
}

function normaliseCounts(
  counts: Readonly<Partial<Record<Predikat, number>>>,
): Record<Predikat, number> {
  for (const [key, count] of Object.entries(counts)) {
    if (!isPredikat(key)) throw new RangeError(`Unknown predikat "${key}" in counts`);
    if (count !== undefined && !(Number.isInteger(count) && count >= 0)) {
      throw new RangeError(`Count for ${key} must be a non-negative integer, got ${count}`);
    }
  }
  return Object.fromEntries(PREDIKAT_ORDER.map((p) => [p, counts[p] ?? 0])) as Record<
    Predikat,
    number
  >;
}

function assertValidRule(rule: CurveRule): void {
  if (rule.predikat.length === 0 || !rule.predikat.every(isPredikat)) {
    throw new RangeError(`Curve rule ${rule.id} must count one or more known predikat`);
  }
  if (
    rule.kind !== 'required_any' &&
    !(
      Number.isFinite(rule.thresholdPercent) &&
      rule.thresholdPercent >= 0 &&
      rule.thresholdPercent <= 100
    )
  ) {
    throw new RangeError(`Curve rule ${rule.id} needs a threshold from 0 to 100 percent`);
  }
}
