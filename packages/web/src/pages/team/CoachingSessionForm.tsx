import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorsForForm } from '../../graphql/errors';
import { Field, FormErrors } from '../admin/Field';
import { today } from './dates';
import { RecordCoachingSessionMutation } from './queries';
import { useTextError } from './useTextError';
import { limits } from './validation';

/** A coaching session held under an open plan: its date and notes, and whether it completes the plan. */
export function CoachingSessionForm({ planId, period }: { planId: string; period: string }) {
  const { t } = useTranslation();
  const textError = useTextError();
  const initial = { date: today(), notes: '', completesPlan: false };
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [saved, setSaved] = useState(false);
  const [state, record] = useMutation(RecordCoachingSessionMutation);
  const server = errorsForForm(state.error, ['date', 'notes'], t);
  const errors = {
    date: values.date === '' && attempted ? t('team.problems.required') : server.fields.date,
    notes: textError(values.notes, limits.dialogueText, attempted, server.fields.notes),
  };
  const id = (name: string) => `coaching-session-${planId}-${name}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    setSaved(false);
    if (values.date === '' || textError(values.notes, limits.dialogueText, true)) return;
    const result = await record({ input: { planId, date: values.date, notes: values.notes.trim(), completesPlan: values.completesPlan } });
    if (!result.data) return;
    setValues(initial);
    setAttempted(false);
    setSaved(true);
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('team.coaching.sessionFormLabel', { period })}>
      <FormErrors messages={server.form} />
      <Field id={id('date')} label={t('team.coaching.sessionDate')} error={errors.date}>
        {(props) => <input {...props} type="date" max={today()} value={values.date} onChange={(event) => setValues({ ...values, date: event.target.value })} />}
      </Field>
      <Field id={id('notes')} label={t('team.coaching.sessionNotes')} error={errors.notes}>
        {(props) => <textarea {...props} rows={3} value={values.notes} onChange={(event) => setValues({ ...values, notes: event.target.value })} />}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={values.completesPlan} onChange={(event) => setValues({ ...values, completesPlan: event.target.checked })} />
        {t('team.coaching.completesPlan')}
      </label>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('team.saving') : t('team.coaching.recordSession')}
        </button>
      </div>
      {saved && (
        <p className="status" role="status">
          {t('team.coaching.sessionRecorded')}
        </p>
      )}
    </form>
  );
}
