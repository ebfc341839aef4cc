import { describe, expect, it } from 'vitest';
import { kpiAchievement } from './kpi.js';

describe('kpiAchievement', () => {
  it('divides realisation by target when higher is better', () => {
    // 86.4 % of KTP-el on time against a target of 90 %: 96 % achieved.
    expect(kpiAchievement(86.4, 90, 'HIGHER_IS_BETTER')).toBeCloseTo(96, 10);
    expect(kpiAchievement(99, 90, 'HIGHER_IS_BETTER')).toBeCloseTo(110, 10);
    expect(kpiAchievement(0, 90, 'HIGHER_IS_BETTER')).toBe(0);
  });

  it('mirrors around the target when lower is better', () => {
    // A median of 2.4 working days against a target of 3: (2 − 0.8) × 100 = 120 %.
    expect(kpiAchievement(2.4, 3, 'LOWER_IS_BETTER')).toBeCloseTo(120, 10);
    expect(kpiAchievement(3, 3, 'LOWER_IS_BETTER')).toBe(100);
    expect(kpiAchievement(4.5, 3, 'LOWER_IS_BETTER')).toBeCloseTo(50, 10);
    expect(kpiAchievement(9, 3, 'LOWER_IS_BETTER')).toBe(0);
  });

  it('rejects a non-positive target and a negative value', () => {
    expect(() => kpiAchievement(1, 0, 'HIGHER_IS_BETTER')).toThrow('positive');
    expect(() => kpiAchievement(-1, 3, 'LOWER_IS_BETTER')).toThrow('non-negative');
  });
});
