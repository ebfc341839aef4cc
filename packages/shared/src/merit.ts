import { OrganisationRating } from './distribution-curve.js';
import { Expectation, Predikat } from './rating.js';

/**
 * A unit head's hasil kerja follows the unit's own rating (PermenPANRB 6/2022): an Istimewa unit
 * means results above expectations, Baik as expected, and Butuh Perbaikan, Kurang or Sangat
 * Kurang below expectations.
 */
export function unitHeadHasilKerja(unitRating: OrganisationRating): Expectation {
  switch (unitRating) {
    case OrganisationRating.ISTIMEWA:
      return Expectation.DI_ATAS;
    case OrganisationRating.BAIK:
      return Expectation.SESUAI;
    case OrganisationRating.BUTUH_PERBAIKAN:
    case OrganisationRating.KURANG:
    case OrganisationRating.SANGAT_KURANG:
      return Expectation.DI_BAWAH;
  }
}

/**
 * The head of a unit is the one of its employees whose direct superior works outside the unit (or
 * who has none). Null when the unit has no such employee or more than one (then nobody is treated
 * as head, and the unit's rating is not imposed on anyone).
 */
export function unitHeadOf(employees: ReadonlyArray<{ id: string; superiorId: string | null }>): string | null {
  const inUnit = new Set(employees.map((employee) => employee.id));
  const heads = employees.filter((employee) => employee.superiorId === null || !inUnit.has(employee.superiorId));
  return heads.length === 1 ? heads[0]!.id : null;
}

export interface MeritCandidate {
  id: string;
  /** Final annual predikat by year; missing years break a streak. */
  predikatByYear: ReadonlyMap<number, Predikat>;
}

export interface MeritEntry {
  id: string;
  rank: number;
  /** Consecutive years up to the list's year rated Sangat Baik. */
  sangatBaikYears: number;
  /** Consecutive years up to the list's year rated Baik or Sangat Baik. */
  baikOrBetterYears: number;
}

const streak = (candidate: MeritCandidate, year: number, counts: (predikat: Predikat) => boolean): number => {
  let years = 0;
  for (let y = year; ; y--) {
    const predikat = candidate.predikatByYear.get(y);
    if (!predikat || !counts(predikat)) return years;
    years++;
  }
};

/**
 * The merit list for promotion and training priority in `year`: everyone whose final predikat
 * that year is Baik or Sangat Baik, ordered by the unbroken run of Sangat Baik years ending in
 * `year` (longest first), then by the unbroken run of Baik-or-better years. Equal runs share a rank
 * (1, 1, 3, …); ties are listed by id so the order is stable.
 */
export function meritList(candidates: readonly MeritCandidate[], year: number): MeritEntry[] {
  const entries = candidates
    .map((candidate) => ({
      id: candidate.id,
      sangatBaikYears: streak(candidate, year, (p) => p === Predikat.SANGAT_BAIK),
      baikOrBetterYears: streak(candidate, year, (p) => p === Predikat.SANGAT_BAIK || p === Predikat.BAIK),
    }))
    .filter((entry) => entry.baikOrBetterYears > 0)
    .sort((a, b) => b.sangatBaikYears - a.sangatBaikYears || b.baikOrBetterYears - a.baikOrBetterYears || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return entries.map((entry, index) => {
    const first = entries.findIndex((other) => other.sangatBaikYears === entry.sangatBaikYears && other.baikOrBetterYears === entry.baikOrBetterYears);
    return { ...entry, rank: (first === -1 ? index : first) + 1 };
  });
}
