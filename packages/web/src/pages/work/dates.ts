import { isLocalDate, type LocalDate } from '@pantau/shared';
import { defaultTimeZone } from '../../i18n/format';

/** Today's calendar date in WIB, the day the server checks reports against. */
export function today(now: Date = new Date()): LocalDate {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: defaultTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The date `days` days after (or before) `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The Monday of the week containing a date. */
export function mondayOf(date: LocalDate): LocalDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** Monday to Sunday of the week starting on `monday`. */
export function weekDays(monday: LocalDate): LocalDate[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** A date from the URL, or today when it is missing or not a date. */
export function dateParam(value: string | null, fallback: LocalDate): LocalDate {
  return value !== null && isLocalDate(value) ? value : fallback;
}

/** The end of a day in WIB, as an instant for the API's DateTime. */
export function endOfDayWib(date: LocalDate): string {
  return `${date}T23:59:59+07:00`;
}
