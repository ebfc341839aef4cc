import { useTranslation } from 'react-i18next';
import { LastUpdated } from '../../components/metrics/LastUpdated';
import { useFollowingQuery } from '../../components/metrics/live';
import { WithheldMark } from '../../components/metrics/MetricsTable';
import { useMetricFormat } from '../../components/metrics/useMetricFormat';
import { ErrorMessage } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { PublicComplaintsQuery, type ComplaintFigures, type RegionComplaints } from './complaints';
import { DownloadLinks } from './DownloadLinks';
import type { DataTable } from './download';

const columns = ['received', 'answered', 'withinDeadline', 'medianDays', 'open', 'overdue'] as const;
export const complaintIndicators = ['received', 'answered', 'withinDeadline', 'medianDays', 'overdue'] as const;

/** Complaint handling per agency over the last year: counts and shares, small groups withheld. */
export function ComplaintsSection({ regionId, regionName, version, refreshGapMs, slug }: { regionId: string; regionName: string; version: string; refreshGapMs: number; slug: string }) {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  const format = useMetricFormat();
  const result = useFollowingQuery(PublicComplaintsQuery, { regionId }, version, refreshGapMs);
  const data = result.data?.agencyComplaintMetrics;
  if (result.error && !data) return <ErrorMessage error={result.error} />;

  const cell = (column: (typeof columns)[number], figures: ComplaintFigures) => {
    switch (column) {
      case 'received':
        return format.count(figures.received);
      case 'answered':
        return format.count(figures.answered);
      case 'withinDeadline':
        return format.share(figures.answeredWithinDeadlineShare);
      case 'medianDays':
        return format.days(figures.medianResolutionDays);
      case 'open':
        return format.count(figures.open);
      case 'overdue':
        return format.count(figures.overdue);
    }
  };
  const rows = data ? [...data.agencies.map((row) => ({ key: row.agencyId ?? 'unassigned', name: row.name ?? t('insight.complaints.unassigned'), figures: row.metrics })), { key: 'total', name: t('insight.complaints.total'), figures: data.total }] : [];
  const anyWithheld = rows.some((row) => row.figures.suppressed);

  return (
    <section aria-labelledby="public-complaints" className="public__complaints">
      <h2 id="public-complaints">{t('insight.complaints.heading')}</h2>
      {data ? <LastUpdated computedAt={data.computedAt} /> : <p className="updated">{t('common.loading')}</p>}
      <p className="muted">{t('insight.complaints.privacy')}</p>
      <div className="table-scroll">
        <table className="metrics-table" data-table="complaints">
          <caption>{data ? t('insight.complaints.caption', { from: formatDay(data.from), to: formatDay(data.to) }) : t('insight.complaints.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('metrics.agency')}</th>
              {columns.map((column) => (
                <th key={column} scope="col" className="numeric">
                  {t(`insight.complaints.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  {row.name}
                  <WithheldMark withheld={row.figures.suppressed} />
                </th>
                {columns.map((column) => (
                  <td key={column} className={column === 'overdue' && row.figures.overdue ? 'numeric figure--alert' : 'numeric'} data-figure={column}>
                    {cell(column, row.figures)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {anyWithheld && <p className="footnote">* {t('metrics.suppressed')}</p>}
      </div>
      {data && <DownloadLinks table={complaintsTable(data, slug)} meta={{ source: t('public.source', { region: regionName }), computedAt: data.computedAt, from: data.from, to: data.to }} />}
    </section>
  );
}

export function complaintsTable(data: RegionComplaints, slug: string): DataTable {
  const row = (agency: string, m: ComplaintFigures) => [agency, m.suppressed, m.received, m.answered, m.answeredWithinDeadlineShare, m.medianResolutionDays, m.open, m.overdue];
  return {
    name: `pengaduan-opd-${slug}`,
    columns: ['agency', 'suppressed', 'received', 'answered', 'answered_within_deadline_share', 'median_resolution_working_days', 'open', 'overdue'],
    rows: [...data.agencies.map((agency) => row(agency.name ?? 'unassigned', agency.metrics)), row('total', data.total)],
  };
}

/** What each complaint figure means, in the same form as the service indicators. */
export function ComplaintMethodology() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="complaint-methodology" className="methodology">
      <h3 id="complaint-methodology">{t('insight.complaints.methodologyHeading')}</h3>
      {complaintIndicators.map((key) => (
        <section key={key} aria-labelledby={`complaint-method-${key}`}>
          <h4 id={`complaint-method-${key}`}>{t(`insight.complaints.indicators.${key}.name`)}</h4>
          <dl className="facts facts--stacked">
            {(['definition', 'unit', 'formula', 'period'] as const).map((field) => (
              <div key={field}>
                <dt>{t(`public.methodology.${field}`)}</dt>
                <dd>{t(`insight.complaints.indicators.${key}.${field}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
