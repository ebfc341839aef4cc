// Selection of ASN candidates: the SKD (Seleksi Kompetensi Dasar) with its three sub-tests, the
// final score from the stage weights, and the ranking of an opening's applicants.

/** SKD sub-tests with their maximum scores (30, 35 and 45 questions; TKP 1–5 points per answer, the others 0 or 5). */
export const SKD_MAX = { twk: 150, tiu: 175, tkp: 225 } as const;
export const SKD_TOTAL_MAX = SKD_MAX.twk + SKD_MAX.tiu + SKD_MAX.tkp;

/** The national passing thresholds (nilai ambang batas) of recent rounds; each round stores its own. */
export const DEFAULT_SKD_THRESHOLDS: SkdThresholds = { twk: 65, tiu: 80, tkp: 166 };
/** SKD 40 %, interview/field test 60 %, like the integration of SKD and SKB scores; each round stores its own. */
export const DEFAULT_STAGE_WEIGHTS: StageWeights = { skd: 40, interview: 60 };

export interface SkdScores {
  twk: number;
  tiu: number;
  tkp: number;
}
export type SkdThresholds = SkdScores;

export interface StageWeights {
  /** Percent of the final score from the SKD (scaled to 0–100). */
  skd: number;
  /** Percent of the final score from the interview/field test (0–100). */
  interview: number;
}

/** Whether each sub-test score is within its range (0 to its maximum, whole points). */
export function isValidSkd(scores: SkdScores): boolean {
  return (Object.keys(SKD_MAX) as Array<keyof SkdScores>).every((key) => Number.isInteger(scores[key]) && scores[key] >= 0 && scores[key] <= SKD_MAX[key]);
}

export function isValidWeights(weights: StageWeights): boolean {
  return Number.isInteger(weights.skd) && Number.isInteger(weights.interview) && weights.skd >= 0 && weights.interview >= 0 && weights.skd + weights.interview === 100;
}

/** Passing the SKD needs every sub-test at or above its threshold: a high total does not make up for one low sub-test. */
export function passesSkd(scores: SkdScores, thresholds: SkdThresholds): boolean {
  return scores.twk >= thresholds.twk && scores.tiu >= thresholds.tiu && scores.tkp >= thresholds.tkp;
}

/** The final score (0–100, two decimals): the SKD total scaled to 100 and the interview score, weighted. */
export function finalScore(scores: SkdScores, interview: number, weights: StageWeights): number {
  const skd = ((scores.twk + scores.tiu + scores.tkp) / SKD_TOTAL_MAX) * 100;
  return Math.round((skd * weights.skd + interview * weights.interview)) / 100;
}

export interface ScoreSheet {
  id: string;
  skd: SkdScores | null;
  interview: number | null;
  /** When the application was completed (submitted): the last tie-breaker. */
  submittedAt: Date;
}

export interface RankedSheet {
  id: string;
  passedSkd: boolean;
  finalScore: number | null;
  /** 1 for the best; null for those out of the ranking (SKD failed or not yet scored). */
  rank: number | null;
  /** Ranked within the opening's positions. */
  withinPositions: boolean;
}

/**
 * Ranks an opening's applicants. Only those who passed the SKD and have an interview score are
 * ranked. Order: higher final score; ties broken by the higher TKP, then the higher TIU, then the
 * higher TWK (the order of the national regulation), then the earlier completed application, and
 * finally the application id so that the order is always total. The first `positions` are within
 * the opening's positions.
 */
export function rankApplicants(sheets: readonly ScoreSheet[], thresholds: SkdThresholds, weights: StageWeights, positions: number): RankedSheet[] {
  const scored = sheets.map((sheet) => {
    const passedSkd = sheet.skd !== null && passesSkd(sheet.skd, thresholds);
    const score = passedSkd && sheet.interview !== null ? finalScore(sheet.skd!, sheet.interview, weights) : null;
    return { sheet, passedSkd, score };
  });
  const ranked = scored
    .filter((entry) => entry.score !== null)
    .sort((a, b) => compareRanked(a.sheet, a.score!, b.sheet, b.score!));
  const rankOf = new Map(ranked.map((entry, index) => [entry.sheet.id, index + 1]));
  return scored.map(({ sheet, passedSkd, score }) => {
    const rank = rankOf.get(sheet.id) ?? null;
    return { id: sheet.id, passedSkd, finalScore: score, rank, withinPositions: rank !== null && rank <= positions };
  });
}

function compareRanked(a: ScoreSheet, scoreA: number, b: ScoreSheet, scoreB: number): number {
  return (
    scoreB - scoreA ||
    b.skd!.tkp - a.skd!.tkp ||
    b.skd!.tiu - a.skd!.tiu ||
    b.skd!.twk - a.skd!.twk ||
    a.submittedAt.getTime() - b.submittedAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Whole years between a birth date and a day (both YYYY-MM-DD), as the age limits of a formasi count them. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Education levels from lowest to highest: an opening asking for one accepts it and above. */
export const EDUCATION_LEVELS = ['SMA', 'D3', 'S1', 'S2', 'S3'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export function meetsEducation(candidate: EducationLevel, required: EducationLevel): boolean {
  return EDUCATION_LEVELS.indexOf(candidate) >= EDUCATION_LEVELS.indexOf(required);
}
