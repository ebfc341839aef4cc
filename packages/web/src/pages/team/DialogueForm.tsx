import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorsForForm } from '../../graphql/errors';
import { Field, FormErrors } from '../admin/Field';
import { today } from './dates';
import { RecordDialogueMutation } from './queries';
import { useTextError } from './useTextError';
import { limits } from './validation';

const FIELDS = ['date', 'topics', 'agreedActions', 'followUpDate'] as const;

/** Records a dialog kinerja: when, what was discussed, what was agreed, and when to follow up. */
export function DialogueForm({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const textError = useTextError();
  const [values, setValues] = useState({ date: today(), topics: '', agreedActions: '', followUpDate: '' });
  const [attempted, setAttempted] = useState(false);
  const [saved, setSaved] = useState(false);
  const [state, record] = useMutation(RecordDialogueMutation);
  const server = errorsForForm(state.error, FIELDS, t);
  const errors = {
    date: values.date === '' && attempted ? t('team.problems.required') : server.fields.date,
    topics: textError(values.topics, limits.dialogueText, attempted, server.fields.topics),
    agreedActions: textError(values.agreedActions, limits.dialogueText, attempted, server.fields.agreedActions),
    followUpDate: values.followUpDate !== '' && values.followUpDate < values.date ? t('team.dialogue.followUpBefore') : server.fields.followUpDate,
  };
  const set = (field: (typeof FIELDS)[number], value: string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (values.date === '' || textError(values.topics, limits.dialogueText, true) || textError(values.agreedActions, limits.dialogueText, true) || errors.followUpDate) return;
    const { followUpDate, ...rest } = values;
    const result = await record({ input: { employeeId, ...rest, topics: rest.topics.trim(), agreedActions: rest.agreedActions.trim(), ...(followUpDate ? { followUpDate } : {}) } });
    if (result.data) {
      setValues({ date: today(), topics: '', agreedActions: '', followUpDate: '' });
      setAttempted(false);
      setSaved(true);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="dialogue-form-title">
      <h3 id="dialogue-form-title">{t('team.dialogue.formTitle')}</h3>
      <FormErrors messages={server.form} />
      <div className="form__row">
        <Field id="dialogue-date" label={t('team.dialogue.date')} error={errors.date}>
          {(props) => <input {...props} type="date" value={values.date} onChange={(event) => set('date', event.target.value)} />}
        </Field>
        <Field id="dialogue-followUp" label={t('team.dialogue.followUpDate')} error={errors.followUpDate}>
          {(props) => <input {...props} type="date" value={values.followUpDate} onChange={(event) => set('followUpDate', event.target.value)} />}
        </Field>
      </div>
      <Field id="dialogue-topics" label={t('team.dialogue.topics')} error={errors.topics}>
        {(props) => <textarea {...props} rows={3} value={values.topics} onChange={(event) => set('topics', event.target.value)} />}
      </Field>
      <Field id="dialogue-actions" label={t('team.dialogue.agreedActions')} error={errors.agreedActions}>
        {(props) => <textarea {...props} rows={3} value={values.agreedActions} onChange={(event) => set('agreedActions', event.target.value)} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('team.saving') : t('team.dialogue.submit')}
        </button>
        <span role="status">{saved ? t('team.dialogue.saved') : ''}</span>
      </div>
    </form>
  );
}
