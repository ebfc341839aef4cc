import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../../components/QueryStatus';
import { formatDay } from '../../../i18n/format';
import { FormErrors } from '../../admin/Field';
import { workErrors } from '../errors';
import { FileLink } from '../FileField';
import { useWorkYear } from '../useWorkYear';
import { useEmployee } from '../WorkLayout';
import { CancelEnrolment } from './CancelEnrolment';
import { CompleteTrainingForm } from './CompleteTrainingForm';
import { EnrolInTrainingMutation, MyTrainingQuery, trainingContext, type MyTrainingData, type Programme } from './queries';

/** Training: my lesson hours (JP) this year against the annual target, my enrolments, and programmes suggested for my gaps. */
export function TrainingPage() {
  const { t, i18n } = useTranslation();
  const year = useWorkYear();
  usePageTitle(t('work.training.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyTrainingQuery, variables: { year }, context: trainingContext });

  return (
    <section aria-labelledby="training-title">
      <h1 id="training-title">{t('work.training.title')}</h1>
      {error && !data && <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <Hours hours={data.myTrainingHours} />
          <section aria-labelledby="enrolments-title">
            <h2 id="enrolments-title">{t('work.training.enrolmentsTitle', { year })}</h2>
            {data.myTrainingEnrolments.length === 0 ? (
              <Empty>{t('work.training.noEnrolments')}</Empty>
            ) : (
              <ul className="plain-list">
                {data.myTrainingEnrolments.map((enrolment) => (
                  <li key={enrolment.id} className="panel">
                    <ProgrammeSummary programme={enrolment.programme} />
                    <p>
                      <strong>{t(`work.training.statuses.${enrolment.status}`)}</strong>
                      {enrolment.completedOn && ` · ${t('work.training.completedAt', { date: formatDay(enrolment.completedOn, i18n.language), hours: enrolment.hours })}`}
                    </p>
                    {(enrolment.certificateFile || enrolment.certificateUrl) && (
                      <p>
                        {t('work.training.certificate')}:{' '}
                        {enrolment.certificateFile && <FileLink file={enrolment.certificateFile} />}
                        {enrolment.certificateFile && enrolment.certificateUrl && ' · '}
                        {enrolment.certificateUrl && (
                          <a href={enrolment.certificateUrl} target="_blank" rel="noopener noreferrer">
                            {t('work.training.openCertificate')}
                          </a>
                        )}
                      </p>
                    )}
                    {enrolment.status === 'ENROLLED' && (
                      <>
                        <CompleteTrainingForm enrolmentId={enrolment.id} startDate={enrolment.programme.startDate} />
                        <CancelEnrolment enrolmentId={enrolment.id} title={enrolment.programme.title} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <Recommendations needs={data.myTrainingNeeds} />
        </>
      )}
    </section>
  );
}

function Hours({ hours }: { hours: MyTrainingData['myTrainingHours'] }) {
  const { t } = useTranslation();
  return (
    <section className={hours.met ? 'status status--ok' : 'panel'} aria-labelledby="hours-title">
      <h2 id="hours-title">{t('work.training.hoursTitle', { year: hours.year })}</h2>
      <p>
        <strong>{t('work.training.hoursOfTarget', { hours: hours.hours, target: hours.targetHours })}</strong>
      </p>
      <progress max={hours.targetHours} value={Math.min(hours.hours, hours.targetHours)} aria-label={t('work.training.hoursTitle', { year: hours.year })} />
      <p>{hours.met ? t('work.training.targetMet') : t('work.training.remaining', { hours: hours.remainingHours })}</p>
    </section>
  );
}

function ProgrammeSummary({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h3>{programme.title}</h3>
      <p className="muted">
        {formatDay(programme.startDate, i18n.language)} – {formatDay(programme.endDate, i18n.language)} · {programme.provider} · {t(`work.training.deliveries.${programme.delivery}`)} ·{' '}
        {t('work.training.jp', { hours: programme.hours })}
      </p>
    </>
  );
}

function Recommendations({ needs }: { needs: MyTrainingData['myTrainingNeeds'] }) {
  const { t } = useTranslation();
  const employee = useEmployee();
  const [state, enrol] = useMutation(EnrolInTrainingMutation);
  const server = workErrors(state.error, [], t);
  return (
    <section aria-labelledby="recommendations-title">
      <h2 id="recommendations-title">{t('work.training.recommendationsTitle')}</h2>
      <p className="lead">{t('work.training.recommendationsIntro')}</p>
      {needs.gaps.length > 0 && (
        <ul>
          {needs.gaps.map((gap) => (
            <li key={gap.competency.id}>
              {gap.competency.name} — {gap.reasons.map((reason) => t(`work.training.gapReasons.${reason}`)).join('; ')}
            </li>
          ))}
        </ul>
      )}
      <FormErrors messages={server.form} />
      {needs.recommendations.length === 0 ? (
        <Empty>{t('work.training.noRecommendations')}</Empty>
      ) : (
        <ul className="plain-list">
          {needs.recommendations.map(({ programme, closes }) => (
            <li key={programme.id} className="panel">
              <ProgrammeSummary programme={programme} />
              <p>{t('work.training.closes', { competencies: closes.map((competency) => competency.name).join(', ') })}</p>
              <button type="button" className="button" disabled={state.fetching} onClick={() => void enrol({ input: { programmeId: programme.id, employeeId: employee.id } }, trainingContext)}>
                {t('work.training.enrol')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
