import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Field, FormErrors } from '../../admin/Field';
import { addDays, endOfDayWib, today } from '../dates';
import { workErrors } from '../errors';
import { RequestFeedbackMutation, type RaterCandidate } from '../queries';
import { lengthProblem, useForm, type Problems } from '../useForm';
import { SubmitButton } from '../SubmitButton';

const FIELDS = ['topic', 'raterIds', 'anonymous', 'expiresAt'] as const;
type RequestField = (typeof FIELDS)[number];
type Values = { topic: string; raterIds: string; anonymous: boolean; expiresAt: string };

/** The server's rules: a topic of 5–500 characters, 1–30 raters, an expiry after today. */
export function feedbackRequestProblems(values: Values, now: string): Problems<RequestField> {
  const problems: Problems<RequestField> = {};
  const topic = lengthProblem(values.topic, 5, 500);
  if (topic) problems.topic = topic;
  const raters = values.raterIds.split(',').filter(Boolean).length;
  if (raters < 1 || raters > 30) problems.raterIds = 'raters';
  if (values.expiresAt === '') problems.expiresAt = 'required';
  else if (values.expiresAt < now) problems.expiresAt = 'date';
  return problems;
}

/**
 * Asks colleagues for 360-degree feedback about oneself, chosen from those the API offers (the
 * direct superior, peers, direct subordinates), each with their position and relation.
 */
export function RequestFeedbackForm({ subjectId, colleagues }: { subjectId: string; colleagues: RaterCandidate[] }) {
  const { t } = useTranslation();
  const now = today();
  const form = useForm<Values>({ topic: '', raterIds: '', anonymous: true, expiresAt: addDays(now, 14) }, (values) => feedbackRequestProblems(values, now));
  const [state, request] = useMutation(RequestFeedbackMutation);
  const server = workErrors(state.error, FIELDS, t);
  const chosen = new Set(form.values.raterIds.split(',').filter(Boolean));
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    form.set('raterIds', [...next].join(','));
    form.touch('raterIds');
  };
  const ratersError = form.errorFor('raterIds', server.fields);

  const onSubmit = form.submit(async () => {
    const { topic, anonymous, expiresAt } = form.values;
    const result = await request(
      { input: { subjectId, topic: topic.trim(), raterIds: [...chosen], anonymous, expiresAt: endOfDayWib(expiresAt) } },
      { additionalTypenames: ['FeedbackRequest'] },
    );
    if (!result.error) form.reset();
  });

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-labelledby="request-feedback-title">
      <h3 id="request-feedback-title">{t('work.feedback.requestTitle')}</h3>
      <FormErrors messages={server.form} />
      <Field id="feedback-topic" label={t('work.feedback.topic')} error={form.errorFor('topic', server.fields)}>
        {(props) => <input {...props} value={form.values.topic} onChange={(event) => form.set('topic', event.target.value)} onBlur={() => form.touch('topic')} autoComplete="off" />}
      </Field>
      <fieldset className="choice-group" aria-describedby={ratersError ? 'feedback-raters-error' : undefined} aria-invalid={ratersError ? true : undefined}>
        <legend>{t('work.feedback.raters')}</legend>
        {colleagues.length === 0 && <p className="muted">{t('work.feedback.noColleagues')}</p>}
        {colleagues.map((colleague) => (
          <label key={colleague.employeeId} className="choice">
            <input type="checkbox" checked={chosen.has(colleague.employeeId)} onChange={() => toggle(colleague.employeeId)} /> {colleague.name}{' '}
            <span className="muted">
              ({colleague.positionTitle} · {t(`work.feedback.relations.${colleague.relation}`)})
            </span>
          </label>
        ))}
        <p className="field__hint">{t('work.feedback.ratersHint')}</p>
        <p id="feedback-raters-error" className="field__error" aria-live="polite">
          {ratersError}
        </p>
      </fieldset>
      <div className="form__row">
        <Field id="feedback-expires" label={t('work.feedback.expiresAt')} error={form.errorFor('expiresAt', server.fields)}>
          {(props) => <input {...props} type="date" min={now} value={form.values.expiresAt} onChange={(event) => form.set('expiresAt', event.target.value)} onBlur={() => form.touch('expiresAt')} />}
        </Field>
        <label className="choice">
          <input type="checkbox" checked={form.values.anonymous} onChange={(event) => form.set('anonymous', event.target.checked)} /> {t('work.feedback.anonymous')}
        </label>
      </div>
      <SubmitButton busy={state.fetching} label={t('work.feedback.send')} />
    </form>
  );
}
