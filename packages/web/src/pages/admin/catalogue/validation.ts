import { isLocalDate } from '@pantau/shared';
import { lastDaysRange } from '../../dashboard/period';

// The server's rules for the catalogue (schema/service-catalogue.ts), checked as the user types;
// the server still has the last word and its field errors land on the same fields.

/** Keys under catalogue.services.problems / catalogue.holidays.problems. */
export type Problem = 'required' | 'code' | 'nameLength' | 'targetValue' | 'cost' | 'date' | 'past' | 'tooLong';

export interface StandardValues {
  targetValue: string;
  targetUnit: 'HOURS' | 'DAYS';
  cost: string;
  requirements: string;
  validFrom: string;
}

export interface ServiceValues extends StandardValues {
  code: string;
  name: string;
}

/** Today in WIB, the day the server counts "today or later" from. */
export const todayWib = (now = Date.now()) => lastDaysRange(1, now).to;

const wholeNumber = (text: string) => /^\d+$/.test(text.trim());

function dayProblem(day: string, today: string): 'required' | 'date' | 'past' | undefined {
  if (day === '') return 'required';
  if (!isLocalDate(day)) return 'date';
  return day < today ? 'past' : undefined;
}

export function standardProblems(values: StandardValues, today = todayWib()): Partial<Record<keyof ServiceValues, Problem>> {
  const problems: Partial<Record<keyof ServiceValues, Problem>> = {};
  const target = Number(values.targetValue);
  if (values.targetValue.trim() === '') problems.targetValue = 'required';
  else if (!wholeNumber(values.targetValue) || target < 1 || target > 10_000) problems.targetValue = 'targetValue';
  if (values.cost.trim() !== '' && !wholeNumber(values.cost)) problems.cost = 'cost';
  const requirements = values.requirements.trim().length;
  if (requirements === 0) problems.requirements = 'required';
  else if (requirements > 4000) problems.requirements = 'tooLong';
  const validFrom = dayProblem(values.validFrom, today);
  if (validFrom) problems.validFrom = validFrom;
  return problems;
}

/** A new service: its code and name, and its first standard (in force from now, so no date). */
export function serviceProblems(values: ServiceValues): Partial<Record<keyof ServiceValues, Problem>> {
  const { validFrom: _ignored, ...problems } = standardProblems({ ...values, validFrom: todayWib() });
  void _ignored;
  if (values.code.trim() === '') problems.code = 'required';
  else if (!/^[A-Z0-9_-]{2,32}$/.test(values.code.trim())) problems.code = 'code';
  return { ...problems, ...nameProblems(values.name) };
}

/** A service's name, on its own when it is renamed. */
export function nameProblems(name: string): { name?: Problem } {
  const length = name.trim().length;
  if (length === 0) return { name: 'required' };
  return length < 2 || length > 200 ? { name: 'nameLength' } : {};
}

/** Keys under catalogue.holidays.problems. */
export type HolidayProblem = 'required' | 'date' | 'past' | 'nameLength' | 'exists';

export function holidayProblems(values: { date: string; name: string }, existing: ReadonlySet<string>, today = todayWib()): Partial<Record<'date' | 'name', HolidayProblem>> {
  const problems: Partial<Record<'date' | 'name', HolidayProblem>> = {};
  const date = dayProblem(values.date, today) ?? (existing.has(values.date) ? 'exists' : undefined);
  if (date) problems.date = date;
  const name = values.name.trim().length;
  if (name === 0) problems.name = 'required';
  else if (name < 2 || name > 200) problems.name = 'nameLength';
  return problems;
}
