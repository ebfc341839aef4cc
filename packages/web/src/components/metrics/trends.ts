import type { MetricsReport } from './types';

type Series = MetricsReport['series'];
type Pick = (entry: Series[number]) => number | null;

/**
 * Lines on one time axis from several series: the union of their periods, oldest first, and for
 * each series its value per period (null where it had no activity).
 */
export function alignSeries(lines: Array<{ label: string; series: Series; dashed?: boolean; colour?: number }>, pick: Pick) {
  const periods = [...new Set(lines.flatMap((line) => line.series.map((entry) => entry.from)))].sort();
  return {
    periods,
    series: lines.map(({ series, ...line }) => {
      const byPeriod = new Map(series.map((entry) => [entry.from, pick(entry)]));
      return { ...line, values: periods.map((period) => byPeriod.get(period) ?? null) };
    }),
  };
}

/**
 * Comparison lines drawn on the chosen period's axis: the comparison's n-th bucket at the
 * period's n-th (both periods have the same length, so their buckets correspond), in the colour
 * of the line at the same position.
 */
export function onSameAxis(lines: Array<{ series: Series }>, comparison: Array<{ label: string; series: Series }>) {
  const periods = [...new Set(lines.flatMap((line) => line.series.map((entry) => entry.from)))].sort();
  return comparison.map((line, index) => ({
    label: line.label,
    dashed: true,
    colour: index,
    series: line.series.slice(0, periods.length).map((entry, bucket) => ({ ...entry, from: periods[bucket]! })),
  }));
}
