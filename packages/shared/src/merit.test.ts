import { describe, expect, it } from 'vitest';
import { OrganisationRating } from './distribution-curve.js';
import { meritList, unitHeadHasilKerja, unitHeadOf } from './merit.js';
import type { Predikat } from './rating.js';

describe('unitHeadHasilKerja', () => {
  it('maps every unit rating to the head’s hasil kerja', () => {
    expect(Object.values(OrganisationRating).map((rating) => [rating, unitHeadHasilKerja(rating)])).toEqual([
      ['ISTIMEWA', 'DI_ATAS'],
      ['BAIK', 'SESUAI'],
      ['BUTUH_PERBAIKAN', 'DI_BAWAH'],
      ['KURANG', 'DI_BAWAH'],
      ['SANGAT_KURANG', 'DI_BAWAH'],
    ]);
  });
});

describe('unitHeadOf', () => {
  it('is the one employee whose superior is outside the unit or absent', () => {
    expect(unitHeadOf([{ id: 'a', superiorId: 'outside' }, { id: 'b', superiorId: 'a' }, { id: 'c', superiorId: 'b' }])).toBe('a');
    expect(unitHeadOf([{ id: 'a', superiorId: null }, { id: 'b', superiorId: 'a' }])).toBe('a');
  });
  it('is nobody when that is ambiguous or the unit is empty', () => {
    expect(unitHeadOf([{ id: 'a', superiorId: 'x' }, { id: 'b', superiorId: 'y' }])).toBeNull();
    expect(unitHeadOf([])).toBeNull();
  });
});

describe('meritList', () => {
  const of = (id: string, years: Record<number, Predikat>) => ({ id, predikatByYear: new Map(Object.entries(years).map(([y, p]) => [Number(y), p])) });
  it('orders by unbroken Sangat Baik years, then unbroken Baik-or-better years; equal runs share a rank', () => {
    const list = meritList(
      [
        of('baik3', { 2023: 'BAIK', 2024: 'BAIK', 2025: 'BAIK' }),
        of('sb1', { 2024: 'BAIK', 2025: 'SANGAT_BAIK' }),
        of('sb2', { 2024: 'SANGAT_BAIK', 2025: 'SANGAT_BAIK' }),
        of('sb2b', { 2023: 'SANGAT_BAIK', 2024: 'SANGAT_BAIK', 2025: 'SANGAT_BAIK' }),
        of('sb2a', { 2022: 'BUTUH_PERBAIKAN', 2024: 'SANGAT_BAIK', 2025: 'SANGAT_BAIK' }),
        of('gap', { 2023: 'SANGAT_BAIK', 2025: 'BAIK' }),
        of('below', { 2024: 'SANGAT_BAIK', 2025: 'KURANG' }),
        of('none', {}),
        of('future', { 2026: 'SANGAT_BAIK' }),
      ],
      2025,
    );
    expect(list).toEqual([
      { id: 'sb2b', rank: 1, sangatBaikYears: 3, baikOrBetterYears: 3 },
      { id: 'sb2', rank: 2, sangatBaikYears: 2, baikOrBetterYears: 2 },
      { id: 'sb2a', rank: 2, sangatBaikYears: 2, baikOrBetterYears: 2 },
      { id: 'sb1', rank: 4, sangatBaikYears: 1, baikOrBetterYears: 2 },
      { id: 'baik3', rank: 5, sangatBaikYears: 0, baikOrBetterYears: 3 },
      { id: 'gap', rank: 6, sangatBaikYears: 0, baikOrBetterYears: 1 },
    ]);
  });
});
