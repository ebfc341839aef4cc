import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { LineChart } from '../charts/LineChart';
import type { MetricsReport } from './types';
import { alignSeries, onSameAxis } from './trends';
import { useMetricFormat } from './useMetricFormat';

export interface TrendLine {
  label: string;
  series: MetricsReport['series'];
}

const labelFormats: Record<'DAY' | 'WEEK' | 'MONTH', Intl.DateTimeFormatOptions> = {
  DAY: { day: 'numeric', month: 'short' },
  WEEK: { day: 'numeric', month: 'short' },
  MONTH: { month: 'short', year: 'numeric' },
};

/**
 * Trend lines of processing time, on-time share and requests received, one line per group; with a
 * comparison, each group's comparison period as a dashed line of the same colour on the same axis.
 */
export function TrendCharts({ lines, comparison, granularity, height = 220 }: { lines: TrendLine[]; comparison?: TrendLine[] | undefined; granularity: 'DAY' | 'WEEK' | 'MONTH'; height?: number }) {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  const format = useMetricFormat();
  const charts = useMemo(() => {
    const compared = comparison ? onSameAxis(lines, comparison.map((line) => ({ ...line, label: t('insight.compare.line', { label: line.label }) }))) : [];
    const all = [...lines, ...compared];
    const median = alignSeries(all, (entry) => entry.medianWorkingDays);
    const share = alignSeries(all, (entry) => entry.withinStandardShare);
    const received = alignSeries(all, (entry) => entry.received);
    const labels = median.periods.map((day) => formatDay(day, { dateStyle: undefined, ...labelFormats[granularity] }));
    return { labels, median: median.series, share: share.series, received: received.series };
    // formatDay is rebuilt every render; it changes only with the language, as `t` does.
  }, [lines, comparison, granularity, t]);
  return (
    <div className="chart-grid">
      <LineChart title={t('metrics.trends.medianDays')} labels={charts.labels} series={charts.median} format={format.decimal} height={height} />
      <LineChart title={t('metrics.trends.withinStandard')} labels={charts.labels} series={charts.share} format={format.share} height={height} />
      <LineChart title={t('metrics.trends.received')} labels={charts.labels} series={charts.received} format={format.count} height={height} />
    </div>
  );
}
