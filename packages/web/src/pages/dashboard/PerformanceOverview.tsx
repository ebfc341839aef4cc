import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BarChart } from '../../components/charts/BarChart';
import { LastUpdated } from '../../components/metrics/LastUpdated';
import { useMetricFormat } from '../../components/metrics/useMetricFormat';
import { ErrorMessage } from '../../components/QueryStatus';
import { PREDIKATS, rated, statusCount, useProgressYear, useRegionProgress, withoutSkp, type AgencyProgress } from './performance';

/**
 * SKP completion and predikat distribution per agency (the region), or of one agency: counts
 * only, for the year chosen (the current one by default), updated live as plans and ratings change.
 */
export function PerformanceOverview({ regionId, agencyId, agencyHref }: { regionId: string; agencyId?: string; agencyHref?: (agencyId: string) => string }) {
  const { t } = useTranslation();
  const { year, years, choose } = useProgressYear();
  const { progress, error } = useRegionProgress(regionId, year);
  const rows = useMemo(() => progress?.agencies.filter((row) => !agencyId || row.agencyId === agencyId) ?? [], [progress, agencyId]);
  if (error) return <ErrorMessage error={error} />;
  return (
    <section aria-labelledby="performance-overview" className="performance-overview">
      <div className="section-header">
        <h2 id="performance-overview">{t('insight.skp.heading', { year })}</h2>
        <div className="period-selector">
          <label htmlFor="performance-year">{t('insight.skp.year')}</label>
          <select id="performance-year" value={year} onChange={(event) => choose(Number(event.target.value))}>
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
      </div>
      {progress ? <LastUpdated computedAt={progress.computedAt} /> : <p className="updated">{t('common.loading')}</p>}
      <SkpTable rows={rows} agencyHref={agencyHref} />
      <div className="chart-grid">
        {!agencyId && <CompletionRanking rows={rows} />}
        <PredikatChart rows={rows} single={Boolean(agencyId)} />
      </div>
      <p className="muted">{t('insight.skp.note')}</p>
    </section>
  );
}

function SkpTable({ rows, agencyHref }: { rows: AgencyProgress[]; agencyHref: ((agencyId: string) => string) | undefined }) {
  const { t } = useTranslation();
  const format = useMetricFormat();
  const columns = ['employees', 'approved', 'approvedShare', 'submitted', 'draft', 'withoutSkp', 'rated'] as const;
  return (
    <div className="table-scroll">
      <table className="metrics-table">
        <caption>{t('insight.skp.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('metrics.agency')}</th>
            {columns.map((column) => (
              <th key={column} scope="col" className="numeric">
                {t(`insight.skp.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.agencyId}>
              <th scope="row">{agencyHref ? <Link to={agencyHref(row.agencyId)}>{row.name}</Link> : row.name}</th>
              <td className="numeric">{format.count(row.employees)}</td>
              <td className="numeric">{format.count(statusCount(row, 'APPROVED'))}</td>
              <td className="numeric">{format.share(row.approvedShare)}</td>
              <td className="numeric">{format.count(statusCount(row, 'SUBMITTED'))}</td>
              <td className="numeric">{format.count(statusCount(row, 'DRAFT') + statusCount(row, 'RETURNED'))}</td>
              <td className="numeric">{format.count(withoutSkp(row))}</td>
              <td className="numeric">{format.count(rated(row))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Agencies ranked by the share of employees with an approved SKP. */
function CompletionRanking({ rows }: { rows: AgencyProgress[] }) {
  const { t } = useTranslation();
  const format = useMetricFormat();
  const ranked = useMemo(() => [...rows].sort((a, b) => (b.approvedShare ?? -1) - (a.approvedShare ?? -1)), [rows]);
  const labels = useMemo(() => ranked.map((row) => row.shortName), [ranked]);
  const series = useMemo(() => [{ label: t('insight.skp.columns.approvedShare'), values: ranked.map((row) => row.approvedShare) }], [ranked, t]);
  return <BarChart title={t('insight.skp.ranking')} labels={labels} series={series} format={format.share} max={1} height={Math.max(120, 44 * labels.length)} />;
}

/**
 * The predikat distribution: per agency as shares stacked to 100 % (agencies of different sizes
 * compare), or for one agency as counts per predikat.
 */
function PredikatChart({ rows, single }: { rows: AgencyProgress[]; single: boolean }) {
  const { t } = useTranslation();
  const format = useMetricFormat();
  const chart = useMemo(() => {
    if (single) {
      const row = rows[0];
      return {
        labels: PREDIKATS.map((predikat) => t(`insight.predikat.${predikat}`)),
        series: [{ label: t('insight.skp.columns.rated'), values: PREDIKATS.map((predikat) => row?.predikat.find((entry) => entry.predikat === predikat)?.count ?? 0) }],
      };
    }
    return {
      labels: rows.map((row) => row.shortName),
      series: PREDIKATS.map((predikat) => ({
        label: t(`insight.predikat.${predikat}`),
        values: rows.map((row) => {
          const total = rated(row);
          return total === 0 ? null : (row.predikat.find((entry) => entry.predikat === predikat)?.count ?? 0) / total;
        }),
      })),
    };
  }, [rows, single, t]);
  return single ? (
    <BarChart title={t('insight.skp.distribution')} labels={chart.labels} series={chart.series} format={format.count} height={220} />
  ) : (
    <BarChart title={t('insight.skp.distributionShares')} labels={chart.labels} series={chart.series} format={format.share} max={1} stacked height={Math.max(160, 44 * chart.labels.length)} />
  );
}
