import { useTranslation } from 'react-i18next';
import type { IkmFigures, MetricsFigures } from './types';
import { useMetricFormat } from './useMetricFormat';

/** The headline figures as large tiles (fixed size: numbers change, the layout does not); IKM when asked. */
export function KpiTiles({ metrics, ikm, standard, withIkm = false }: { metrics: MetricsFigures; ikm?: IkmFigures; standard?: string; withIkm?: boolean }) {
  const { t } = useTranslation();
  const format = useMetricFormat();
  const tiles: Array<{ key: string; label: string; value: string; note?: string; alert?: boolean }> = [
    { key: 'medianDays', label: t('metrics.indicators.medianDays.name'), value: format.days(metrics.medianWorkingDays), note: standard ? t('metrics.standard', { standard }) : undefined },
    { key: 'withinStandard', label: t('metrics.indicators.withinStandard.name'), value: format.share(metrics.withinStandardShare) },
    { key: 'received', label: t('metrics.indicators.received.name'), value: format.count(metrics.received) },
    { key: 'throughput', label: t('metrics.indicators.throughput.name'), value: format.decimal(metrics.throughputPerDay) },
    { key: 'openBacklog', label: t('metrics.indicators.openBacklog.name'), value: format.count(metrics.openBacklog) },
    { key: 'overdue', label: t('metrics.indicators.overdue.name'), value: format.count(metrics.overdue), alert: Boolean(metrics.overdue) },
  ];
  if (withIkm) {
    tiles.push({
      key: 'ikm',
      label: t('metrics.indicators.ikm.name'),
      value: format.ikmGrade(ikm),
      note: ikm?.responses == null ? undefined : t('metrics.responses', { count: format.count(ikm.responses) }),
    });
  }
  return (
    <dl className="kpi-tiles">
      {tiles.map((tile) => (
        <div key={tile.key} className={tile.alert ? 'kpi kpi--alert' : 'kpi'} data-figure={tile.key}>
          <dt>{tile.label}</dt>
          <dd>
            <span className="kpi__value">{tile.value}</span>
            {tile.note && <span className="kpi__note">{tile.note}</span>}
          </dd>
        </div>
      ))}
      {metrics.suppressed && <p className="footnote">{t('metrics.suppressed')}</p>}
    </dl>
  );
}
