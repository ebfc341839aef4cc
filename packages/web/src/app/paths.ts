// The app's URLs in one place, so pages link to each other without spelling paths by hand.
// Paths are in Indonesian: they are what citizens see and share.
export const paths = {
  home: '/',
  region: (regionId: string) => `/wilayah/${encodeURIComponent(regionId)}`,
  login: '/masuk',
  admin: {
    home: '/admin',
    units: '/admin/organisasi',
    employees: '/admin/pegawai',
    accounts: '/admin/akun',
    import: '/admin/impor',
    audit: '/admin/audit',
  },
} as const;
