import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { axisTheme, seriesColour, useChart } from './chart';
import { ChartFrame, type ChartProps } from './ChartFrame';

/** Trend lines: one line per series over the periods in `labels`. */
export function LineChart(props: ChartProps) {
  const { t } = useTranslation();
  const { labels, series, format, onDark } = props;
  const theme = axisTheme(onDark);
  const config = useMemo(
    () => ({
      type: 'line' as const,
      data: {
        labels,
        datasets: series.map((line, index) => ({
          label: line.label,
          data: line.values,
          borderColor: seriesColour(line.colour ?? index, onDark),
          backgroundColor: seriesColour(line.colour ?? index, onDark),
          ...(line.dashed ? { borderDash: [6, 4] } : {}),
          pointRadius: labels.length > 40 ? 0 : 2,
          borderWidth: onDark ? 4 : 2,
          spanGaps: true,
          tension: 0.2,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false as const,
        interaction: { mode: 'index' as const, intersect: false },
        scales: { y: { beginAtZero: true, grid: theme.grid, ticks: { ...theme.ticks, callback: (value: string | number) => format(Number(value)) } }, x: { grid: theme.grid, ticks: theme.ticks } },
        plugins: {
          legend: { display: series.length > 1, position: 'bottom' as const, labels: theme.legend },
          tooltip: { callbacks: { label: (item: { dataset: { label?: string }; parsed: { y: number | null } }) => `${item.dataset.label ?? ''}: ${item.parsed.y === null ? t('common.notAvailable') : format(item.parsed.y)}` } },
        },
      },
    }),
    [labels, series, format, onDark, t],
  );
  const canvasRef = useChart(config);
  return <ChartFrame {...props} canvasRef={canvasRef} missing={t('common.notAvailable')} />;
}
