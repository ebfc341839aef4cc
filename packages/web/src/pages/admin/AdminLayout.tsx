import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../app/paths';
import { isAdministrator, sessionContext } from '../../app/session';
import { AreaDenied, AreaTabs } from '../../components/AreaLayout';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { AdminViewerQuery, type AdminViewer } from './queries';

const ViewerContext = createContext<AdminViewer | null>(null);

/** The signed-in administrator, for pages under the admin layout. */
export function useAdminViewer(): AdminViewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useAdminViewer outside AdminLayout');
  return viewer;
}

/**
 * The administration area: only for ADMIN and AGENCY_ADMIN (the server refuses everyone else
 * anyway; this keeps others from a page of errors). Sub-navigation as tabs that wrap on phones.
 */
export function AdminLayout() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: AdminViewerQuery, context: sessionContext });
  if (error && !data) return <ErrorMessage error={error} />;
  if (fetching && !data) return <Loading />;
  const viewer = data?.me ?? null;
  if (!viewer || !isAdministrator(viewer.role)) {
    return (
      <AreaDenied id="admin-denied" title={t('admin.title')} signedIn={Boolean(viewer)}>
        {viewer ? t('admin.notAllowed') : t('admin.signInFirst')}
      </AreaDenied>
    );
  }
  const tabs = [
    { to: paths.admin.employees, label: t('admin.nav.employees') },
    { to: paths.admin.units, label: t('admin.nav.units') },
    { to: paths.admin.accounts, label: t('admin.nav.accounts') },
    { to: paths.admin.import, label: t('admin.nav.import') },
    { to: paths.admin.services, label: t('catalogue.nav.services') },
    { to: paths.admin.merit, label: t('admin.nav.merit') },
    { to: paths.admin.oversight, label: t('admin.nav.oversight') },
    { to: paths.admin.recruitment, label: t('recruitment.admin.nav') },
    { to: paths.admin.complaints, label: t('admin.nav.complaints') },
    { to: paths.admin.cycle, label: t('admin.nav.cycle') },
    { to: paths.admin.kpis, label: t('admin.nav.kpis') },
    { to: paths.admin.training, label: t('admin.nav.training') },
    ...(viewer.role === 'ADMIN'
      ? [
          { to: paths.admin.agencies, label: t('admin.nav.agencies') },
          { to: paths.admin.holidays, label: t('catalogue.nav.holidays') },
          { to: paths.admin.audit, label: t('admin.nav.audit') },
        ]
      : []),
  ];
  return (
    <ViewerContext.Provider value={viewer}>
      <AreaTabs label={t('admin.nav.label')} tabs={tabs} />
      <Outlet />
    </ViewerContext.Provider>
  );
}

export function AdminIndex() {
  return <Navigate to={paths.admin.employees} replace />;
}
