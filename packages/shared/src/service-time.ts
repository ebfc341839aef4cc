/**
 * Service delivery times: a service standard's target in working minutes, and the fixed
 * histogram in which processing times are counted so that percentiles over any set of days come
 * from maintained counts rather than from the requests themselves.
 */

export const ServiceTargetUnit = { HOURS: 'HOURS', DAYS: 'DAYS' } as const;
export type ServiceTargetUnit = (typeof ServiceTargetUnit)[keyof typeof ServiceTargetUnit];

/** Minutes of one office day at the default office hours 08:00–16:00. */
export const OFFICE_DAY_MINUTES = 480;

/** A target of `value` working hours or days, in working minutes (a day is one office day). */
export function targetMinutes(value: number, unit: ServiceTargetUnit, officeDayMinutes = OFFICE_DAY_MINUTES): number {
  if (!(Number.isInteger(value) && value > 0)) {
    throw new RangeError(`A service target must be a positive whole number, got ${value}`);
  }
  return unit === 'HOURS' ? value * 60 : value * officeDayMinutes;
}

/**
 * Bucket scheme: bucket 0 holds durations under 1 minute; bucket i ≥ 1 holds [G^(i-1), G^i)
 * minutes with G = 1.05. A bucket is reported as its geometric midpoint G^(i-0.5), so a
 * percentile read from the histogram is within ±2.5 % (√1.05 − 1) of the exact order statistic,
 * or within 1 minute below one minute. 60 working days (28,800 minutes) is bucket 211.
 */
export const HISTOGRAM_GROWTH = 1.05;
export const HISTOGRAM_RELATIVE_ERROR = Math.sqrt(HISTOGRAM_GROWTH) - 1;

export function durationBucket(minutes: number): number {
  if (!(Number.isFinite(minutes) && minutes >= 0)) {
    throw new RangeError(`A duration must be a non-negative number of minutes, got ${minutes}`);
  }
  if (minutes < 1) return 0;
  // The small epsilon keeps exact powers of G (1.05^k) in bucket k + 1 despite float error.
  return Math.floor(Math.log(minutes) / Math.log(HISTOGRAM_GROWTH) + 1e-9) + 1;
}

/** The value a bucket stands for: its geometric midpoint (0 for bucket 0). */
export function bucketValue(bucket: number): number {
  return bucket === 0 ? 0 : HISTOGRAM_GROWTH ** (bucket - 0.5);
}

/**
 * The q-quantile (0 < q ≤ 1) of a histogram by nearest rank (the ⌈q·n⌉-th smallest), or null
 * when it is empty. Counts may come in any bucket order.
 */
export function histogramQuantile(counts: ReadonlyMap<number, number>, q: number): number | null {
  if (!(q > 0 && q <= 1)) throw new RangeError(`A quantile lies in (0, 1], got ${q}`);
  const buckets = [...counts.entries()].filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  const total = buckets.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.ceil(q * total);
  let seen = 0;
  for (const [bucket, count] of buckets) {
    seen += count;
    if (seen >= rank) return bucketValue(bucket);
  }
  return bucketValue(buckets.at(-1)![0]);
}
