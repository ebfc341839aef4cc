import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Empty } from '../../../components/QueryStatus';
import { formatDate } from '../../../i18n/format';
import { RateCoachingSessionMutation, type CoachingPlan } from '../queries';
import { ScoreForm } from '../ScoreForm';

/** My coaching plans with their sessions; each session is rated once by me. */
export function CoachingPlans({ plans }: { plans: CoachingPlan[] }) {
  const { t, i18n } = useTranslation();
  if (plans.length === 0) return <Empty>{t('work.coaching.none')}</Empty>;
  const day = (date: string) => formatDate(date, i18n.language, { timeZone: 'UTC' });
  return (
    <ul className="plain-list">
      {plans.map((plan) => (
        <li key={plan.id} className="panel">
          <h3>{t('work.coaching.plan', { date: day(plan.dueDate) })}</h3>
          <p className="muted">{t(`work.coaching.statuses.${plan.status}`)}</p>
          <p>
            <strong>{t('work.coaching.goals')}:</strong> {plan.goals}
          </p>
          <p>
            <strong>{t('work.coaching.actions')}:</strong> {plan.actions}
          </p>
          {plan.sessions.length === 0 ? (
            <p className="muted">{t('work.coaching.noSessions')}</p>
          ) : (
            <ol className="plain-list">
              {plan.sessions.map((session) => (
                <li key={session.id} className="coaching-session">
                  <h4>{t('work.coaching.session', { date: day(session.date) })}</h4>
                  <p>{session.notes}</p>
                  {session.employeeScore !== null ? (
                    <p>
                      {t('work.coaching.myRating', { score: session.employeeScore })}
                      {session.employeeComment && ` — ${session.employeeComment}`}
                    </p>
                  ) : (
                    <RateSessionForm sessionId={session.id} />
                  )}
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ul>
  );
}

function RateSessionForm({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [state, rate] = useMutation(RateCoachingSessionMutation);
  return (
    <ScoreForm
      id={`session-${sessionId}`}
      legend={t('work.coaching.rating')}
      submitLabel={t('work.coaching.rate')}
      busy={state.fetching}
      error={state.error}
      onSubmit={(score, comment) => void rate({ input: { sessionId, score, comment } })}
    />
  );
}
