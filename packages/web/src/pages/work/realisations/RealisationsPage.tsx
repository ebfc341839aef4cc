import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../../components/QueryStatus';
import { formatDate, formatDateTime, formatNumber } from '../../../i18n/format';
import { MyRealisationsQuery, type Period } from '../queries';
import { useWorkYear } from '../useWorkYear';
import { FileLink } from '../FileField';
import { RealisationForm } from './RealisationForm';

/** Realisations recorded for the first time add no typename the query already holds. */
const realisationsContext = { additionalTypenames: ['Realisation'] };

/** The open period if there is one, else the latest that has started. */
function defaultPeriod(periods: Period[]): Period | undefined {
  return periods.find((period) => period.status === 'OPEN') ?? periods.filter((period) => period.status === 'CLOSED').at(-1) ?? periods[0];
}

/** Realisations: per period and indicator, the realised value with its evidence. */
export function RealisationsPage() {
  const { t, i18n } = useTranslation();
  const year = useWorkYear();
  usePageTitle(t('work.realisations.title'));
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyRealisationsQuery, variables: { year }, context: realisationsContext });
  const employee = data?.me?.employee;
  const periods = employee?.agency.performanceYear?.periods ?? [];
  const period = periods.find((candidate) => candidate.id === params.get('periode')) ?? defaultPeriod(periods);
  const skp = employee?.skp;
  const editable = skp?.status === 'APPROVED' && period?.status === 'OPEN';

  return (
    <section aria-labelledby="realisations-title">
      <h1 id="realisations-title">{t('work.realisations.title')}</h1>
      {error && !data && <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {employee && !skp && <Empty>{t('work.realisations.noSkp', { year })}</Empty>}
      {skp && period && (
        <>
          <div className="field period-field">
            <label htmlFor="realisation-period">{t('work.realisations.period')}</label>
            <select id="realisation-period" value={period.id} onChange={(event) => setParams({ periode: event.target.value }, { replace: true })}>
              {periods.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.code} ({t(`work.periodStatuses.${candidate.status}`)})
                </option>
              ))}
            </select>
          </div>
          <p className="muted">
            {formatDate(period.startDate, i18n.language, { timeZone: 'UTC' })} – {formatDate(period.endDate, i18n.language, { timeZone: 'UTC' })}
          </p>
          {!editable && (
            <p className="status">{skp.status !== 'APPROVED' ? t('work.realisations.skpNotApproved') : t(`work.realisations.period${period.status}`)}</p>
          )}
          {skp.rhk.map((rhk) => (
            <section key={rhk.id} className="panel" aria-labelledby={`realisation-rhk-${rhk.id}`}>
              <h2 id={`realisation-rhk-${rhk.id}`}>
                {rhk.title} <span className="muted">({t(`work.skp.kinds.${rhk.kind}`)})</span>
              </h2>
              {rhk.indicators.map((indicator) => {
                const current = indicator.realisations.find((row) => row.period.id === period.id);
                return (
                  <article key={indicator.id} className="indicator" aria-label={indicator.description}>
                    <h3>{indicator.description}</h3>
                    <dl className="facts">
                      <div>
                        <dt>{t('work.skp.aspect')}</dt>
                        <dd>{t(`work.skp.aspects.${indicator.aspect}`)}</dd>
                      </div>
                      <div>
                        <dt>{t('work.skp.target')}</dt>
                        <dd>
                          {formatNumber(indicator.target, i18n.language)} {indicator.unit}
                        </dd>
                      </div>
                      <div>
                        <dt>{t('work.realisations.realised')}</dt>
                        <dd>{current ? `${formatNumber(current.value, i18n.language)} ${indicator.unit}` : t('work.realisations.notYet')}</dd>
                      </div>
                      {(current?.evidenceUrl || current?.evidenceFile) && (
                        <div>
                          <dt>{t('work.realisations.evidence')}</dt>
                          <dd>
                            {current.evidenceUrl && (
                              <a href={current.evidenceUrl} target="_blank" rel="noopener noreferrer">
                                {t('work.realisations.openEvidence')}
                              </a>
                            )}
                            {current.evidenceUrl && current.evidenceFile && ' · '}
                            {current.evidenceFile && <FileLink file={current.evidenceFile} />}
                          </dd>
                        </div>
                      )}
                      {current && (
                        <div>
                          <dt>{t('work.realisations.updatedAt')}</dt>
                          <dd>{formatDateTime(current.updatedAt, i18n.language)}</dd>
                        </div>
                      )}
                    </dl>
                    {editable && <RealisationForm key={`${indicator.id}-${period.id}`} indicatorId={indicator.id} periodId={period.id} current={current} unit={indicator.unit} />}
                  </article>
                );
              })}
            </section>
          ))}
        </>
      )}
    </section>
  );
}
