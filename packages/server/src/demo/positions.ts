// Positions, ranks and academic titles of Indonesian civil servants, kept consistent with each
// other: a functional position's level (jenjang) fixes the pangkat/golongan range a PNS can hold
// in it and the PPPK grade it is advertised at, and structural positions follow their echelon.
import type { Faker } from '@faker-js/faker';

/** Structural (and head-of-unit) positions, from the region's top civil servant down. */
export type StructuralLevel =
  | 'SEKDA' // Sekretaris Daerah (JPT Pratama II.a)
  | 'HEAD' // Kepala Dinas/Badan, Inspektur, Direktur RSUD (JPT Pratama II.b)
  | 'JPT' // Asisten Sekretaris Daerah (II.b)
  | 'CAMAT' // Camat (III.a)
  | 'ESELON_III' // Sekretaris, Kepala Bidang/Bagian, Inspektur Pembantu
  | 'ESELON_IV' // Kepala Subbagian/Seksi, Kepala UPT Puskesmas
  | 'COORDINATOR'; // non-structural unit heads: Kepala Sekolah, Kepala Instalasi

/** Functional and administrative staff positions. */
export type StaffKind =
  | 'AHLI' // jabatan fungsional keahlian: Ahli Pertama/Muda/Madya
  | 'TERAMPIL' // jabatan fungsional keterampilan: Terampil/Mahir/Penyelia
  | 'BOTH' // positions that exist in both categories (Pranata Komputer, Perawat, …)
  | 'PELAKSANA' // administrative staff
  | 'DRIVER';

export type Jenjang =
  | 'AHLI_PERTAMA'
  | 'AHLI_MUDA'
  | 'AHLI_MADYA'
  | 'TERAMPIL'
  | 'MAHIR'
  | 'PENYELIA'
  | 'PELAKSANA'
  | 'DRIVER';

export type DegreeKey =
  | 'general'
  | 'gov'
  | 'it'
  | 'law'
  | 'econ'
  | 'audit'
  | 'planning'
  | 'stat'
  | 'social'
  | 'engineering'
  | 'teacher'
  | 'publicHealth'
  | 'doctor'
  | 'specialist'
  | 'dentist'
  | 'nurse'
  | 'midwife'
  | 'pharmacist'
  | 'nutrition'
  | 'sanitation'
  | 'lab'
  | 'radiology'
  | 'medRecord';

export interface StaffPosition {
  title: string;
  kind: StaffKind;
  weight: number;
  degree: DegreeKey;
  /** Share of women in this position (default 0.5). */
  femaleShare?: number;
}

type Options = Partial<Pick<StaffPosition, 'weight' | 'femaleShare'>>;

export const ahli = (title: string, degree: DegreeKey = 'general', options: Options = {}): StaffPosition => ({
  title,
  kind: 'AHLI',
  degree,
  weight: 1,
  ...options,
});
export const terampil = (title: string, degree: DegreeKey = 'general', options: Options = {}): StaffPosition => ({
  title,
  kind: 'TERAMPIL',
  degree,
  weight: 1,
  ...options,
});
export const both = (title: string, degree: DegreeKey = 'general', options: Options = {}): StaffPosition => ({
  title,
  kind: 'BOTH',
  degree,
  weight: 1,
  ...options,
});
export const pelaksana = (title: string, degree: DegreeKey = 'general', options: Options = {}): StaffPosition => ({
  title,
  kind: 'PELAKSANA',
  degree,
  weight: 1,
  ...options,
});
export const driver = (weight = 0.5): StaffPosition => ({ title: 'Pengemudi', kind: 'DRIVER', degree: 'general', weight, femaleShare: 0.03 });

// Pangkat/golongan ruang of PNS (PP 99/2000).
const PANGKAT: Record<string, string> = {
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

export function pangkatLabel(golongan: string): string {
  const pangkat = PANGKAT[golongan];
  if (!pangkat) throw new Error(`Unknown golongan ${golongan}`);
  return `${pangkat}, ${golongan}`;
}

/**
 * Fewest years of service before a golongan is reachable (regular promotion every four years
 * from entry at II/a with SMA, II/c with D3, III/a with S1; faster with a higher degree).
 */
export const MIN_SERVICE_YEARS: Record<string, number> = {
  'II/a': 0,
  'II/b': 4,
  'II/c': 0,
  'II/d': 4,
  'III/a': 0,
  'III/b': 3,
  'III/c': 7,
  'III/d': 11,
  'IV/a': 15,
  'IV/b': 19,
  'IV/c': 22,
  'IV/d': 25,
  'IV/e': 28,
};

type Weighted<T> = ReadonlyArray<{ value: T; weight: number }>;
const w = <T>(...pairs: Array<[T, number]>): Weighted<T> => pairs.map(([value, weight]) => ({ value, weight }));

const STRUCTURAL_GOLONGAN: Record<StructuralLevel, Weighted<string>> = {
  SEKDA: w(['IV/d', 60], ['IV/e', 20], ['IV/c', 20]),
  HEAD: w(['IV/c', 55], ['IV/b', 25], ['IV/d', 20]),
  JPT: w(['IV/c', 60], ['IV/b', 25], ['IV/d', 15]),
  CAMAT: w(['IV/a', 40], ['IV/b', 50], ['IV/c', 10]),
  ESELON_III: w(['IV/a', 45], ['IV/b', 35], ['III/d', 20]),
  ESELON_IV: w(['III/c', 30], ['III/d', 45], ['IV/a', 25]),
  COORDINATOR: w(['III/d', 30], ['IV/a', 40], ['IV/b', 30]),
};

const JENJANG_GOLONGAN: Record<Jenjang, Weighted<string>> = {
  AHLI_PERTAMA: w(['III/a', 50], ['III/b', 50]),
  AHLI_MUDA: w(['III/c', 55], ['III/d', 45]),
  AHLI_MADYA: w(['IV/a', 40], ['IV/b', 40], ['IV/c', 20]),
  TERAMPIL: w(['II/c', 50], ['II/d', 50]),
  MAHIR: w(['III/a', 50], ['III/b', 50]),
  PENYELIA: w(['III/c', 55], ['III/d', 45]),
  PELAKSANA: w(['II/a', 8], ['II/b', 12], ['II/c', 18], ['II/d', 18], ['III/a', 20], ['III/b', 16], ['III/c', 8]),
  DRIVER: w(['II/a', 30], ['II/b', 30], ['II/c', 25], ['II/d', 15]),
};

// PPPK grades at which the positions are advertised (PermenPANRB on PPPK grades).
const JENJANG_PPPK_GRADE: Record<Jenjang, Weighted<string>> = {
  AHLI_PERTAMA: w(['IX', 1]),
  AHLI_MUDA: w(['XI', 1]),
  AHLI_MADYA: w(['XIII', 1]),
  TERAMPIL: w(['VII', 1]),
  MAHIR: w(['VIII', 1]),
  PENYELIA: w(['IX', 1]),
  PELAKSANA: w(['V', 55], ['VII', 45]),
  DRIVER: w(['V', 1]),
};

export function structuralGolongan(f: Faker, level: StructuralLevel): string {
  return f.helpers.weightedArrayElement(STRUCTURAL_GOLONGAN[level]);
}

export function staffGolongan(f: Faker, jenjang: Jenjang): string {
  return f.helpers.weightedArrayElement(JENJANG_GOLONGAN[jenjang]);
}

export function pppkGrade(f: Faker, jenjang: Jenjang): string {
  return f.helpers.weightedArrayElement(JENJANG_PPPK_GRADE[jenjang]);
}

export function pickJenjang(f: Faker, kind: StaffKind): Jenjang {
  const expert = w<Jenjang>(['AHLI_PERTAMA', 45], ['AHLI_MUDA', 40], ['AHLI_MADYA', 15]);
  const skilled = w<Jenjang>(['TERAMPIL', 35], ['MAHIR', 45], ['PENYELIA', 20]);
  switch (kind) {
    case 'AHLI':
      return f.helpers.weightedArrayElement(expert);
    case 'TERAMPIL':
      return f.helpers.weightedArrayElement(skilled);
    case 'BOTH':
      return f.helpers.weightedArrayElement(f.number.float({ min: 0, max: 1 }) < 0.6 ? expert : skilled);
    case 'PELAKSANA':
      return 'PELAKSANA';
    case 'DRIVER':
      return 'DRIVER';
  }
}

const JENJANG_SUFFIX: Record<Jenjang, string> = {
  AHLI_PERTAMA: 'Ahli Pertama',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_MADYA: 'Ahli Madya',
  TERAMPIL: 'Terampil',
  MAHIR: 'Mahir',
  PENYELIA: 'Penyelia',
  PELAKSANA: '',
  DRIVER: '',
};

export function staffTitle(position: StaffPosition, jenjang: Jenjang): string {
  const suffix = JENJANG_SUFFIX[jenjang];
  return suffix ? `${position.title} ${suffix}` : position.title;
}

export type Education = 'SMA' | 'D3' | 'S1' | 'S2' | 'S3';

interface DegreeSet {
  /** Professional prefix that replaces or accompanies the bachelor's title (dr., drg., apt., Ns.). */
  prefix?: string;
  s1: readonly string[];
  d3: readonly string[];
  s2: readonly string[];
}

const DEGREES: Record<DegreeKey, DegreeSet> = {
  general: {
    s1: ['S.E.', 'S.Sos.', 'S.IP.', 'S.AP.', 'S.H.', 'S.Kom.', 'S.Pd.', 'S.T.', 'S.Si.', 'S.M.'],
    d3: ['A.Md.', 'A.Md.Kom.', 'A.Md.Ak.'],
    s2: ['M.Si.', 'M.M.', 'M.AP.', 'M.H.'],
  },
  gov: { s1: ['S.IP.', 'S.Sos.', 'S.AP.', 'S.STP', 'S.H.'], d3: ['A.Md.'], s2: ['M.Si.', 'M.AP.', 'M.M.'] },
  it: { s1: ['S.Kom.', 'S.T.'], d3: ['A.Md.Kom.', 'A.Md.'], s2: ['M.Kom.', 'M.T.', 'M.T.I.'] },
  law: { s1: ['S.H.'], d3: ['A.Md.'], s2: ['M.H.', 'M.Kn.'] },
  econ: { s1: ['S.E.', 'S.Ak.'], d3: ['A.Md.Ak.', 'A.Md.'], s2: ['M.Ak.', 'M.M.', 'M.Si.'] },
  audit: { s1: ['S.E.', 'S.Ak.', 'S.H.'], d3: ['A.Md.Ak.'], s2: ['M.Ak.', 'M.Si.'] },
  planning: { s1: ['S.T.', 'S.E.', 'S.P.', 'S.Si.'], d3: ['A.Md.'], s2: ['M.Si.', 'M.T.', 'M.E.', 'M.Ec.Dev.'] },
  stat: { s1: ['S.Si.', 'S.Stat.', 'S.Tr.Stat.'], d3: ['A.Md.Stat.'], s2: ['M.Si.', 'M.Stat.'] },
  social: { s1: ['S.Sos.', 'S.Tr.Sos.'], d3: ['A.Md.'], s2: ['M.Si.', 'M.Kesos.'] },
  engineering: { s1: ['S.T.'], d3: ['A.Md.T.'], s2: ['M.T.'] },
  teacher: { s1: ['S.Pd.'], d3: ['A.Md.Pd.'], s2: ['M.Pd.'] },
  publicHealth: { s1: ['S.K.M.'], d3: ['A.Md.Kes.'], s2: ['M.Kes.', 'M.K.M.'] },
  doctor: { prefix: 'dr.', s1: [], d3: [], s2: ['M.Kes.', 'M.K.M.', 'MARS'] },
  specialist: {
    prefix: 'dr.',
    s1: ['Sp.PD', 'Sp.A', 'Sp.OG', 'Sp.B', 'Sp.An', 'Sp.Rad', 'Sp.PK', 'Sp.JP', 'Sp.M', 'Sp.N', 'Sp.THT-KL', 'Sp.KK'],
    d3: [],
    s2: [],
  },
  dentist: { prefix: 'drg.', s1: [], d3: [], s2: ['M.Kes.'] },
  nurse: { prefix: 'Ns.', s1: ['S.Kep.'], d3: ['A.Md.Kep.'], s2: ['M.Kep.'] },
  midwife: { s1: ['S.Tr.Keb.', 'S.Keb.'], d3: ['A.Md.Keb.'], s2: ['M.Keb.'] },
  pharmacist: { prefix: 'apt.', s1: ['S.Farm.'], d3: ['A.Md.Farm.'], s2: ['M.Farm.'] },
  nutrition: { s1: ['S.Gz.'], d3: ['A.Md.Gz.'], s2: ['M.Gz.'] },
  sanitation: { s1: ['S.K.M.', 'S.Tr.Kes.'], d3: ['A.Md.K.L.'], s2: ['M.Kes.'] },
  lab: { s1: ['S.Tr.Kes.', 'S.Si.'], d3: ['A.Md.A.K.'], s2: ['M.Si.'] },
  radiology: { s1: ['S.Tr.Rad.'], d3: ['A.Md.Rad.'], s2: ['M.Tr.ID'] },
  medRecord: { s1: ['S.Tr.Kes.'], d3: ['A.Md.Kes.'], s2: ['M.Kes.'] },
};

const STRUCTURAL_EDUCATION: Record<StructuralLevel, Weighted<Education>> = {
  SEKDA: w(['S2', 70], ['S3', 30]),
  HEAD: w(['S1', 5], ['S2', 75], ['S3', 20]),
  JPT: w(['S1', 5], ['S2', 80], ['S3', 15]),
  CAMAT: w(['S1', 35], ['S2', 65]),
  ESELON_III: w(['S1', 35], ['S2', 65]),
  ESELON_IV: w(['D3', 5], ['S1', 65], ['S2', 30]),
  COORDINATOR: w(['S1', 55], ['S2', 45]),
};

export function structuralEducation(f: Faker, level: StructuralLevel): Education {
  return f.helpers.weightedArrayElement(STRUCTURAL_EDUCATION[level]);
}

/** Education of staff, consistent with the rank or grade they entered with. */
export function staffEducation(f: Faker, jenjang: Jenjang, rank: string): Education {
  switch (jenjang) {
    case 'AHLI_PERTAMA':
      return f.number.float({ min: 0, max: 1 }) < 0.92 ? 'S1' : 'S2';
    case 'AHLI_MUDA':
      return f.number.float({ min: 0, max: 1 }) < 0.7 ? 'S1' : 'S2';
    case 'AHLI_MADYA':
      return f.number.float({ min: 0, max: 1 }) < 0.45 ? 'S1' : 'S2';
    case 'TERAMPIL':
    case 'MAHIR':
    case 'PENYELIA':
      return f.number.float({ min: 0, max: 1 }) < 0.85 ? 'D3' : 'S1';
    case 'DRIVER':
      return 'SMA';
    case 'PELAKSANA': {
      if (rank === 'V' || rank === 'II/a' || rank === 'II/b') return 'SMA';
      if (rank === 'VII' || rank === 'II/c' || rank === 'II/d') return f.number.float({ min: 0, max: 1 }) < 0.7 ? 'D3' : 'SMA';
      return f.number.float({ min: 0, max: 1 }) < 0.8 ? 'S1' : 'D3';
    }
  }
}

/**
 * Writes a name the way it appears on SK and SKP documents: front titles (Dr., dr., H./Hj.),
 * the name, then back titles separated by commas ("Dr. H. Ahmad Fauzi, S.E., M.Si.").
 */
export function titledName(
  f: Faker,
  name: string,
  options: { degree: DegreeKey; education: Education; hajj: 'H.' | 'Hj.' | null },
): string {
  const set = DEGREES[options.degree];
  const front: string[] = [];
  const back: string[] = [];
  const { education } = options;
  const professional = set.prefix !== undefined && (education === 'S1' || education === 'S2' || education === 'S3');
  if (education === 'S3') front.push('Dr.');
  if (professional && set.prefix) front.push(set.prefix);
  if (options.hajj) front.push(options.hajj);
  if (education === 'D3') {
    back.push(f.helpers.arrayElement(set.d3.length > 0 ? set.d3 : DEGREES.general.d3));
  } else if (education !== 'SMA') {
    if (set.s1.length > 0) back.push(f.helpers.arrayElement(set.s1));
    // Doctors' master's degrees are optional; specialists carry their Sp. title instead.
    if ((education === 'S2' || education === 'S3') && set.s2.length > 0) back.push(f.helpers.arrayElement(set.s2));
    if (back.length === 0 && !professional) back.push(f.helpers.arrayElement(DEGREES.general.s1));
  }
  const head = front.length > 0 ? `${front.join(' ')} ${name}` : name;
  return back.length > 0 ? `${head}, ${back.join(', ')}` : head;
}
