import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formatNumber } from '../../../i18n/format';
import { Field, FormErrors } from '../../admin/Field';
import { workErrors } from '../errors';
import { RecordRealisationMutation, type RealisationRow } from '../queries';
import { fileProblem, isHttpLink, parseDecimal, useForm, type Problems } from '../useForm';
import { EvidenceField } from './EvidenceField';
import { SubmitButton } from '../SubmitButton';

const FIELDS = ['value', 'evidenceUrl', 'evidenceFile', 'note'] as const;
type RealisationField = (typeof FIELDS)[number];
type Values = Record<Exclude<RealisationField, 'evidenceFile'>, string>;

/** The server's rules: a value from 0, an http(s) link of at most 2000 characters, a note of at most 2000. */
export function realisationProblems(values: Values, language: string): Problems<keyof Values> {
  const problems: Problems<keyof Values> = {};
  const value = parseDecimal(values.value, language);
  if (values.value.trim() === '') problems.value = 'required';
  else if (Number.isNaN(value)) problems.value = 'number';
  else if (value < 0) problems.value = 'notNegative';
  else if (value > 1e9) problems.value = 'tooLarge';
  const url = values.evidenceUrl.trim();
  if (url.length > 2000) problems.evidenceUrl = 'tooLong';
  else if (url !== '' && !isHttpLink(url)) problems.evidenceUrl = 'url';
  if (values.note.trim().length > 2000) problems.note = 'tooLong';
  return problems;
}

/** Records (or corrects) one indicator's realised value in a period, with its evidence. */
export function RealisationForm({ indicatorId, periodId, current, unit }: { indicatorId: string; periodId: string; current: RealisationRow | undefined; unit: string }) {
  const { t, i18n } = useTranslation();
  const initial = {
    value: current ? formatNumber(current.value, i18n.language, { maximumFractionDigits: 6 }) : '',
    evidenceUrl: current?.evidenceUrl ?? '',
    note: current?.note ?? '',
  };
  const form = useForm<Values>(initial, (values) => realisationProblems(values, i18n.language));
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [state, record] = useMutation(RecordRealisationMutation);
  const server = workErrors(state.error, FIELDS, t);
  const id = (field: string) => `realisation-${indicatorId}-${field}`;
  const filePlain = fileProblem(file);
  const fileError = filePlain ? t(`work.problems.${filePlain}`) : server.fields.evidenceFile;

  const onSubmit = form.submit(async () => {
    if (filePlain) return;
    const { value, evidenceUrl, note } = form.values;
    const result = await record(
      { input: { indicatorId, periodId, value: parseDecimal(value, i18n.language), evidenceUrl: evidenceUrl.trim() || null, note: note.trim() || null, ...(file ? { evidenceFile: file } : {}) } },
      { additionalTypenames: ['Realisation'] },
    );
    if (!result.error) {
      setFile(null);
      setFileKey((key) => key + 1);
    }
  });

  return (
    <form className="form form--inset" onSubmit={onSubmit} noValidate aria-label={t('work.realisations.record')}>
      <FormErrors messages={server.form} />
      <Field id={id('value')} label={t('work.realisations.value', { unit })} error={form.errorFor('value', server.fields)}>
        {(props) => (
          <input {...props} value={form.values.value} onChange={(event) => form.set('value', event.target.value)} onBlur={() => form.touch('value')} inputMode="decimal" autoComplete="off" />
        )}
      </Field>
      <EvidenceField
        id={id('evidenceUrl')}
        value={form.values.evidenceUrl}
        error={form.errorFor('evidenceUrl', server.fields)}
        fileError={fileError}
        resetKey={fileKey}
        onChange={(value) => form.set('evidenceUrl', value)}
        onBlur={() => form.touch('evidenceUrl')}
        onFileChange={setFile}
      />
      <Field id={id('note')} label={t('work.realisations.note')} error={form.errorFor('note', server.fields)}>
        {(props) => <textarea {...props} value={form.values.note} onChange={(event) => form.set('note', event.target.value)} onBlur={() => form.touch('note')} rows={2} />}
      </Field>
      <SubmitButton busy={state.fetching} label={t('work.realisations.record')}>
        <p className="form__saved" role="status">
          {state.data && !state.error ? t('work.realisations.saved') : ''}
        </p>
      </SubmitButton>
    </form>
  );
}
