import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, useFormat } from '../../i18n/format';
import type { MetricsFigures } from './types';
import { useMetricFormat } from './useMetricFormat';

type Window = Pick<MetricsFigures, 'suppressed' | 'received' | 'withinStandardShare' | 'medianWorkingDays'>;

export interface ComparedRow {
  key: string;
  name: ReactNode;
  now: Window | undefined;
  before: Window | undefined;
}

const indicators = ['medianDays', 'withinStandard', 'received'] as const;
type Indicator = (typeof indicators)[number];

/** The change from the comparison to now, and whether it is an improvement (shorter times, more on time). */
export function change(indicator: Indicator, now: Window | undefined, before: Window | undefined): { value: number; better: boolean | null } | null {
  const pick = (window: Window | undefined) =>
    window === undefined ? null : indicator === 'medianDays' ? window.medianWorkingDays : indicator === 'withinStandard' ? window.withinStandardShare : window.received;
  const a = pick(now);
  const b = pick(before);
  if (a === null || b === null) return null;
  if (indicator === 'received') return b === 0 ? null : { value: (a - b) / b, better: null };
  const value = a - b;
  return { value, better: value === 0 ? null : indicator === 'medianDays' ? value < 0 : value > 0 };
}

type Range = { from: string; to: string };

/** Each group's figures over the chosen period with the change against the comparison period. */
export function ComparisonTable({ period, nameHeader, rows }: { period: Range & { compareWith: Range }; nameHeader: string; rows: ComparedRow[] }) {
  const { t, i18n } = useTranslation();
  const { formatDay } = useFormat();
  const format = useMetricFormat();
  const caption = t('insight.compare.caption', {
    from: formatDay(period.from),
    to: formatDay(period.to),
    compareFrom: formatDay(period.compareWith.from),
    compareTo: formatDay(period.compareWith.to),
  });
  const signed = (value: number, options: Intl.NumberFormatOptions) => formatNumber(value, i18n.language, { signDisplay: 'exceptZero', ...options });
  const deltaText = (indicator: Indicator, value: number) =>
    indicator === 'medianDays'
      ? t('insight.compare.deltaDays', { value: signed(value, { maximumFractionDigits: 1 }) })
      : indicator === 'withinStandard'
        ? t('insight.compare.deltaPoints', { value: signed(value * 100, { maximumFractionDigits: 1 }) })
        : signed(value, { style: 'percent', maximumFractionDigits: 0 });
  const value = (indicator: Indicator, window: Window | undefined) =>
    indicator === 'medianDays' ? format.days(window?.medianWorkingDays) : indicator === 'withinStandard' ? format.share(window?.withinStandardShare) : format.count(window?.received);
  return (
    <div className="table-scroll">
      <table className="metrics-table comparison-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            {indicators.map((indicator) => (
              <th key={indicator} scope="col" className="numeric">
                {t(`metrics.indicators.${indicator}.short`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              {indicators.map((indicator) => {
                const delta = change(indicator, row.now, row.before);
                return (
                  <td key={indicator} className="numeric" data-figure={indicator}>
                    {value(indicator, row.now)}
                    <span className={`delta${delta?.better === true ? ' delta--better' : delta?.better === false ? ' delta--worse' : ''}`}>
                      {delta ? deltaText(indicator, delta.value) : t('common.notAvailable')}
                    </span>
                    <span className="visually-hidden">{t('insight.compare.before', { value: value(indicator, row.before) })}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
