import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgencyHeadline } from './types';
import { useMetricFormat } from './useMetricFormat';

export interface AgencyMetricsTableProps {
  caption: string;
  rows: AgencyHeadline[];
  /** Where an agency's name links to (drill-down); plain text when absent. */
  agencyHref?: (agencyId: string) => string;
}

/**
 * Headline figures per agency. Suppressed groups read "—" with a footnote saying why: the
 * figures exist but are too few to publish without pointing at individual citizens.
 */
export function AgencyMetricsTable({ caption, rows, agencyHref }: AgencyMetricsTableProps) {
  const { t } = useTranslation();
  const format = useMetricFormat();
  const anySuppressed = rows.some((row) => row.metrics.suppressed || row.ikm.suppressed);
  const mark = (suppressed: boolean) =>
    suppressed ? (
      <sup>
        <abbr title={t('metrics.suppressed')} className="suppressed-mark">
          *
        </abbr>
      </sup>
    ) : null;

  return (
    <div className="table-scroll">
      <table className="metrics-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('metrics.agency')}</th>
            <th scope="col" className="numeric">{t('metrics.indicators.medianDays.short')}</th>
            <th scope="col" className="numeric">{t('metrics.indicators.withinStandard.short')}</th>
            <th scope="col" className="numeric">{t('metrics.indicators.received.short')}</th>
            <th scope="col" className="numeric">{t('metrics.indicators.throughput.short')}</th>
            <th scope="col" className="numeric">{t('metrics.indicators.openBacklog.short')}</th>
            <th scope="col" className="numeric">{t('metrics.indicators.overdue.short')}</th>
            <th scope="col" className="numeric">{t('metrics.indicators.ikm.short')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const m = row.metrics;
            return (
              <tr key={row.agencyId} data-agency={row.shortName}>
                <th scope="row">
                  {agencyHref ? <Link to={agencyHref(row.agencyId)}>{row.name}</Link> : row.name}
                  {mark(m.suppressed)}
                </th>
                <td className="numeric" data-figure="medianDays">{format.days(m.medianWorkingDays)}</td>
                <td className="numeric" data-figure="withinStandard">{format.share(m.withinStandardShare)}</td>
                <td className="numeric" data-figure="received">{format.count(m.received)}</td>
                <td className="numeric" data-figure="throughput">{format.decimal(m.throughputPerDay)}</td>
                <td className="numeric" data-figure="openBacklog">{format.count(m.openBacklog)}</td>
                <td className={m.overdue ? 'numeric figure--alert' : 'numeric'} data-figure="overdue">{format.count(m.overdue)}</td>
                <td className="numeric" data-figure="ikm">
                  {row.ikm.grade ? t('metrics.ikmWithGrade', { value: format.ikm(row.ikm.converted), grade: row.ikm.grade }) : t('common.notAvailable')}
                  {mark(row.ikm.suppressed)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {anySuppressed && <p className="footnote">* {t('metrics.suppressed')}</p>}
    </div>
  );
}
