import type { MetricsReport } from './types';

type Series = MetricsReport['series'];
type Pick = (entry: Series[number]) => number | null;

/**
 * Lines on one time axis from several series: the union of their periods, oldest first, and for
 * each series its value per period (null where it had no activity).
 */
export function alignSeries(lines: Array<{ label: string; series: Series }>, pick: Pick) {
  const periods = [...new Set(lines.flatMap((line) => line.series.map((entry) => entry.from)))].sort();
  return {
    periods,
    series: lines.map((line) => {
      const byPeriod = new Map(line.series.map((entry) => [entry.from, pick(entry)]));
      return { label: line.label, values: periods.map((period) => byPeriod.get(period) ?? null) };
    }),
  };
}
