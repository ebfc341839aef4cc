import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { LineChart } from '../charts/LineChart';
import type { MetricsReport } from './types';
import { alignSeries } from './trends';
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

/** Trend lines of processing time, on-time share and requests received, one line per group. */
export function TrendCharts({ lines, granularity, height = 220 }: { lines: TrendLine[]; granularity: 'DAY' | 'WEEK' | 'MONTH'; height?: number }) {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  const format = useMetricFormat();
  const charts = useMemo(() => {
    const median = alignSeries(lines, (entry) => entry.medianWorkingDays);
    const share = alignSeries(lines, (entry) => entry.withinStandardShare);
    const received = alignSeries(lines, (entry) => entry.received);
    const labels = median.periods.map((day) => formatDay(day, { dateStyle: undefined, ...labelFormats[granularity] }));
    return { labels, median: median.series, share: share.series, received: received.series };
    // formatDay is rebuilt every render; it changes only with the language, as `t` does.
  }, [lines, granularity, t]);
  return (
    <div className="chart-grid">
      <LineChart title={t('metrics.trends.medianDays')} labels={charts.labels} series={charts.median} format={format.decimal} height={height} />
      <LineChart title={t('metrics.trends.withinStandard')} labels={charts.labels} series={charts.share} format={format.share} height={height} />
      <LineChart title={t('metrics.trends.received')} labels={charts.labels} series={charts.received} format={format.count} height={height} />
    </div>
  );
}
