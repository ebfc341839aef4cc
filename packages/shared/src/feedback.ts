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
