import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../app/paths';
import { sessionContext } from '../../app/session';
import { AreaDenied, AreaTabs } from '../../components/AreaLayout';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import type { Role } from '../../graphql/types';
import { today, useYear } from './dates';
import { TeamViewerQuery, type TeamViewer } from './queries';
import './team.css';

const ViewerContext = createContext<TeamViewer | null>(null);

/** The signed-in person, for pages under the team layout. */
export function useTeamViewer(): TeamViewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useTeamViewer outside TeamLayout');
  return viewer;
}

/** Roles that see the team area: supervisors (and heads) their team, administrators the calibration. */
export function seesTeamPages(role: Role): boolean {
  return role === 'SUPERVISOR' || role === 'AGENCY_ADMIN' || role === 'ADMIN';
}

/**
 * The supervisor's area: their team, its daily reports, the objections they decide, the interns
 * they mentor, and the calibration of a unit. Administrators without an employee record get the calibration only.
 * The server decides what each may do; this keeps others from a page of errors.
 */
export function TeamLayout() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const [{ data, fetching, error }] = useQuery({ query: TeamViewerQuery, context: sessionContext });
  if (error && !data) return <ErrorMessage error={error} />;
  if (fetching && !data) return <Loading />;
  const viewer = data?.me ?? null;
  if (!viewer || !seesTeamPages(viewer.role)) {
    return (
      <AreaDenied id="team-denied" title={t('team.title')} signedIn={Boolean(viewer)}>
        {viewer ? t('team.notAllowed') : t('team.signInFirst')}
      </AreaDenied>
    );
  }
  const tabs = [
    ...(viewer.employee
      ? [
          { to: paths.team.home, label: t('team.nav.members'), end: true },
          { to: paths.team.reports, label: t('team.nav.reports') },
          { to: paths.team.objections, label: t('team.nav.objections') },
          { to: paths.team.mentees, label: t('team.nav.mentees') },
        ]
      : []),
    { to: paths.team.calibration, label: t('team.nav.calibration') },
  ];
  // The year travels with the tabs, so switching pages keeps the year being looked at.
  const year = new URLSearchParams(search).get('tahun');
  const query = year ? `?tahun=${encodeURIComponent(year)}` : '';
  return (
    <ViewerContext.Provider value={viewer}>
      <AreaTabs label={t('team.nav.label')} tabs={tabs.map((tab) => ({ ...tab, to: tab.to + query }))} />
      <Outlet />
    </ViewerContext.Provider>
  );
}

/** The year being looked at, as a select of this year and the two before. */
export function YearSelect({ defaultOffset = 0 }: { defaultOffset?: number }) {
  const { t } = useTranslation();
  const [year, setYear] = useYear(defaultOffset);
  const current = Number(today().slice(0, 4));
  const years = [...new Set([current, current - 1, current - 2, year])].sort((a, b) => b - a);
  return (
    <div className="field field--inline">
      <label htmlFor="team-year">{t('team.year')}</label>
      <select id="team-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
        {years.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
