import type { Predikat } from '@pantau/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { gql, useQuery } from 'urql';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../app/usePageTitle';
import { latestPredikat } from '../../components/performance/latestPredikat';
import { PredikatBadge, SkpStatusBadge, type SkpStatus } from '../../components/performance/PredikatBadge';
import { LastUpdated } from '../../components/metrics/LastUpdated';
import { useFollowingQuery } from '../../components/metrics/live';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { nodes, type Connection } from '../../graphql/types';
import { LeaderGate } from './LeaderGate';
import { useProgressYear, useRegionProgress } from './performance';
import { unitHref, UnitsProgressTable, type UnitRef } from './units';

interface UnitMember {
  id: string;
  name: string;
  positionTitle: string;
  skp: {
    status: SkpStatus;
    annual: { predikat: Predikat } | null;
    appraisals: Array<{ predikat: Predikat | null; period: { code: string; index: number } }>;
  } | null;
}

interface UnitView extends UnitRef {
  agency: { id: string; name: string; region: { id: string; name: string } };
  parent: (UnitRef & { parent: (UnitRef & { parent: UnitRef | null }) | null }) | null;
  children: UnitRef[];
  employees: Connection<UnitMember>;
}

const UnitDashboardQuery = gql<{ node: UnitView | null }, { id: string; year: number }>`
  query UnitDashboard($id: ID!, $year: Int!) {
    node(id: $id) {
      ... on Unit {
        id
        name
        agency { id name region { id name } }
        parent { id name parent { id name parent { id name } } }
        children { id name }
        employees(first: 100) {
          totalCount
          edges {
            node {
              id
              name
              positionTitle
              skp(year: $year) { status annual { predikat } appraisals { predikat period { code index } } }
            }
          }
        }
      }
    }
  }
`;

/** `/dasbor/:regionId/opd/:agencyId/unit/:unitId`: a unit's performance cycle, its units below and its people. */
export function UnitDashboardPage() {
  return (
    <LeaderGate>
      <UnitDashboard />
    </LeaderGate>
  );
}

function UnitDashboard() {
  const { t } = useTranslation();
  const { regionId = '', agencyId = '', unitId = '' } = useParams();
  const { search } = useLocation();
  const { year } = useProgressYear();
  const { progress } = useRegionProgress(regionId, year);
  const version = progress?.computedAt;
  const variables = useMemo(() => ({ id: unitId, year }), [unitId, year]);
  const result = useFollowingQuery(UnitDashboardQuery, variables, version);
  const unit = result.data?.node;
  usePageTitle(unit?.name);
  const self = useMemo(() => (unit ? [{ id: unit.id, name: unit.name }] : []), [unit?.id, unit?.name]);

  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  if (result.fetching && !result.data) return <Loading />;
  if (!unit || unit.agency.id !== agencyId) return <Empty>{t('errors.codes.NOT_FOUND')}</Empty>;
  const href = unitHref(regionId, agencyId, search);
  const ancestors = [unit.parent?.parent?.parent, unit.parent?.parent, unit.parent].filter((ancestor): ancestor is UnitRef => Boolean(ancestor));
  const members = nodes(unit.employees);
  return (
    <article className="dashboard" aria-labelledby="unit-title">
      <nav aria-label={t('dashboard.breadcrumb')} className="breadcrumb">
        <ol>
          <li><Link to={`${paths.dashboard(regionId)}${search}`}>{unit.agency.region.name}</Link></li>
          <li><Link to={`${paths.dashboardAgency(regionId, agencyId)}${search}`}>{unit.agency.name}</Link></li>
          {ancestors.map((ancestor) => (
            <li key={ancestor.id}><Link to={href(ancestor.id)}>{ancestor.name}</Link></li>
          ))}
        </ol>
      </nav>
      <header className="dashboard__header">
        <div>
          <h1 id="unit-title">{unit.name}</h1>
          {progress ? <LastUpdated computedAt={progress.computedAt} /> : null}
        </div>
      </header>
      <section aria-labelledby="unit-progress">
        <h2 id="unit-progress">{t('insight.units.progressHeading', { year })}</h2>
        <UnitsProgressTable caption={t('insight.units.ownCaption')} units={self} year={year} version={version} href={href} />
      </section>
      {unit.children.length > 0 && (
        <section aria-labelledby="unit-children">
          <h2 id="unit-children">{t('insight.units.below')}</h2>
          <UnitsProgressTable caption={t('insight.units.belowCaption', { year })} units={unit.children} year={year} version={version} href={href} />
        </section>
      )}
      <section aria-labelledby="unit-people">
        <h2 id="unit-people">{t('insight.units.people', { count: unit.employees.totalCount })}</h2>
        {members.length === 0 ? (
          <Empty>{t('insight.units.noPeople')}</Empty>
        ) : (
          <div className="table-scroll">
            <table className="metrics-table">
              <caption>{t('insight.units.peopleCaption', { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('team.members.name')}</th>
                  <th scope="col">{t('team.members.skp')}</th>
                  <th scope="col">{t('team.members.predikat')}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((member) => {
                  const latest = latestPredikat(member.skp);
                  return (
                    <tr key={member.id}>
                      <th scope="row">
                        {member.name}
                        <div className="muted">{member.positionTitle}</div>
                      </th>
                      <td><SkpStatusBadge status={member.skp?.status} /></td>
                      <td>
                        <PredikatBadge predikat={latest?.predikat} />
                        {latest?.period && <span className="muted"> ({latest.period})</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
