/** Keys under team.problems; the limits are the server's own (see the input types in the schema). */
export type TextProblem = 'required' | 'tooShort' | 'tooLong';

export function textProblem(value: string, min: number, max: number): TextProblem | undefined {
  const length = value.trim().length;
  if (length === 0) return 'required';
  if (length < min) return 'tooShort';
  if (length > max) return 'tooLong';
  return undefined;
}

/** The server's limits, in one place for the forms and their messages. */
export const limits = {
  returnReason: { min: 10, max: 2000 },
  behaviourComment: { min: 3, max: 4000 },
  raterComment: { min: 0, max: 4000 },
  objectionNote: { min: 10, max: 4000 },
  dialogueText: { min: 5, max: 4000 },
  overrideReason: { min: 20, max: 2000 },
  recognitionTitle: { min: 3, max: 200 },
  citation: { min: 10, max: 2000 },
  oversightTeam: { min: 3, max: 500 },
  oversightText: { min: 10, max: 8000 },
  followUpNote: { min: 5, max: 4000 },
} as const;
