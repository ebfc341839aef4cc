import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorsForForm } from '../../../graphql/errors';
import { nodes } from '../../../graphql/types';
import { today } from '../../work/dates';
import { useTextError } from '../../team/useTextError';
import { limits } from '../../team/validation';
import { Field, FormErrors } from '../Field';
import { EmployeeOptionsQuery, meritContext, RecogniseMutation, type RecognitionKind } from './queries';

const FIELDS = ['employeeId', 'kind', 'title', 'citation', 'awardedOn'] as const;

/** The agency administrator recognises an employee: employee of the month (one per month) or an award. */
export function RecognitionForm({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const textError = useTextError();
  const [search, setSearch] = useState('');
  const [values, setValues] = useState({ employeeId: '', kind: 'EMPLOYEE_OF_THE_MONTH' as RecognitionKind, title: '', citation: '', awardedOn: today() });
  const [attempted, setAttempted] = useState(false);
  const [options] = useQuery({ query: EmployeeOptionsQuery, variables: { agencyId, search: search.trim() || null } });
  const [state, recognise] = useMutation(RecogniseMutation);
  const server = errorsForForm(state.error, FIELDS, t);
  const required = (value: string, field: (typeof FIELDS)[number]) => (value === '' && attempted ? t('team.problems.required') : server.fields[field]);
  const errors = {
    employeeId: required(values.employeeId, 'employeeId'),
    title: textError(values.title, limits.recognitionTitle, attempted, server.fields.title),
    citation: textError(values.citation, limits.citation, attempted, server.fields.citation),
    awardedOn: required(values.awardedOn, 'awardedOn'),
  };
  const employees = nodes(options.data?.employees);
  const set = (patch: Partial<typeof values>) => setValues((current) => ({ ...current, ...patch }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (values.employeeId === '' || values.awardedOn === '' || textError(values.title, limits.recognitionTitle, true) || textError(values.citation, limits.citation, true)) return;
    const result = await recognise({ input: { ...values, title: values.title.trim(), citation: values.citation.trim() } }, meritContext);
    if (!result.error) {
      setValues((current) => ({ ...current, employeeId: '', title: '', citation: '' }));
      setAttempted(false);
    }
  };

  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="recognise-title">
      <h2 id="recognise-title">{t('merit.recognise.title')}</h2>
      <FormErrors messages={server.form} />
      <div className="form__row">
        <Field id="recognise-search" label={t('merit.recognise.search')}>
          {(props) => <input {...props} type="search" value={search} onChange={(event) => setSearch(event.target.value)} autoComplete="off" />}
        </Field>
        <Field id="recognise-employee" label={t('merit.recognise.employee')} error={errors.employeeId}>
          {(props) => (
            <select {...props} value={values.employeeId} onChange={(event) => set({ employeeId: event.target.value })}>
              <option value="">{t('merit.recognise.chooseEmployee')}</option>
              {employees.map((employee) => (
                <option key={employee.id} value={employee.id}>
                  {employee.name} — {employee.positionTitle}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form__row">
        <Field id="recognise-kind" label={t('merit.recognise.kind')}>
          {(props) => (
            <select {...props} value={values.kind} onChange={(event) => set({ kind: event.target.value as RecognitionKind })}>
              <option value="EMPLOYEE_OF_THE_MONTH">{t('merit.kinds.EMPLOYEE_OF_THE_MONTH')}</option>
              <option value="AWARD">{t('merit.kinds.AWARD')}</option>
            </select>
          )}
        </Field>
        <Field id="recognise-date" label={t('merit.recognise.awardedOn')} hint={t('merit.recognise.awardedOnHint')} error={errors.awardedOn}>
          {(props) => <input {...props} type="date" value={values.awardedOn} onChange={(event) => set({ awardedOn: event.target.value })} />}
        </Field>
      </div>
      <Field id="recognise-title-input" label={t('merit.recognise.recognitionTitle')} error={errors.title}>
        {(props) => <input {...props} value={values.title} onChange={(event) => set({ title: event.target.value })} autoComplete="off" />}
      </Field>
      <Field id="recognise-citation" label={t('merit.recognise.citation')} error={errors.citation}>
        {(props) => <textarea {...props} rows={3} value={values.citation} onChange={(event) => set({ citation: event.target.value })} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('team.saving') : t('merit.recognise.submit')}
        </button>
        <p className="form__saved" role="status">
          {state.data && !state.error ? t('merit.recognise.saved') : ''}
        </p>
      </div>
    </form>
  );
}
