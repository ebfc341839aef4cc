import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Field, FormErrors } from '../../admin/Field';
import { today } from '../dates';
import { workErrors } from '../errors';
import { FileField } from '../FileField';
import { SubmitButton } from '../SubmitButton';
import { fileProblem, isHttpLink, useForm, type Problems } from '../useForm';
import { CompleteTrainingMutation, trainingContext } from './queries';

const FIELDS = ['completedOn', 'certificateUrl', 'certificateFile'] as const;
type CompleteField = (typeof FIELDS)[number];
/** certificateFile holds the chosen file's name ('' for none); the File itself is kept beside the form. */
type Values = Record<CompleteField, string>;

/** The server's rules: a completion date from the programme's start to today, and a certificate (a file, a link, or both). */
export function completionProblems(values: Values, file: File | null, range: { from: string; to: string }): Problems<CompleteField> {
  const problems: Problems<CompleteField> = {};
  if (values.completedOn === '') problems.completedOn = 'required';
  else if (values.completedOn > range.to) problems.completedOn = 'future';
  else if (values.completedOn < range.from) problems.completedOn = 'date';
  const url = values.certificateUrl.trim();
  if (url.length > 2000) problems.certificateUrl = 'tooLong';
  else if (url !== '' && !isHttpLink(url)) problems.certificateUrl = 'url';
  const upload = fileProblem(file);
  if (upload) problems.certificateFile = upload;
  else if (!file && url === '') problems.certificateFile = 'certificate';
  return problems;
}

/** Records the completion of one enrolment with its certificate; the programme's hours then count for the year. */
export function CompleteTrainingForm({ enrolmentId, startDate }: { enrolmentId: string; startDate: string }) {
  const { t } = useTranslation();
  const now = today();
  const [file, setFile] = useState<File | null>(null);
  const form = useForm<Values>({ completedOn: now, certificateUrl: '', certificateFile: '' }, (values) => completionProblems(values, file, { from: startDate, to: now }));
  const [state, complete] = useMutation(CompleteTrainingMutation);
  const server = workErrors(state.error, FIELDS, t);
  const id = (field: string) => `complete-${enrolmentId}-${field}`;

  const onSubmit = form.submit(async () => {
    const { completedOn, certificateUrl } = form.values;
    await complete({ input: { enrolmentId, completedOn, certificateUrl: certificateUrl.trim() || null, ...(file ? { certificateFile: file } : {}) } }, trainingContext);
  });

  return (
    <form className="form form--inset" onSubmit={onSubmit} noValidate aria-label={t('work.training.complete')}>
      <FormErrors messages={server.form} />
      <Field id={id('date')} label={t('work.training.completedOn')} error={form.errorFor('completedOn', server.fields)}>
        {(props) => (
          <input {...props} type="date" min={startDate} max={now} value={form.values.completedOn} onChange={(event) => form.set('completedOn', event.target.value)} onBlur={() => form.touch('completedOn')} />
        )}
      </Field>
      <FileField
        id={id('file')}
        label={t('work.training.certificateFile')}
        error={form.errorFor('certificateFile', server.fields)}
        onChange={(chosen) => {
          setFile(chosen);
          form.set('certificateFile', chosen?.name ?? '');
          form.touch('certificateFile');
        }}
      />
      <Field id={id('url')} label={t('work.training.certificateUrl')} hint={t('work.training.certificateUrlHint')} error={form.errorFor('certificateUrl', server.fields)}>
        {(props) => (
          <input {...props} type="url" inputMode="url" value={form.values.certificateUrl} onChange={(event) => form.set('certificateUrl', event.target.value)} onBlur={() => form.touch('certificateUrl')} autoComplete="off" placeholder="https://" />
        )}
      </Field>
      <SubmitButton busy={state.fetching} label={t('work.training.complete')} />
    </form>
  );
}
