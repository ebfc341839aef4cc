import { describe, expect, it } from 'vitest';
import {
  bucketValue,
  durationBucket,
  HISTOGRAM_GROWTH,
  HISTOGRAM_RELATIVE_ERROR,
  histogramQuantile,
  targetMinutes,
} from './service-time.js';

describe('targetMinutes', () => {
  it('counts hours as 60 minutes and days as one office day', () => {
    expect(targetMinutes(2, 'HOURS')).toBe(120);
    expect(targetMinutes(14, 'DAYS')).toBe(14 * 480);
    expect(targetMinutes(1, 'DAYS', 450)).toBe(450);
  });

  it.each([0, -1, 1.5])('rejects %s', (value) => {
    expect(() => targetMinutes(value, 'DAYS')).toThrow('positive whole number');
  });
});

describe('duration histogram', () => {
  it('puts sub-minute durations in bucket 0 and powers of the growth factor at bucket starts', () => {
    expect(durationBucket(0)).toBe(0);
    expect(durationBucket(0.99)).toBe(0);
    expect(durationBucket(1)).toBe(1);
    expect(durationBucket(HISTOGRAM_GROWTH)).toBe(2);
    expect(durationBucket(HISTOGRAM_GROWTH ** 10)).toBe(11);
    expect(durationBucket(28_800)).toBe(211);
  });

  it('reports every duration within the stated relative error', () => {
    for (let minutes = 1; minutes < 40_000; minutes = minutes * 1.013 + 0.7) {
      const value = bucketValue(durationBucket(minutes));
      expect(Math.abs(value - minutes) / minutes).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR + 1e-12);
    }
    expect(HISTOGRAM_RELATIVE_ERROR).toBeCloseTo(0.0247, 4);
  });

  it('rejects negative and non-finite durations', () => {
    expect(() => durationBucket(-1)).toThrow('non-negative');
    expect(() => durationBucket(Number.NaN)).toThrow('non-negative');
  });

  it('reads quantiles by nearest rank', () => {
    // Ten requests: 1, 2, …, 10 working days (480 minutes each).
    const counts = new Map<number, number>();
    for (let days = 1; days <= 10; days += 1) {
      const bucket = durationBucket(days * 480);
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    }
    const median = histogramQuantile(counts, 0.5)!;
    const p90 = histogramQuantile(counts, 0.9)!;
    expect(Math.abs(median - 5 * 480) / (5 * 480)).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR);
    expect(Math.abs(p90 - 9 * 480) / (9 * 480)).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR);
    expect(histogramQuantile(counts, 1)).toBe(bucketValue(durationBucket(4800)));
    expect(histogramQuantile(new Map(), 0.5)).toBeNull();
    expect(histogramQuantile(new Map([[3, 0]]), 0.5)).toBeNull();
    expect(() => histogramQuantile(counts, 0)).toThrow('quantile');
  });
});
