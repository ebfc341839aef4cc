import { describe, expect, it } from 'vitest';
import { CORE_VALUES, type CoreValue } from './behaviour.js';
import { Expectation, predikatFor, isBelowBaik } from './index.js';
import { competencyGaps, recommendProgrammes, type CompetencyRef, type TrainingNeedInput } from './training.js';

const competencies: CompetencyRef[] = [
  { id: 'tech', kind: 'TECHNICAL', coreValue: null },
  { id: 'service', kind: 'SOCIOCULTURAL', coreValue: 'BERORIENTASI_PELAYANAN' },
  { id: 'lead', kind: 'MANAGERIAL', coreValue: 'KOLABORATIF' },
];
const allSesuai = Object.fromEntries(CORE_VALUES.map((value) => [value, Expectation.SESUAI])) as Record<CoreValue, Expectation>;
const none = new Set<string>();
const input = (over: Partial<TrainingNeedInput>): TrainingNeedInput => ({
  competencies,
  latestRating: { hasilKerja: Expectation.SESUAI, behaviour: allSesuai },
  completedSinceRating: none,
  requiredForPosition: none,
  completedEver: none,
  ...over,
});

describe('competencyGaps', () => {
  it('finds none for a Baik rating and no position requirement, nor without any rating', () => {
    expect(competencyGaps(input({}))).toEqual([]);
    expect(competencyGaps(input({ latestRating: null }))).toEqual([]);
  });

  it('makes every technical competency a gap when hasil kerja is below expectations', () => {
    expect(competencyGaps(input({ latestRating: { hasilKerja: 'DI_BAWAH', behaviour: allSesuai } }))).toEqual([{ competencyId: 'tech', reasons: ['HASIL_KERJA_BELOW'] }]);
  });

  it('makes the competencies mapped to a BerAKHLAK value below expectations gaps', () => {
    const behaviour = { ...allSesuai, KOLABORATIF: Expectation.DI_BAWAH };
    expect(competencyGaps(input({ latestRating: { hasilKerja: 'DI_ATAS', behaviour } }))).toEqual([{ competencyId: 'lead', reasons: ['CORE_VALUE_BELOW'] }]);
  });

  it('yields a gap for every rating below Baik, and none for Baik or better (every matrix cell)', () => {
    for (const hasilKerja of Object.values(Expectation)) {
      for (const perilaku of Object.values(Expectation)) {
        // Behaviour below expectations means at least one value below (see perilakuFromCoreValues).
        const behaviour = { ...allSesuai, BERORIENTASI_PELAYANAN: perilaku };
        const gaps = competencyGaps(input({ latestRating: { hasilKerja, behaviour } }));
        expect(gaps.length > 0, `${hasilKerja}/${perilaku}`).toBe(isBelowBaik(predikatFor(hasilKerja, perilaku)));
      }
    }
  });

  it('closes a rating gap with a programme completed after the rating, and a position requirement with any completed one', () => {
    const below = { hasilKerja: Expectation.DI_BAWAH, behaviour: { ...allSesuai, BERORIENTASI_PELAYANAN: Expectation.DI_BAWAH } };
    expect(competencyGaps(input({ latestRating: below, completedSinceRating: new Set(['tech']) }))).toEqual([{ competencyId: 'service', reasons: ['CORE_VALUE_BELOW'] }]);
    const required = new Set(['lead', 'service']);
    expect(competencyGaps(input({ requiredForPosition: required }))).toEqual([
      { competencyId: 'service', reasons: ['POSITION_REQUIREMENT'] },
      { competencyId: 'lead', reasons: ['POSITION_REQUIREMENT'] },
    ]);
    expect(competencyGaps(input({ requiredForPosition: required, completedEver: new Set(['lead']) }))).toEqual([{ competencyId: 'service', reasons: ['POSITION_REQUIREMENT'] }]);
    expect(competencyGaps(input({ latestRating: below, requiredForPosition: required, completedEver: new Set(['service']) }))).toEqual([
      { competencyId: 'tech', reasons: ['HASIL_KERJA_BELOW'] },
      { competencyId: 'service', reasons: ['CORE_VALUE_BELOW'] },
      { competencyId: 'lead', reasons: ['POSITION_REQUIREMENT'] },
    ]);
  });
});

describe('recommendProgrammes', () => {
  const gaps = [
    { competencyId: 'tech', reasons: ['HASIL_KERJA_BELOW' as const] },
    { competencyId: 'lead', reasons: ['POSITION_REQUIREMENT' as const] },
  ];
  const programmes = [
    { id: 'a', competencyIds: ['tech'], startDate: '2026-12-10' },
    { id: 'b', competencyIds: ['tech', 'lead'], startDate: '2026-12-20' },
    { id: 'c', competencyIds: ['service'], startDate: '2026-12-01' },
    { id: 'd', competencyIds: ['lead'], startDate: '2026-11-01' },
    { id: 'e', competencyIds: ['lead'], startDate: '2026-12-10' },
    { id: 'f', competencyIds: ['tech'], startDate: '2026-12-01' },
  ];
  it('suggests upcoming programmes addressing a gap, most gaps closed first, then soonest, then by id', () => {
    expect(recommendProgrammes(gaps, programmes, new Set(), '2026-11-23')).toEqual([
      { programmeId: 'b', closes: ['tech', 'lead'] },
      { programmeId: 'f', closes: ['tech'] },
      { programmeId: 'a', closes: ['tech'] },
      { programmeId: 'e', closes: ['lead'] },
    ]);
  });
  it('leaves out programmes already taken, and starting today counts as upcoming', () => {
    expect(recommendProgrammes(gaps, programmes, new Set(['b', 'a', 'f']), '2026-12-10').map((r) => r.programmeId)).toEqual(['e']);
    expect(recommendProgrammes([], programmes, new Set(), '2026-01-01')).toEqual([]);
  });
});
