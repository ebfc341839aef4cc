import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../app/usePageTitle';
import { latestPredikat } from '../../components/performance/latestPredikat';
import { PredikatBadge, SkpStatusBadge } from '../../components/performance/PredikatBadge';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { nodes } from '../../graphql/types';
import { useFormat } from '../../i18n/format';
import { mondayOf, today, useYear } from './dates';
import { SubTeamQuery, TeamQuery, UnitProgressSubscription, type TeamMember } from './queries';
import { useTeamViewer, YearSelect } from './TeamLayout';

/**
 * My team: direct subordinates, each expandable to their own team, with the plan's status, this
 * week's reports and the latest predikat. Each unit in view is watched live: when anything of its
 * people changes, the list is fetched again.
 */
export function TeamPage() {
  const { t } = useTranslation();
  usePageTitle(t('team.members.title'));
  const viewer = useTeamViewer();
  const [year] = useYear();
  const range = { from: mondayOf(today()), to: today() };
  const [{ data, fetching, error }, refetch] = useQuery({ query: TeamQuery, variables: { year, ...range }, pause: !viewer.employee });
  const [generation, setGeneration] = useState(0);
  const onChange = useCallback(() => {
    refetch({ requestPolicy: 'network-only' });
    setGeneration((current) => current + 1);
  }, [refetch]);

  if (!viewer.employee) return <Navigate to={paths.team.calibration} replace />;
  const members = nodes(data?.me?.employee?.subordinates);
  const unitIds = [...new Set([viewer.employee.unit.id, ...members.map((member) => member.unit.id)])];
  return (
    <section aria-labelledby="team-title">
      <div className="section-header">
        <div>
          <h1 id="team-title">{t('team.members.title')}</h1>
          <p className="lead">{t('team.members.lead')}</p>
        </div>
        <YearSelect />
      </div>
      <ul className="unit-progress-list" aria-label={t('team.live.label')}>
        {unitIds.map((unitId) => (
          <UnitProgressLine key={`${unitId}-${year}`} unitId={unitId} year={year} name={unitName(unitId, viewer, members)} onChange={onChange} />
        ))}
      </ul>
      {error && !data && <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && members.length === 0 && <Empty>{t('team.members.none')}</Empty>}
      {members.length > 0 && (
        <div className="table-scroll">
          <table className="team-table">
            <caption className="visually-hidden">{t('team.members.caption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.members.name')}</th>
                <th scope="col">{t('team.members.skp')}</th>
                <th scope="col">{t('team.members.reportsThisWeek')}</th>
                <th scope="col">{t('team.members.predikat')}</th>
                <th scope="col">{t('team.members.training')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <MemberRows key={member.id} member={member} depth={0} year={year} range={range} generation={generation} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function unitName(unitId: string, viewer: ReturnType<typeof useTeamViewer>, members: TeamMember[]): string {
  if (viewer.employee?.unit.id === unitId) return viewer.employee.unit.name;
  return members.find((member) => member.unit.id === unitId)?.unit.name ?? '';
}

function MemberRows({ member, depth, year, range, generation }: { member: TeamMember; depth: number; year: number; range: { from: string; to: string }; generation: number }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const [open, setOpen] = useState(false);
  const latest = latestPredikat(member.skp);
  const childrenId = `team-below-${member.id}`;
  return (
    <>
      <tr>
        <th scope="row" style={{ paddingLeft: `${0.5 + depth * 1.5}rem` }}>
          <div className="team-member">
            {member.subordinates.totalCount > 0 && (
              <button
                type="button"
                className="button button--ghost team-member__toggle"
                aria-expanded={open}
                aria-controls={open ? childrenId : undefined}
                onClick={() => setOpen((current) => !current)}
              >
                {open ? t('team.members.hideTeam', { name: member.name }) : t('team.members.showTeam', { name: member.name, count: member.subordinates.totalCount })}
              </button>
            )}
            <span>
              <Link to={`${paths.team.member(member.id)}?tahun=${year}`}>{member.name}</Link>
              <span className="team-member__title">{member.positionTitle}</span>
            </span>
          </div>
        </th>
        <td>
          <SkpStatusBadge status={member.skp?.status} />
        </td>
        <td className="numeric">{formatNumber(member.dailyReports.totalCount)}</td>
        <td>
          <PredikatBadge predikat={latest?.predikat} />
          {latest?.period && <span className="muted"> ({latest.period})</span>}
        </td>
        <td className="numeric">
          {t('team.members.trainingHours', { hours: formatNumber(member.trainingHours.hours), target: formatNumber(member.trainingHours.targetHours) })}
          {!member.trainingHours.met && <span className="muted"> · {t('team.members.belowTarget')}</span>}
        </td>
      </tr>
      {open && <SubTeamRows id={childrenId} managerId={member.id} depth={depth + 1} year={year} range={range} generation={generation} />}
    </>
  );
}

function SubTeamRows({ id, managerId, depth, year, range, generation }: { id: string; managerId: string; depth: number; year: number; range: { from: string; to: string }; generation: number }) {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: SubTeamQuery, variables: { id: managerId, year, ...range } });
  // A live change refetches the open sub-teams too.
  useEffect(() => {
    if (generation > 0) refetch({ requestPolicy: 'network-only' });
  }, [generation, refetch]);
  if (error && !data) {
    return (
      <tr id={id}>
        <td colSpan={5}>
          <ErrorMessage error={error} />
        </td>
      </tr>
    );
  }
  if (!data) {
    return (
      <tr id={id}>
        <td colSpan={5} className="muted">
          {t('common.loading')}
        </td>
      </tr>
    );
  }
  return (
    <>
      {nodes(data.node?.subordinates).map((member) => (
        <MemberRows key={member.id} member={member} depth={depth} year={year} range={range} generation={generation} />
      ))}
    </>
  );
}

/** One unit's live progress; every update after the first means something changed. */
function UnitProgressLine({ unitId, year, name, onChange }: { unitId: string; year: number; name: string; onChange: () => void }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const seen = useRef<string | null>(null);
  const [{ data }] = useSubscription({ query: UnitProgressSubscription, variables: { unitId, year } }, (_previous, next) => {
    const computedAt = next.performanceProgress.computedAt;
    if (seen.current !== null && seen.current !== computedAt) queueMicrotask(onChange);
    seen.current = computedAt;
    return next;
  });
  const progress = data?.performanceProgress;
  return (
    <li className="unit-progress">
      <strong>{name}</strong>{' '}
      {progress ? (
        <span>
          {t('team.live.summary', {
            employees: formatNumber(progress.employees),
            approved: formatNumber(progress.approvedPercent / 100, { style: 'percent', maximumFractionDigits: 0 }),
            submitted: formatNumber(progress.skpByStatus.find((row) => row.status === 'SUBMITTED')?.count ?? 0),
            reporters: formatNumber(progress.reportersToday),
          })}
        </span>
      ) : (
        <span className="muted">{t('team.live.waiting')}</span>
      )}
    </li>
  );
}
