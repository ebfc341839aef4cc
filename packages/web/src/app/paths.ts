// The app's URLs in one place, so pages link to each other without spelling paths by hand.
// Paths are in Indonesian: they are what citizens see and share.
export const paths = {
  home: '/',
  region: (regionId: string) => `/wilayah/${encodeURIComponent(regionId)}`,
  login: '/masuk',
} as const;
