import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../app/usePageTitle';
import { ComparisonTable } from '../../components/metrics/ComparisonTable';
import { KpiTiles } from '../../components/metrics/KpiTiles';
import { LastUpdated } from '../../components/metrics/LastUpdated';
import { useBatchedMetricsDocument, useFollowingQuery, useLiveMetrics } from '../../components/metrics/live';
import { PeriodSelector } from '../../components/metrics/PeriodSelector';
import { TrendCharts } from '../../components/metrics/TrendCharts';
import { MetricsTable } from '../../components/metrics/MetricsTable';
import { ikmFields, metricsFields, reportFields, unknownFigures } from '../../components/metrics/types';
import { useStandardText } from '../../components/metrics/useMetricFormat';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { LeaderGate } from './LeaderGate';
import { nodes } from '../../graphql/types';
import { useProgressYear, useRegionProgress } from './performance';
import { PerformanceOverview } from './PerformanceOverview';
import { usePeriod, type Period } from './period';
import { AgencyCatalogueQuery, type AgencyCatalogue, type AgencyService } from './queries';
import { unitHref, UnitsProgressTable } from './units';

/** `/dasbor/:regionId/opd/:agencyId[/layanan/:serviceTypeId]`: an agency, or one of its services. */
export function AgencyDashboardPage() {
  return (
    <LeaderGate>
      <AgencyDashboard />
    </LeaderGate>
  );
}

function AgencyDashboard() {
  const { t } = useTranslation();
  const { regionId = '', agencyId = '', serviceTypeId } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: AgencyCatalogueQuery, variables: { id: agencyId } });
  const agency = data?.agency;
  const service = agency?.serviceTypes.find((candidate) => candidate.id === serviceTypeId);
  usePageTitle(service?.name ?? agency?.name);

  if (error && !data) return <ErrorMessage error={error} />;
  if (fetching && !data) return <Loading />;
  if (!agency || (serviceTypeId && !service)) return <Empty>{t('errors.codes.NOT_FOUND')}</Empty>;
  return <AgencyView key={serviceTypeId ?? agencyId} regionId={regionId} agency={agency} service={service} />;
}

function AgencyView({ regionId, agency, service }: { regionId: string; agency: AgencyCatalogue; service: AgencyService | undefined }) {
  const { t } = useTranslation();
  const { period, update, search } = usePeriod();
  const standardText = useStandardText();
  const live = useLiveMetrics(agency.id, service?.id ?? null);
  const document = useBatchedMetricsDocument(1, reportFields, true);
  const variables = useMemo(
    () => ({ from: period.from, to: period.to, granularity: period.granularity, a0: agency.id, s0: service?.id ?? null }),
    [period.from, period.to, period.granularity, agency.id, service?.id],
  );
  const periodResult = useFollowingQuery(document, variables, live?.computedAt);
  const report = periodResult.data?.k0;
  const compareVariables = useMemo(
    () => ({ ...variables, ...(period.compareWith ?? {}) }),
    [variables, period.compareWith?.from, period.compareWith?.to],
  );
  const compared = useFollowingQuery(document, compareVariables, period.compareWith ? live?.computedAt : undefined, undefined, !period.compareWith);
  const before = period.compareWith ? compared.data?.k0 : undefined;
  const label = service?.name ?? agency.shortName;

  return (
    <article className="dashboard" aria-labelledby="agency-title">
      <nav aria-label={t('dashboard.breadcrumb')} className="breadcrumb">
        <ol>
          <li><Link to={`${paths.dashboard(regionId)}${search}`}>{agency.region.name}</Link></li>
          {service ? (
            <li><Link to={`${paths.dashboardAgency(regionId, agency.id)}${search}`}>{agency.name}</Link></li>
          ) : null}
        </ol>
      </nav>
      <header className="dashboard__header">
        <div>
          <h1 id="agency-title">{service?.name ?? agency.name}</h1>
          {live && <LastUpdated computedAt={live.computedAt} />}
        </div>
      </header>

      <section aria-labelledby="agency-headline">
        <h2 id="agency-headline">{t('dashboard.headline', { days: 30 })}</h2>
        {/* Until the first reading, the same tiles with dashes: nothing moves when it arrives. */}
        <KpiTiles metrics={live?.window ?? unknownFigures} ikm={live?.ikm} withIkm standard={service ? standardText(service) : undefined} />
      </section>

      <section aria-labelledby="agency-period">
        <div className="section-header">
          <h2 id="agency-period">{t('dashboard.trends')}</h2>
          <PeriodSelector period={period} onChange={update} />
        </div>
        {periodResult.error && !report ? (
          <ErrorMessage error={periodResult.error} />
        ) : (
          <>
            {period.compareWith && (
              <ComparisonTable
                period={{ from: period.from, to: period.to, compareWith: period.compareWith }}
                nameHeader={service ? t('metrics.service') : t('metrics.agency')}
                rows={[{ key: service?.id ?? agency.id, name: service?.name ?? agency.name, now: report?.window, before: before?.window }]}
              />
            )}
            <TrendCharts
              lines={[{ label, series: report?.series ?? [] }]}
              comparison={period.compareWith ? [{ label, series: before?.series ?? [] }] : undefined}
              granularity={period.granularity}
            />
          </>
        )}
      </section>

      {!service && (
        <section aria-labelledby="agency-services">
          <h2 id="agency-services">{t('dashboard.services')}</h2>
          <ServicesTable regionId={regionId} agency={agency} period={period} version={live?.computedAt} search={search} />
        </section>
      )}
      {!service && <PerformanceOverview regionId={agency.region.id} agencyId={agency.id} />}
      {!service && <AgencyUnits regionId={regionId} agency={agency} />}
    </article>
  );
}

/** The agency's top-level units with their performance cycle, each leading to its own page. */
function AgencyUnits({ regionId, agency }: { regionId: string; agency: AgencyCatalogue }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const { year } = useProgressYear();
  const { progress } = useRegionProgress(agency.region.id, year);
  const units = useMemo(() => nodes(agency.units).filter((unit) => unit.parent === null), [agency.units]);
  if (units.length === 0) return null;
  return (
    <section aria-labelledby="agency-units">
      <h2 id="agency-units">{t('insight.units.heading', { year })}</h2>
      <UnitsProgressTable caption={t('insight.units.caption', { year })} units={units} year={year} version={progress?.computedAt} href={unitHref(regionId, agency.id, search)} />
    </section>
  );
}

/** The agency's services over the chosen period, against their standards. */
function ServicesTable({ regionId, agency, period, version, search }: { regionId: string; agency: AgencyCatalogue; period: Period; version: string | undefined; search: string }) {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  const standardText = useStandardText();
  const services = agency.serviceTypes;
  const document = useBatchedMetricsDocument(services.length, `computedAt window { ${metricsFields} } ikm { ${ikmFields} }`, true);
  const variables = useMemo(
    () => ({
      from: period.from,
      to: period.to,
      granularity: period.granularity,
      ...Object.fromEntries(services.flatMap((service, index) => [[`a${index}`, agency.id], [`s${index}`, service.id]])),
    }),
    [services, agency.id, period.from, period.to, period.granularity],
  );
  const result = useFollowingQuery(document, variables, version);
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  return (
    <MetricsTable
      caption={t('dashboard.servicesCaption', { from: formatDay(period.from), to: formatDay(period.to) })}
      nameHeader={t('metrics.service')}
      columns={['standard', 'medianDays', 'withinStandard', 'received', 'openBacklog', 'overdue', 'ikm']}
      rows={services.map((service, index) => {
        const report = result.data?.[`k${index}`];
        return {
          key: service.id,
          name: <Link to={`${paths.dashboardService(regionId, agency.id, service.id)}${search}`}>{service.name}</Link>,
          metrics: report?.window,
          ikm: report?.ikm,
          standard: standardText(service),
        };
      })}
    />
  );
}
