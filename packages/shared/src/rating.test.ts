import { describe, expect, it } from 'vitest';
import {
  Expectation,
  isBelowBaik,
  isPredikat,
  Predikat,
  PREDIKAT_ORDER,
  predikatFor,
} from './rating.js';

describe('predikatFor (PermenPANRB 6/2022 matrix)', () => {
  // [hasil kerja, perilaku kerja, predikat], one line per cell of the regulation's table.
  const cells: [Expectation, Expectation, Predikat][] = [
    ['DI_ATAS', 'DI_BAWAH', 'KURANG'],
    ['DI_ATAS', 'SESUAI', 'BAIK'],
    ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'],
    ['SESUAI', 'DI_BAWAH', 'KURANG'],
    ['SESUAI', 'SESUAI', 'BAIK'],
    ['SESUAI', 'DI_ATAS', 'BAIK'],
    ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG'],
    ['DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'DI_ATAS', 'BUTUH_PERBAIKAN'],
  ];

  it.each(cells)('hasil kerja %s, perilaku kerja %s → %s', (hasil, perilaku, expected) => {
    expect(predikatFor(hasil, perilaku)).toBe(expected);
  });

  it('covers all nine combinations', () => {
    const values = Object.values(Expectation);
    const covered = new Set(cells.map(([h, p]) => `${h}/${p}`));
    expect(covered.size).toBe(values.length * values.length);
  });

  it('is not symmetric: results above with behaviour below is Kurang, the reverse Butuh Perbaikan', () => {
    expect(predikatFor('DI_ATAS', 'DI_BAWAH')).toBe('KURANG');
    expect(predikatFor('DI_BAWAH', 'DI_ATAS')).toBe('BUTUH_PERBAIKAN');
  });

  it('rejects values outside the enum (data from outside the type system)', () => {
    expect(() => predikatFor('TINGGI' as Expectation, 'SESUAI')).toThrow(RangeError);
    expect(() => predikatFor('SESUAI', '' as Expectation)).toThrow(/perilakuKerja=""/);
  });
});

describe('PREDIKAT_ORDER', () => {
  it('runs best to worst and holds every predikat once', () => {
    expect(PREDIKAT_ORDER).toEqual([
      'SANGAT_BAIK',
      'BAIK',
      'BUTUH_PERBAIKAN',
      'KURANG',
      'SANGAT_KURANG',
    ]);
    expect([...PREDIKAT_ORDER].sort()).toEqual(Object.values(Predikat).sort());
  });
});

describe('isBelowBaik', () => {
  it.each([
    ['SANGAT_BAIK', false],
    ['BAIK', false],
    ['BUTUH_PERBAIKAN', true],
    ['KURANG', true],
    ['SANGAT_KURANG', true],
  ] as const)('%s → %s', (predikat, expected) => {
    expect(isBelowBaik(predikat)).toBe(expected);
  });
});

describe('isPredikat', () => {
  it('accepts the five values only', () => {
    for (const p of PREDIKAT_ORDER) expect(isPredikat(p)).toBe(true);
    for (const v of ['Baik', 'ISTIMEWA', '', undefined, 3]) expect(isPredikat(v)).toBe(false);
  });
});
