import { predikatFor, type Expectation } from '@pantau/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PredikatBadge } from '../../components/performance/PredikatBadge';
import { errorsForForm } from '../../graphql/errors';
import { Field, FormErrors } from '../admin/Field';
import { ExpectationOptions } from './ExpectationOptions';
import { DecideObjectionMutation, type ObjectedAppraisal } from './queries';
import { useTextError } from './useTextError';
import { limits } from './validation';


/** The rater's superior upholds the rating or revises it (the new predikat shown from the matrix). */
export function ObjectionForm({ appraisal }: { appraisal: ObjectedAppraisal }) {
  const { t } = useTranslation();
  const textError = useTextError();
  const [decision, setDecision] = useState<'UPHELD' | 'REVISED'>('UPHELD');
  const [hasilKerja, setHasilKerja] = useState<Expectation>(appraisal.hasilKerja ?? 'SESUAI');
  const [perilakuKerja, setPerilakuKerja] = useState<Expectation>(appraisal.perilakuKerja ?? 'SESUAI');
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [state, decide] = useMutation(DecideObjectionMutation);
  const server = errorsForForm(state.error, ['note', 'hasilKerja', 'perilakuKerja', 'decision'], t);
  const noteError = textError(note, limits.objectionNote, attempted, server.fields.note);
  const id = (name: string) => `objection-${appraisal.id}-${name}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (textError(note, limits.objectionNote, true)) return;
    await decide({ input: { id: appraisal.id, decision, note: note.trim(), ...(decision === 'REVISED' ? { hasilKerja, perilakuKerja } : {}) } });
  };

  const expectationSelect = (name: 'hasilKerja' | 'perilakuKerja', value: Expectation, set: (value: Expectation) => void) => (
    <Field id={id(name)} label={t(`team.appraisal.${name}`)} error={server.fields[name]}>
      {(props) => (
        <select {...props} value={value} onChange={(event) => set(event.target.value as Expectation)}>
          <ExpectationOptions />
        </select>
      )}
    </Field>
  );

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('team.objections.formLabel', { period: appraisal.period.code })}>
      <FormErrors messages={server.form} />
      <fieldset>
        <legend>{t('team.objections.decision')}</legend>
        {(['UPHELD', 'REVISED'] as const).map((option) => (
          <label key={option} className="choice">
            <input type="radio" name={id('decision')} value={option} checked={decision === option} onChange={() => setDecision(option)} /> {t(`team.objections.decisions.${option}`)}
          </label>
        ))}
      </fieldset>
      {decision === 'REVISED' && (
        <div className="form__row">
          {expectationSelect('hasilKerja', hasilKerja, setHasilKerja)}
          {expectationSelect('perilakuKerja', perilakuKerja, setPerilakuKerja)}
          <p role="status" aria-live="polite">
            {t('team.appraisal.predikatResult')}: <PredikatBadge predikat={predikatFor(hasilKerja, perilakuKerja)} />
          </p>
        </div>
      )}
      <Field id={id('note')} label={t('team.objections.note')} error={noteError}>
        {(props) => <textarea {...props} rows={3} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('team.saving') : t('team.objections.submit')}
        </button>
      </div>
    </form>
  );
}
