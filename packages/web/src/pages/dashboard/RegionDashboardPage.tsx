import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../app/usePageTitle';
import { AgencyMetricsTable } from '../../components/metrics/AgencyMetricsTable';
import { ComparisonTable } from '../../components/metrics/ComparisonTable';
import { KpiTiles } from '../../components/metrics/KpiTiles';
import { LastUpdated } from '../../components/metrics/LastUpdated';
import { useBatchedMetricsDocument, useFollowingQuery, useLiveRegionDashboard } from '../../components/metrics/live';
import { PeriodSelector } from '../../components/metrics/PeriodSelector';
import { TrendCharts } from '../../components/metrics/TrendCharts';
import { seriesFields, type AgencyHeadline } from '../../components/metrics/types';
import { Ranking } from '../../components/metrics/Ranking';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { LeaderGate } from './LeaderGate';
import { PerformanceOverview } from './PerformanceOverview';
import { usePeriod, type Period } from './period';

export function RegionDashboardPage() {
  return (
    <LeaderGate>
      <RegionDashboard />
    </LeaderGate>
  );
}

function RegionDashboard() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const { period, update, search } = usePeriod();
  const { region, dashboard, fetching, error, retry } = useLiveRegionDashboard(regionId);
  usePageTitle(region ? t('dashboard.regionTitle', { region: region.name }) : t('dashboard.title'));

  if (error) return <ErrorMessage error={error} onRetry={retry} />;
  if (fetching && !dashboard) return <Loading />;
  if (!region || !dashboard) return <Empty>{t('region.notFound')}</Empty>;

  return (
    <article className="dashboard" aria-labelledby="dashboard-title">
      <header className="dashboard__header">
        <div>
          <h1 id="dashboard-title">{t('dashboard.regionTitle', { region: region.name })}</h1>
          <LastUpdated computedAt={dashboard.computedAt} />
        </div>
        <p className="dashboard__links">
          <Link className="button button--ghost" to={paths.wall(regionId)}>{t('dashboard.openWall')}</Link>
          <Link className="button button--ghost" to={paths.publicRegion(regionId)}>{t('dashboard.openPublic')}</Link>
        </p>
      </header>

      <section aria-labelledby="dashboard-headline">
        <h2 id="dashboard-headline">{t('dashboard.headline', { days: 30 })}</h2>
        <KpiTiles metrics={dashboard.total} />
        <AgencyMetricsTable
          caption={t('dashboard.perAgency')}
          rows={dashboard.agencies}
          agencyHref={(agencyId) => `${paths.dashboardAgency(regionId, agencyId)}${search}`}
        />
        <Ranking agencies={dashboard.agencies} />
      </section>

      <section aria-labelledby="dashboard-trends">
        <div className="section-header">
          <h2 id="dashboard-trends">{t('dashboard.trends')}</h2>
          <PeriodSelector period={period} onChange={update} />
        </div>
        <RegionTrends agencies={dashboard.agencies} period={period} version={dashboard.computedAt} />
      </section>
      <PerformanceOverview regionId={regionId} agencyHref={(agencyId) => `${paths.dashboardAgency(regionId, agencyId)}${search}`} />
    </article>
  );
}

/**
 * One trend line per agency over the chosen period, refetched as live updates arrive; with a
 * comparison, its lines dashed and each agency's change in a table.
 */
function RegionTrends({ agencies, period, version }: { agencies: AgencyHeadline[]; period: Period; version: string }) {
  const { t } = useTranslation();
  const document = useBatchedMetricsDocument(agencies.length, `window { ${seriesFields} } series { ${seriesFields} }`, false);
  const variables = (range: { from: string; to: string }) => ({
    from: range.from,
    to: range.to,
    granularity: period.granularity,
    ...Object.fromEntries(agencies.map((agency, index) => [`a${index}`, agency.agencyId])),
  });
  const current = useMemo(() => variables(period), [agencies, period.from, period.to, period.granularity]);
  const compared = useMemo(() => variables(period.compareWith ?? period), [agencies, period.compareWith?.from, period.compareWith?.to, period.granularity]);
  const result = useFollowingQuery(document, current, version);
  const before = useFollowingQuery(document, compared, period.compareWith ? version : undefined, undefined, !period.compareWith);
  const linesOf = (data: typeof result.data) => agencies.map((agency, index) => ({ label: agency.shortName, series: data?.[`k${index}`]?.series ?? [] }));
  const lines = useMemo(() => linesOf(result.data), [agencies, result.data]);
  const comparison = useMemo(() => (period.compareWith ? linesOf(before.data) : undefined), [agencies, before.data, period.compareWith]);
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  return (
    <>
      {period.compareWith && (
        <ComparisonTable
          period={{ from: period.from, to: period.to, compareWith: period.compareWith }}
          nameHeader={t('metrics.agency')}
          rows={agencies.map((agency, index) => ({ key: agency.agencyId, name: agency.name, now: result.data?.[`k${index}`]?.window, before: before.data?.[`k${index}`]?.window }))}
        />
      )}
      <TrendCharts lines={lines} comparison={comparison} granularity={period.granularity} />
    </>
  );
}
