import { addMonths, lastDayOfMonth } from 'date-fns';
import { fromUtcDate, type LocalDate, toUtcDate } from './local-date.js';

/**
 * How often an agency evaluates performance within the year. PermenPANRB 6/2022's form is
 * quarterly (TRIWULAN I–IV); agencies may choose another cadence.
 */
export const Cadence = {
  MONTHLY: 'MONTHLY',
  QUARTERLY: 'QUARTERLY',
  SEMESTER: 'SEMESTER',
  ANNUAL: 'ANNUAL',
} as const;

export type Cadence = (typeof Cadence)[keyof typeof Cadence];

export interface Period {
  readonly cadence: Cadence;
  readonly year: number;
  /** 1-based position in the year: month 1–12, quarter 1–4, semester 1–2, or 1. */
  readonly index: number;
  /** '2026-M03', '2026-Q1', '2026-S2' or '2026'. */
  readonly code: string;
  readonly startDate: LocalDate;
  /** Inclusive. */
  readonly endDate: LocalDate;
}

const MONTHS_PER_PERIOD: Readonly<Record<Cadence, number>> = {
  MONTHLY: 1,
  QUARTERLY: 3,
  SEMESTER: 6,
  ANNUAL: 12,
};

export function periodsOfYear(year: number, cadence: Cadence): Period[] {
  assertYear(year);
  const count = 12 / monthsPerPeriod(cadence);
  return Array.from({ length: count }, (_, i) => buildPeriod(year, cadence, i + 1));
}

export function periodContaining(date: LocalDate, cadence: Cadence): Period {
  const day = toUtcDate(date);
  const index = Math.floor(day.getMonth() / monthsPerPeriod(cadence)) + 1;
  return buildPeriod(day.getFullYear(), cadence, index);
}

const PERIOD_CODE = /^(\d{4})(?:-M(0[1-9]|1[0-2])|-Q([1-4])|-S([12]))?$/;

/** The period a code names: the inverse of `Period.code`. */
export function parsePeriodCode(code: string): Period {
  const match = PERIOD_CODE.exec(code);
  const year = Number(match?.[1]);
  if (match === null || year < 1) {
    throw new RangeError(
      `"${code}" is not a period code such as 2026, 2026-S1, 2026-Q2 or 2026-M03`,
    );
  }
  const [, , month, quarter, semester] = match;
  if (month !== undefined) return buildPeriod(year, Cadence.MONTHLY, Number(month));
  if (quarter !== undefined) return buildPeriod(year, Cadence.QUARTERLY, Number(quarter));
  if (semester !== undefined) return buildPeriod(year, Cadence.SEMESTER, Number(semester));
  return buildPeriod(year, Cadence.ANNUAL, 1);
}

function buildPeriod(year: number, cadence: Cadence, index: number): Period {
  const months = MONTHS_PER_PERIOD[cadence];
  const firstMonth = (index - 1) * months + 1;
  // Parsed from text because Date.UTC maps years 0–99 to the 1900s.
  const start = toUtcDate(`${pad(year, 4)}-${pad(firstMonth, 2)}-01`);
  const lastMonth = addMonths(start, months - 1);
  const end = lastDayOfMonth(lastMonth);
  return {
    cadence,
    year,
    index,
    code: periodCode(year, cadence, index),
    startDate: fromUtcDate(start),
    endDate: fromUtcDate(end),
  };
}

function periodCode(year: number, cadence: Cadence, index: number): string {
  const yyyy = pad(year, 4);
  switch (cadence) {
    case 'MONTHLY':
      return `${yyyy}-M${pad(index, 2)}`;
    case 'QUARTERLY':
      return `${yyyy}-Q${index}`;
    case 'SEMESTER':
      return `${yyyy}-S${index}`;
    case 'ANNUAL':
      return yyyy;
  }
}

function pad(value: number, digits: number): string {
  return String(value).padStart(digits, '0');
}

function assertYear(year: number): void {
  if (!(Number.isInteger(year) && year >= 1 && year <= 9999)) {
    throw new RangeError(`Year must be an integer from 1 to 9999, got ${year}`);
  }
}

function monthsPerPeriod(cadence: Cadence): number {
  const months = MONTHS_PER_PERIOD[cadence];
  if (months === undefined) throw new RangeError(`Unknown cadence "${cadence}"`);
  return months;
}
