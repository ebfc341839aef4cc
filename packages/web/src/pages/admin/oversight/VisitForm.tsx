import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorsForForm } from '../../../graphql/errors';
import { nodes } from '../../../graphql/types';
import { today } from '../../work/dates';
import { useTextError } from '../../team/useTextError';
import { limits } from '../../team/validation';
import { Field, FormErrors } from '../Field';
import { AgencyUnitsQuery } from '../queries';
import { oversightContext, RecordVisitMutation } from './queries';

const FIELDS = ['unitId', 'team', 'visitedOn', 'findings', 'recommendations', 'followUpDueDate'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

/** The server's date rules: a visit not in the future, a follow-up not due before the visit. */
export function visitDateProblem(values: Pick<Values, 'visitedOn' | 'followUpDueDate'>, now: string): { visitedOn?: 'required' | 'future'; followUpDueDate?: 'required' | 'beforeVisit' } {
  const problems: { visitedOn?: 'required' | 'future'; followUpDueDate?: 'required' | 'beforeVisit' } = {};
  if (values.visitedOn === '') problems.visitedOn = 'required';
  else if (values.visitedOn > now) problems.visitedOn = 'future';
  if (values.followUpDueDate === '') problems.followUpDueDate = 'required';
  else if (values.visitedOn !== '' && values.followUpDueDate < values.visitedOn) problems.followUpDueDate = 'beforeVisit';
  return problems;
}

/** Records an oversight visit to one of the agency's units. */
export function VisitForm({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const textError = useTextError();
  const now = today();
  const empty: Values = { unitId: '', team: '', visitedOn: now, findings: '', recommendations: '', followUpDueDate: '' };
  const [values, setValues] = useState<Values>(empty);
  const [attempted, setAttempted] = useState(false);
  const [units] = useQuery({ query: AgencyUnitsQuery, variables: { id: agencyId } });
  const [state, record] = useMutation(RecordVisitMutation);
  const server = errorsForForm(state.error, FIELDS, t);
  const dates = visitDateProblem(values, now);
  const dateError = (field: 'visitedOn' | 'followUpDueDate') => {
    const problem = dates[field];
    return problem && (attempted || problem !== 'required') ? t(`oversight.problems.${problem}`) : server.fields[field];
  };
  const errors = {
    unitId: values.unitId === '' && attempted ? t('team.problems.required') : server.fields.unitId,
    team: textError(values.team, limits.oversightTeam, attempted, server.fields.team),
    visitedOn: dateError('visitedOn'),
    findings: textError(values.findings, limits.oversightText, attempted, server.fields.findings),
    recommendations: textError(values.recommendations, limits.oversightText, attempted, server.fields.recommendations),
    followUpDueDate: dateError('followUpDueDate'),
  };
  const set = (field: keyof Values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    const invalid =
      values.unitId === '' ||
      Object.keys(dates).length > 0 ||
      textError(values.team, limits.oversightTeam, true) ||
      textError(values.findings, limits.oversightText, true) ||
      textError(values.recommendations, limits.oversightText, true);
    if (invalid) return;
    const result = await record(
      { input: { ...values, team: values.team.trim(), findings: values.findings.trim(), recommendations: values.recommendations.trim() } },
      oversightContext,
    );
    if (!result.error) {
      setValues(empty);
      setAttempted(false);
    }
  };

  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="visit-form-title">
      <h2 id="visit-form-title">{t('oversight.record')}</h2>
      <FormErrors messages={server.form} />
      <div className="form__row">
        <Field id="visit-unit" label={t('oversight.unit')} error={errors.unitId}>
          {(props) => (
            <select {...props} value={values.unitId} onChange={set('unitId')}>
              <option value="">{t('oversight.chooseUnit')}</option>
              {nodes(units.data?.agency?.units).map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="visit-date" label={t('oversight.visitedOn')} error={errors.visitedOn}>
          {(props) => <input {...props} type="date" max={now} value={values.visitedOn} onChange={set('visitedOn')} />}
        </Field>
      </div>
      <Field id="visit-team" label={t('oversight.team')} error={errors.team}>
        {(props) => <input {...props} value={values.team} onChange={set('team')} autoComplete="off" />}
      </Field>
      <Field id="visit-findings" label={t('oversight.findings')} error={errors.findings}>
        {(props) => <textarea {...props} rows={3} value={values.findings} onChange={set('findings')} />}
      </Field>
      <Field id="visit-recommendations" label={t('oversight.recommendations')} error={errors.recommendations}>
        {(props) => <textarea {...props} rows={3} value={values.recommendations} onChange={set('recommendations')} />}
      </Field>
      <Field id="visit-due" label={t('oversight.dueDate')} error={errors.followUpDueDate}>
        {(props) => <input {...props} type="date" min={values.visitedOn || undefined} value={values.followUpDueDate} onChange={set('followUpDueDate')} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('team.saving') : t('oversight.record')}
        </button>
        <p className="form__saved" role="status">
          {state.data && !state.error ? t('oversight.recorded') : ''}
        </p>
      </div>
    </form>
  );
}
