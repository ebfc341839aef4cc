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
    path: 'dasbor',
    lazy: async () => ({ Component: (await import('../pages/dashboard/DashboardIndexPage')).DashboardIndexPage }),
  },
  {
    path: 'dasbor/:regionId',
    lazy: async () => ({ Component: (await import('../pages/dashboard/RegionDashboardPage')).RegionDashboardPage }),
  },
  {
    path: 'dasbor/:regionId/opd/:agencyId',
    lazy: async () => ({ Component: (await import('../pages/dashboard/AgencyDashboardPage')).AgencyDashboardPage }),
  },
  {
    path: 'dasbor/:regionId/opd/:agencyId/layanan/:serviceTypeId',
    lazy: async () => ({ Component: (await import('../pages/dashboard/AgencyDashboardPage')).AgencyDashboardPage }),
  },
  {
    path: 'dasbor/:regionId/opd/:agencyId/unit/:unitId',
    lazy: async () => ({ Component: (await import('../pages/dashboard/UnitDashboardPage')).UnitDashboardPage }),
  },
  {
    path: 'publik/:regionId',
    lazy: async () => ({ Component: (await import('../pages/public/PublicRegionPage')).PublicRegionPage }),
  },
  {
    path: 'publik/:regionId/pengaduan',
    lazy: async () => ({ Component: (await import('../pages/complaints/ComplaintFormPage')).ComplaintFormPage }),
  },
  {
    path: 'publik/:regionId/survei',
    lazy: async () => ({ Component: (await import('../pages/complaints/SurveyPage')).SurveyPage }),
  },
  {
    path: 'lacak',
    lazy: async () => ({ Component: (await import('../pages/complaints/TrackingPage')).TrackingPage }),
  },
  {
    path: 'analis',
    lazy: async () => ({ Component: (await import('../pages/analysts/AnalystsPage')).AnalystsPage }),
  },
  {
    path: 'lowongan',
    lazy: async () => ({ Component: (await import('../pages/recruitment/OpeningsPage')).OpeningsPage }),
  },
  {
    path: 'lowongan/daftar',
    lazy: async () => ({ Component: (await import('../pages/recruitment/RegisterPage')).RegisterPage }),
  },
  {
    path: 'kandidat',
    lazy: async () => ({ Component: (await import('../pages/recruitment/CandidatePage')).CandidatePage }),
  },
  {
    path: 'orientasi',
    lazy: async () => ({ Component: (await import('../pages/recruitment/OrientationPage')).OrientationPage }),
  },
  {
    path: 'masuk',
    lazy: async () => ({ Component: (await import('../pages/login/LoginPage')).LoginPage }),
  },
  {
    path: 'akun',
    lazy: async () => ({ Component: (await import('../pages/account/AccountPage')).AccountPage }),
  },
  {
    path: 'admin',
    lazy: async () => ({ Component: (await import('../pages/admin/AdminLayout')).AdminLayout }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../pages/admin/AdminLayout')).AdminIndex }) },
      { path: 'organisasi', lazy: async () => ({ Component: (await import('../pages/admin/units/UnitsPage')).UnitsPage }) },
      { path: 'opd', lazy: async () => ({ Component: (await import('../pages/admin/agencies/AgenciesPage')).AgenciesPage }) },
      { path: 'pegawai', lazy: async () => ({ Component: (await import('../pages/admin/employees/EmployeesPage')).EmployeesPage }) },
      { path: 'akun', lazy: async () => ({ Component: (await import('../pages/admin/accounts/AccountsPage')).AccountsPage }) },
      { path: 'impor', lazy: async () => ({ Component: (await import('../pages/admin/import/ImportPage')).ImportPage }) },
      { path: 'audit', lazy: async () => ({ Component: (await import('../pages/admin/audit/AuditPage')).AuditPage }) },
      { path: 'layanan', lazy: async () => ({ Component: (await import('../pages/admin/catalogue/ServicesPage')).ServicesPage }) },
      { path: 'penghargaan', lazy: async () => ({ Component: (await import('../pages/admin/merit/MeritPage')).MeritPage }) },
      { path: 'pengawasan', lazy: async () => ({ Component: (await import('../pages/admin/oversight/OversightPage')).OversightPage }) },
      { path: 'hari-libur', lazy: async () => ({ Component: (await import('../pages/admin/catalogue/HolidaysPage')).HolidaysPage }) },
      { path: 'pengaduan', lazy: async () => ({ Component: (await import('../pages/admin/complaints/ComplaintsDeskPage')).ComplaintsDeskPage }) },
      { path: 'rekrutmen', lazy: async () => ({ Component: (await import('../pages/admin/recruitment/RecruitmentPage')).RecruitmentPage }) },
      { path: 'siklus', lazy: async () => ({ Component: (await import('../pages/admin/cycle/CyclePage')).CyclePage }) },
      { path: 'iku', lazy: async () => ({ Component: (await import('../pages/admin/kpi/KpiPage')).KpiPage }) },
      { path: 'pelatihan', lazy: async () => ({ Component: (await import('../pages/admin/training/TrainingAdminPage')).TrainingAdminPage }) },
    ],
  },
  {
    path: 'kinerja',
    lazy: async () => ({ Component: (await import('../pages/work/WorkLayout')).WorkLayout }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../pages/work/WorkLayout')).WorkIndex }) },
      { path: 'skp', lazy: async () => ({ Component: (await import('../pages/work/skp/SkpPage')).SkpPage }) },
      { path: 'realisasi', lazy: async () => ({ Component: (await import('../pages/work/realisations/RealisationsPage')).RealisationsPage }) },
      { path: 'harian', lazy: async () => ({ Component: (await import('../pages/work/daily/DailyReportsPage')).DailyReportsPage }) },
      { path: 'umpan-balik', lazy: async () => ({ Component: (await import('../pages/work/feedback/FeedbackPage')).FeedbackPage }) },
      { path: 'penilaian', lazy: async () => ({ Component: (await import('../pages/work/appraisals/AppraisalsPage')).AppraisalsPage }) },
      { path: 'pelatihan', lazy: async () => ({ Component: (await import('../pages/work/training/TrainingPage')).TrainingPage }) },
    ],
  },
  {
    path: 'tim',
    lazy: async () => ({ Component: (await import('../pages/team/TeamLayout')).TeamLayout }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../pages/team/TeamPage')).TeamPage }) },
      { path: 'pegawai/:employeeId', lazy: async () => ({ Component: (await import('../pages/team/MemberPage')).MemberPage }) },
      { path: 'laporan', lazy: async () => ({ Component: (await import('../pages/team/ReportsPage')).ReportsPage }) },
      { path: 'keberatan', lazy: async () => ({ Component: (await import('../pages/team/ObjectionsPage')).ObjectionsPage }) },
      { path: 'magang', lazy: async () => ({ Component: (await import('../pages/team/MenteesPage')).MenteesPage }) },
      { path: 'kalibrasi', lazy: async () => ({ Component: (await import('../pages/team/CalibrationPage')).CalibrationPage }) },
    ],
  },
  {
    path: '*',
    lazy: async () => ({ Component: (await import('../pages/not-found/NotFoundPage')).NotFoundPage }),
  },
];

export const routes: RouteObject[] = [
  // The wall screen has no navigation chrome: it is a sibling of the shell, not a child.
  {
    path: 'layar/:regionId',
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import('../pages/wall/WallPage')).WallPage }),
  },
  {
    Component: AppShell,
    HydrateFallback: AppShell,
    ErrorBoundary: RouteError,
    // A failing page renders its error inside the shell, so navigation keeps working.
    children: [{ ErrorBoundary: RouteError, children: pages }],
  },
];
