// The final annual ratings as a CSV an agency reconciles with the national e-Kinerja (BKN): one row
// per employee with a locked annual predikat, the rating labels as e-Kinerja writes them.
import type { Expectation, Predikat } from '@pantau/shared';

export const E_KINERJA_COLUMNS = ['NIP', 'NAMA', 'JABATAN', 'UNIT_KERJA', 'TAHUN', 'PERIODE', 'RATING_HASIL_KERJA', 'RATING_PERILAKU_KERJA', 'PREDIKAT_KINERJA'] as const;

const EXPECTATION_LABEL: Record<Expectation, string> = { DI_ATAS: 'DIATAS EKSPEKTASI', SESUAI: 'SESUAI EKSPEKTASI', DI_BAWAH: 'DIBAWAH EKSPEKTASI' };
const PREDIKAT_LABEL: Record<Predikat, string> = { SANGAT_BAIK: 'SANGAT BAIK', BAIK: 'BAIK', BUTUH_PERBAIKAN: 'BUTUH PERBAIKAN', KURANG: 'KURANG', SANGAT_KURANG: 'SANGAT KURANG' };

export interface FinalRating {
  nip: string;
  name: string;
  positionTitle: string;
  unitName: string;
  year: number;
  hasilKerja: Expectation;
  perilakuKerja: Expectation;
  predikat: Predikat;
}

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula (= + - @ tab CR) gets a leading apostrophe. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The CSV text, CRLF line ends, rows ordered by unit and NIP. */
export function eKinerjaCsv(rows: readonly FinalRating[]): string {
  const sorted = [...rows].sort((a, b) => a.unitName.localeCompare(b.unitName) || a.nip.localeCompare(b.nip));
  const lines = [
    E_KINERJA_COLUMNS.join(','),
    ...sorted.map((row) =>
      [row.nip, row.name, row.positionTitle, row.unitName, String(row.year), 'TAHUNAN', EXPECTATION_LABEL[row.hasilKerja], EXPECTATION_LABEL[row.perilakuKerja], PREDIKAT_LABEL[row.predikat]].map(cell).join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
