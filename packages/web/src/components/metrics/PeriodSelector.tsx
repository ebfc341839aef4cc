import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { granularities, periodDays, type GranularityParam, type Period } from '../../pages/dashboard/period';

/** Period and granularity of the trend charts; the choice is kept in the URL. */
export function PeriodSelector({ period, onChange }: { period: Period; onChange: (change: { periode?: string; satuan?: string }) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="period-selector" role="group" aria-label={t('metrics.period.label')}>
      <label htmlFor={`${id}-days`}>{t('metrics.period.days')}</label>
      <select id={`${id}-days`} value={period.days} onChange={(event) => onChange({ periode: event.target.value })}>
        {periodDays.map((days) => (
          <option key={days} value={days}>
            {t('metrics.period.lastDays', { count: days })}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-unit`}>{t('metrics.period.unit')}</label>
      <select id={`${id}-unit`} value={period.unit} onChange={(event) => onChange({ satuan: event.target.value })}>
        {(Object.keys(granularities) as GranularityParam[]).map((unit) => (
          <option key={unit} value={unit}>
            {t(`metrics.period.units.${unit}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
