import { UTCDate, utc } from '@date-fns/utc';
import { isValid, lightFormat, parseISO } from 'date-fns';

/** A calendar date with no time of day and no zone, written 'YYYY-MM-DD' (ISO 8601). */
export type LocalDate = string;

// parseISO alone also accepts '20260301' and '2026-03'; stored dates must have one spelling.
const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written 'YYYY-MM-DD' ('2025-02-29' is not). */
export function isLocalDate(value: string): boolean {
  return LOCAL_DATE_PATTERN.test(value) && isValid(parseISO(value, { in: utc }));
}

/**
 * The date as midnight UTC. Date-only arithmetic runs on UTCDate so that the runtime's own
 * time zone (a browser's, the server's) can never shift a day.
 */
export function toUtcDate(value: LocalDate, field = 'date'): UTCDate {
  if (!isLocalDate(value)) {
    throw new RangeError(`${field} must be a calendar date written YYYY-MM-DD, got "${value}"`);
  }
  return parseISO(value, { in: utc });
}

export function fromUtcDate(date: UTCDate): LocalDate {
  return lightFormat(date, 'yyyy-MM-dd');
}
