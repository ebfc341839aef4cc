import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IkmFigures, MetricsFigures } from './types';
import { useMetricFormat } from './useMetricFormat';

export type MetricsColumn = 'standard' | 'medianDays' | 'withinStandard' | 'received' | 'throughput' | 'openBacklog' | 'overdue' | 'ikm' | 'responses';

export interface MetricsRow {
  key: string;
  /** The row header: an agency or a service, possibly a link. */
  name: ReactNode;
  /** Figures of the row; undefined while they load (shown as "—", without the withheld mark). */
  metrics: MetricsFigures | undefined;
  ikm: IkmFigures | undefined;
  standard?: string;
  /** Marks the row for tests and styling (data-agency). */
  tag?: string;
}

/** "*" after a withheld figure, explained in the footnote below the table. */
export function WithheldMark({ withheld }: { withheld: boolean | undefined }) {
  const { t } = useTranslation();
  if (!withheld) return null;
  return (
    <sup>
      <abbr title={t('metrics.suppressed')} className="suppressed-mark">
        *
      </abbr>
    </sup>
  );
}

/**
 * Service figures, one row per agency or service. Withheld groups read "—" marked "*" with a
 * footnote saying why: the figures exist but are too few to publish without pointing at citizens.
 */
export function MetricsTable({ caption, nameHeader, columns, rows }: { caption: string; nameHeader: string; columns: MetricsColumn[]; rows: MetricsRow[] }) {
  const { t } = useTranslation();
  const format = useMetricFormat();
  const anyWithheld = rows.some((row) => row.metrics?.suppressed || row.ikm?.suppressed);

  const cell = (column: MetricsColumn, row: MetricsRow): ReactNode => {
    const m = row.metrics;
    switch (column) {
      case 'standard':
        return row.standard ?? t('common.notAvailable');
      case 'medianDays':
        return format.days(m?.medianWorkingDays);
      case 'withinStandard':
        return format.share(m?.withinStandardShare);
      case 'received':
        return format.count(m?.received);
      case 'throughput':
        return format.decimal(m?.throughputPerDay);
      case 'openBacklog':
        return format.count(m?.openBacklog);
      case 'overdue':
        return format.count(m?.overdue);
      case 'ikm':
        return (
          <>
            {format.ikmGrade(row.ikm)}
            <WithheldMark withheld={row.ikm?.suppressed} />
          </>
        );
      case 'responses':
        return format.count(row.ikm?.responses);
    }
  };

  return (
    <div className="table-scroll">
      <table className="metrics-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            {columns.map((column) => (
              <th key={column} scope="col" className="numeric">
                {column === 'standard' ? t('metrics.standardColumn') : t(`metrics.indicators.${column}.short`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-agency={row.tag}>
              <th scope="row">
                {row.name}
                <WithheldMark withheld={row.metrics?.suppressed} />
              </th>
              {columns.map((column) => (
                <td key={column} className={column === 'overdue' && row.metrics?.overdue ? 'numeric figure--alert' : 'numeric'} data-figure={column}>
                  {cell(column, row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {anyWithheld && <p className="footnote">* {t('metrics.suppressed')}</p>}
    </div>
  );
}
