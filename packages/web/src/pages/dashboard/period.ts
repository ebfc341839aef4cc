import { useSearchParams } from 'react-router';

// The period selector lives in the URL (?periode=30&satuan=minggu) so a view can be shared.
export const periodDays = [7, 30, 90] as const;
export type PeriodDays = (typeof periodDays)[number];
export const granularities = { hari: 'DAY', minggu: 'WEEK', bulan: 'MONTH' } as const;
export type GranularityParam = keyof typeof granularities;

export interface Period {
  days: PeriodDays;
  unit: GranularityParam;
  granularity: (typeof granularities)[GranularityParam];
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
/** Today's date in WIB (UTC+7, no daylight saving), as the server counts days. */
const wibDate = (instant: number) => new Date(instant + 7 * 3_600_000).toISOString().slice(0, 10);

/** The last `days` days up to today, WIB. */
export function lastDaysRange(days: number, now = Date.now()) {
  return { from: wibDate(now - (days - 1) * DAY_MS), to: wibDate(now) };
}

export function periodOf(params: URLSearchParams, now = Date.now()): Period {
  const days = periodDays.find((value) => String(value) === params.get('periode')) ?? 30;
  const unitParam = params.get('satuan');
  const unit: GranularityParam = unitParam && unitParam in granularities ? (unitParam as GranularityParam) : 'hari';
  return { days, unit, granularity: granularities[unit], ...lastDaysRange(days, now) };
}

export function usePeriod() {
  const [params, setParams] = useSearchParams();
  const period = periodOf(params);
  const update = (change: Partial<{ periode: string; satuan: string }>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) next.set(key, value);
    setParams(next, { replace: true });
  };
  return { period, update, search: params.toString() ? `?${params.toString()}` : '' };
}
