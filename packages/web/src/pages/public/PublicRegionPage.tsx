import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { useQuery } from 'urql';
import { usePageTitle } from '../../app/usePageTitle';
import { AgencyMetricsTable } from '../../components/metrics/AgencyMetricsTable';
import { LastUpdated } from '../../components/metrics/LastUpdated';
import { useBatchedMetricsDocument, useFollowingQuery, useLiveRegionDashboard } from '../../components/metrics/live';
import { TrendCharts } from '../../components/metrics/TrendCharts';
import { ikmFields, metricsFields, seriesFields, type AgencyHeadline, type MetricsReport } from '../../components/metrics/types';
import { MetricsTable } from '../../components/metrics/MetricsTable';
import { useStandardText } from '../../components/metrics/useMetricFormat';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { nodes } from '../../graphql/types';
import { useFormat } from '../../i18n/format';
import { lastDaysRange } from '../dashboard/period';
import { Ranking } from '../../components/metrics/Ranking';
import { ComplaintMethodology, ComplaintsSection } from './ComplaintsSection';
import { DownloadLinks } from './DownloadLinks';
import type { DataTable } from './download';
import { Methodology } from './Methodology';
import { PublicCatalogueQuery, type PublicAgency } from './queries';

/** Public pages follow live changes too, but refetch their period figures at most twice a minute. */
const REFRESH_GAP_MS = 30_000;

/** `/publik/:regionId`: the region's service figures for everyone, without signing in. */
export function PublicRegionPage() {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  const { regionId = '' } = useParams();
  const [catalogue] = useQuery({ query: PublicCatalogueQuery, variables: { id: regionId } });
  const { dashboard, error, retry } = useLiveRegionDashboard(regionId);
  const region = catalogue.data?.region;
  usePageTitle(region ? t('public.title', { region: region.name }) : t('public.titlePlain'));
  const agencies = useMemo(() => nodes(region?.agencies).filter((agency) => agency.serviceTypes.length > 0), [region]);

  const failure = error ?? (catalogue.data ? undefined : catalogue.error);
  if (failure) return <ErrorMessage error={failure} onRetry={retry} />;
  if (!catalogue.data || !dashboard) return <Loading />;
  if (!region) return <Empty>{t('region.notFound')}</Empty>;

  const meta = { source: t('public.source', { region: region.name }), computedAt: dashboard.computedAt, from: dashboard.from, to: dashboard.to };
  return (
    <article className="public" aria-labelledby="public-title">
      <h1 id="public-title">{t('public.title', { region: region.name })}</h1>
      <p className="lead">{t('public.intro')}</p>
      <p className="muted">{t('public.privacy')}</p>
      <nav aria-label={t('public.actions.label')}>
        <ul className="tag-list">
          <li>
            <Link to={paths.complaint(regionId)}>{t('public.actions.complaint')}</Link>
          </li>
          <li>
            <Link to={paths.survey(regionId)}>{t('public.actions.survey')}</Link>
          </li>
          <li>
            <Link to={paths.tracking}>{t('public.actions.track')}</Link>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="public-ranking">
        <h2 id="public-ranking">{t('public.ranking')}</h2>
        <LastUpdated computedAt={dashboard.computedAt} />
        <AgencyMetricsTable caption={t('public.rankingCaption', { from: formatDay(dashboard.from), to: formatDay(dashboard.to) })} rows={rankedByShare(dashboard.agencies)} />
        <DownloadLinks table={agencyTable(dashboard.agencies, region.name)} meta={meta} />
        <Ranking agencies={dashboard.agencies} />
      </section>

      <AgencySections agencies={agencies} version={dashboard.computedAt} meta={meta} />
      <ComplaintsSection regionId={regionId} regionName={region.name} version={dashboard.computedAt} refreshGapMs={REFRESH_GAP_MS} slug={slug(region.name)} />
      <Methodology />
      <ComplaintMethodology />
    </article>
  );
}

const rankedByShare = (agencies: AgencyHeadline[]) =>
  [...agencies].sort((a, b) => (b.metrics.withinStandardShare ?? -1) - (a.metrics.withinStandardShare ?? -1));

function agencyTable(agencies: AgencyHeadline[], regionName: string): DataTable {
  return {
    name: `layanan-opd-${slug(regionName)}`,
    columns: ['agency', 'from', 'to', 'suppressed', 'received', 'completed', 'median_working_days', 'p90_working_days', 'within_standard_share', 'throughput_per_day', 'open_backlog', 'overdue', 'ikm', 'ikm_grade', 'ikm_responses'],
    rows: rankedByShare(agencies).map((agency) => {
      const m = agency.metrics;
      return [agency.name, m.from, m.to, m.suppressed, m.received, m.completed, m.medianWorkingDays, m.p90WorkingDays, m.withinStandardShare, m.throughputPerDay, m.openBacklog, m.overdue, agency.ikm.converted, agency.ikm.grade, agency.ikm.responses];
    }),
  };
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Each agency's services (last 30 days) and its monthly trends over the last year. */
function AgencySections({ agencies, version, meta }: { agencies: PublicAgency[]; version: string; meta: Record<string, string> }) {
  const services = useMemo(() => agencies.flatMap((agency) => agency.serviceTypes.map((service) => ({ agency, service }))), [agencies]);
  const last30 = lastDaysRange(30);
  const year = lastDaysRange(365);

  const serviceDocument = useBatchedMetricsDocument(services.length, `computedAt window { ${metricsFields} } ikm { ${ikmFields} }`, true);
  const serviceVariables = useMemo(
    () => ({
      from: last30.from,
      to: last30.to,
      granularity: 'DAY',
      ...Object.fromEntries(services.flatMap(({ agency, service }, index) => [[`a${index}`, agency.id], [`s${index}`, service.id]])),
    }),
    [services, last30.from, last30.to],
  );
  const serviceResult = useFollowingQuery(serviceDocument, serviceVariables, version, REFRESH_GAP_MS);

  const trendDocument = useBatchedMetricsDocument(agencies.length, `series { ${seriesFields} }`, false);
  const trendVariables = useMemo(
    () => ({ from: year.from, to: year.to, granularity: 'MONTH', ...Object.fromEntries(agencies.map((agency, index) => [`a${index}`, agency.id])) }),
    [agencies, year.from, year.to],
  );
  const trendResult = useFollowingQuery(trendDocument, trendVariables, version, REFRESH_GAP_MS);

  const error = (serviceResult.data ? undefined : serviceResult.error) ?? (trendResult.data ? undefined : trendResult.error);
  if (error) return <ErrorMessage error={error} />;
  return (
    <>
      {agencies.map((agency, agencyIndex) => {
        const rows = services
          .map((entry, index) => ({ ...entry, report: serviceResult.data?.[`k${index}`] }))
          .filter((entry) => entry.agency.id === agency.id);
        return (
          <AgencySection
            key={agency.id}
            agency={agency}
            rows={rows}
            series={trendResult.data?.[`k${agencyIndex}`]?.series}
            meta={meta}
          />
        );
      })}
    </>
  );
}

function AgencySection({
  agency,
  rows,
  series,
  meta,
}: {
  agency: PublicAgency;
  rows: Array<{ service: PublicAgency['serviceTypes'][number]; report: MetricsReport | undefined }>;
  series: MetricsReport['series'] | undefined;
  meta: Record<string, string>;
}) {
  const { t } = useTranslation();
  const standardText = useStandardText();
  const headingId = `agency-${agency.id.replace(/[^\w-]/g, '')}`;
  const computedAt = rows.find((row) => row.report)?.report?.computedAt;
  const table: DataTable = {
    name: `layanan-${slug(agency.shortName)}`,
    columns: ['service', 'standard_value', 'standard_unit', 'from', 'to', 'suppressed', 'received', 'completed', 'median_working_days', 'within_standard_share', 'open_backlog', 'overdue', 'ikm', 'ikm_grade', 'ikm_responses'],
    rows: rows.map(({ service, report }) => {
      const m = report?.window;
      return [service.name, service.currentStandard?.targetValue ?? null, service.currentStandard?.targetUnit ?? null, m?.from ?? null, m?.to ?? null, m?.suppressed ?? null, m?.received ?? null, m?.completed ?? null, m?.medianWorkingDays ?? null, m?.withinStandardShare ?? null, m?.openBacklog ?? null, m?.overdue ?? null, report?.ikm.converted ?? null, report?.ikm.grade ?? null, report?.ikm.responses ?? null];
    }),
  };
  return (
    <section aria-labelledby={headingId} className="public__agency">
      <h2 id={headingId}>{agency.name}</h2>
      <h3>{t('public.services')}</h3>
      {computedAt ? <LastUpdated computedAt={computedAt} /> : <p className="updated">{t('common.loading')}</p>}
      <MetricsTable
        caption={t('public.servicesCaption', { agency: agency.name })}
        nameHeader={t('metrics.service')}
        columns={['standard', 'medianDays', 'withinStandard', 'received', 'ikm', 'responses']}
        rows={rows.map(({ service, report }) => ({ key: service.id, name: service.name, metrics: report?.window, ikm: report?.ikm, standard: standardText(service) }))}
      />
      <DownloadLinks table={table} meta={meta} />
      <h3>{t('public.trends')}</h3>
      <TrendCharts lines={[{ label: agency.shortName, series: series ?? [] }]} granularity="MONTH" height={200} />
    </section>
  );
}
