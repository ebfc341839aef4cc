// The server's rules for performance years and agency goals (schema/performance-period.ts),
// checked as the user types; the server still has the last word.

/** Keys under cycle.problems. */
export type CycleProblem = 'required' | 'year' | 'goalCode' | 'titleLength';

export interface YearValues {
  year: string;
  cadence: string;
}

export interface GoalValues {
  code: string;
  title: string;
}

export function yearProblems(values: YearValues): Partial<Record<keyof YearValues, CycleProblem>> {
  const year = values.year.trim();
  if (year === '') return { year: 'required' };
  return /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100 ? {} : { year: 'year' };
}

export function goalProblems(values: GoalValues): Partial<Record<keyof GoalValues, CycleProblem>> {
  const problems: Partial<Record<keyof GoalValues, CycleProblem>> = {};
  const code = values.code.trim();
  if (code === '') problems.code = 'required';
  else if (!/^[A-Z0-9.\-_]{1,32}$/.test(code)) problems.code = 'goalCode';
  const title = values.title.trim().length;
  if (title === 0) problems.title = 'required';
  else if (title < 5 || title > 500) problems.title = 'titleLength';
  return problems;
}
