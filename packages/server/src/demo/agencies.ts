// The OPD (Organisasi Perangkat Daerah) of a demo city and their organisation charts, after the
// 2021–2022 simplification of the bureaucracy: a Sekretariat with two Subbagian, two to four
// Bidang (some still with Seksi, most with functional staff reporting to the Kepala Bidang).
import type { RegionSeed } from './regions.js';
import {
  ahli,
  both,
  driver,
  pelaksana,
  terampil,
  type DegreeKey,
  type StaffPosition,
  type StructuralLevel,
} from './positions.js';

export interface UnitSpec {
  /** Unique within the agency, e.g. "BIDANG-PIAK". */
  code: string;
  name: string;
  /** Position title of the unit's head; default `Kepala <name>`. */
  headTitle?: string;
  headLevel: StructuralLevel;
  /** Degree field of the unit's head; default the agency's. */
  headDegree?: DegreeKey;
  /** Positions of the staff placed in this unit when it has no sub-units; default the agency's. */
  staff?: StaffPosition[];
  children?: UnitSpec[];
  /** Relative share of the agency's staff when the unit has no sub-units (default 1). */
  weight?: number;
}

/** A unit added only in the large data set (schools, puskesmas, hospital installations). */
export interface ExtraUnitSpec extends UnitSpec {
  /** Code of the unit it hangs under; undefined hangs it under the agency itself. */
  parentCode?: string;
}

export interface AgencySpec {
  code: string;
  name: string;
  shortName: string;
  headTitle: string;
  headLevel: Extract<StructuralLevel, 'SEKDA' | 'HEAD' | 'CAMAT'>;
  headDegree: DegreeKey;
  units: UnitSpec[];
  /** Default positions of staff in units that list none. */
  staff: StaffPosition[];
  /** Relative size of the agency's workforce (large data set only). */
  size: number;
  /** Extra units of the large data set, given the number of staff the agency will have. */
  extraUnits?: (staffCount: number) => ExtraUnitSpec[];
}

const UMPEG_STAFF = [
  ahli('Analis Kepegawaian', 'gov', { weight: 1.5 }),
  terampil('Arsiparis', 'general'),
  pelaksana('Pengadministrasi Umum', 'general', { weight: 2 }),
  pelaksana('Pengadministrasi Perkantoran', 'general'),
  both('Pranata Komputer', 'it', { weight: 0.7 }),
  driver(0.6),
];

const RENKEU_STAFF = [
  ahli('Perencana', 'planning'),
  ahli('Analis Keuangan Pusat dan Daerah', 'econ'),
  pelaksana('Bendahara', 'econ', { weight: 0.6, femaleShare: 0.65 }),
  pelaksana('Pengelola Barang Milik Daerah', 'econ'),
  pelaksana('Pengadministrasi Keuangan', 'econ'),
];

function sekretariat(headTitle: string, headDegree?: DegreeKey): UnitSpec {
  return {
    code: 'SEKRETARIAT',
    name: 'Sekretariat',
    headTitle,
    headLevel: 'ESELON_III',
    ...(headDegree ? { headDegree } : {}),
    children: [
      { code: 'SUBBAG-UMPEG', name: 'Subbagian Umum dan Kepegawaian', headLevel: 'ESELON_IV', headDegree: 'gov', staff: UMPEG_STAFF },
      { code: 'SUBBAG-RENKEU', name: 'Subbagian Perencanaan dan Keuangan', headLevel: 'ESELON_IV', headDegree: 'econ', staff: RENKEU_STAFF },
    ],
  };
}

const SERVICE_DESK = [
  pelaksana('Penata Layanan Operasional', 'general', { weight: 2 }),
  pelaksana('Operator Layanan Operasional', 'general', { weight: 2 }),
  pelaksana('Pengadministrasi Umum'),
  pelaksana('Pengolah Data dan Informasi', 'it'),
];

const HEALTH_CENTRE_STAFF = [
  ahli('Dokter', 'doctor', { weight: 1.2, femaleShare: 0.6 }),
  ahli('Dokter Gigi', 'dentist', { weight: 0.4, femaleShare: 0.7 }),
  both('Perawat', 'nurse', { weight: 3, femaleShare: 0.7 }),
  both('Bidan', 'midwife', { weight: 2.5, femaleShare: 1 }),
  both('Nutrisionis', 'nutrition', { weight: 0.6, femaleShare: 0.8 }),
  both('Tenaga Sanitasi Lingkungan', 'sanitation', { weight: 0.6 }),
  ahli('Apoteker', 'pharmacist', { weight: 0.4, femaleShare: 0.75 }),
  terampil('Asisten Apoteker', 'pharmacist', { weight: 0.5, femaleShare: 0.75 }),
  terampil('Pranata Laboratorium Kesehatan', 'lab', { weight: 0.6, femaleShare: 0.7 }),
  ahli('Penyuluh Kesehatan Masyarakat', 'publicHealth', { weight: 0.5, femaleShare: 0.65 }),
  ahli('Epidemiolog Kesehatan', 'publicHealth', { weight: 0.3 }),
  terampil('Perekam Medis', 'medRecord', { weight: 0.5, femaleShare: 0.65 }),
  pelaksana('Pengadministrasi Umum', 'general', { weight: 0.8 }),
];

const HOSPITAL_WARD_STAFF = [
  ahli('Dokter', 'doctor', { weight: 1, femaleShare: 0.55 }),
  // Specialists hold the same functional position; their Sp. title tells them apart.
  ahli('Dokter', 'specialist', { weight: 0.6, femaleShare: 0.45 }),
  both('Perawat', 'nurse', { weight: 5, femaleShare: 0.72 }),
  both('Bidan', 'midwife', { weight: 0.8, femaleShare: 1 }),
  terampil('Perekam Medis', 'medRecord', { weight: 0.5, femaleShare: 0.65 }),
  pelaksana('Pengadministrasi Umum', 'general', { weight: 0.5 }),
];

const HOSPITAL_SUPPORT_STAFF = [
  ahli('Apoteker', 'pharmacist', { weight: 0.8, femaleShare: 0.75 }),
  terampil('Asisten Apoteker', 'pharmacist', { weight: 1, femaleShare: 0.75 }),
  terampil('Pranata Laboratorium Kesehatan', 'lab', { weight: 1, femaleShare: 0.7 }),
  terampil('Radiografer', 'radiology', { weight: 0.7, femaleShare: 0.45 }),
  both('Nutrisionis', 'nutrition', { weight: 0.6, femaleShare: 0.8 }),
  terampil('Fisioterapis', 'medRecord', { weight: 0.4, femaleShare: 0.6 }),
  ahli('Fisikawan Medik', 'radiology', { weight: 0.2 }),
  pelaksana('Pengadministrasi Umum', 'general', { weight: 0.5 }),
];

const SCHOOL_STAFF = [
  ahli('Guru', 'teacher', { weight: 10, femaleShare: 0.66 }),
  pelaksana('Pengadministrasi Perkantoran', 'general', { weight: 0.8 }),
  pelaksana('Operator Layanan Operasional', 'general', { weight: 0.5 }),
  terampil('Pustakawan', 'general', { weight: 0.3, femaleShare: 0.7 }),
];

// Relative workforce sizes in the large data set: teachers, health centres and the hospital
// make up most of a city's civil service.
const LARGE_SIZE = { DISDIK: 8, DINKES: 5, RSUD: 5, SETDA: 1.5, DISHUB: 1.2, KECAMATAN: 0.6, DEFAULT: 1 };

function romanWilayah(n: number): string {
  return ['I', 'II', 'III', 'IV'][n - 1] ?? String(n);
}

/** Code of the kecamatan office OPD, e.g. "KEC-KERTAPATI". */
export function kecamatanAgencyCode(district: string): string {
  return `KEC-${district.toUpperCase().replace(/[^A-Z0-9]+/g, '-')}`;
}

/** The OPD of a demo city, in a fixed order (the generator's determinism depends on it). */
export function agencySpecsFor(region: RegionSeed): AgencySpec[] {
  const city = region.shortName;
  const kecamatan = region.kecamatanOfficeDistrict;
  return [
    {
      code: 'DISDUKCAPIL',
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      shortName: 'Disdukcapil',
      headTitle: 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
      headLevel: 'HEAD',
      headDegree: 'gov',
      size: LARGE_SIZE.DEFAULT,
      staff: SERVICE_DESK,
      units: [
        sekretariat('Sekretaris Dinas'),
        {
          code: 'BIDANG-DAFDUK',
          name: 'Bidang Pelayanan Pendaftaran Penduduk',
          headLevel: 'ESELON_III',
          children: [
            { code: 'SEKSI-IDENTITAS', name: 'Seksi Identitas Penduduk', headLevel: 'ESELON_IV', weight: 1.5 },
            { code: 'SEKSI-PINDATANG', name: 'Seksi Pindah Datang Penduduk', headLevel: 'ESELON_IV' },
          ],
        },
        {
          code: 'BIDANG-CAPIL',
          name: 'Bidang Pelayanan Pencatatan Sipil',
          headLevel: 'ESELON_III',
          children: [
            { code: 'SEKSI-KELAHIRAN', name: 'Seksi Kelahiran dan Kematian', headLevel: 'ESELON_IV', weight: 1.5 },
            { code: 'SEKSI-PERKAWINAN', name: 'Seksi Perkawinan dan Perceraian', headLevel: 'ESELON_IV' },
          ],
        },
        {
          // No Seksi here: functional staff report to the Kepala Bidang (the demo supervisor).
          code: 'BIDANG-PIAK',
          name: 'Bidang Pengelolaan Informasi Administrasi Kependudukan',
          headLevel: 'ESELON_III',
          headDegree: 'it',
          weight: 1.5,
          staff: [
            both('Pranata Komputer', 'it', { weight: 2 }),
            ahli('Administrator Database Kependudukan', 'it', { weight: 2 }),
            pelaksana('Pengolah Data dan Informasi', 'it'),
            ahli('Statistisi', 'stat', { weight: 0.5 }),
          ],
        },
      ],
    },
    {
      code: 'DISDIK',
      name: 'Dinas Pendidikan',
      shortName: 'Disdik',
      headTitle: 'Kepala Dinas Pendidikan',
      headLevel: 'HEAD',
      headDegree: 'teacher',
      size: LARGE_SIZE.DISDIK,
      staff: [
        ahli('Pengawas Sekolah', 'teacher', { weight: 1.5 }),
        ahli('Penilik', 'teacher', { weight: 0.6 }),
        ahli('Pamong Belajar', 'teacher', { weight: 0.5 }),
        ahli('Analis Kebijakan', 'gov', { weight: 0.5 }),
        pelaksana('Pengolah Data dan Informasi', 'it'),
        pelaksana('Pengadministrasi Umum'),
      ],
      units: [
        sekretariat('Sekretaris Dinas'),
        { code: 'BIDANG-SD', name: 'Bidang Pembinaan Sekolah Dasar', headLevel: 'ESELON_III', headDegree: 'teacher' },
        { code: 'BIDANG-SMP', name: 'Bidang Pembinaan Sekolah Menengah Pertama', headLevel: 'ESELON_III', headDegree: 'teacher' },
        {
          code: 'BIDANG-PAUD',
          name: 'Bidang Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal',
          headLevel: 'ESELON_III',
          headDegree: 'teacher',
        },
      ],
      extraUnits: (staffCount) => {
        // Roughly 30 staff per school; three primary schools for each junior high school.
        const schools = Math.max(4, Math.round(staffCount / 30));
        const units: ExtraUnitSpec[] = [];
        let sd = 0;
        let smp = 0;
        for (let i = 0; i < schools; i += 1) {
          const primary = i % 4 !== 3;
          const number = primary ? ++sd : ++smp;
          const name = primary ? `SD Negeri ${number} ${city}` : `SMP Negeri ${number} ${city}`;
          units.push({
            code: primary ? `SDN-${String(number).padStart(3, '0')}` : `SMPN-${String(number).padStart(3, '0')}`,
            name: `UPT ${name}`,
            headTitle: `Kepala ${name}`,
            headLevel: 'COORDINATOR',
            headDegree: 'teacher',
            parentCode: primary ? 'BIDANG-SD' : 'BIDANG-SMP',
            staff: SCHOOL_STAFF,
            weight: primary ? 1 : 1.6,
          });
        }
        return units;
      },
    },
    {
      code: 'DINKES',
      name: 'Dinas Kesehatan',
      shortName: 'Dinkes',
      headTitle: 'Kepala Dinas Kesehatan',
      headLevel: 'HEAD',
      headDegree: 'doctor',
      size: LARGE_SIZE.DINKES,
      staff: [
        ahli('Administrator Kesehatan', 'publicHealth', { weight: 1.5 }),
        ahli('Epidemiolog Kesehatan', 'publicHealth'),
        ahli('Penyuluh Kesehatan Masyarakat', 'publicHealth'),
        both('Nutrisionis', 'nutrition', { femaleShare: 0.8 }),
        both('Tenaga Sanitasi Lingkungan', 'sanitation'),
        ahli('Apoteker', 'pharmacist', { weight: 0.5, femaleShare: 0.75 }),
        pelaksana('Pengolah Data dan Informasi', 'it', { weight: 0.7 }),
      ],
      units: [
        sekretariat('Sekretaris Dinas', 'publicHealth'),
        { code: 'BIDANG-KESMAS', name: 'Bidang Kesehatan Masyarakat', headLevel: 'ESELON_III', headDegree: 'publicHealth' },
        { code: 'BIDANG-P2P', name: 'Bidang Pencegahan dan Pengendalian Penyakit', headLevel: 'ESELON_III', headDegree: 'doctor' },
        { code: 'BIDANG-YANKES', name: 'Bidang Pelayanan Kesehatan', headLevel: 'ESELON_III', headDegree: 'doctor' },
        { code: 'BIDANG-SDK', name: 'Bidang Sumber Daya Kesehatan', headLevel: 'ESELON_III', headDegree: 'pharmacist' },
      ],
      // One health centre per kecamatan (real cities have more; one is enough to show the pattern).
      extraUnits: () =>
        region.districts.map((district) => ({
          code: `PUSKESMAS-${district.code.slice(-2)}`,
          name: `UPT Puskesmas ${district.name}`,
          headTitle: `Kepala UPT Puskesmas ${district.name}`,
          headLevel: 'ESELON_IV',
          headDegree: 'doctor',
          staff: HEALTH_CENTRE_STAFF,
          weight: 3,
        })),
    },
    {
      code: 'BKPSDM',
      name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      shortName: 'BKPSDM',
      headTitle: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      headLevel: 'HEAD',
      headDegree: 'gov',
      size: LARGE_SIZE.DEFAULT,
      staff: [
        ahli('Analis Kepegawaian', 'gov', { weight: 3 }),
        ahli('Asesor Sumber Daya Manusia Aparatur', 'gov', { weight: 0.5 }),
        both('Pranata Komputer', 'it', { weight: 0.7 }),
        pelaksana('Pengolah Data dan Informasi', 'it'),
        pelaksana('Pengadministrasi Umum'),
      ],
      units: [
        sekretariat('Sekretaris Badan'),
        { code: 'BIDANG-PPIK', name: 'Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian', headLevel: 'ESELON_III' },
        { code: 'BIDANG-MUTASI', name: 'Bidang Mutasi dan Promosi', headLevel: 'ESELON_III' },
        { code: 'BIDANG-PKA', name: 'Bidang Pengembangan Kompetensi Aparatur', headLevel: 'ESELON_III' },
        { code: 'BIDANG-PKAP', name: 'Bidang Penilaian Kinerja Aparatur dan Penghargaan', headLevel: 'ESELON_III' },
      ],
    },
    {
      code: 'BAPPEDA',
      name: 'Badan Perencanaan Pembangunan Daerah',
      shortName: 'Bappeda',
      headTitle: 'Kepala Badan Perencanaan Pembangunan Daerah',
      headLevel: 'HEAD',
      headDegree: 'planning',
      size: LARGE_SIZE.DEFAULT,
      staff: [
        ahli('Perencana', 'planning', { weight: 3 }),
        ahli('Statistisi', 'stat'),
        ahli('Analis Kebijakan', 'gov'),
        pelaksana('Pengolah Data dan Informasi', 'it'),
      ],
      units: [
        sekretariat('Sekretaris Badan'),
        {
          code: 'BIDANG-PPEPD',
          name: 'Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah',
          headLevel: 'ESELON_III',
          headDegree: 'planning',
        },
        { code: 'BIDANG-PPM', name: 'Bidang Pemerintahan dan Pembangunan Manusia', headLevel: 'ESELON_III', headDegree: 'planning' },
        { code: 'BIDANG-EKOSDA', name: 'Bidang Perekonomian dan Sumber Daya Alam', headLevel: 'ESELON_III', headDegree: 'planning' },
        { code: 'BIDANG-IPW', name: 'Bidang Infrastruktur dan Kewilayahan', headLevel: 'ESELON_III', headDegree: 'engineering' },
      ],
    },
    {
      code: 'DPMPTSP',
      name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      shortName: 'DPMPTSP',
      headTitle: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      headLevel: 'HEAD',
      headDegree: 'gov',
      size: LARGE_SIZE.DEFAULT,
      staff: [
        ahli('Penata Perizinan', 'law', { weight: 2 }),
        ahli('Analis Kebijakan', 'gov'),
        both('Pranata Komputer', 'it', { weight: 0.7 }),
        ...SERVICE_DESK,
      ],
      units: [
        sekretariat('Sekretaris Dinas'),
        { code: 'BIDANG-PERIZINAN', name: 'Bidang Pelayanan Perizinan dan Nonperizinan', headLevel: 'ESELON_III', weight: 2 },
        {
          code: 'BIDANG-PROMOSI',
          name: 'Bidang Promosi dan Pengembangan Iklim Penanaman Modal',
          headLevel: 'ESELON_III',
          headDegree: 'econ',
        },
        {
          code: 'BIDANG-DALAKSANA',
          name: 'Bidang Pengendalian Pelaksanaan dan Data Penanaman Modal',
          headLevel: 'ESELON_III',
          headDegree: 'econ',
        },
      ],
    },
    {
      code: 'DINSOS',
      name: 'Dinas Sosial',
      shortName: 'Dinsos',
      headTitle: 'Kepala Dinas Sosial',
      headLevel: 'HEAD',
      headDegree: 'social',
      size: LARGE_SIZE.DEFAULT,
      staff: [
        both('Pekerja Sosial', 'social', { weight: 2, femaleShare: 0.6 }),
        ahli('Penyuluh Sosial', 'social'),
        pelaksana('Pengolah Data dan Informasi', 'it'),
        pelaksana('Penata Layanan Operasional'),
      ],
      units: [
        sekretariat('Sekretaris Dinas'),
        { code: 'BIDANG-REHSOS', name: 'Bidang Rehabilitasi Sosial', headLevel: 'ESELON_III', headDegree: 'social' },
        { code: 'BIDANG-LINJAMSOS', name: 'Bidang Perlindungan dan Jaminan Sosial', headLevel: 'ESELON_III', headDegree: 'social' },
        {
          code: 'BIDANG-DAYASOS',
          name: 'Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin',
          headLevel: 'ESELON_III',
          headDegree: 'social',
        },
      ],
    },
    {
      code: 'DISHUB',
      name: 'Dinas Perhubungan',
      shortName: 'Dishub',
      headTitle: 'Kepala Dinas Perhubungan',
      headLevel: 'HEAD',
      headDegree: 'engineering',
      size: LARGE_SIZE.DISHUB,
      staff: [
        terampil('Penguji Kendaraan Bermotor', 'engineering', { weight: 1.5, femaleShare: 0.15 }),
        pelaksana('Pengatur Lalu Lintas', 'general', { weight: 2, femaleShare: 0.2 }),
        pelaksana('Pengolah Data dan Informasi', 'it'),
        pelaksana('Penata Layanan Operasional'),
        driver(0.5),
      ],
      units: [
        sekretariat('Sekretaris Dinas'),
        {
          code: 'BIDANG-LALIN',
          name: 'Bidang Lalu Lintas',
          headLevel: 'ESELON_III',
          headDegree: 'engineering',
          children: [
            { code: 'SEKSI-MRLL', name: 'Seksi Manajemen dan Rekayasa Lalu Lintas', headLevel: 'ESELON_IV', headDegree: 'engineering' },
            { code: 'SEKSI-DALOPS', name: 'Seksi Pengendalian dan Operasional', headLevel: 'ESELON_IV', weight: 2 },
          ],
        },
        { code: 'BIDANG-ANGKUTAN', name: 'Bidang Angkutan', headLevel: 'ESELON_III' },
        { code: 'BIDANG-SARPRAS', name: 'Bidang Sarana dan Prasarana', headLevel: 'ESELON_III', headDegree: 'engineering' },
      ],
    },
    {
      code: 'INSPEKTORAT',
      name: 'Inspektorat Daerah',
      shortName: 'Inspektorat',
      headTitle: 'Inspektur',
      headLevel: 'HEAD',
      headDegree: 'audit',
      size: LARGE_SIZE.DEFAULT,
      staff: [
        both('Auditor', 'audit', { weight: 3 }),
        ahli('Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', 'gov', { weight: 2 }),
        pelaksana('Pengadministrasi Umum', 'general', { weight: 0.5 }),
      ],
      units: [
        sekretariat('Sekretaris Inspektorat'),
        ...[1, 2, 3, 4].map(
          (n): UnitSpec => ({
            code: `IRBAN-${n}`,
            name: `Inspektorat Pembantu Wilayah ${romanWilayah(n)}`,
            headTitle: `Inspektur Pembantu Wilayah ${romanWilayah(n)}`,
            headLevel: 'ESELON_III',
            headDegree: 'audit',
          }),
        ),
      ],
    },
    {
      code: 'DISKOMINFO',
      name: 'Dinas Komunikasi dan Informatika',
      shortName: 'Diskominfo',
      headTitle: 'Kepala Dinas Komunikasi dan Informatika',
      headLevel: 'HEAD',
      headDegree: 'it',
      size: LARGE_SIZE.DEFAULT,
      staff: [both('Pranata Komputer', 'it', { weight: 2 }), pelaksana('Pengolah Data dan Informasi', 'it')],
      units: [
        sekretariat('Sekretaris Dinas'),
        {
          code: 'BIDANG-IKP',
          name: 'Bidang Informasi dan Komunikasi Publik',
          headLevel: 'ESELON_III',
          staff: [both('Pranata Hubungan Masyarakat', 'social', { weight: 2 }), ahli('Analis Kebijakan', 'gov'), pelaksana('Pengolah Data dan Informasi', 'it')],
        },
        {
          code: 'BIDANG-APTIKA',
          name: 'Bidang Aplikasi Informatika',
          headLevel: 'ESELON_III',
          headDegree: 'it',
          staff: [both('Pranata Komputer', 'it', { weight: 3 }), ahli('Manggala Informatika', 'it')],
        },
        {
          code: 'BIDANG-STATSAN',
          name: 'Bidang Statistik dan Persandian',
          headLevel: 'ESELON_III',
          headDegree: 'stat',
          staff: [ahli('Statistisi', 'stat', { weight: 2 }), terampil('Sandiman', 'it'), pelaksana('Pengolah Data dan Informasi', 'it')],
        },
      ],
    },
    {
      code: 'RSUD',
      name: region.hospitalName,
      shortName: 'RSUD',
      headTitle: 'Direktur',
      headLevel: 'HEAD',
      headDegree: 'doctor',
      size: LARGE_SIZE.RSUD,
      staff: HOSPITAL_WARD_STAFF,
      units: [
        {
          code: 'BAGIAN-TU',
          name: 'Bagian Tata Usaha',
          headLevel: 'ESELON_III',
          headDegree: 'gov',
          children: [
            { code: 'SUBBAG-UMPEG', name: 'Subbagian Umum dan Kepegawaian', headLevel: 'ESELON_IV', headDegree: 'gov', staff: UMPEG_STAFF },
            { code: 'SUBBAG-KEU', name: 'Subbagian Keuangan', headLevel: 'ESELON_IV', headDegree: 'econ', staff: RENKEU_STAFF },
          ],
        },
        { code: 'BIDANG-YANMED', name: 'Bidang Pelayanan Medik', headLevel: 'ESELON_III', headDegree: 'doctor', weight: 2 },
        {
          code: 'BIDANG-KEPERAWATAN',
          name: 'Bidang Keperawatan',
          headLevel: 'ESELON_III',
          headDegree: 'nurse',
          children: [
            { code: 'SEKSI-ASKEP', name: 'Seksi Asuhan Keperawatan', headLevel: 'ESELON_IV', headDegree: 'nurse', weight: 2 },
            { code: 'SEKSI-MUTUKEP', name: 'Seksi Mutu dan Etika Keperawatan', headLevel: 'ESELON_IV', headDegree: 'nurse' },
          ],
        },
        {
          code: 'BIDANG-PENUNJANG',
          name: 'Bidang Penunjang Medik dan Nonmedik',
          headLevel: 'ESELON_III',
          headDegree: 'publicHealth',
          staff: HOSPITAL_SUPPORT_STAFF,
        },
      ],
      extraUnits: () => {
        const ward = (code: string, name: string, weight: number): ExtraUnitSpec => ({
          code,
          name,
          headLevel: 'COORDINATOR',
          headDegree: 'specialist',
          parentCode: 'BIDANG-YANMED',
          staff: HOSPITAL_WARD_STAFF,
          weight,
        });
        const support = (code: string, name: string, degree: DegreeKey): ExtraUnitSpec => ({
          code,
          name,
          headLevel: 'COORDINATOR',
          headDegree: degree,
          parentCode: 'BIDANG-PENUNJANG',
          staff: HOSPITAL_SUPPORT_STAFF,
          weight: 1.5,
        });
        return [
          ward('INSTALASI-IGD', 'Instalasi Gawat Darurat', 3),
          ward('INSTALASI-RANAP', 'Instalasi Rawat Inap', 6),
          ward('INSTALASI-RAJAL', 'Instalasi Rawat Jalan', 3),
          ward('INSTALASI-ICU', 'Instalasi Perawatan Intensif', 2),
          ward('INSTALASI-IBS', 'Instalasi Bedah Sentral', 2),
          support('INSTALASI-FARMASI', 'Instalasi Farmasi', 'pharmacist'),
          support('INSTALASI-LAB', 'Instalasi Laboratorium', 'specialist'),
          support('INSTALASI-RADIOLOGI', 'Instalasi Radiologi', 'specialist'),
          support('INSTALASI-GIZI', 'Instalasi Gizi', 'nutrition'),
        ];
      },
    },
    {
      code: 'SETDA',
      name: 'Sekretariat Daerah',
      shortName: 'Setda',
      headTitle: 'Sekretaris Daerah',
      headLevel: 'SEKDA',
      headDegree: 'gov',
      size: LARGE_SIZE.SETDA,
      staff: [ahli('Analis Kebijakan', 'gov', { weight: 2 }), pelaksana('Pengadministrasi Umum'), pelaksana('Penata Layanan Operasional')],
      units: [
        {
          code: 'ASISTEN-PEMKESRA',
          name: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
          headTitle: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
          headLevel: 'JPT',
          children: [
            { code: 'BAGIAN-PEMERINTAHAN', name: 'Bagian Pemerintahan', headLevel: 'ESELON_III' },
            {
              code: 'BAGIAN-HUKUM',
              name: 'Bagian Hukum',
              headLevel: 'ESELON_III',
              headDegree: 'law',
              staff: [ahli('Perancang Peraturan Perundang-undangan', 'law', { weight: 2 }), ahli('Analis Hukum', 'law'), pelaksana('Pengadministrasi Umum')],
            },
            { code: 'BAGIAN-KESRA', name: 'Bagian Kesejahteraan Rakyat', headLevel: 'ESELON_III', headDegree: 'social' },
          ],
        },
        {
          code: 'ASISTEN-EKBANG',
          name: 'Asisten Perekonomian dan Pembangunan',
          headTitle: 'Asisten Perekonomian dan Pembangunan',
          headLevel: 'JPT',
          headDegree: 'econ',
          children: [
            { code: 'BAGIAN-EKONOMI', name: 'Bagian Perekonomian dan Sumber Daya Alam', headLevel: 'ESELON_III', headDegree: 'econ' },
            { code: 'BAGIAN-ADMBANG', name: 'Bagian Administrasi Pembangunan', headLevel: 'ESELON_III', headDegree: 'planning' },
            {
              code: 'BAGIAN-PBJ',
              name: 'Bagian Pengadaan Barang dan Jasa',
              headLevel: 'ESELON_III',
              headDegree: 'engineering',
              staff: [ahli('Pengelola Pengadaan Barang/Jasa', 'engineering', { weight: 2 }), pelaksana('Pengadministrasi Umum')],
            },
          ],
        },
        {
          code: 'ASISTEN-ADMUM',
          name: 'Asisten Administrasi Umum',
          headTitle: 'Asisten Administrasi Umum',
          headLevel: 'JPT',
          children: [
            {
              code: 'BAGIAN-UMUM',
              name: 'Bagian Umum',
              headLevel: 'ESELON_III',
              staff: [pelaksana('Pengadministrasi Umum', 'general', { weight: 2 }), terampil('Arsiparis'), driver(1)],
            },
            {
              code: 'BAGIAN-ORGANISASI',
              name: 'Bagian Organisasi',
              headLevel: 'ESELON_III',
              staff: [ahli('Analis Kebijakan', 'gov'), ahli('Analis Sumber Daya Manusia Aparatur', 'gov'), pelaksana('Pengolah Data dan Informasi', 'it')],
            },
            {
              code: 'BAGIAN-PROKOPIM',
              name: 'Bagian Protokol dan Komunikasi Pimpinan',
              headLevel: 'ESELON_III',
              staff: [both('Pranata Hubungan Masyarakat', 'social', { weight: 2 }), pelaksana('Penata Layanan Operasional')],
            },
          ],
        },
      ],
    },
    {
      code: kecamatanAgencyCode(kecamatan),
      name: `Kecamatan ${kecamatan}`,
      shortName: `Kec. ${kecamatan}`,
      headTitle: `Camat ${kecamatan}`,
      headLevel: 'CAMAT',
      headDegree: 'gov',
      size: LARGE_SIZE.KECAMATAN,
      staff: [
        pelaksana('Penata Layanan Operasional', 'general', { weight: 2 }),
        pelaksana('Pengadministrasi Umum', 'general', { weight: 2 }),
        pelaksana('Pengolah Data dan Informasi', 'it'),
        ahli('Analis Kebijakan', 'gov', { weight: 0.5 }),
      ],
      units: [
        sekretariat('Sekretaris Kecamatan', 'gov'),
        { code: 'SEKSI-PEMERINTAHAN', name: 'Seksi Pemerintahan', headLevel: 'ESELON_IV', headDegree: 'gov' },
        {
          code: 'SEKSI-TRANTIB',
          name: 'Seksi Ketenteraman dan Ketertiban Umum',
          headLevel: 'ESELON_IV',
          headDegree: 'gov',
          staff: [terampil('Polisi Pamong Praja', 'general', { weight: 2, femaleShare: 0.15 }), pelaksana('Pengadministrasi Umum')],
        },
        { code: 'SEKSI-PMK', name: 'Seksi Pemberdayaan Masyarakat dan Kelurahan', headLevel: 'ESELON_IV', headDegree: 'social' },
        { code: 'SEKSI-PELAYANAN', name: 'Seksi Pelayanan Umum', headLevel: 'ESELON_IV', weight: 1.5 },
      ],
    },
  ];
}
