import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Field, FormErrors } from '../../admin/Field';
import { workErrors } from '../errors';
import { SelfAssessmentMutation } from '../queries';
import { lengthProblem, useForm } from '../useForm';
import { SubmitButton } from '../SubmitButton';

/** The self-assessment that starts a period's appraisal; it can be revised until the superior rates. */
export function SelfAssessmentForm({ skpId, periodId, periodCode, current }: { skpId: string; periodId: string; periodCode: string; current: string }) {
  const { t } = useTranslation();
  const form = useForm({ selfAssessment: current }, (values) => {
    const selfAssessment = lengthProblem(values.selfAssessment, 10, 4000);
    return selfAssessment ? { selfAssessment } : {};
  });
  const [state, submit] = useMutation(SelfAssessmentMutation);
  const server = workErrors(state.error, ['selfAssessment', 'periodId'], t);
  const onSubmit = form.submit(async () => {
    await submit({ input: { skpId, periodId, selfAssessment: form.values.selfAssessment.trim() } }, { additionalTypenames: ['Appraisal'] });
  });
  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-labelledby={`self-${periodId}`}>
      <h3 id={`self-${periodId}`}>{t('work.appraisals.selfTitle', { code: periodCode })}</h3>
      <FormErrors messages={[...server.form, ...(server.fields.periodId ? [server.fields.periodId] : [])]} />
      <Field id={`self-${periodId}-text`} label={t('work.appraisals.selfAssessment')} hint={t('work.appraisals.selfHint')} error={form.errorFor('selfAssessment', server.fields)}>
        {(props) => <textarea {...props} rows={4} value={form.values.selfAssessment} onChange={(event) => form.set('selfAssessment', event.target.value)} onBlur={() => form.touch('selfAssessment')} />}
      </Field>
      <SubmitButton busy={state.fetching} label={t('work.appraisals.sendSelf')} />
    </form>
  );
}
