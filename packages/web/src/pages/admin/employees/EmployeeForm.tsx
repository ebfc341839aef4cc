import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorsForForm } from '../../../graphql/errors';
import { Field, FormActions, FormErrors } from '../Field';
import type { UnitOption } from '../queries';
import { CreateEmployeeMutation, UpdateEmployeeMutation, type EmployeeInput, type EmployeeRow } from './queries';
import { employeeProblems, type EmployeeField } from './validation';

const FIELDS: readonly EmployeeField[] = ['nip', 'name', 'sex', 'birthDate', 'status', 'positionTitle', 'rankGrade', 'unitId'];

const empty: EmployeeInput = { unitId: '', nip: '', name: '', sex: 'MALE', birthDate: '', status: 'PNS', positionTitle: '', rankGrade: '' };

/**
 * Create or edit an employee. Fields are checked as the user types (after first leaving the field,
 * so nobody is scolded for a half-typed NIP); the server's field errors land on the same fields.
 */
export function EmployeeForm({
  units,
  employee,
  onDone,
  onCancel,
}: {
  units: UnitOption[];
  employee?: EmployeeRow | undefined;
  onDone: (saved: EmployeeRow) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const editing = employee !== undefined;
  const [values, setValues] = useState<EmployeeInput>(
    employee
      ? {
          unitId: employee.unit.id,
          nip: employee.nip,
          name: employee.name,
          sex: employee.sex,
          birthDate: employee.birthDate,
          status: employee.status,
          positionTitle: employee.positionTitle,
          rankGrade: employee.rankGrade,
        }
      : empty,
  );
  const [touched, setTouched] = useState<Set<EmployeeField>>(new Set());
  const [created, create] = useMutation(CreateEmployeeMutation);
  const [updated, update] = useMutation(UpdateEmployeeMutation);
  const state = editing ? updated : created;
  const server = errorsForForm(state.error, FIELDS, t);
  const problems = employeeProblems(values, !editing);

  const errorFor = (field: EmployeeField) => {
    const problem = touched.has(field) ? problems[field] : undefined;
    if (problem) return t(`admin.employees.problems.${problem}`);
    return server.fields[field];
  };
  const set = (field: EmployeeField, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const touch = (field: EmployeeField) => setTouched((current) => new Set(current).add(field));
  const control = (field: EmployeeField) => ({
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
    onBlur: () => touch(field),
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(new Set(FIELDS));
    if (Object.keys(problems).length > 0) return;
    const input = { ...values, name: values.name.trim(), positionTitle: values.positionTitle.trim(), rankGrade: values.rankGrade.trim() };
    if (employee) {
      const { nip: _nip, ...changes } = input;
      void _nip;
      const result = await update({ input: { ...changes, id: employee.id } });
      if (result.data) onDone(result.data.updateEmployee);
    } else {
      const result = await create({ input });
      if (result.data) onDone(result.data.createEmployee);
    }
  };

  const id = (field: string) => `employee-${field}`;
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="employee-form-title">
      <h2 id="employee-form-title">{editing ? t('admin.employees.editTitle', { name: employee.name }) : t('admin.employees.createTitle')}</h2>
      <FormErrors messages={server.form} />
      {!editing && (
        <Field id={id('nip')} label={t('admin.employees.nip')} hint={t('admin.employees.nipHint')} error={errorFor('nip')}>
          {(props) => <input {...props} {...control('nip')} inputMode="numeric" autoComplete="off" />}
        </Field>
      )}
      <Field id={id('name')} label={t('admin.employees.name')} error={errorFor('name')}>
        {(props) => <input {...props} {...control('name')} autoComplete="off" />}
      </Field>
      <div className="form__row">
        <Field id={id('sex')} label={t('admin.employees.sex')} error={errorFor('sex')}>
          {(props) => (
            <select {...props} {...control('sex')}>
              <option value="MALE">{t('admin.employees.sexes.MALE')}</option>
              <option value="FEMALE">{t('admin.employees.sexes.FEMALE')}</option>
            </select>
          )}
        </Field>
        <Field id={id('birthDate')} label={t('admin.employees.birthDate')} error={errorFor('birthDate')}>
          {(props) => <input {...props} {...control('birthDate')} type="date" />}
        </Field>
        <Field id={id('status')} label={t('admin.employees.status')} error={errorFor('status')}>
          {(props) => (
            <select {...props} {...control('status')}>
              <option value="PNS">PNS</option>
              <option value="PPPK">PPPK</option>
            </select>
          )}
        </Field>
      </div>
      <Field id={id('positionTitle')} label={t('admin.employees.positionTitle')} error={errorFor('positionTitle')}>
        {(props) => <input {...props} {...control('positionTitle')} />}
      </Field>
      <Field id={id('rankGrade')} label={t('admin.employees.rankGrade')} hint={t('admin.employees.rankGradeHint')} error={errorFor('rankGrade')}>
        {(props) => <input {...props} {...control('rankGrade')} />}
      </Field>
      <Field id={id('unitId')} label={t('admin.employees.unit')} error={errorFor('unitId')}>
        {(props) => (
          <select {...props} {...control('unitId')}>
            <option value="" disabled>
              {t('admin.employees.chooseUnit')}
            </option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormActions busy={state.fetching} submitLabel={t('admin.save')} onCancel={onCancel} />
    </form>
  );
}
