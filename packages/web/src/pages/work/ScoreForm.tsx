import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Field, FormErrors } from '../admin/Field';
import { workErrors } from './errors';
import { useForm, type Problems } from './useForm';
import { SubmitButton } from './SubmitButton';

const FIELDS = ['score', 'comment'] as const;
type Values = { score: string; comment: string };

/** A score from 1 to 5 is required; a comment is optional, up to 2000 characters (the server's rules). */
export function scoreProblems(values: Values): Problems<(typeof FIELDS)[number]> {
  const problems: Problems<(typeof FIELDS)[number]> = {};
  if (values.score === '') problems.score = 'required';
  if (values.comment.trim().length > 2000) problems.comment = 'tooLong';
  return problems;
}

/**
 * A 1–5 score as a row of radio buttons (arrow keys move between them) with an optional comment:
 * answering a feedback request, rating a coaching session.
 */
export function ScoreForm({
  id,
  legend,
  submitLabel,
  busy,
  error,
  onSubmit,
}: {
  id: string;
  legend: string;
  submitLabel: string;
  busy: boolean;
  error: CombinedError | undefined;
  onSubmit: (score: number, comment: string | null) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({ score: '', comment: '' }, scoreProblems);
  const server = workErrors(error, FIELDS, t);
  const scoreError = form.errorFor('score', server.fields);
  const submit = form.submit(() => onSubmit(Number(form.values.score), form.values.comment.trim() || null));
  return (
    <form className="form form--inset" onSubmit={submit} noValidate aria-label={submitLabel}>
      <FormErrors messages={server.form} />
      <fieldset className="choice-group choice-group--row" aria-describedby={scoreError ? `${id}-score-error` : undefined} aria-invalid={scoreError ? true : undefined}>
        <legend>{legend}</legend>
        {['1', '2', '3', '4', '5'].map((score) => (
          <label key={score} className="choice">
            <input
              type="radio"
              name={`${id}-score`}
              value={score}
              checked={form.values.score === score}
              onChange={() => {
                form.set('score', score);
                form.touch('score');
              }}
            />{' '}
            {score}
          </label>
        ))}
        <p className="field__hint">{t('work.scoreHint')}</p>
        <p id={`${id}-score-error`} className="field__error" aria-live="polite">
          {scoreError}
        </p>
      </fieldset>
      <Field id={`${id}-comment`} label={t('work.feedback.comment')} error={form.errorFor('comment', server.fields)}>
        {(props) => <textarea {...props} rows={2} value={form.values.comment} onChange={(event) => form.set('comment', event.target.value)} onBlur={() => form.touch('comment')} />}
      </Field>
      <SubmitButton busy={busy} label={submitLabel} />
    </form>
  );
}
