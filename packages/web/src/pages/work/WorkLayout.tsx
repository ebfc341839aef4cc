import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../app/paths';
import { sessionContext } from '../../app/session';
import { AreaDenied, AreaTabs } from '../../components/AreaLayout';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { WorkViewerQuery, type WorkViewer } from './queries';

type Employee = NonNullable<WorkViewer['employee']>;

const EmployeeContext = createContext<Employee | null>(null);

/** The signed-in employee, for pages under the work layout. */
export function useEmployee(): Employee {
  const employee = useContext(EmployeeContext);
  if (!employee) throw new Error('useEmployee outside WorkLayout');
  return employee;
}

/**
 * The signed-in person's own work: only for accounts linked to an employee (the server refuses
 * everyone else anyway). Sub-navigation as tabs that wrap on phones.
 */
export function WorkLayout() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: WorkViewerQuery, context: sessionContext });
  if (error && !data) return <ErrorMessage error={error} />;
  if (fetching && !data) return <Loading />;
  const viewer = data?.me ?? null;
  if (!viewer?.employee) {
    return (
      <AreaDenied id="work-denied" title={t('work.title')} signedIn={Boolean(viewer)}>
        {viewer ? t('work.noEmployee') : t('work.signInFirst')}
      </AreaDenied>
    );
  }
  const tabs = [
    { to: paths.work.skp, label: t('work.nav.skp') },
    { to: paths.work.realisations, label: t('work.nav.realisations') },
    { to: paths.work.daily, label: t('work.nav.daily') },
    { to: paths.work.feedback, label: t('work.nav.feedback') },
    { to: paths.work.appraisals, label: t('work.nav.appraisals') },
    { to: paths.work.training, label: t('work.nav.training') },
  ];
  return (
    <EmployeeContext.Provider value={viewer.employee}>
      <AreaTabs label={t('work.nav.label')} tabs={tabs} />
      <Outlet />
    </EmployeeContext.Provider>
  );
}

/** /kinerja itself opens the SKP, where the year's work starts. */
export function WorkIndex() {
  return <Navigate to={paths.work.skp} replace />;
}
