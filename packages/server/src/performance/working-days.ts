// Working days for daily reports: weekends and the region's public holidays (its calendar, the
// same data the service figures use) are not working days.
import { listWorkingDays, toHolidaySet, type Holidays, type LocalDate } from '@pantau/shared';
import { dayString, type Db } from '../service/calendar.js';

/** The region's public holidays between two dates (both included). */
export async function regionHolidays(db: Db, regionId: string, from: LocalDate, to: LocalDate): Promise<Holidays> {
  const rows = await db.holiday.findMany({ where: { regionId, date: { gte: new Date(from), lte: new Date(to) } }, select: { date: true } });
  return toHolidaySet(rows.map((row) => dayString(row.date)));
}

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
