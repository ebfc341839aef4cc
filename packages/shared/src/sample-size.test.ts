import { describe, expect, it } from 'vitest';
import { isSampleSufficient, KREJCIE_MORGAN_TABLE, requiredSampleSize } from './sample-size.js';

describe('KREJCIE_MORGAN_TABLE', () => {
  it('holds the published values', () => {
    const table = new Map(KREJCIE_MORGAN_TABLE);
    // prettier-ignore
    const published: [number, number][] = [
      [10, 10], [15, 14], [20, 19], [25, 24], [30, 28], [50, 44], [75, 63], [100, 80], [150, 108],
      [200, 132], [300, 169], [400, 196], [500, 217], [750, 254], [1000, 278], [1500, 306],
      [2000, 322], [3000, 341], [5000, 357], [9000, 368], [10000, 370], [20000, 377], [50000, 381],
      [75000, 382], [1000000, 384],
    ];
    for (const [population, sample] of published) expect(table.get(population)).toBe(sample);
    expect(KREJCIE_MORGAN_TABLE).toHaveLength(90);
  });

  it('matches the Krejcie & Morgan formula in every row', () => {
    const chiSquare = 3.841;
    for (const [n, sample] of KREJCIE_MORGAN_TABLE) {
      const formula = (chiSquare * n * 0.25) / (0.05 ** 2 * (n - 1) + chiSquare * 0.25);
      expect(Math.round(formula)).toBe(sample);
    }
  });

  it('is sorted by population, and samples never decrease', () => {
    for (let i = 1; i < KREJCIE_MORGAN_TABLE.length; i++) {
      const [previousN, previousS] = KREJCIE_MORGAN_TABLE[i - 1] ?? [0, 0];
      const [n, s] = KREJCIE_MORGAN_TABLE[i] ?? [0, 0];
      expect(n).toBeGreaterThan(previousN);
      expect(s).toBeGreaterThanOrEqual(previousS);
    }
  });
});

describe('requiredSampleSize', () => {
  it('returns the table value for a population on a row', () => {
    for (const [population, sample] of KREJCIE_MORGAN_TABLE) {
      expect(requiredSampleSize(population)).toBe(sample);
    }
  });

  it('takes the next row up between rows (conservative)', () => {
    expect(requiredSampleSize(16)).toBe(16);
    expect(requiredSampleSize(21)).toBe(21);
    expect(requiredSampleSize(26)).toBe(26);
    expect(requiredSampleSize(31)).toBe(31);
    expect(requiredSampleSize(36)).toBe(36);
    expect(requiredSampleSize(41)).toBe(40);
    expect(requiredSampleSize(101)).toBe(86);
    expect(requiredSampleSize(109)).toBe(86);
    expect(requiredSampleSize(1001)).toBe(285);
    expect(requiredSampleSize(75001)).toBe(384);
    expect(requiredSampleSize(100000)).toBe(384);
  });

  it('never asks for more responses than there are people, nor fewer for a larger population', () => {
    expect(requiredSampleSize(11)).toBe(11);
    expect(requiredSampleSize(14)).toBe(14);
    let previous = 0;
    for (let population = 0; population <= 2000; population++) {
      const sample = requiredSampleSize(population);
      expect(sample).toBeLessThanOrEqual(population);
      expect(sample).toBeGreaterThanOrEqual(previous);
      previous = sample;
    }
  });

  it('surveys everyone below 10 people', () => {
    expect(requiredSampleSize(0)).toBe(0);
    expect(requiredSampleSize(1)).toBe(1);
    expect(requiredSampleSize(9)).toBe(9);
  });

  it('needs 384 for any population above the table', () => {
    expect(requiredSampleSize(1000001)).toBe(384);
    expect(requiredSampleSize(250_000_000)).toBe(384);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects population %s',
    (population) => {
      expect(() => requiredSampleSize(population)).toThrow(RangeError);
    },
  );
});

describe('isSampleSufficient', () => {
  it('is true from the required size up', () => {
    expect(isSampleSufficient(79, 100)).toBe(false);
    expect(isSampleSufficient(80, 100)).toBe(true);
    expect(isSampleSufficient(383, 2_000_000)).toBe(false);
    expect(isSampleSufficient(384, 2_000_000)).toBe(true);
    expect(isSampleSufficient(0, 0)).toBe(true);
  });

  it('rejects impossible response counts', () => {
    expect(() => isSampleSufficient(-1, 100)).toThrow(RangeError);
    expect(() => isSampleSufficient(2.5, 100)).toThrow(RangeError);
  });
});
