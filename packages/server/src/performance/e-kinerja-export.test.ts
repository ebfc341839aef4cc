import { describe, expect, it } from 'vitest';
import { eKinerjaCsv } from './e-kinerja-export.js';

describe('eKinerjaCsv', () => {
  it('writes the header and one quoted-where-needed row per rating, sorted by unit and NIP, formulas defused', () => {
    const base = { positionTitle: 'Analis Kependudukan', year: 2025, hasilKerja: 'SESUAI', perilakuKerja: 'DI_ATAS', predikat: 'BAIK' } as const;
    const csv = eKinerjaCsv([
      { ...base, nip: '199001012015031002', name: '=HYPERLINK("x")', unitName: 'Bidang B' },
      { ...base, nip: '198501012010011001', name: 'Siti, S.Kom', unitName: 'Bidang A', predikat: 'SANGAT_BAIK', hasilKerja: 'DI_ATAS' },
    ]);
    expect(csv).toBe(
      'NIP,NAMA,JABATAN,UNIT_KERJA,TAHUN,PERIODE,RATING_HASIL_KERJA,RATING_PERILAKU_KERJA,PREDIKAT_KINERJA\r\n' +
        '198501012010011001,"Siti, S.Kom",Analis Kependudukan,Bidang A,2025,TAHUNAN,DIATAS EKSPEKTASI,DIATAS EKSPEKTASI,SANGAT BAIK\r\n' +
        `199001012015031002,"'=HYPERLINK(""x"")",Analis Kependudukan,Bidang B,2025,TAHUNAN,SESUAI EKSPEKTASI,DIATAS EKSPEKTASI,BAIK\r\n`,
    );
  });
});
