import { Expectation } from './rating.js';

/** The seven BerAKHLAK core values along which perilaku kerja (work behaviour) is rated. */
export const CoreValue = {
  BERORIENTASI_PELAYANAN: 'BERORIENTASI_PELAYANAN',
  AKUNTABEL: 'AKUNTABEL',
  KOMPETEN: 'KOMPETEN',
  HARMONIS: 'HARMONIS',
  LOYAL: 'LOYAL',
  ADAPTIF: 'ADAPTIF',
  KOLABORATIF: 'KOLABORATIF',
} as const;

export type CoreValue = (typeof CoreValue)[keyof typeof CoreValue];

export const CORE_VALUES: readonly CoreValue[] = Object.values(CoreValue);

/**
 * The one perilaku kerja rating that enters the matrix, derived from the seven core-value ratings.
 * The regulation rates behaviour as a whole and leaves the aggregation to the superior; we fix it
 * so that the predikat can always be traced back to the seven ratings:
 * - any value below expectations makes behaviour DI_BAWAH (falling short on a core value is what
 *   the matrix's "Kurang/Misconduct" column is for);
 * - otherwise DI_ATAS when a majority (4 of 7) is above expectations;
 * - otherwise SESUAI.
 * Every one of the seven values must be rated exactly once.
 */
export function perilakuFromCoreValues(ratings: Readonly<Partial<Record<CoreValue, Expectation>>>): Expectation {
  const given = Object.keys(ratings);
  const unknown = given.filter((key) => !(CORE_VALUES as readonly string[]).includes(key));
  if (unknown.length > 0) throw new RangeError(`Unknown core value(s): ${unknown.join(', ')}`);
  const missing = CORE_VALUES.filter((value) => ratings[value] === undefined);
  if (missing.length > 0) throw new RangeError(`Every BerAKHLAK value must be rated; missing: ${missing.join(', ')}`);
  const values = CORE_VALUES.map((value) => ratings[value]!);
  for (const value of values) {
    if (!(value in Expectation)) throw new RangeError(`Unknown expectation rating "${value}"`);
  }
  if (values.includes(Expectation.DI_BAWAH)) return Expectation.DI_BAWAH;
  const above = values.filter((value) => value === Expectation.DI_ATAS).length;
  return above * 2 > CORE_VALUES.length ? Expectation.DI_ATAS : Expectation.SESUAI;
}
