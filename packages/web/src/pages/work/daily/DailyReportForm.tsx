import { isLocalDate } from '@pantau/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formatDate } from '../../../i18n/format';
import { Field, FormErrors } from '../../admin/Field';
import { today } from '../dates';
import { workErrors } from '../errors';
import { FileDailyReportMutation, type RhkKind } from '../queries';
import { lengthProblem, useForm, type Problems } from '../useForm';
import { SubmitButton } from '../SubmitButton';

const FIELDS = ['date', 'rhkId', 'activity', 'output', 'durationMinutes'] as const;
type ReportField = (typeof FIELDS)[number];
type Values = Record<ReportField, string>;

/** The server's rules: a date up to today, an activity of 5–1000 and an output of 2–1000 characters, 1 minute to 24 hours. */
export function dailyReportProblems(values: Values, now: string): Problems<ReportField> {
  const problems: Problems<ReportField> = {};
  if (values.date === '') problems.date = 'required';
  else if (!isLocalDate(values.date)) problems.date = 'date';
  else if (values.date > now) problems.date = 'future';
  const activity = lengthProblem(values.activity, 5, 1000);
  if (activity) problems.activity = activity;
  const output = lengthProblem(values.output, 2, 1000);
  if (output) problems.output = output;
  const minutes = Number(values.durationMinutes);
  if (values.durationMinutes.trim() === '') problems.durationMinutes = 'required';
  else if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) problems.durationMinutes = 'minutes';
  return problems;
}

/**
 * Fast entry of the day's activities: the date starts at today, Enter saves, and after a save the
 * form keeps the date, RHK and duration and puts the cursor back on the activity for the next one.
 */
export function DailyReportForm({ rhk, onSaved }: { rhk: Array<{ id: string; kind: RhkKind; title: string }>; onSaved: (date: string) => void }) {
  const { t, i18n } = useTranslation();
  const now = today();
  const form = useForm<Values>({ date: now, rhkId: '', activity: '', output: '', durationMinutes: '60' }, (values) => dailyReportProblems(values, now));
  const [state, file] = useMutation(FileDailyReportMutation);
  const [saved, setSaved] = useState('');
  const activityRef = useRef<HTMLInputElement>(null);
  const server = workErrors(state.error, FIELDS, t);
  const id = (field: ReportField) => `daily-${field}`;
  const text = (field: ReportField) => ({
    name: field,
    value: form.values[field],
    onChange: (event: { target: { value: string } }) => form.set(field, event.target.value),
    onBlur: () => form.touch(field),
  });

  const onSubmit = form.submit(async () => {
    setSaved('');
    const { date, rhkId, activity, output, durationMinutes } = form.values;
    const result = await file(
      { input: { date, activity: activity.trim(), output: output.trim(), durationMinutes: Number(durationMinutes), rhkId: rhkId || null } },
      { additionalTypenames: ['DailyReport'] },
    );
    if (result.error) return;
    // Focus first: leaving the output field marks it touched, which the reset then clears.
    activityRef.current?.focus();
    form.reset({ date, rhkId, durationMinutes });
    setSaved(t('work.daily.saved', { date: formatDate(date, i18n.language, { dateStyle: 'full', timeZone: 'UTC' }) }));
    onSaved(date);
  });

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-labelledby="daily-form-title">
      <h2 id="daily-form-title">{t('work.daily.formTitle')}</h2>
      <FormErrors messages={server.form} />
      <div className="form__row">
        <Field id={id('date')} label={t('work.daily.date')} error={form.errorFor('date', server.fields)}>
          {(props) => <input {...props} {...text('date')} type="date" max={now} />}
        </Field>
        <Field id={id('rhkId')} label={t('work.daily.rhk')} error={form.errorFor('rhkId', server.fields)}>
          {(props) => (
            <select {...props} {...text('rhkId')}>
              <option value="">{t('work.daily.noRhk')}</option>
              {rhk.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('durationMinutes')} label={t('work.daily.duration')} hint={t('work.daily.durationHint')} error={form.errorFor('durationMinutes', server.fields)}>
          {(props) => <input {...props} {...text('durationMinutes')} type="number" inputMode="numeric" min={1} max={1440} step={15} />}
        </Field>
      </div>
      <Field id={id('activity')} label={t('work.daily.activity')} error={form.errorFor('activity', server.fields)}>
        {(props) => <input {...props} {...text('activity')} ref={activityRef} autoComplete="off" />}
      </Field>
      <Field id={id('output')} label={t('work.daily.output')} hint={t('work.daily.outputHint')} error={form.errorFor('output', server.fields)}>
        {(props) => <input {...props} {...text('output')} autoComplete="off" />}
      </Field>
      <SubmitButton busy={state.fetching} label={t('work.daily.save')}>
        <p className="form__saved" role="status">
          {saved}
        </p>
      </SubmitButton>
    </form>
  );
}
