// The server's rules for a complaint (schema/complaint.ts), checked as the citizen types; the
// server still has the last word and its field errors land on the same fields.

/** Keys under complaints.form.problems. */
export type ComplaintProblem = 'required' | 'titleLength' | 'bodyLength';

export interface ComplaintValues {
  type: string;
  title: string;
  body: string;
}

export function complaintProblems(values: ComplaintValues): Partial<Record<keyof ComplaintValues, ComplaintProblem>> {
  const problems: Partial<Record<keyof ComplaintValues, ComplaintProblem>> = {};
  if (values.type === '') problems.type = 'required';
  const title = values.title.trim().length;
  if (title === 0) problems.title = 'required';
  else if (title < 5 || title > 200) problems.title = 'titleLength';
  const body = values.body.trim().length;
  if (body === 0) problems.body = 'required';
  else if (body < 10 || body > 10_000) problems.body = 'bodyLength';
  return problems;
}
