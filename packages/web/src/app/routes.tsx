import type { RouteObject } from 'react-router';
import { AppShell } from './AppShell';
import { RouteError } from './RouteError';

/**
 * Every page lives in src/pages/<page>/ and is loaded on first visit (one chunk per page), so the
 * first load only carries the shell. Add a page by adding a child route below and a path to
 * paths.ts.
 */
const pages: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('../pages/home/HomePage')).HomePage }),
  },
  {
    path: 'wilayah/:regionId',
    lazy: async () => ({ Component: (await import('../pages/region/RegionPage')).RegionPage }),
  },
  {
    path: 'masuk',
    lazy: async () => ({ Component: (await import('../pages/login/LoginPage')).LoginPage }),
  },
  {
    path: 'admin',
    lazy: async () => ({ Component: (await import('../pages/admin/AdminLayout')).AdminLayout }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../pages/admin/AdminLayout')).AdminIndex }) },
      { path: 'organisasi', lazy: async () => ({ Component: (await import('../pages/admin/units/UnitsPage')).UnitsPage }) },
      { path: 'pegawai', lazy: async () => ({ Component: (await import('../pages/admin/employees/EmployeesPage')).EmployeesPage }) },
      { path: 'akun', lazy: async () => ({ Component: (await import('../pages/admin/accounts/AccountsPage')).AccountsPage }) },
      { path: 'impor', lazy: async () => ({ Component: (await import('../pages/admin/import/ImportPage')).ImportPage }) },
      { path: 'audit', lazy: async () => ({ Component: (await import('../pages/admin/audit/AuditPage')).AuditPage }) },
    ],
  },
  {
    path: '*',
    lazy: async () => ({ Component: (await import('../pages/not-found/NotFoundPage')).NotFoundPage }),
  },
];

export const routes: RouteObject[] = [
  {
    Component: AppShell,
    HydrateFallback: AppShell,
    ErrorBoundary: RouteError,
    // A failing page renders its error inside the shell, so navigation keeps working.
    children: [{ ErrorBoundary: RouteError, children: pages }],
  },
];
