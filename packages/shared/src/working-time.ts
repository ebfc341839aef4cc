import { UTCDate } from '@date-fns/utc';
import { addDays, isWeekend } from 'date-fns';
import { fromUtcDate, isLocalDate, type LocalDate, toUtcDate } from './local-date.js';

/**
 * Working time of Indonesian government offices: Monday to Friday, less public holidays and
 * collective leave (cuti bersama). Holidays differ by region and year, so callers supply them.
 */
export type Holidays = ReadonlySet<LocalDate>;

/** Builds a holiday set from loaded data, rejecting any entry that is not a 'YYYY-MM-DD' date. */
export function toHolidaySet(dates: Iterable<string>): Holidays {
  const holidays = new Set<LocalDate>();
  for (const date of dates) {
    if (!isLocalDate(date)) {
      throw new RangeError(`Holiday "${date}" is not a date written YYYY-MM-DD`);
    }
    holidays.add(date);
  }
  return holidays;
}

export function isWorkingDay(date: LocalDate, holidays: Holidays): boolean {
  return isWorkingUtcDay(toUtcDate(date), holidays);
}

/**
 * The deadline `days` working days after `date`. The start day itself never counts, as with
 * SP4N-LAPOR! deadlines: a complaint received on Friday with 3 working days is due on
 * Wednesday, and one received on Saturday is due on the same Wednesday. `days` = 0 returns
 * `date` unchanged.
 */
export function addWorkingDays(date: LocalDate, days: number, holidays: Holidays): LocalDate {
  if (!(Number.isInteger(days) && days >= 0)) {
    throw new RangeError(`Working days to add must be a non-negative integer, got ${days}`);
  }
  let day = toUtcDate(date);
  for (let remaining = days; remaining > 0; ) {
    day = addDays(day, 1);
    if (isWorkingUtcDay(day, holidays)) remaining -= 1;
  }
  return fromUtcDate(day);
}

/**
 * Working days after `startDate` up to and including `endDate`: the inverse of
 * `addWorkingDays`, so `workingDaysBetween(d, addWorkingDays(d, n, h), h) === n`. Counting
 * from the deadline to today gives the working days overdue. Throws if `endDate` is earlier.
 */
export function workingDaysBetween(
  startDate: LocalDate,
  endDate: LocalDate,
  holidays: Holidays,
): number {
  const [start, end] = orderedRange(startDate, endDate, 'startDate', 'endDate');
  let count = 0;
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
    if (isWorkingUtcDay(day, holidays)) count += 1;
  }
  return count;
}

/** Every working day from `from` to `to`, both included. Throws if `to` is earlier. */
export function listWorkingDays(from: LocalDate, to: LocalDate, holidays: Holidays): LocalDate[] {
  const [first, last] = orderedRange(from, to, 'from', 'to');
  const days: LocalDate[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (isWorkingUtcDay(day, holidays)) days.push(fromUtcDate(day));
  }
  return days;
}

/** Daily office hours, local wall-clock time 'HH:MM' (24-hour; end may be '24:00'). */
export interface OfficeHours {
  readonly start: string;
  readonly end: string;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = { start: '08:00', end: '16:00' };

/** Indonesia's three zones as minutes ahead of UTC; none observes daylight saving. */
export const INDONESIA_UTC_OFFSET_MINUTES = { WIB: 420, WITA: 480, WIT: 540 } as const;

export interface WorkingCalendar {
  readonly holidays: Holidays;
  /** Local time's offset from UTC in minutes. Default: WIB (+420). */
  readonly utcOffsetMinutes?: number;
  /** Default: 08:00–16:00. */
  readonly officeHours?: OfficeHours;
}

export interface WorkingDuration {
  /** Exact, fractional when the instants carry seconds. */
  readonly workingMinutes: number;
  readonly workingHours: number;
  /** workingMinutes over the minutes of one office day (480 by default). */
  readonly workingDays: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Working time elapsed between two instants: only office hours of working days count, in the
 * calendar's local time. Runs in O(calendar days spanned), one step per day. Equal instants
 * give zero; an end before the start throws, because it means bad data that a zero would hide.
 */
export function workingDurationBetween(
  start: Date,
  end: Date,
  calendar: WorkingCalendar,
): WorkingDuration {
  const offsetMinutes = calendar.utcOffsetMinutes ?? INDONESIA_UTC_OFFSET_MINUTES.WIB;
  if (!(Number.isInteger(offsetMinutes) && Math.abs(offsetMinutes) <= 14 * 60)) {
    throw new RangeError(`utcOffsetMinutes must be an integer within ±840, got ${offsetMinutes}`);
  }
  const [openMinute, closeMinute] = parseOfficeHours(calendar.officeHours ?? DEFAULT_OFFICE_HOURS);
  // Shifting by the fixed offset turns instants into wall-clock times read off a UTC clock.
  const from = start.getTime() + offsetMinutes * MINUTE_MS;
  const to = end.getTime() + offsetMinutes * MINUTE_MS;
  if (Number.isNaN(from) || Number.isNaN(to)) {
    throw new RangeError('Start and end must be valid dates');
  }
  if (to < from) {
    throw new RangeError(`End ${end.toISOString()} is before start ${start.toISOString()}`);
  }

  let workingMs = 0;
  for (let dayStart = Math.floor(from / DAY_MS) * DAY_MS; dayStart < to; dayStart += DAY_MS) {
    const overlap =
      Math.min(dayStart + closeMinute * MINUTE_MS, to) -
      Math.max(dayStart + openMinute * MINUTE_MS, from);
    if (overlap > 0 && isWorkingDayAt(dayStart, calendar.holidays)) {
      workingMs += overlap;
    }
  }
  const workingMinutes = workingMs / MINUTE_MS;
  return {
    workingMinutes,
    workingHours: workingMinutes / 60,
    workingDays: workingMinutes / (closeMinute - openMinute),
  };
}

/** The local calendar date of an instant at a fixed UTC offset (WIB by default). */
export function localDateOf(instant: Date, utcOffsetMinutes: number = INDONESIA_UTC_OFFSET_MINUTES.WIB): LocalDate {
  return dateAt(instant.getTime() + utcOffsetMinutes * MINUTE_MS);
}

// The loops over days below run for every request folded (ingestion folds thousands a second):
// they read weekday and date straight off the millisecond count instead of building date objects.
const dateAt = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);

/** Whether the UTC day starting at `dayStartMs` (a wall-clock day) is a working day. */
function isWorkingDayAt(dayStartMs: number, holidays: Holidays): boolean {
  const weekday = new Date(dayStartMs).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(dateAt(dayStartMs));
}

/**
 * The instant at which `minutes` of working time have elapsed after `start`: the inverse of
 * `workingDurationBetween`, so `workingDurationBetween(s, addWorkingMinutes(s, m, c), c)` is `m`.
 * A deadline that runs out exactly at closing time is that closing time; zero returns `start`.
 */
export function addWorkingMinutes(start: Date, minutes: number, calendar: WorkingCalendar): Date {
  if (!(Number.isFinite(minutes) && minutes >= 0)) {
    throw new RangeError(`Working minutes to add must be a non-negative number, got ${minutes}`);
  }
  const offsetMinutes = calendar.utcOffsetMinutes ?? INDONESIA_UTC_OFFSET_MINUTES.WIB;
  const [openMinute, closeMinute] = parseOfficeHours(calendar.officeHours ?? DEFAULT_OFFICE_HOURS);
  const from = start.getTime() + offsetMinutes * MINUTE_MS;
  if (Number.isNaN(from)) throw new RangeError('Start must be a valid date');
  if (minutes === 0) return new Date(start.getTime());
  let remainingMs = minutes * MINUTE_MS;
  for (let dayStart = Math.floor(from / DAY_MS) * DAY_MS; ; dayStart += DAY_MS) {
    if (!isWorkingDayAt(dayStart, calendar.holidays)) continue;
    const begin = Math.max(dayStart + openMinute * MINUTE_MS, from);
    const available = dayStart + closeMinute * MINUTE_MS - begin;
    if (available <= 0) continue;
    if (remainingMs <= available) return new Date(begin + remainingMs - offsetMinutes * MINUTE_MS);
    remainingMs -= available;
  }
}

function isWorkingUtcDay(day: UTCDate, holidays: Holidays): boolean {
  return !isWeekend(day) && !holidays.has(fromUtcDate(day));
}

function orderedRange(
  from: LocalDate,
  to: LocalDate,
  fromName: string,
  toName: string,
): [UTCDate, UTCDate] {
  const first = toUtcDate(from, fromName);
  const last = toUtcDate(to, toName);
  if (last < first) throw new RangeError(`${toName} ${to} is before ${fromName} ${from}`);
  return [first, last];
}

const TIME_OF_DAY = /^(\d{2}):(\d{2})$/;

function parseOfficeHours(hours: OfficeHours): [open: number, close: number] {
  const open = minuteOfDay(hours.start, 'officeHours.start');
  const close = minuteOfDay(hours.end, 'officeHours.end');
  if (close <= open) {
    throw new RangeError(`Office hours must end after they start, got ${hours.start}–${hours.end}`);
  }
  return [open, close];
}

function minuteOfDay(time: string, field: string): number {
  const match = TIME_OF_DAY.exec(time);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  const minutes = hour * 60 + minute;
  if (!(minute < 60 && minutes <= 24 * 60)) {
    throw new RangeError(
      `${field} must be a time from 00:00 to 24:00 written HH:MM, got "${time}"`,
    );
  }
  return minutes;
}
