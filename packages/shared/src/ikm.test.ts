import { describe, expect, it } from 'vitest';
import {
  computeIkm,
  computeIkmFromSums,
  DEFAULT_IKM_WEIGHTS,
  equalIkmWeights,
  IKM_ELEMENT_CODES,
  IKM_ELEMENTS,
  IKM_GRADE_LABELS,
  IkmInputError,
  ikmGrade,
  roundIkmConverted,
  sumIkmResponses,
} from './ikm.js';

const sumsOf = (values: number[], count: number) =>
  Object.fromEntries(values.map((sum, i) => [`U${i + 1}`, { sum, count }]));

describe('IKM_ELEMENTS', () => {
  it('holds the nine elements of PermenPANRB 14/2017 with their names, in order', () => {
    expect(IKM_ELEMENTS).toEqual([
      { code: 'U1', name: 'Persyaratan' },
      { code: 'U2', name: 'Sistem, Mekanisme dan Prosedur' },
      { code: 'U3', name: 'Waktu Penyelesaian' },
      { code: 'U4', name: 'Biaya/Tarif' },
      { code: 'U5', name: 'Produk Spesifikasi Jenis Pelayanan' },
      { code: 'U6', name: 'Kompetensi Pelaksana' },
      { code: 'U7', name: 'Perilaku Pelaksana' },
      { code: 'U8', name: 'Penanganan Pengaduan, Saran dan Masukan' },
      { code: 'U9', name: 'Sarana dan Prasarana' },
    ]);
    expect(IKM_ELEMENT_CODES).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
  });

  it('weighs each element 1/9 by default, summing to 1', () => {
    expect(Object.keys(DEFAULT_IKM_WEIGHTS)).toEqual(IKM_ELEMENT_CODES);
    for (const weight of Object.values(DEFAULT_IKM_WEIGHTS)) expect(weight).toBe(1 / 9);
    const total = Object.values(DEFAULT_IKM_WEIGHTS).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('labels the grades as the regulation does', () => {
    expect(IKM_GRADE_LABELS).toEqual({
      A: 'Sangat Baik',
      B: 'Baik',
      C: 'Kurang Baik',
      D: 'Tidak Baik',
    });
  });
});

describe('computeIkm: worked examples', () => {
  it('four responses computed by hand: NRR sum 29.25, IKM 3.25, converted 81.25 → B', () => {
    const responses = [
      [4, 4, 3, 3, 4, 3, 3, 3, 4],
      [3, 3, 3, 4, 3, 3, 4, 3, 3],
      [3, 4, 3, 4, 3, 3, 3, 2, 3],
      [4, 3, 2, 4, 3, 4, 3, 3, 3],
    ];
    const result = computeIkm(responses);
    expect(result.nrrPerElement).toEqual({
      U1: 3.5,
      U2: 3.5,
      U3: 2.75,
      U4: 3.75,
      U5: 3.25,
      U6: 3.25,
      U7: 3.25,
      U8: 2.75,
      U9: 3.25,
    });
    expect(result.ikm).toBeCloseTo(3.25, 12);
    expect(result.converted).toBeCloseTo(81.25, 10);
    expect(result.convertedRounded).toBe(81.25);
    expect(result.grade).toBe('B');
    expect(result.gradeLabel).toBe('Baik');
    expect(result.responseCount).toBe(4);
  });

  it('a realistic survey of 100 respondents: IKM 2963/900 ≈ 3.2922, converted ≈ 82.3056 → 82.31, B', () => {
    const result = computeIkmFromSums(sumsOf([330, 325, 320, 360, 328, 335, 340, 310, 315], 100));
    expect(result.nrrPerElement).toEqual({
      U1: 3.3,
      U2: 3.25,
      U3: 3.2,
      U4: 3.6,
      U5: 3.28,
      U6: 3.35,
      U7: 3.4,
      U8: 3.1,
      U9: 3.15,
    });
    expect(result.ikm).toBeCloseTo(2963 / 900, 12);
    expect(result.converted).toBeCloseTo(82.305555, 5);
    expect(result.convertedRounded).toBe(82.31);
    expect(result.grade).toBe('B');
    expect(result.responseCount).toBe(100);
  });

  it('scores all 4 as 100 (A) and all 1 as 25 (D)', () => {
    const best = computeIkm([Array(9).fill(4), Array(9).fill(4)]);
    expect(best.convertedRounded).toBe(100);
    expect(best.grade).toBe('A');
    expect(best.gradeLabel).toBe('Sangat Baik');
    const worst = computeIkm([Array(9).fill(1)]);
    expect(worst.convertedRounded).toBe(25);
    expect(worst.grade).toBe('D');
    expect(worst.gradeLabel).toBe('Tidak Baik');
  });

  it('grades a survey whose exact converted value is 76.605 as B despite float error', () => {
    // Each element: 15321 / 5000 = 3.0642, so IKM 3.0642 and converted exactly 76.605.
    const result = computeIkmFromSums(sumsOf(Array(9).fill(15321), 5000));
    expect(result.converted).toBeCloseTo(76.605, 10);
    expect(result.convertedRounded).toBe(76.61);
    expect(result.grade).toBe('B');
  });

  it('gives the same result from raw responses and from their sums', () => {
    const responses = [
      [1, 2, 3, 4, 1, 2, 3, 4, 1],
      [4, 4, 4, 4, 3, 3, 3, 3, 2],
      [2, 2, 2, 2, 2, 2, 2, 2, 2],
    ];
    expect(computeIkmFromSums(sumIkmResponses(responses))).toEqual(computeIkm(responses));
  });
});

describe('computeIkm: reweighting and extra elements', () => {
  it('applies weights per element code', () => {
    // NRR: U1 = 4, every other element 2. Weighted: 4 × 0.2 + 2 × 0.8 = 2.4 → 60 → D.
    const weights = { ...Object.fromEntries(IKM_ELEMENT_CODES.map((c) => [c, 0.1])), U1: 0.2 };
    const result = computeIkm([[4, 2, 2, 2, 2, 2, 2, 2, 2]], { weights });
    expect(result.ikm).toBeCloseTo(2.4, 12);
    expect(result.convertedRounded).toBe(60);
    expect(result.grade).toBe('D');
    // The same answers with equal weights: (4 + 8 × 2) / 9 = 2.2222 → 55.56.
    expect(computeIkm([[4, 2, 2, 2, 2, 2, 2, 2, 2]]).convertedRounded).toBe(55.56);
  });

  it('lets a zero weight drop an element', () => {
    const weights = { ...Object.fromEntries(IKM_ELEMENT_CODES.map((c) => [c, 0.125])), U4: 0 };
    expect(computeIkm([[3, 3, 3, 1, 3, 3, 3, 3, 3]], { weights }).convertedRounded).toBe(75);
  });

  it('supports an added element, weighted equally by default', () => {
    const elementCodes = [...IKM_ELEMENT_CODES, 'U10'];
    const result = computeIkm([[4, 4, 4, 4, 4, 4, 4, 4, 4, 1]], { elementCodes });
    // (9 × 4 + 1) / 10 = 3.7 → 92.5 → A.
    expect(result.nrrPerElement.U10).toBe(1);
    expect(result.convertedRounded).toBe(92.5);
    expect(result.grade).toBe('A');
  });

  it('defaults the weights of sums to equal weights over their elements', () => {
    const sums = { U1: { sum: 8, count: 2 }, X: { sum: 4, count: 2 } };
    expect(computeIkmFromSums(sums).ikm).toBe(3);
    expect(computeIkmFromSums(sums, { U1: 0.75, X: 0.25 }).ikm).toBe(3.5);
  });

  it('equalIkmWeights divides 1 among the codes', () => {
    expect(equalIkmWeights(['A', 'B', 'C', 'D'])).toEqual({ A: 0.25, B: 0.25, C: 0.25, D: 0.25 });
  });
});

describe('computeIkm: validation', () => {
  const valid = [3, 3, 3, 3, 3, 3, 3, 3, 3];

  it.each([0, 5, 2.5, Number.NaN, -1])(
    'rejects score %s, naming the element and response index',
    (score) => {
      const bad = [...valid];
      bad[3] = score;
      let error: unknown;
      try {
        computeIkm([valid, valid, bad]);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(IkmInputError);
      expect(error).toBeInstanceOf(RangeError);
      expect(error).toMatchObject({ elementCode: 'U4', responseIndex: 2 });
      expect((error as Error).message).toBe(
        `Response 2, element U4: score must be an integer from 1 to 4, got ${score}`,
      );
    },
  );

  it('rejects a response with too few or too many scores', () => {
    expect(() => computeIkm([valid, valid.slice(1)])).toThrow(
      'Response 1 has 8 scores; expected 9',
    );
    expect(() => computeIkm([[...valid, 3]])).toThrow('Response 0 has 10 scores; expected 9');
  });

  it('rejects an empty survey', () => {
    expect(() => computeIkm([])).toThrow(IkmInputError);
    expect(() => computeIkmFromSums({})).toThrow(IkmInputError);
  });

  it('rejects weights that do not sum to 1 (tolerance 1e-9)', () => {
    const weights = (last: number) => ({
      ...Object.fromEntries(IKM_ELEMENT_CODES.map((c) => [c, 0.1])),
      U9: last,
    });
    expect(() => computeIkm([valid], { weights: weights(0.3) })).toThrow(
      /^IKM weights must sum to 1, got 1\.0999/,
    );
    expect(() => computeIkm([valid], { weights: weights(0.2 + 2e-9) })).toThrow(/must sum to 1/);
    expect(computeIkm([valid], { weights: weights(0.2 + 5e-10) }).convertedRounded).toBe(75);
  });

  it('rejects weights that do not match the elements', () => {
    const { U9: _omitted, ...missingU9 } = DEFAULT_IKM_WEIGHTS;
    expect(() => computeIkm([valid], { weights: missingU9 })).toThrow('Element U9 has no weight');
    expect(() => computeIkm([valid], { weights: { ...DEFAULT_IKM_WEIGHTS, U10: 0 } })).toThrow(
      'Weight given for U10, which is not an element of this survey',
    );
    const negative = { ...DEFAULT_IKM_WEIGHTS, U1: -1 / 9, U2: 3 / 9 };
    expect(() => computeIkm([valid], { weights: negative })).toThrow(/Element U1: weight must be/);
  });

  it('rejects duplicate element codes', () => {
    expect(() => computeIkm([[3, 3]], { elementCodes: ['U1', 'U1'] })).toThrow(
      'Element U1 is listed twice',
    );
  });

  it('rejects impossible sums and counts, naming the element', () => {
    expect(() => computeIkmFromSums({ U1: { sum: 9, count: 2 } })).toThrow(
      'Element U1: sum 9 is impossible for 2 scores from 1 to 4',
    );
    expect(() => computeIkmFromSums({ U1: { sum: 1, count: 2 } })).toThrow(/impossible/);
    expect(() => computeIkmFromSums({ U1: { sum: 3.5, count: 1 } })).toThrow(/impossible/);
    expect(() => computeIkmFromSums({ U1: { sum: 0, count: 0 } })).toThrow(
      'Element U1: answer count must be a positive integer, got 0',
    );
  });

  it('counts respondents by the least-answered element', () => {
    const sums = { ...sumsOf(Array(9).fill(300), 100), U8: { sum: 270, count: 90 } };
    expect(computeIkmFromSums(sums).responseCount).toBe(90);
  });
});

describe('sumIkmResponses', () => {
  it('adds scores per element in the order of the element codes', () => {
    expect(
      sumIkmResponses(
        [
          [1, 4],
          [2, 3],
        ],
        ['A', 'B'],
      ),
    ).toEqual({
      A: { sum: 3, count: 2 },
      B: { sum: 7, count: 2 },
    });
  });

  it('returns zero counts for no responses', () => {
    expect(sumIkmResponses([], ['A'])).toEqual({ A: { sum: 0, count: 0 } });
  });
});

describe('ikmGrade: band boundaries on the value rounded to 2 decimals', () => {
  it.each([
    [25, 'D'],
    [64.99, 'D'],
    [64.994, 'D'],
    [64.995, 'C'],
    [65, 'C'],
    [76.6, 'C'],
    [76.6049, 'C'],
    [76.605, 'B'],
    [76.61, 'B'],
    [88.3, 'B'],
    [88.304, 'B'],
    [88.305, 'A'],
    [88.31, 'A'],
    [100, 'A'],
    [100.004, 'A'],
    [24.995, 'D'],
  ] as const)('%s → %s', (converted, grade) => {
    expect(ikmGrade(converted)).toBe(grade);
  });

  it.each([24.99, 100.01, Number.NaN, Number.POSITIVE_INFINITY, 0])('rejects %s', (converted) => {
    expect(() => ikmGrade(converted)).toThrow(IkmInputError);
  });
});

describe('roundIkmConverted', () => {
  it.each([
    [76.605, 76.61],
    [76.6049, 76.6],
    [76.60499999999999, 76.61],
    [82.30555555555556, 82.31],
    [64.995, 65],
    [100.00000000000003, 100],
  ])('%s → %s', (value, rounded) => {
    expect(roundIkmConverted(value)).toBe(rounded);
  });
});
