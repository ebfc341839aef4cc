import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorsForForm } from '../../graphql/errors';
import { Field, FormErrors } from '../admin/Field';
import { CreateCoachingPlanMutation } from './queries';
import { useTextError } from './useTextError';
import { limits } from './validation';

/** A coaching plan after a final rating below Baik: goals, actions and a due date. */
export function CoachingPlanForm({ appraisalId, period }: { appraisalId: string; period: string }) {
  const { t } = useTranslation();
  const textError = useTextError();
  const [values, setValues] = useState({ goals: '', actions: '', dueDate: '' });
  const [attempted, setAttempted] = useState(false);
  const [state, create] = useMutation(CreateCoachingPlanMutation);
  const server = errorsForForm(state.error, ['goals', 'actions', 'dueDate'], t);
  const errors = {
    goals: textError(values.goals, limits.dialogueText, attempted, server.fields.goals),
    actions: textError(values.actions, limits.dialogueText, attempted, server.fields.actions),
    dueDate: values.dueDate === '' && attempted ? t('team.problems.required') : server.fields.dueDate,
  };
  const id = (name: string) => `coaching-${appraisalId}-${name}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (values.dueDate === '' || textError(values.goals, limits.dialogueText, true) || textError(values.actions, limits.dialogueText, true)) return;
    await create({ input: { appraisalId, goals: values.goals.trim(), actions: values.actions.trim(), dueDate: values.dueDate } });
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('team.coaching.formLabel', { period })}>
      <FormErrors messages={server.form} />
      <Field id={id('goals')} label={t('team.coaching.goals')} error={errors.goals}>
        {(props) => <textarea {...props} rows={2} value={values.goals} onChange={(event) => setValues({ ...values, goals: event.target.value })} />}
      </Field>
      <Field id={id('actions')} label={t('team.coaching.actions')} error={errors.actions}>
        {(props) => <textarea {...props} rows={2} value={values.actions} onChange={(event) => setValues({ ...values, actions: event.target.value })} />}
      </Field>
      <Field id={id('dueDate')} label={t('team.coaching.dueDate')} error={errors.dueDate}>
        {(props) => <input {...props} type="date" value={values.dueDate} onChange={(event) => setValues({ ...values, dueDate: event.target.value })} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('team.saving') : t('team.coaching.submit')}
        </button>
      </div>
    </form>
  );
}
