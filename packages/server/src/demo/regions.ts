// Static reference data for the five demo regions: Kemendagri codes and kecamatan as listed in
// Kepmendagri 050-145/2022 (the codes Satu Data and Dukcapil use), plus what the generator needs
// to make each city's staff look like it (name mix, size, the kecamatan that gets its own OPD).

export type NameGroup = 'JAVANESE' | 'SUNDANESE' | 'BATAK' | 'MALAY' | 'PALEMBANG' | 'MUSLIM' | 'GENERAL';

export interface DistrictSeed {
  code: string;
  name: string;
}

export interface RegionSeed {
  /** Kemendagri code, e.g. "36.73". */
  code: string;
  name: string;
  /** The city's name without "Kota", used in school names ("SD Negeri 4 Serang") and usernames. */
  shortName: string;
  /** Lower-case slug for usernames such as `walikota.serang`. */
  slug: string;
  kind: 'KOTA';
  province: string;
  timeZone: string;
  /** Title of the region's head, used as the LEADER account's display name. */
  leaderTitle: string;
  districts: DistrictSeed[];
  /** The kecamatan whose office is seeded as an OPD of its own. */
  kecamatanOfficeDistrict: string;
  /** Full name of the city's hospital (RSUD). */
  hospitalName: string;
  /** Relative size of the civil service (large demo data set only). */
  scale: number;
  /** Weights of naming traditions among the city's civil servants. */
  nameMix: Partial<Record<NameGroup, number>>;
}

function districts(regionCode: string, names: string[]): DistrictSeed[] {
  return names.map((name, index) => ({ code: `${regionCode}.${String(index + 1).padStart(2, '0')}`, name }));
}

// Kecamatan are listed in code order (01, 02, …), so a name's position is its code.
export const REGIONS: readonly RegionSeed[] = [
  {
    code: '36.73',
    name: 'Kota Serang',
    shortName: 'Serang',
    slug: 'serang',
    kind: 'KOTA',
    province: 'Banten',
    timeZone: 'Asia/Jakarta',
    leaderTitle: 'Wali Kota Serang',
    districts: districts('36.73', ['Serang', 'Kasemen', 'Walantaka', 'Curug', 'Cipocok Jaya', 'Taktakan']),
    kecamatanOfficeDistrict: 'Cipocok Jaya',
    hospitalName: 'Rumah Sakit Umum Daerah Kota Serang',
    scale: 0.6,
    nameMix: { SUNDANESE: 40, MUSLIM: 28, JAVANESE: 16, GENERAL: 10, BATAK: 3, PALEMBANG: 3 },
  },
  {
    code: '12.71',
    name: 'Kota Medan',
    shortName: 'Medan',
    slug: 'medan',
    kind: 'KOTA',
    province: 'Sumatera Utara',
    timeZone: 'Asia/Jakarta',
    leaderTitle: 'Wali Kota Medan',
    districts: districts('12.71', [
      'Medan Kota',
      'Medan Sunggal',
      'Medan Helvetia',
      'Medan Denai',
      'Medan Barat',
      'Medan Deli',
      'Medan Tuntungan',
      'Medan Belawan',
      'Medan Amplas',
      'Medan Area',
      'Medan Johor',
      'Medan Marelan',
      'Medan Labuhan',
      'Medan Tembung',
      'Medan Maimun',
      'Medan Polonia',
      'Medan Baru',
      'Medan Perjuangan',
      'Medan Petisah',
      'Medan Timur',
      'Medan Selayang',
    ]),
    kecamatanOfficeDistrict: 'Medan Kota',
    hospitalName: 'Rumah Sakit Umum Daerah Dr. Pirngadi',
    scale: 1.5,
    nameMix: { BATAK: 42, MALAY: 18, JAVANESE: 16, MUSLIM: 14, GENERAL: 10 },
  },
  {
    code: '33.74',
    name: 'Kota Semarang',
    shortName: 'Semarang',
    slug: 'semarang',
    kind: 'KOTA',
    province: 'Jawa Tengah',
    timeZone: 'Asia/Jakarta',
    leaderTitle: 'Wali Kota Semarang',
    districts: districts('33.74', [
      'Semarang Tengah',
      'Semarang Utara',
      'Semarang Timur',
      'Gayamsari',
      'Genuk',
      'Pedurungan',
      'Semarang Selatan',
      'Candisari',
      'Gajahmungkur',
      'Tembalang',
      'Banyumanik',
      'Gunungpati',
      'Semarang Barat',
      'Mijen',
      'Ngaliyan',
      'Tugu',
    ]),
    kecamatanOfficeDistrict: 'Semarang Tengah',
    hospitalName: 'Rumah Sakit Umum Daerah K.R.M.T. Wongsonegoro',
    scale: 1.25,
    nameMix: { JAVANESE: 66, MUSLIM: 14, GENERAL: 12, SUNDANESE: 4, BATAK: 4 },
  },
  {
    code: '21.72',
    name: 'Kota Tanjungpinang',
    shortName: 'Tanjungpinang',
    slug: 'tanjungpinang',
    kind: 'KOTA',
    province: 'Kepulauan Riau',
    timeZone: 'Asia/Jakarta',
    leaderTitle: 'Wali Kota Tanjungpinang',
    districts: districts('21.72', ['Tanjungpinang Barat', 'Tanjungpinang Timur', 'Tanjungpinang Kota', 'Bukit Bestari']),
    kecamatanOfficeDistrict: 'Bukit Bestari',
    hospitalName: 'Rumah Sakit Umum Daerah Kota Tanjungpinang',
    scale: 0.4,
    nameMix: { MALAY: 44, JAVANESE: 18, MUSLIM: 14, BATAK: 10, GENERAL: 8, PALEMBANG: 6 },
  },
  {
    code: '16.71',
    name: 'Kota Palembang',
    shortName: 'Palembang',
    slug: 'palembang',
    kind: 'KOTA',
    province: 'Sumatera Selatan',
    timeZone: 'Asia/Jakarta',
    leaderTitle: 'Wali Kota Palembang',
    districts: districts('16.71', [
      'Ilir Barat II',
      'Seberang Ulu I',
      'Seberang Ulu II',
      'Ilir Barat I',
      'Ilir Timur I',
      'Ilir Timur II',
      'Sukarami',
      'Sako',
      'Kemuning',
      'Kalidoni',
      'Bukit Kecil',
      'Gandus',
      'Kertapati',
      'Plaju',
      'Alang-Alang Lebar',
      'Sematang Borang',
      'Jakabaring',
      'Ilir Timur III',
    ]),
    kecamatanOfficeDistrict: 'Kertapati',
    hospitalName: 'Rumah Sakit Umum Daerah Palembang BARI',
    scale: 1.25,
    nameMix: { PALEMBANG: 40, MALAY: 14, JAVANESE: 18, MUSLIM: 16, GENERAL: 8, BATAK: 4 },
  },
];
