import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { axisTheme, seriesColour, useChart } from './chart';
import { ChartFrame, type ChartProps } from './ChartFrame';

/** Horizontal bars: a ranking or a distribution, one bar per label; `stacked` puts the series end to end. */
export function BarChart(props: ChartProps & { max?: number; stacked?: boolean }) {
  const { t } = useTranslation();
  const { labels, series, format, max, onDark, stacked = false } = props;
  const theme = axisTheme(onDark);
  const config = useMemo(
    () => ({
      type: 'bar' as const,
      data: {
        labels,
        datasets: series.map((bars, index) => ({
          label: bars.label,
          data: bars.values,
          backgroundColor: seriesColour(index, onDark),
          borderRadius: 4,
          maxBarThickness: 36,
        })),
      },
      options: {
        indexAxis: 'y' as const,
        responsive: true,
        maintainAspectRatio: false,
        animation: false as const,
        scales: { x: { stacked, beginAtZero: true, ...(max === undefined ? {} : { max }), grid: theme.grid, ticks: { ...theme.ticks, callback: (value: string | number) => format(Number(value)) } }, y: { stacked, grid: theme.grid, ticks: theme.ticks } },
        plugins: {
          legend: { display: series.length > 1, position: 'bottom' as const, labels: theme.legend },
          tooltip: { callbacks: { label: (item: { dataset: { label?: string }; parsed: { x: number | null } }) => `${item.dataset.label ?? ''}: ${item.parsed.x === null ? t('common.notAvailable') : format(item.parsed.x)}` } },
        },
      },
    }),
    [labels, series, format, max, onDark, stacked, t],
  );
  const canvasRef = useChart(config);
  return <ChartFrame {...props} canvasRef={canvasRef} missing={t('common.notAvailable')} />;
}
