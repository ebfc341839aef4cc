/**
 * IKM (Indeks Kepuasan Masyarakat): the citizen satisfaction index of a service unit, per
 * PermenPANRB 14/2017. Not the 2004 rule, which had 14 elements and other grade bands.
 */

/** An element (unsur) of the survey that respondents score from 1 to 4. */
export interface IkmElement {
  readonly code: string;
  readonly name: string;
}

/** The nine elements of PermenPANRB 14/2017, in the regulation's order. */
export const IKM_ELEMENTS: readonly IkmElement[] = [
  { code: 'U1', name: 'Persyaratan' },
  { code: 'U2', name: 'Sistem, Mekanisme dan Prosedur' },
  { code: 'U3', name: 'Waktu Penyelesaian' },
  { code: 'U4', name: 'Biaya/Tarif' },
  { code: 'U5', name: 'Produk Spesifikasi Jenis Pelayanan' },
  { code: 'U6', name: 'Kompetensi Pelaksana' },
  { code: 'U7', name: 'Perilaku Pelaksana' },
  { code: 'U8', name: 'Penanganan Pengaduan, Saran dan Masukan' },
  { code: 'U9', name: 'Sarana dan Prasarana' },
];

export const IKM_ELEMENT_CODES: readonly string[] = IKM_ELEMENTS.map((element) => element.code);

/** Weight per element code; the weights of a survey sum to 1. */
export type IkmWeights = Readonly<Record<string, number>>;

export function equalIkmWeights(elementCodes: readonly string[]): IkmWeights {
  return Object.fromEntries(elementCodes.map((code) => [code, 1 / elementCodes.length]));
}

/** Equal weights of 1/9, as the regulation sets them. */
export const DEFAULT_IKM_WEIGHTS: IkmWeights = equalIkmWeights(IKM_ELEMENT_CODES);

/** Running totals for one element, so a server can keep a survey's state without its answers. */
export interface IkmElementSum {
  readonly sum: number;
  readonly count: number;
}

export type IkmSums = Readonly<Record<string, IkmElementSum>>;

/** Quality grade (mutu pelayanan) of a service unit. */
export const IkmGrade = { A: 'A', B: 'B', C: 'C', D: 'D' } as const;
export type IkmGrade = (typeof IkmGrade)[keyof typeof IkmGrade];

/** The regulation's Indonesian name of each grade (kinerja unit pelayanan). */
export const IKM_GRADE_LABELS = {
  A: 'Sangat Baik',
  B: 'Baik',
  C: 'Kurang Baik',
  D: 'Tidak Baik',
} as const satisfies Record<IkmGrade, string>;

export type IkmGradeLabel = (typeof IKM_GRADE_LABELS)[IkmGrade];

export interface IkmResult {
  /** NRR (nilai rata-rata): an element's mean score, 1–4, per element code. */
  readonly nrrPerElement: Readonly<Record<string, number>>;
  /** Σ NRR × weight, 1–4, unrounded. */
  readonly ikm: number;
  /** ikm × 25, 25–100, unrounded. */
  readonly converted: number;
  /** `converted` rounded to 2 decimals: the value to display and the one the grade is read from. */
  readonly convertedRounded: number;
  readonly grade: IkmGrade;
  readonly gradeLabel: IkmGradeLabel;
  /** Respondents behind the index: the smallest answer count of any element. */
  readonly responseCount: number;
}

/** Invalid survey input; names the element and response (0-based) at fault where there is one. */
export class IkmInputError extends RangeError {
  override readonly name = 'IkmInputError';

  constructor(
    message: string,
    readonly elementCode: string | null = null,
    readonly responseIndex: number | null = null,
  ) {
    super(message);
  }
}

const MIN_SCORE = 1;
const MAX_SCORE = 4;
const WEIGHT_SUM_TOLERANCE = 1e-9;

/**
 * Adds up raw responses per element. Each response lists one integer score from 1 to 4 per
 * element, in the order of `elementCodes`.
 */
export function sumIkmResponses(
  responses: readonly (readonly number[])[],
  elementCodes: readonly string[] = IKM_ELEMENT_CODES,
): Record<string, IkmElementSum> {
  assertDistinctCodes(elementCodes);
  const sums = elementCodes.map(() => 0);
  responses.forEach((response, responseIndex) => {
    if (response.length !== elementCodes.length) {
      throw new IkmInputError(
        `Response ${responseIndex} has ${response.length} scores; expected ${elementCodes.length}`,
        null,
        responseIndex,
      );
    }
    response.forEach((score, position) => {
      if (!(Number.isInteger(score) && score >= MIN_SCORE && score <= MAX_SCORE)) {
        const code = elementCodes[position] ?? '';
        throw new IkmInputError(
          `Response ${responseIndex}, element ${code}: score must be an integer from 1 to 4, got ${score}`,
          code,
          responseIndex,
        );
      }
      sums[position] = (sums[position] ?? 0) + score;
    });
  });
  return Object.fromEntries(
    elementCodes.map((code, position) => [
      code,
      { sum: sums[position] ?? 0, count: responses.length },
    ]),
  );
}

export interface IkmOptions {
  /** The order of scores in each response. Defaults to U1…U9. */
  readonly elementCodes?: readonly string[];
  /** Defaults to equal weights over `elementCodes`. */
  readonly weights?: IkmWeights;
}

/** The IKM of a set of raw responses. */
export function computeIkm(
  responses: readonly (readonly number[])[],
  options: IkmOptions = {},
): IkmResult {
  const elementCodes = options.elementCodes ?? IKM_ELEMENT_CODES;
  if (responses.length === 0) throw new IkmInputError('An IKM needs at least one response');
  return computeIkmFromSums(
    sumIkmResponses(responses, elementCodes),
    options.weights ?? equalIkmWeights(elementCodes),
  );
}

/**
 * The IKM from per-element running totals. The elements are the keys of `sums`; `weights`
 * (equal by default) must name exactly those elements and sum to 1 within 1e-9. Nothing is
 * rounded along the way; only the grade reads a rounded value (see `roundIkmConverted`).
 */
export function computeIkmFromSums(
  sums: IkmSums,
  weights: IkmWeights = equalIkmWeights(Object.keys(sums)),
): IkmResult {
  const elementCodes = Object.keys(sums);
  if (elementCodes.length === 0) throw new IkmInputError('An IKM needs at least one element');
  assertWeights(elementCodes, weights);

  const nrrPerElement: Record<string, number> = {};
  let ikm = 0;
  let responseCount = Number.POSITIVE_INFINITY;
  for (const code of elementCodes) {
    const { sum, count } = sums[code] as IkmElementSum;
    if (!(Number.isInteger(count) && count > 0)) {
      throw new IkmInputError(
        `Element ${code}: answer count must be a positive integer, got ${count}`,
        code,
      );
    }
    if (!(Number.isInteger(sum) && sum >= MIN_SCORE * count && sum <= MAX_SCORE * count)) {
      throw new IkmInputError(
        `Element ${code}: sum ${sum} is impossible for ${count} scores from 1 to 4`,
        code,
      );
    }
    const nrr = sum / count;
    nrrPerElement[code] = nrr;
    ikm += nrr * (weights[code] as number);
    responseCount = Math.min(responseCount, count);
  }
  const converted = ikm * 25;
  const grade = ikmGrade(converted);
  return {
    nrrPerElement,
    ikm,
    converted,
    convertedRounded: roundIkmConverted(converted),
    grade,
    gradeLabel: IKM_GRADE_LABELS[grade],
    responseCount,
  };
}

/**
 * Rounds a converted IKM half-up to 2 decimals, the precision of the regulation's bands.
 * Float noise is removed first (12 significant digits), so a value that is 76.605 in exact
 * arithmetic but 76.60499999999999 in floating point still rounds to 76.61.
 */
export function roundIkmConverted(converted: number): number {
  return Math.round(Number((converted * 100).toPrecision(12))) / 100;
}

/**
 * The grade of a converted IKM, read from its value rounded to 2 decimals:
 * 25.00–64.99 D, 65.00–76.60 C, 76.61–88.30 B, 88.31–100.00 A. So 76.6049 is C and 76.605 is B.
 */
export function ikmGrade(converted: number): IkmGrade {
  const rounded = roundIkmConverted(converted);
  if (!(rounded >= 25 && rounded <= 100)) {
    throw new IkmInputError(`A converted IKM lies between 25 and 100, got ${converted}`);
  }
  if (rounded < 65) return 'D';
  if (rounded <= 76.6) return 'C';
  if (rounded <= 88.3) return 'B';
  return 'A';
}

function assertDistinctCodes(elementCodes: readonly string[]): void {
  const seen = new Set<string>();
  for (const code of elementCodes) {
    if (seen.has(code)) throw new IkmInputError(`Element ${code} is listed twice`, code);
    seen.add(code);
  }
}

function assertWeights(elementCodes: readonly string[], weights: IkmWeights): void {
  for (const code of Object.keys(weights)) {
    if (!elementCodes.includes(code)) {
      throw new IkmInputError(
        `Weight given for ${code}, which is not an element of this survey`,
        code,
      );
    }
  }
  let total = 0;
  for (const code of elementCodes) {
    const weight = weights[code];
    if (weight === undefined) throw new IkmInputError(`Element ${code} has no weight`, code);
    if (!(Number.isFinite(weight) && weight >= 0)) {
      throw new IkmInputError(
        `Element ${code}: weight must be a non-negative number, got ${weight}`,
        code,
      );
    }
    total += weight;
  }
  if (Math.abs(total - 1) > WEIGHT_SUM_TOLERANCE) {
    throw new IkmInputError(`IKM weights must sum to 1, got ${total}`);
  }
}
