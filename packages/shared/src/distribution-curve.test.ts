import { describe, expect, it } from 'vitest';
import {
  checkDistribution,
  type CurveRules,
  DEFAULT_CURVE_RULES,
  OrganisationRating,
} from './distribution-curve.js';
import type { Predikat } from './rating.js';

type Counts = Partial<Record<Predikat, number>>;

const violatedIds = (rating: OrganisationRating, counts: Counts, rules?: CurveRules) =>
  checkDistribution(rating, counts, rules).violations.map((v) => v.ruleId);

describe('checkDistribution: empty unit', () => {
  it.each(Object.values(OrganisationRating))('%s with no rated employees passes', (rating) => {
    expect(checkDistribution(rating, {})).toEqual({
      ok: true,
      total: 0,
      shares: { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 },
      violations: [],
    });
    expect(
      checkDistribution(rating, {
        SANGAT_BAIK: 0,
        BAIK: 0,
        BUTUH_PERBAIKAN: 0,
        KURANG: 0,
        SANGAT_KURANG: 0,
      }).ok,
    ).toBe(true);
  });
});

describe('checkDistribution: ISTIMEWA (at most 70% Sangat Baik)', () => {
  it('passes at exactly 70% (7 of 10)', () => {
    const check = checkDistribution('ISTIMEWA', { SANGAT_BAIK: 7, BAIK: 3 });
    expect(check.ok).toBe(true);
    expect(check.total).toBe(10);
    expect(check.shares.SANGAT_BAIK).toBe(70);
    expect(check.shares.BAIK).toBe(30);
  });

  it('fails just above (8 of 10) and reports the whole violation', () => {
    expect(checkDistribution('ISTIMEWA', { SANGAT_BAIK: 8, BAIK: 2 })).toEqual({
      ok: false,
      total: 10,
      shares: { SANGAT_BAIK: 80, BAIK: 20, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 },
      violations: [
        {
          ruleId: 'ISTIMEWA/max-sangat-baik',
          description: 'At most 70% Sangat Baik',
          predikat: ['SANGAT_BAIK'],
          kind: 'at_most',
          thresholdPercent: 70,
          actualCount: 8,
          actualPercent: 80,
          allowedCount: 7,
        },
      ],
    });
  });

  it('rounds the allowance down for uneven totals: 2 of 3 (66.7%) passes, 3 of 3 fails', () => {
    expect(checkDistribution('ISTIMEWA', { SANGAT_BAIK: 2, BAIK: 1 }).ok).toBe(true);
    const check = checkDistribution('ISTIMEWA', { SANGAT_BAIK: 3 });
    expect(check.violations[0]).toMatchObject({
      actualCount: 3,
      actualPercent: 100,
      allowedCount: 2,
    });
  });

  it('allows no Sangat Baik in a unit of one (70% of 1 is 0.7 → 0)', () => {
    expect(violatedIds('ISTIMEWA', { SANGAT_BAIK: 1 })).toEqual(['ISTIMEWA/max-sangat-baik']);
    expect(violatedIds('ISTIMEWA', { BAIK: 1 })).toEqual([]);
  });
});

describe('checkDistribution: BAIK (at most 70% Baik; some Butuh Perbaikan and/or Kurang)', () => {
  it('passes at exactly 70% Baik with one Butuh Perbaikan', () => {
    expect(violatedIds('BAIK', { BAIK: 7, SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 1 })).toEqual([]);
  });

  it('fails at 80% Baik', () => {
    const check = checkDistribution('BAIK', { BAIK: 8, BUTUH_PERBAIKAN: 2 });
    expect(check.violations).toEqual([
      expect.objectContaining({ ruleId: 'BAIK/max-baik', actualCount: 8, allowedCount: 7 }),
    ]);
  });

  it('requires at least one Butuh Perbaikan or Kurang, whatever the unit size', () => {
    const check = checkDistribution('BAIK', { SANGAT_BAIK: 4, BAIK: 6 });
    expect(check.violations).toEqual([
      {
        ruleId: 'BAIK/some-butuh-perbaikan-or-kurang',
        description: 'At least one Butuh Perbaikan or Kurang',
        predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
        kind: 'required_any',
        thresholdPercent: null,
        actualCount: 0,
        actualPercent: 0,
        allowedCount: 1,
      },
    ]);
    expect(violatedIds('BAIK', { SANGAT_BAIK: 4, BAIK: 5, KURANG: 1 })).toEqual([]);
    expect(violatedIds('BAIK', { SANGAT_BAIK: 4, BAIK: 5, BUTUH_PERBAIKAN: 1 })).toEqual([]);
  });

  it('does not count Sangat Kurang towards "Butuh Perbaikan and/or Kurang"', () => {
    expect(violatedIds('BAIK', { BAIK: 5, SANGAT_BAIK: 4, SANGAT_KURANG: 1 })).toEqual([
      'BAIK/some-butuh-perbaikan-or-kurang',
    ]);
  });

  it('reports both violations, in rule order', () => {
    expect(violatedIds('BAIK', { BAIK: 10 })).toEqual([
      'BAIK/max-baik',
      'BAIK/some-butuh-perbaikan-or-kurang',
    ]);
  });
});

describe('checkDistribution: BUTUH_PERBAIKAN (≥ 60% Butuh Perbaikan; ≤ 10% Sangat Baik)', () => {
  it('passes at exactly 60% and 10%', () => {
    expect(violatedIds('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 1, BAIK: 3 })).toEqual(
      [],
    );
  });

  it('fails at 50% Butuh Perbaikan, needing 6 of 10', () => {
    const [violation] = checkDistribution('BUTUH_PERBAIKAN', {
      BUTUH_PERBAIKAN: 5,
      BAIK: 5,
    }).violations;
    expect(violation).toMatchObject({
      ruleId: 'BUTUH_PERBAIKAN/min-butuh-perbaikan',
      kind: 'at_least',
      thresholdPercent: 60,
      actualCount: 5,
      actualPercent: 50,
      allowedCount: 6,
    });
  });

  it('fails at 20% Sangat Baik', () => {
    expect(violatedIds('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 2, BAIK: 2 })).toEqual(
      ['BUTUH_PERBAIKAN/max-sangat-baik'],
    );
  });

  it('rounds the minimum up for uneven totals: 60% of 3 is 1.8 → 2', () => {
    expect(violatedIds('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 2, BAIK: 1 })).toEqual([]);
    expect(
      checkDistribution('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 1, BAIK: 2 }).violations[0],
    ).toMatchObject({ actualCount: 1, allowedCount: 2 });
  });

  it('allows no Sangat Baik below ten employees (10% of 9 is 0.9 → 0)', () => {
    const check = checkDistribution('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 8, SANGAT_BAIK: 1 });
    expect(check.violations).toEqual([
      expect.objectContaining({ ruleId: 'BUTUH_PERBAIKAN/max-sangat-baik', allowedCount: 0 }),
    ]);
    expect(check.violations[0]?.actualPercent).toBeCloseTo(11.111, 3);
  });
});

describe('checkDistribution: KURANG (≥ 60% Kurang; ≥ 10% Butuh Perbaikan; ≤ 10% Sangat Baik)', () => {
  it('passes at every boundary at once', () => {
    expect(
      violatedIds('KURANG', { KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, BAIK: 2 }),
    ).toEqual([]);
  });

  it('fails each rule just past its boundary', () => {
    expect(violatedIds('KURANG', { KURANG: 5, BUTUH_PERBAIKAN: 1, BAIK: 4 })).toEqual([
      'KURANG/min-kurang',
    ]);
    expect(violatedIds('KURANG', { KURANG: 6, BAIK: 4 })).toEqual(['KURANG/min-butuh-perbaikan']);
    expect(
      violatedIds('KURANG', { KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 2, BAIK: 1 }),
    ).toEqual(['KURANG/max-sangat-baik']);
  });

  it('needs one Butuh Perbaikan even in a unit of three (10% of 3 is 0.3 → 1)', () => {
    expect(violatedIds('KURANG', { KURANG: 2, BUTUH_PERBAIKAN: 1 })).toEqual([]);
    expect(checkDistribution('KURANG', { KURANG: 3 }).violations).toEqual([
      expect.objectContaining({
        ruleId: 'KURANG/min-butuh-perbaikan',
        allowedCount: 1,
        actualCount: 0,
      }),
    ]);
  });

  it('cannot be satisfied by a unit of one, and says so', () => {
    expect(violatedIds('KURANG', { KURANG: 1 })).toEqual(['KURANG/min-butuh-perbaikan']);
    expect(violatedIds('KURANG', { BUTUH_PERBAIKAN: 1 })).toEqual(['KURANG/min-kurang']);
  });
});

describe('checkDistribution: SANGAT_KURANG (≥ 60% Sangat Kurang; ≥ 10% Kurang and/or Butuh Perbaikan; no Sangat Baik)', () => {
  it('passes at the boundaries, counting Kurang and Butuh Perbaikan together', () => {
    expect(violatedIds('SANGAT_KURANG', { SANGAT_KURANG: 6, KURANG: 1, BAIK: 3 })).toEqual([]);
    expect(violatedIds('SANGAT_KURANG', { SANGAT_KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 })).toEqual(
      [],
    );
  });

  it('fails each rule just past its boundary', () => {
    expect(violatedIds('SANGAT_KURANG', { SANGAT_KURANG: 5, KURANG: 1, BAIK: 4 })).toEqual([
      'SANGAT_KURANG/min-sangat-kurang',
    ]);
    expect(violatedIds('SANGAT_KURANG', { SANGAT_KURANG: 6, BAIK: 4 })).toEqual([
      'SANGAT_KURANG/min-kurang-or-butuh-perbaikan',
    ]);
  });

  it('rejects a single Sangat Baik, allowing zero', () => {
    const check = checkDistribution('SANGAT_KURANG', {
      SANGAT_KURANG: 60,
      KURANG: 39,
      SANGAT_BAIK: 1,
    });
    expect(check.violations).toEqual([
      {
        ruleId: 'SANGAT_KURANG/no-sangat-baik',
        description: 'No Sangat Baik',
        predikat: ['SANGAT_BAIK'],
        kind: 'at_most',
        thresholdPercent: 0,
        actualCount: 1,
        actualPercent: 1,
        allowedCount: 0,
      },
    ]);
  });
});

describe('checkDistribution: custom rules', () => {
  it('uses the rules passed instead of the defaults', () => {
    const stricter: CurveRules = {
      ...DEFAULT_CURVE_RULES,
      ISTIMEWA: [
        {
          id: 'custom/max-sangat-baik',
          kind: 'at_most',
          predikat: ['SANGAT_BAIK'],
          thresholdPercent: 50,
          description: 'At most 50% Sangat Baik',
        },
      ],
    };
    const counts = { SANGAT_BAIK: 6, BAIK: 4 };
    expect(checkDistribution('ISTIMEWA', counts).ok).toBe(true);
    expect(checkDistribution('ISTIMEWA', counts, stricter).violations).toEqual([
      expect.objectContaining({
        ruleId: 'custom/max-sangat-baik',
        allowedCount: 5,
        thresholdPercent: 50,
      }),
    ]);
    // Other ratings keep their defaults.
    expect(violatedIds('BAIK', { BAIK: 10 }, stricter)).toEqual(violatedIds('BAIK', { BAIK: 10 }));
  });

  it('lets an administrator lift every bound for a rating', () => {
    expect(checkDistribution('BAIK', { BAIK: 10 }, { ...DEFAULT_CURVE_RULES, BAIK: [] }).ok).toBe(
      true,
    );
  });

  it('keeps fractional thresholds exact: 33.3% of 3000 allows 999', () => {
    const rules: CurveRules = {
      ...DEFAULT_CURVE_RULES,
      ISTIMEWA: [
        {
          id: 'x',
          kind: 'at_most',
          predikat: ['SANGAT_BAIK'],
          thresholdPercent: 33.3,
          description: 'x',
        },
      ],
    };
    expect(checkDistribution('ISTIMEWA', { SANGAT_BAIK: 999, BAIK: 2001 }, rules).ok).toBe(true);
    expect(
      checkDistribution('ISTIMEWA', { SANGAT_BAIK: 1000, BAIK: 2000 }, rules).violations[0]
        ?.allowedCount,
    ).toBe(999);
  });

  it('rejects malformed rules, naming the rule', () => {
    const withRule = (rule: CurveRules['BAIK'][number]): CurveRules => ({
      ...DEFAULT_CURVE_RULES,
      BAIK: [rule],
    });
    const base = { id: 'bad', kind: 'at_most', predikat: ['BAIK'], description: 'bad' } as const;
    for (const thresholdPercent of [-1, 100.1, Number.NaN]) {
      expect(() => checkDistribution('BAIK', {}, withRule({ ...base, thresholdPercent }))).toThrow(
        /Curve rule bad needs a threshold/,
      );
    }
    expect(() =>
      checkDistribution('BAIK', {}, withRule({ ...base, thresholdPercent: 10, predikat: [] })),
    ).toThrow(/Curve rule bad must count/);
    expect(() =>
      checkDistribution(
        'BAIK',
        {},
        withRule({ ...base, thresholdPercent: 10, predikat: ['ISTIMEWA' as Predikat] }),
      ),
    ).toThrow(RangeError);
  });
});

describe('checkDistribution: input validation', () => {
  it('rejects negative, fractional and non-numeric counts, naming the predikat', () => {
    expect(() => checkDistribution('BAIK', { BAIK: -1 })).toThrow(/Count for BAIK/);
    expect(() => checkDistribution('BAIK', { KURANG: 1.5 })).toThrow(/Count for KURANG/);
    expect(() => checkDistribution('BAIK', { KURANG: Number.NaN })).toThrow(RangeError);
  });

  it('rejects unknown predikat and organisation ratings', () => {
    expect(() => checkDistribution('BAIK', { ISTIMEWA: 1 } as Counts)).toThrow(
      /Unknown predikat "ISTIMEWA"/,
    );
    expect(() => checkDistribution('LUAR_BIASA' as OrganisationRating, {})).toThrow(
      /Unknown organisation rating/,
    );
  });
});

describe('DEFAULT_CURVE_RULES', () => {
  it('has rules for every organisation rating with unique ids', () => {
    expect(Object.keys(DEFAULT_CURVE_RULES).sort()).toEqual(
      Object.values(OrganisationRating).sort(),
    );
    const ids = Object.values(DEFAULT_CURVE_RULES).flatMap((rules) => rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
