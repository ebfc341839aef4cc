import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ConnectionIndicator } from '../../app/ConnectionIndicator';
import { usePageTitle } from '../../app/usePageTitle';
import { LineChart } from '../../components/charts/LineChart';
import { KpiTiles } from '../../components/metrics/KpiTiles';
import { LastUpdated, useNow } from '../../components/metrics/LastUpdated';
import { useBatchedMetricsDocument, useFollowingQuery, useLiveRegionDashboard } from '../../components/metrics/live';
import { seriesFields } from '../../components/metrics/types';
import { lastDaysRange } from '../dashboard/period';
import { alignSeries } from '../../components/metrics/trends';
import { useMetricFormat } from '../../components/metrics/useMetricFormat';
import { Loading } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { Ranking } from '../../components/metrics/Ranking';

const DEFAULT_SECONDS = 15;

/** How long each agency stays on screen: `?detik=` (5–600), else 15 seconds. */
export function rotationSeconds(params: URLSearchParams): number {
  const value = Number(params.get('detik'));
  return Number.isFinite(value) && value >= 5 && value <= 600 ? Math.round(value) : DEFAULT_SECONDS;
}

/**
 * `/layar/:regionId`: the command-centre screen. No navigation and nothing to click: it rotates
 * through the agencies by itself and follows the live subscription, which reconnects on its own.
 */
export function WallPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const [params] = useSearchParams();
  const seconds = rotationSeconds(params);
  const { region, dashboard } = useLiveRegionDashboard(regionId);
  const [turn, setTurn] = useState(0);
  usePageTitle(region ? t('wall.title', { region: region.name }) : undefined);

  useEffect(() => {
    const timer = setInterval(() => setTurn((value) => value + 1), seconds * 1000);
    return () => clearInterval(timer);
  }, [seconds]);

  const agencies = dashboard?.agencies ?? [];
  const current = agencies.length ? agencies[turn % agencies.length] : undefined;

  return (
    <div className="wall" data-testid="wall">
      <header className="wall__bar">
        <p className="wall__region">{region?.name ?? t('app.name')}</p>
        <WallClock />
        <ConnectionIndicator />
      </header>
      {!dashboard || !current ? (
        <Loading />
      ) : (
        <main className="wall__main">
          <section className="wall__agency" aria-live="polite" aria-labelledby="wall-agency">
            <h1 id="wall-agency" className="wall__agency-name" data-agency={current.shortName}>
              {current.name}
            </h1>
            <p className="wall__subtitle">{t('dashboard.headline', { days: 30 })}</p>
            <KpiTiles metrics={current.metrics} ikm={current.ikm} withIkm />
            <AgencyTrend agencyId={current.agencyId} label={current.shortName} version={dashboard.computedAt} />
          </section>
          <aside className="wall__side">
            <Ranking agencies={agencies} height={300} onDark />
            <ol className="wall__rotation" aria-label={t('wall.rotation', { seconds })}>
              {agencies.map((agency, index) => (
                <li key={agency.agencyId} aria-current={index === turn % agencies.length ? 'true' : undefined}>
                  {agency.shortName}
                </li>
              ))}
            </ol>
            <LastUpdated computedAt={dashboard.computedAt} />
          </aside>
        </main>
      )}
    </div>
  );
}

function WallClock() {
  const { formatDateTime } = useFormat();
  const now = useNow(1000);
  return (
    <p className="wall__clock">
      <time dateTime={new Date(now).toISOString()}>{formatDateTime(now, { dateStyle: 'full', timeStyle: 'short' })}</time>
    </p>
  );
}

/**
 * The current agency's last twelve weeks, week by week, refetched as live updates arrive. Weeks,
 * not days: the screen usually runs without signing in, and a day's small groups are withheld.
 */
function AgencyTrend({ agencyId, label, version }: { agencyId: string; label: string; version: string }) {
  const { t } = useTranslation();
  const format = useMetricFormat();
  const { formatDay } = useFormat();
  const document = useBatchedMetricsDocument(1, `series { ${seriesFields} }`, false);
  const variables = useMemo(() => ({ ...lastDaysRange(84), granularity: 'WEEK', a0: agencyId }), [agencyId]);
  const result = useFollowingQuery(document, variables, version);
  const chart = useMemo(() => {
    const series = result.data?.k0?.series ?? [];
    const received = alignSeries([{ label: t('metrics.indicators.received.name'), series }], (entry) => entry.received);
    const completed = alignSeries([{ label: t('metrics.indicators.completed.name'), series }], (entry) => entry.completed);
    return {
      labels: received.periods.map((day) => formatDay(day, { dateStyle: undefined, day: 'numeric', month: 'short' })),
      series: [...received.series, ...completed.series],
    };
    // formatDay is rebuilt every render; it changes only with the language, as `t` does.
  }, [result.data, t]);
  return <LineChart title={t('wall.trend', { agency: label })} labels={chart.labels} series={chart.series} format={format.count} height={250} onDark />;
}
