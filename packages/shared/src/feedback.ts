/**
 * Anonymous 360-degree feedback is shown only in aggregate and only from this many responses on,
 * so that no single rater's answer can be read off the result (verify: a data value an
 * administrator may raise).
 */
export const MIN_ANONYMOUS_RESPONSES = 3;

/** The average of anonymous scores (1–5), or null while there are too few to hide each rater. */
export function anonymousAverage(scores: readonly number[], minimum = MIN_ANONYMOUS_RESPONSES): number | null {
  if (!(Number.isInteger(minimum) && minimum >= 1)) throw new RangeError(`The minimum must be a positive integer, got ${minimum}`);
  for (const score of scores) {
    if (!(Number.isInteger(score) && score >= 1 && score <= 5)) throw new RangeError(`Scores run from 1 to 5, got ${score}`);
  }
  if (scores.length < minimum) return null;
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

export interface AnonymousRequestState {
  invited: number;
  responded: number;
  /** Whether the viewer is one of the raters who answered: they know their own answer. */
  viewerResponded: boolean;
  expired: boolean;
}

/**
 * Whether an anonymous request's answers (their average and the unnamed list) may be shown.
 * Only once they can no longer change — the request expired, or every invited rater answered —
 * so that two readings cannot be differenced (the average after three answers and after four
 * gives away the fourth); and only with enough answers from raters other than the viewer, since
 * a viewer who rated can subtract their own answer.
 */
export function anonymousResultReleased(state: AnonymousRequestState, minimum = MIN_ANONYMOUS_RESPONSES): boolean {
  const final = state.expired || state.responded >= state.invited;
  const othersResponded = state.responded - (state.viewerResponded ? 1 : 0);
  return final && othersResponded >= minimum;
}
