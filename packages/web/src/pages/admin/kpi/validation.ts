// The server's rules for indicators (schema/kpi.ts), checked as the user types; the server still
// has the last word and its field errors land on the same fields.

/** Keys under kpi.problems. */
export type KpiProblem = 'required' | 'code' | 'tooShort' | 'tooLong' | 'number' | 'positive';

export interface KpiValues {
  code: string;
  name: string;
  definition: string;
  unit: string;
  formula: string;
  cadence: string;
  direction: string;
  dataProducer: string;
  source: string;
  serviceTypeId: string;
}

type Problems<V> = Partial<Record<keyof V, KpiProblem>>;

function textProblem(text: string, min: number, max: number): KpiProblem | undefined {
  const length = text.trim().length;
  if (length === 0) return 'required';
  if (length < min) return 'tooShort';
  return length > max ? 'tooLong' : undefined;
}

export function kpiProblems(values: KpiValues): Problems<KpiValues> {
  const problems: Problems<KpiValues> = {};
  const code = values.code.trim();
  if (code === '') problems.code = 'required';
  else if (!/^[A-Z0-9_.-]{2,32}$/.test(code)) problems.code = 'code';
  const limits = { name: [3, 300], definition: [3, 4000], unit: [1, 40], formula: [1, 2000], dataProducer: [2, 200] } as const;
  for (const [field, [min, max]] of Object.entries(limits) as Array<[keyof typeof limits, readonly [number, number]]>) {
    const problem = textProblem(values[field], min, max);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** A number typed with a decimal point or comma (Indonesian writes 98,5). */
export const parseDecimal = (text: string) => (/^\d+([.,]\d+)?$/.test(text.trim()) ? Number(text.trim().replace(',', '.')) : Number.NaN);

export interface FigureValues {
  period: string;
  figure: string;
}

/** A target (positive) or a reported value (zero or more) for a period. */
export function figureProblems(values: FigureValues, kind: 'target' | 'value'): Problems<FigureValues> {
  const problems: Problems<FigureValues> = {};
  if (values.period === '') problems.period = 'required';
  const figure = parseDecimal(values.figure);
  if (values.figure.trim() === '') problems.figure = 'required';
  else if (Number.isNaN(figure)) problems.figure = 'number';
  else if (kind === 'target' && figure <= 0) problems.figure = 'positive';
  return problems;
}
