import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../charts/BarChart';
import type { AgencyHeadline } from './types';
import { useMetricFormat } from './useMetricFormat';

/** Agencies ranked by the share of requests completed within the standard. */
export function Ranking({ agencies, height, onDark }: { agencies: AgencyHeadline[]; height?: number; onDark?: boolean }) {
  const { t } = useTranslation();
  const format = useMetricFormat();
  const ranked = useMemo(
    () => [...agencies].sort((a, b) => (b.metrics.withinStandardShare ?? -1) - (a.metrics.withinStandardShare ?? -1)),
    [agencies],
  );
  const labels = useMemo(() => ranked.map((agency) => agency.shortName), [ranked]);
  const series = useMemo(
    () => [{ label: t('metrics.indicators.withinStandard.name'), values: ranked.map((agency) => agency.metrics.withinStandardShare) }],
    [ranked, t],
  );
  return <BarChart title={t('metrics.ranking')} labels={labels} series={series} format={format.share} max={1} height={height ?? Math.max(120, 56 * labels.length)} onDark={onDark} />;
}
