/**
 * How a result or a behaviour compares with what was agreed at planning (PermenPANRB 6/2022):
 * below (di bawah), as expected (sesuai) or above (di atas) expectations (ekspektasi).
 */
export const Expectation = {
  DI_BAWAH: 'DI_BAWAH',
  SESUAI: 'SESUAI',
  DI_ATAS: 'DI_ATAS',
} as const;

export type Expectation = (typeof Expectation)[keyof typeof Expectation];

/** An employee's performance rating for a period (predikat kinerja), from the rating matrix. */
export const Predikat = {
  SANGAT_BAIK: 'SANGAT_BAIK',
  BAIK: 'BAIK',
  BUTUH_PERBAIKAN: 'BUTUH_PERBAIKAN',
  /** The regulation's "Kurang/Misconduct" cell: results met, behaviour below expectations. */
  KURANG: 'KURANG',
  SANGAT_KURANG: 'SANGAT_KURANG',
} as const;

export type Predikat = (typeof Predikat)[keyof typeof Predikat];

/** Best to worst. */
export const PREDIKAT_ORDER: readonly Predikat[] = [
  Predikat.SANGAT_BAIK,
  Predikat.BAIK,
  Predikat.BUTUH_PERBAIKAN,
  Predikat.KURANG,
  Predikat.SANGAT_KURANG,
];

export function isPredikat(value: unknown): value is Predikat {
  return (PREDIKAT_ORDER as readonly unknown[]).includes(value);
}

// Rows: hasil kerja (work results); columns: perilaku kerja (work behaviour).
const MATRIX: Readonly<Record<Expectation, Readonly<Record<Expectation, Predikat>>>> = {
  DI_ATAS: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'SANGAT_BAIK' },
  SESUAI: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'BAIK' },
  DI_BAWAH: { DI_BAWAH: 'SANGAT_KURANG', SESUAI: 'BUTUH_PERBAIKAN', DI_ATAS: 'BUTUH_PERBAIKAN' },
};

/**
 * The predikat for a rating of hasil kerja (work results) and perilaku kerja (work behaviour),
 * per the PermenPANRB 6/2022 matrix. The two are not weighted against each other.
 */
export function predikatFor(hasilKerja: Expectation, perilakuKerja: Expectation): Predikat {
  const predikat = MATRIX[hasilKerja]?.[perilakuKerja];
  if (predikat === undefined) {
    throw new RangeError(
      `Unknown expectation rating: hasilKerja="${hasilKerja}", perilakuKerja="${perilakuKerja}"`,
    );
  }
  return predikat;
}

/** True for the predikat that call for coaching rather than reward: worse than Baik. */
export function isBelowBaik(predikat: Predikat): boolean {
  return PREDIKAT_ORDER.indexOf(predikat) > PREDIKAT_ORDER.indexOf(Predikat.BAIK);
}
