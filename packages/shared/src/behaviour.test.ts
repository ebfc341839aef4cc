import { describe, expect, it } from 'vitest';
import { CORE_VALUES, type CoreValue, perilakuFromCoreValues } from './behaviour.js';
import type { Expectation } from './rating.js';

const rated = (above: number, below = 0): Record<CoreValue, Expectation> =>
  Object.fromEntries(
    CORE_VALUES.map((value, i) => [value, i < below ? 'DI_BAWAH' : i < below + above ? 'DI_ATAS' : 'SESUAI']),
  ) as Record<CoreValue, Expectation>;

describe('perilakuFromCoreValues', () => {
  it('has the seven BerAKHLAK values', () => {
    expect(CORE_VALUES).toHaveLength(7);
  });

  it('is SESUAI when all seven are as expected', () => {
    expect(perilakuFromCoreValues(rated(0))).toBe('SESUAI');
  });

  it('needs a majority (4 of 7) above expectations for DI_ATAS', () => {
    expect(perilakuFromCoreValues(rated(3))).toBe('SESUAI');
    expect(perilakuFromCoreValues(rated(4))).toBe('DI_ATAS');
    expect(perilakuFromCoreValues(rated(7))).toBe('DI_ATAS');
  });

  it('is DI_BAWAH as soon as one value is below expectations, however many are above', () => {
    expect(perilakuFromCoreValues(rated(6, 1))).toBe('DI_BAWAH');
    expect(perilakuFromCoreValues(rated(0, 7))).toBe('DI_BAWAH');
  });

  it('refuses a missing, unknown or misspelt rating', () => {
    const { KOLABORATIF: _dropped, ...six } = rated(0);
    void _dropped;
    expect(() => perilakuFromCoreValues(six)).toThrow(/missing: KOLABORATIF/);
    expect(() => perilakuFromCoreValues({ ...rated(0), JUJUR: 'SESUAI' } as never)).toThrow(/Unknown core value/);
    expect(() => perilakuFromCoreValues({ ...rated(0), LOYAL: 'GOOD' } as never)).toThrow(/Unknown expectation/);
  });
});
