import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Empty, ErrorMessage } from '../../../components/QueryStatus';
import { formatDateTime } from '../../../i18n/format';
import { Field, FormErrors } from '../../admin/Field';
import { workErrors } from '../errors';
import { AddFeedbackMutation, RhkThreadQuery, type Period, type RhkKind } from '../queries';
import { lengthProblem, useForm } from '../useForm';
import { SubmitButton } from '../SubmitButton';

/** An empty thread holds no RhkFeedback for a new message to refresh. */
const threadContext = { additionalTypenames: ['RhkFeedback'] };

/** The continuous feedback thread (umpan balik) with the superior, on one RHK in one period. */
export function FeedbackThread({ year, periods, rhk }: { year: number; periods: Period[]; rhk: Array<{ id: string; kind: RhkKind; title: string }> }) {
  const { t, i18n } = useTranslation();
  const [periodId, setPeriodId] = useState(periods.find((period) => period.status === 'OPEN')?.id ?? periods.at(-1)?.id ?? '');
  const [rhkId, setRhkId] = useState(rhk[0]?.id ?? '');
  const [{ data, error }] = useQuery({ query: RhkThreadQuery, variables: { year, periodId }, pause: periodId === '', context: threadContext });
  const messages = data?.me?.employee?.skp?.rhk.find((item) => item.id === rhkId)?.feedback ?? [];
  const open = periods.find((period) => period.id === periodId)?.status === 'OPEN';
  if (rhk.length === 0 || periods.length === 0) return <Empty>{t('work.feedback.threadUnavailable')}</Empty>;

  return (
    <div className="panel">
      <div className="form__row">
        <div className="field">
          <label htmlFor="thread-rhk">{t('work.feedback.threadRhk')}</label>
          <select id="thread-rhk" value={rhkId} onChange={(event) => setRhkId(event.target.value)}>
            {rhk.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="thread-period">{t('work.realisations.period')}</label>
          <select id="thread-period" value={periodId} onChange={(event) => setPeriodId(event.target.value)}>
            {periods.map((period) => (
              <option key={period.id} value={period.id}>
                {period.code} ({t(`work.periodStatuses.${period.status}`)})
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && <ErrorMessage error={error} />}
      {messages.length === 0 ? (
        <p className="muted">{t('work.feedback.threadEmpty')}</p>
      ) : (
        <ol className="thread" aria-label={t('work.feedback.threadMessages')}>
          {messages.map((message) => (
            <li key={`${message.createdAt}-${message.authorName}`}>
              <p className="thread__meta">
                <strong>{message.authorName}</strong> · <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, i18n.language)}</time>
              </p>
              <p>{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      {open && <ThreadReply key={`${rhkId}-${periodId}`} rhkId={rhkId} periodId={periodId} />}
    </div>
  );
}

function ThreadReply({ rhkId, periodId }: { rhkId: string; periodId: string }) {
  const { t } = useTranslation();
  const form = useForm({ body: '' }, (values) => {
    const body = lengthProblem(values.body, 2, 4000);
    return body ? { body } : {};
  });
  const [state, add] = useMutation(AddFeedbackMutation);
  const server = workErrors(state.error, ['body'], t);
  const onSubmit = form.submit(async () => {
    const result = await add({ input: { rhkId, periodId, body: form.values.body.trim() } }, { additionalTypenames: ['RhkFeedback'] });
    if (!result.error) form.reset();
  });
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('work.feedback.reply')}>
      <FormErrors messages={server.form} />
      <Field id="thread-body" label={t('work.feedback.message')} error={form.errorFor('body', server.fields)}>
        {(props) => <textarea {...props} rows={3} value={form.values.body} onChange={(event) => form.set('body', event.target.value)} onBlur={() => form.touch('body')} />}
      </Field>
      <SubmitButton busy={state.fetching} label={t('work.feedback.reply')} />
    </form>
  );
}
