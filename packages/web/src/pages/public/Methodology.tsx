import { useTranslation } from 'react-i18next';

export const indicatorKeys = ['medianDays', 'withinStandard', 'received', 'throughput', 'openBacklog', 'overdue', 'ikm'] as const;

/** Satu Data Indonesia metadata of each indicator: definition, unit, formula, period, producer. */
export function Methodology() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="methodology" className="methodology">
      <h2 id="methodology">{t('public.methodology.heading')}</h2>
      <p>{t('public.methodology.intro')}</p>
      {indicatorKeys.map((key) => (
        <section key={key} aria-labelledby={`method-${key}`}>
          <h3 id={`method-${key}`}>{t(`metrics.indicators.${key}.name`)}</h3>
          <dl className="facts facts--stacked">
            {(['definition', 'unit', 'formula', 'period'] as const).map((field) => (
              <div key={field}>
                <dt>{t(`public.methodology.${field}`)}</dt>
                <dd>{t(`metrics.indicators.${key}.${field}`)}</dd>
              </div>
            ))}
            <div>
              <dt>{t('public.methodology.producer')}</dt>
              <dd>{t('public.methodology.producerText')}</dd>
            </div>
          </dl>
        </section>
      ))}
      <p>{t('public.methodology.suppression')}</p>
    </section>
  );
}
