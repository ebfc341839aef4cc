// Working days for daily reports. There is no holiday calendar yet (issue 4 brings one): the
// source below returns none, so only weekends are excluded; replace it with the region's calendar.
import { listWorkingDays, type Holidays, type LocalDate } from '@pantau/shared';

export type HolidaySource = (regionId: string, from: LocalDate, to: LocalDate) => Promise<Holidays>;

export const noHolidays: HolidaySource = async () => new Set();

/** Today's date in a time zone (the region's), as YYYY-MM-DD. */
export function todayIn(timeZone: string, now = new Date()): LocalDate {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The working days from `from` to `to` (both included) on which nothing was reported. */
export function missingWorkingDays(from: LocalDate, to: LocalDate, reported: ReadonlySet<LocalDate>, holidays: Holidays): LocalDate[] {
  if (to < from) return [];
  return listWorkingDays(from, to, holidays).filter((day) => !reported.has(day));
}
