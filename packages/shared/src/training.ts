import type { CoreValue } from './behaviour.js';
import { Expectation } from './rating.js';

/** The annual development target per ASN in lesson hours (JP), a default an administrator may change (verify). */
export const DEFAULT_ANNUAL_TRAINING_HOURS = 20;

/** The three competency groups of the national ASN competency standard: technical, managerial, socio-cultural. */
export const CompetencyKind = {
  TECHNICAL: 'TECHNICAL',
  MANAGERIAL: 'MANAGERIAL',
  SOCIOCULTURAL: 'SOCIOCULTURAL',
} as const;
export type CompetencyKind = (typeof CompetencyKind)[keyof typeof CompetencyKind];

/** Why a competency counts as a gap for a person. */
export const GapReason = {
  /** The latest rated hasil kerja is below expectations: every technical competency. */
  HASIL_KERJA_BELOW: 'HASIL_KERJA_BELOW',
  /** A BerAKHLAK value the competency develops was rated below expectations. */
  CORE_VALUE_BELOW: 'CORE_VALUE_BELOW',
  /** The person's position requires the competency and no completed programme addressed it. */
  POSITION_REQUIREMENT: 'POSITION_REQUIREMENT',
} as const;
export type GapReason = (typeof GapReason)[keyof typeof GapReason];

export interface CompetencyRef {
  id: string;
  kind: CompetencyKind;
  /** The BerAKHLAK value this competency develops, if any. */
  coreValue: CoreValue | null;
}

export interface TrainingNeedInput {
  competencies: readonly CompetencyRef[];
  /** The latest rated appraisal, or null when none is rated yet. */
  latestRating: { hasilKerja: Expectation; behaviour: Readonly<Partial<Record<CoreValue, Expectation>>> } | null;
  /** Competencies addressed by programmes completed after that rating: the rating's gaps they close. */
  completedSinceRating: ReadonlySet<string>;
  /** Competencies the person's position requires. */
  requiredForPosition: ReadonlySet<string>;
  /** Competencies addressed by any programme the person ever completed. */
  completedEver: ReadonlySet<string>;
}

export interface CompetencyGap {
  competencyId: string;
  reasons: GapReason[];
}

/**
 * A person's competency gaps. A rating below Baik always yields at least one when competencies
 * exist for it: Butuh Perbaikan and Sangat Kurang mean hasil kerja below expectations (technical
 * competencies), Kurang means a BerAKHLAK value below expectations (the competencies mapped to it).
 * A gap from a rating closes once a programme addressing it is completed after that rating; a
 * position requirement closes once any completed programme addressed it.
 */
export function competencyGaps(input: TrainingNeedInput): CompetencyGap[] {
  const gaps: CompetencyGap[] = [];
  for (const competency of input.competencies) {
    const reasons: GapReason[] = [];
    const rating = input.latestRating;
    if (rating && !input.completedSinceRating.has(competency.id)) {
      if (rating.hasilKerja === Expectation.DI_BAWAH && competency.kind === CompetencyKind.TECHNICAL) reasons.push(GapReason.HASIL_KERJA_BELOW);
      if (competency.coreValue && rating.behaviour[competency.coreValue] === Expectation.DI_BAWAH) reasons.push(GapReason.CORE_VALUE_BELOW);
    }
    if (input.requiredForPosition.has(competency.id) && !input.completedEver.has(competency.id)) reasons.push(GapReason.POSITION_REQUIREMENT);
    if (reasons.length > 0) gaps.push({ competencyId: competency.id, reasons });
  }
  return gaps;
}

export interface ProgrammeRef {
  id: string;
  competencyIds: readonly string[];
  /** YYYY-MM-DD. */
  startDate: string;
}

/**
 * Programmes to suggest for the gaps: those addressing at least one gap, not already taken
 * (enrolled or completed), starting on or after `today`; the ones closing most gaps first, then the
 * soonest, then by id (a stable order).
 */
export function recommendProgrammes(gaps: readonly CompetencyGap[], programmes: readonly ProgrammeRef[], taken: ReadonlySet<string>, today: string): Array<{ programmeId: string; closes: string[] }> {
  const gapIds = new Set(gaps.map((gap) => gap.competencyId));
  return programmes
    .filter((programme) => !taken.has(programme.id) && programme.startDate >= today)
    .map((programme) => ({ programme, closes: programme.competencyIds.filter((id) => gapIds.has(id)) }))
    .filter((candidate) => candidate.closes.length > 0)
    .sort((a, b) => b.closes.length - a.closes.length || a.programme.startDate.localeCompare(b.programme.startDate) || a.programme.id.localeCompare(b.programme.id))
    .map((candidate) => ({ programmeId: candidate.programme.id, closes: candidate.closes }));
}
