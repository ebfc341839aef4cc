import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { seriesColours, useChart } from './chart';
import { ChartFrame, type ChartProps } from './ChartFrame';

/** Horizontal bars: a ranking or a distribution, one bar per label. */
export function BarChart(props: ChartProps & { max?: number }) {
  const { t } = useTranslation();
  const { labels, series, format, max } = props;
  const config = useMemo(
    () => ({
      type: 'bar' as const,
      data: {
        labels,
        datasets: series.map((bars, index) => ({
          label: bars.label,
          data: bars.values,
          backgroundColor: seriesColours[index % seriesColours.length],
          borderRadius: 4,
          maxBarThickness: 36,
        })),
      },
      options: {
        indexAxis: 'y' as const,
        responsive: true,
        maintainAspectRatio: false,
        animation: false as const,
        scales: { x: { beginAtZero: true, ...(max === undefined ? {} : { max }), ticks: { callback: (value: string | number) => format(Number(value)) } } },
        plugins: {
          legend: { display: series.length > 1, position: 'bottom' as const },
          tooltip: { callbacks: { label: (item: { dataset: { label?: string }; parsed: { x: number | null } }) => `${item.dataset.label ?? ''}: ${item.parsed.x === null ? t('common.notAvailable') : format(item.parsed.x)}` } },
        },
      },
    }),
    [labels, series, format, max, t],
  );
  const canvasRef = useChart(config);
  return <ChartFrame {...props} canvasRef={canvasRef} missing={t('common.notAvailable')} />;
}
