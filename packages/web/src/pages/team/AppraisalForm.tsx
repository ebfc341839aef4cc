import { CORE_VALUES, perilakuFromCoreValues, predikatFor, type CoreValue, type Expectation } from '@pantau/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PredikatBadge } from '../../components/performance/PredikatBadge';
import { errorsForForm } from '../../graphql/errors';
import { Field, FormErrors } from '../admin/Field';
import { ExpectationOptions } from './ExpectationOptions';
import { RateAppraisalMutation, type Appraisal } from './queries';
import { useTextError } from './useTextError';
import { limits } from './validation';

const SERVER_FIELDS = ['hasilKerja', 'behaviour', 'comment'] as const;

type Ratings = Record<CoreValue, { expectation: Expectation | ''; comment: string }>;

function initialRatings(appraisal: Appraisal): Ratings {
  return Object.fromEntries(
    CORE_VALUES.map((value) => {
      const given = appraisal.behaviour.find((row) => row.value === value);
      return [value, { expectation: given?.expectation ?? '', comment: given?.comment ?? '' }];
    }),
  ) as Ratings;
}

/** The matrix's outcome for what has been filled in so far, with the same rules the server applies. */
export function outcomeOf(hasilKerja: Expectation | '', ratings: Ratings) {
  const complete = CORE_VALUES.every((value) => ratings[value].expectation !== '');
  const perilakuKerja = complete ? perilakuFromCoreValues(Object.fromEntries(CORE_VALUES.map((value) => [value, ratings[value].expectation])) as Record<CoreValue, Expectation>) : null;
  const predikat = perilakuKerja && hasilKerja ? predikatFor(hasilKerja, perilakuKerja) : null;
  return { perilakuKerja, predikat };
}

/**
 * The superior's rating of one period: hasil kerja, and each of the seven BerAKHLAK values with a
 * comment. The resulting perilaku kerja and predikat are shown (and announced) as they change.
 */
export function AppraisalForm({ appraisal, onDone }: { appraisal: Appraisal; onDone?: () => void }) {
  const { t } = useTranslation();
  const textError = useTextError();
  const [hasilKerja, setHasilKerja] = useState<Expectation | ''>(appraisal.hasilKerja ?? '');
  const [ratings, setRatings] = useState<Ratings>(() => initialRatings(appraisal));
  const [comment, setComment] = useState(appraisal.raterComment ?? '');
  const [attempted, setAttempted] = useState(false);
  const [state, rate] = useMutation(RateAppraisalMutation);
  const server = errorsForForm(state.error, SERVER_FIELDS, t);
  const { perilakuKerja, predikat } = outcomeOf(hasilKerja, ratings);
  const id = (name: string) => `appraisal-${appraisal.id}-${name}`;

  const required = (value: string) => (attempted && value === '' ? t('team.problems.required') : undefined);
  const commentError = (value: string) => textError(value, limits.behaviourComment, attempted);
  const overallError = comment.trim().length > limits.raterComment.max ? t('team.problems.tooLong', { max: limits.raterComment.max }) : server.fields.comment;
  const valid = hasilKerja !== '' && CORE_VALUES.every((value) => ratings[value].expectation !== '' && !commentError(ratings[value].comment)) && !overallError;

  const setRating = (value: CoreValue, change: Partial<Ratings[CoreValue]>) => setRatings((current) => ({ ...current, [value]: { ...current[value], ...change } }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (!valid) return;
    const behaviour = CORE_VALUES.map((value) => ({ value, expectation: ratings[value].expectation as Expectation, comment: ratings[value].comment.trim() }));
    const result = await rate({ input: { id: appraisal.id, hasilKerja, behaviour, ...(comment.trim() ? { comment: comment.trim() } : {}) } });
    if (result.data) onDone?.();
  };

  return (
    <form className="form appraisal-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('team.appraisal.formLabel', { period: appraisal.period.code })}>
      <FormErrors messages={server.form} />
      <Field id={id('hasilKerja')} label={t('team.appraisal.hasilKerja')} hint={t('team.appraisal.hasilKerjaHint')} error={required(hasilKerja) ?? server.fields.hasilKerja}>
        {(props) => (
          <select {...props} value={hasilKerja} onChange={(event) => setHasilKerja(event.target.value as Expectation | '')}>
            <ExpectationOptions choose />
          </select>
        )}
      </Field>
      <fieldset className="behaviour" aria-describedby={server.fields.behaviour ? id('behaviour-error') : undefined}>
        <legend>{t('team.appraisal.behaviour')}</legend>
        <div aria-live="polite">
          {server.fields.behaviour && (
            <p id={id('behaviour-error')} className="field__error">
              {server.fields.behaviour}
            </p>
          )}
        </div>
        {CORE_VALUES.map((value) => {
          const name = t(`performance.coreValue.${value}`);
          return (
            <div key={value} className="behaviour__value">
              <Field id={id(`${value}-expectation`)} label={t('team.appraisal.valueRating', { value: name })} error={required(ratings[value].expectation)}>
                {(props) => (
                  <select {...props} value={ratings[value].expectation} onChange={(event) => setRating(value, { expectation: event.target.value as Expectation | '' })}>
                    <ExpectationOptions choose />
                  </select>
                )}
              </Field>
              <Field id={id(`${value}-comment`)} label={t('team.appraisal.valueComment', { value: name })} error={commentError(ratings[value].comment)}>
                {(props) => <textarea {...props} rows={2} value={ratings[value].comment} onChange={(event) => setRating(value, { comment: event.target.value })} />}
              </Field>
            </div>
          );
        })}
      </fieldset>
      <Field id={id('comment')} label={t('team.appraisal.comment')} error={overallError}>
        {(props) => <textarea {...props} rows={3} value={comment} onChange={(event) => setComment(event.target.value)} />}
      </Field>
      <div className="appraisal-outcome" role="status" aria-live="polite">
        <p>
          {t('team.appraisal.perilakuResult')}: <strong>{perilakuKerja ? t(`performance.expectation.${perilakuKerja}`) : t('team.appraisal.incomplete')}</strong>
        </p>
        <p>
          {t('team.appraisal.predikatResult')}: {predikat ? <PredikatBadge predikat={predikat} /> : <strong>{t('team.appraisal.incomplete')}</strong>}
        </p>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('team.saving') : t('team.appraisal.submit')}
        </button>
      </div>
    </form>
  );
}
