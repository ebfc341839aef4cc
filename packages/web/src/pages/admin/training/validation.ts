import { isLocalDate } from '@pantau/shared';

// The server's rules for training administration (schema/training.ts), checked as the user types;
// the server still has the last word and its field errors land on the same fields.

/** Keys under trainingAdmin.problems. */
export type TrainingProblem = 'required' | 'nameLength' | 'hours' | 'date' | 'endBeforeStart' | 'code' | 'competencies' | 'tooMany';

export interface ProgrammeValues {
  title: string;
  delivery: string;
  provider: string;
  hours: string;
  startDate: string;
  endDate: string;
}

type Problems<V> = Partial<Record<keyof V, TrainingProblem>>;

/** A name of 3 up to `max` characters. */
function nameProblem(text: string, max: number): TrainingProblem | undefined {
  const length = text.trim().length;
  if (length === 0) return 'required';
  return length < 3 || length > max ? 'nameLength' : undefined;
}

/** Whole lesson hours (JP) from 1 to 500: a programme's, and the annual target per person. */
function hoursProblem(text: string): TrainingProblem | undefined {
  if (text.trim() === '') return 'required';
  return /^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 500 ? undefined : 'hours';
}

export function programmeProblems(values: ProgrammeValues): Problems<ProgrammeValues> {
  const problems: Problems<ProgrammeValues> = {};
  const title = nameProblem(values.title, 300);
  if (title) problems.title = title;
  const provider = nameProblem(values.provider, 200);
  if (provider) problems.provider = provider;
  const hours = hoursProblem(values.hours);
  if (hours) problems.hours = hours;
  for (const field of ['startDate', 'endDate'] as const) {
    if (values[field] === '') problems[field] = 'required';
    else if (!isLocalDate(values[field])) problems[field] = 'date';
  }
  if (!problems.startDate && !problems.endDate && values.endDate < values.startDate) problems.endDate = 'endBeforeStart';
  return problems;
}

/** The competencies chosen: a programme names 1–20, a position's requirements at most 50. */
export function competencyChoiceProblem(count: number, min: number, max: number): TrainingProblem | undefined {
  if (count < min) return 'competencies';
  return count > max ? 'tooMany' : undefined;
}

export function targetProblems(values: { hours: string }): Problems<{ hours: string }> {
  const problem = hoursProblem(values.hours);
  return problem ? { hours: problem } : {};
}

export function positionProblems(values: { positionTitle: string }): Problems<{ positionTitle: string }> {
  const problem = nameProblem(values.positionTitle, 200);
  return problem ? { positionTitle: problem } : {};
}

export interface CompetencyValues {
  code: string;
  name: string;
  kind: string;
  coreValue: string;
}

export function competencyProblems(values: CompetencyValues): Problems<CompetencyValues> {
  const problems: Problems<CompetencyValues> = {};
  const code = values.code.trim();
  if (code === '') problems.code = 'required';
  else if (!/^[A-Z0-9][A-Z0-9_.-]{1,31}$/.test(code)) problems.code = 'code';
  const name = nameProblem(values.name, 200);
  if (name) problems.name = name;
  return problems;
}
