import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { comparisons, granularities, periodDays, type ComparisonParam, type GranularityParam, type Period } from '../../pages/dashboard/period';

/** Period, granularity and comparison of the trend charts; the choice is kept in the URL. */
export function PeriodSelector({ period, onChange }: { period: Period; onChange: (change: { periode?: string; satuan?: string; banding?: string }) => void }) {
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
      <label htmlFor={`${id}-compare`}>{t('insight.compare.label')}</label>
      <select id={`${id}-compare`} value={period.comparison ?? ''} onChange={(event) => onChange({ banding: event.target.value })}>
        <option value="">{t('insight.compare.none')}</option>
        {(Object.keys(comparisons) as ComparisonParam[]).map((comparison) => (
          <option key={comparison} value={comparison}>
            {t(`insight.compare.options.${comparison}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
