import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Field, FormErrors } from '../../admin/Field';
import { workErrors } from '../errors';
import { AddIndicatorMutation, type IndicatorAspect } from '../queries';
import { lengthProblem, parseDecimal, useForm, type Problems } from '../useForm';
import { SubmitButton } from '../SubmitButton';

const FIELDS = ['aspect', 'description', 'target', 'unit'] as const;
type IndicatorField = (typeof FIELDS)[number];
type Values = { aspect: IndicatorAspect; description: string; target: string; unit: string };
const ASPECTS: IndicatorAspect[] = ['QUANTITY', 'QUALITY', 'TIME'];

/** The server's rules for an indicator: a description of 5–500 characters, a target above 0, a unit. */
export function indicatorProblems(values: Values, language: string): Problems<IndicatorField> {
  const problems: Problems<IndicatorField> = {};
  const description = lengthProblem(values.description, 5, 500);
  if (description) problems.description = description;
  const target = parseDecimal(values.target, language);
  if (values.target.trim() === '') problems.target = 'required';
  else if (Number.isNaN(target)) problems.target = 'number';
  else if (target <= 0) problems.target = 'positive';
  else if (target > 1e9) problems.target = 'tooLarge';
  if (values.unit.trim() === '') problems.unit = 'required';
  else if (values.unit.trim().length > 50) problems.unit = 'tooLong';
  return problems;
}

/** Adds an indicator (aspect, description, target and unit) to one RHK. */
export function IndicatorForm({ rhkId }: { rhkId: string }) {
  const { t, i18n } = useTranslation();
  const form = useForm<Values>({ aspect: 'QUANTITY', description: '', target: '', unit: '' }, (values) => indicatorProblems(values, i18n.language));
  const [state, add] = useMutation(AddIndicatorMutation);
  const server = workErrors(state.error, FIELDS, t);
  const id = (field: string) => `indicator-${rhkId}-${field}`;
  const text = (field: Exclude<IndicatorField, 'aspect'>) => ({
    value: form.values[field],
    onChange: (event: { target: { value: string } }) => form.set(field, event.target.value),
    onBlur: () => form.touch(field),
    autoComplete: 'off',
  });

  const onSubmit = form.submit(async () => {
    const { aspect, description, target, unit } = form.values;
    const result = await add({ input: { rhkId, aspect, description: description.trim(), target: parseDecimal(target, i18n.language), unit: unit.trim() } });
    if (!result.error) form.reset({ aspect });
  });

  return (
    <form className="form form--inset" onSubmit={onSubmit} noValidate aria-label={t('work.skp.addIndicator')}>
      <FormErrors messages={server.form} />
      <div className="form__row">
        <Field id={id('aspect')} label={t('work.skp.aspect')} error={form.errorFor('aspect', server.fields)}>
          {(props) => (
            <select {...props} value={form.values.aspect} onChange={(event) => form.set('aspect', event.target.value as IndicatorAspect)}>
              {ASPECTS.map((aspect) => (
                <option key={aspect} value={aspect}>
                  {t(`work.skp.aspects.${aspect}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('target')} label={t('work.skp.target')} error={form.errorFor('target', server.fields)}>
          {(props) => <input {...props} {...text('target')} inputMode="decimal" />}
        </Field>
        <Field id={id('unit')} label={t('work.skp.unit')} hint={t('work.skp.unitHint')} error={form.errorFor('unit', server.fields)}>
          {(props) => <input {...props} {...text('unit')} />}
        </Field>
      </div>
      <Field id={id('description')} label={t('work.skp.indicatorDescription')} error={form.errorFor('description', server.fields)}>
        {(props) => <input {...props} {...text('description')} />}
      </Field>
      <SubmitButton busy={state.fetching} label={t('work.skp.addIndicator')} primary={false} />
    </form>
  );
}
