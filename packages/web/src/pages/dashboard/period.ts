import { useSearchParams } from 'react-router';

// The period selector lives in the URL (?periode=30&satuan=minggu&banding=sebelumnya) so a view
// can be shared.
export const periodDays = [7, 30, 90] as const;
export type PeriodDays = (typeof periodDays)[number];
export const granularities = { hari: 'DAY', minggu: 'WEEK', bulan: 'MONTH' } as const;
export type GranularityParam = keyof typeof granularities;

/** What the chosen period is compared with: the period just before it, or the same dates a year earlier. */
export const comparisons = { sebelumnya: 'PREVIOUS', 'tahun-lalu': 'LAST_YEAR' } as const;
export type ComparisonParam = keyof typeof comparisons;

export interface Period {
  days: PeriodDays;
  unit: GranularityParam;
  granularity: (typeof granularities)[GranularityParam];
  from: string;
  to: string;
  /** The comparison's URL value, or null for none. */
  comparison: ComparisonParam | null;
  /** The days of the comparison, as long as the period itself. */
  compareWith: { from: string; to: string } | null;
}

const DAY_MS = 86_400_000;
/** Today's date in WIB (UTC+7, no daylight saving), as the server counts days. */
const wibDate = (instant: number) => new Date(instant + 7 * 3_600_000).toISOString().slice(0, 10);

/** The last `days` days up to today, WIB. */
export function lastDaysRange(days: number, now = Date.now()) {
  return { from: wibDate(now - (days - 1) * DAY_MS), to: wibDate(now) };
}

const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4) === '-02-29' ? '-02-28' : day.slice(4)}`;

export function comparisonRange(range: { from: string; to: string }, days: number, comparison: ComparisonParam | null) {
  if (comparison === 'sebelumnya') return { from: shiftDay(range.from, -days), to: shiftDay(range.to, -days) };
  if (comparison === 'tahun-lalu') return { from: yearBefore(range.from), to: yearBefore(range.to) };
  return null;
}

export function periodOf(params: URLSearchParams, now = Date.now()): Period {
  const days = periodDays.find((value) => String(value) === params.get('periode')) ?? 30;
  const unitParam = params.get('satuan');
  const unit: GranularityParam = unitParam && unitParam in granularities ? (unitParam as GranularityParam) : 'hari';
  const comparisonParam = params.get('banding');
  const comparison = comparisonParam && comparisonParam in comparisons ? (comparisonParam as ComparisonParam) : null;
  const range = lastDaysRange(days, now);
  return { days, unit, granularity: granularities[unit], ...range, comparison, compareWith: comparisonRange(range, days, comparison) };
}

export function usePeriod() {
  const [params, setParams] = useSearchParams();
  const period = periodOf(params);
  const update = (change: Partial<{ periode: string; satuan: string; banding: string }>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return { period, update, search: params.toString() ? `?${params.toString()}` : '' };
}
