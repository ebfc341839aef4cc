// The app's URLs in one place, so pages link to each other without spelling paths by hand.
// Paths are in Indonesian: they are what citizens see and share.
const id = encodeURIComponent;

export const paths = {
  home: '/',
  region: (regionId: string) => `/wilayah/${id(regionId)}`,
  login: '/masuk',
  account: '/akun',
  admin: {
    home: '/admin',
    units: '/admin/organisasi',
    agencies: '/admin/opd',
    employees: '/admin/pegawai',
    accounts: '/admin/akun',
    import: '/admin/impor',
    audit: '/admin/audit',
    services: '/admin/layanan',
    holidays: '/admin/hari-libur',
    merit: '/admin/penghargaan',
    oversight: '/admin/pengawasan',
    recruitment: '/admin/rekrutmen',
  },
  recruitment: {
    openings: '/lowongan',
    register: '/lowongan/daftar',
    candidate: '/kandidat',
    orientation: '/orientasi',
  },
  dashboardIndex: '/dasbor',
  dashboard: (regionId: string) => `/dasbor/${id(regionId)}`,
  dashboardAgency: (regionId: string, agencyId: string) => `/dasbor/${id(regionId)}/opd/${id(agencyId)}`,
  dashboardService: (regionId: string, agencyId: string, serviceTypeId: string) =>
    `/dasbor/${id(regionId)}/opd/${id(agencyId)}/layanan/${id(serviceTypeId)}`,
  dashboardUnit: (regionId: string, agencyId: string, unitId: string) => `/dasbor/${id(regionId)}/opd/${id(agencyId)}/unit/${id(unitId)}`,
  wall: (regionId: string) => `/layar/${id(regionId)}`,
  publicRegion: (regionId: string) => `/publik/${id(regionId)}`,
  analysts: '/analis',
  work: {
    home: '/kinerja',
    skp: '/kinerja/skp',
    realisations: '/kinerja/realisasi',
    daily: '/kinerja/harian',
    feedback: '/kinerja/umpan-balik',
    appraisals: '/kinerja/penilaian',
    training: '/kinerja/pelatihan',
  },
  team: {
    home: '/tim',
    member: (employeeId: string) => `/tim/pegawai/${id(employeeId)}`,
    reports: '/tim/laporan',
    objections: '/tim/keberatan',
    calibration: '/tim/kalibrasi',
  },
} as const;
