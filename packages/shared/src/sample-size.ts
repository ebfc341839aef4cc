/**
 * Minimum survey sample for a population, from Krejcie & Morgan (1970), "Determining sample
 * size for research activities", Table 1 (95% confidence, 5% margin, P = 0.5). PermenPANRB
 * 14/2017 points IKM surveys to this table. Every row below equals the paper's formula
 * χ²NP(1−P) / (d²(N−1) + χ²P(1−P)) rounded to the nearest integer. Some reproductions add a
 * row 100,000 → 384 (the formula gives 383); that population gets 384 here either way.
 */
// prettier-ignore
export const KREJCIE_MORGAN_TABLE: readonly (readonly [population: number, sample: number])[] = [
  [10, 10], [15, 14], [20, 19], [25, 24], [30, 28], [35, 32], [40, 36], [45, 40], [50, 44],
  [55, 48], [60, 52], [65, 56], [70, 59], [75, 63], [80, 66], [85, 70], [90, 73], [95, 76],
  [100, 80], [110, 86], [120, 92], [130, 97], [140, 103], [150, 108], [160, 113], [170, 118],
  [180, 123], [190, 127], [200, 132], [210, 136], [220, 140], [230, 144], [240, 148], [250, 152],
  [260, 155], [270, 159], [280, 162], [290, 165], [300, 169], [320, 175], [340, 181], [360, 186],
  [380, 191], [400, 196], [420, 201], [440, 205], [460, 210], [480, 214], [500, 217], [550, 226],
  [600, 234], [650, 242], [700, 248], [750, 254], [800, 260], [850, 265], [900, 269], [950, 274],
  [1000, 278], [1100, 285], [1200, 291], [1300, 297], [1400, 302], [1500, 306], [1600, 310],
  [1700, 313], [1800, 317], [1900, 320], [2000, 322], [2200, 327], [2400, 331], [2600, 335],
  [2800, 338], [3000, 341], [3500, 346], [4000, 351], [4500, 354], [5000, 357], [6000, 361],
  [7000, 364], [8000, 367], [9000, 368], [10000, 370], [15000, 375], [20000, 377], [30000, 379],
  [40000, 380], [50000, 381], [75000, 382], [1000000, 384],
];

/** The formula's limit for an unbounded population (384.16), and the table's last row. */
const LARGEST_SAMPLE = 384;

/**
 * The sample a survey of `population` people needs. A population between two rows takes the
 * row at or above it, which never asks for fewer responses than the formula would, capped at
 * the population itself (16 people need all 16, not the 19 of the row for 20). Below 10 people,
 * everyone is surveyed; above 1,000,000, 384 responses suffice.
 */
export function requiredSampleSize(population: number): number {
  if (!(Number.isInteger(population) && population >= 0)) {
    throw new RangeError(`Population must be a non-negative integer, got ${population}`);
  }
  const row = KREJCIE_MORGAN_TABLE.find(([rowPopulation]) => rowPopulation >= population);
  if (row === undefined) return LARGEST_SAMPLE;
  return Math.min(row[1], population);
}

export function isSampleSufficient(responses: number, population: number): boolean {
  if (!(Number.isInteger(responses) && responses >= 0)) {
    throw new RangeError(`Responses must be a non-negative integer, got ${responses}`);
  }
  return responses >= requiredSampleSize(population);
}
