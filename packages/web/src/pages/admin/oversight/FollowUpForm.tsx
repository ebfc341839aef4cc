import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorsForForm } from '../../../graphql/errors';
import { useTextError } from '../../team/useTextError';
import { limits } from '../../team/validation';
import { Field, FormErrors } from '../Field';
import { oversightContext, UpdateFollowUpMutation, type FollowUpStatus, type OversightVisit } from './queries';

/** Records progress on a visit's follow-up: its status, a note, and optionally a new due date. DONE closes it. */
export function FollowUpForm({ visit }: { visit: OversightVisit }) {
  const { t } = useTranslation();
  const textError = useTextError();
  const [values, setValues] = useState({ status: visit.followUpStatus as FollowUpStatus, note: '', dueDate: '' });
  const [attempted, setAttempted] = useState(false);
  const [state, update] = useMutation(UpdateFollowUpMutation);
  const server = errorsForForm(state.error, ['status', 'note', 'dueDate'], t);
  const dueBeforeVisit = values.dueDate !== '' && values.dueDate < visit.visitedOn;
  const errors = {
    note: textError(values.note, limits.followUpNote, attempted, server.fields.note),
    dueDate: dueBeforeVisit ? t('oversight.problems.beforeVisit') : server.fields.dueDate,
  };
  const id = (name: string) => `follow-up-${visit.id}-${name}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (dueBeforeVisit || textError(values.note, limits.followUpNote, true)) return;
    await update({ input: { visitId: visit.id, status: values.status, note: values.note.trim(), dueDate: values.dueDate || null } }, oversightContext);
  };

  return (
    <form className="form form--inset" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('oversight.updateLabel', { unit: visit.unit.name })}>
      <FormErrors messages={server.form} />
      <div className="form__row">
        <Field id={id('status')} label={t('oversight.status')} error={server.fields.status}>
          {(props) => (
            <select {...props} value={values.status} onChange={(event) => setValues({ ...values, status: event.target.value as FollowUpStatus })}>
              {(['OPEN', 'IN_PROGRESS', 'DONE'] as const).map((status) => (
                <option key={status} value={status}>
                  {t(`oversight.statuses.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('due')} label={t('oversight.newDueDate')} hint={t('oversight.newDueDateHint')} error={errors.dueDate}>
          {(props) => <input {...props} type="date" min={visit.visitedOn} value={values.dueDate} onChange={(event) => setValues({ ...values, dueDate: event.target.value })} />}
        </Field>
      </div>
      <Field id={id('note')} label={t('oversight.note')} error={errors.note}>
        {(props) => <textarea {...props} rows={2} value={values.note} onChange={(event) => setValues({ ...values, note: event.target.value })} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('team.saving') : t('oversight.update')}
        </button>
      </div>
    </form>
  );
}
