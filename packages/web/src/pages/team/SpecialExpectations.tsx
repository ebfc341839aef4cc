import { CORE_VALUES, type CoreValue } from '@pantau/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { workErrors } from '../work/errors';
import { Field, FormErrors } from '../admin/Field';
import { SetSpecialExpectationMutation, type SpecialExpectation } from './queries';
import { useTextError } from './useTextError';

const LIMIT = { min: 0, max: 2000 };

/**
 * Ekspektasi khusus pimpinan: the expectations set on the SKP's BerAKHLAK values, and for the
 * direct superior, while the year's predikat is not locked, a form to set, change or remove one.
 */
export function SpecialExpectations({ skpId, expectations, editable }: { skpId: string; expectations: SpecialExpectation[]; editable: boolean }) {
  const { t } = useTranslation();
  if (!editable && expectations.length === 0) return null;
  return (
    <section aria-labelledby="special-title">
      <h3 id="special-title">{t('team.special.title')}</h3>
      {expectations.length === 0 ? (
        <p className="muted">{t('team.special.none')}</p>
      ) : (
        <dl className="facts facts--stacked">
          {expectations.map((special) => (
            <div key={special.value}>
              <dt>{t(`performance.coreValue.${special.value}`)}</dt>
              <dd>{special.expectation}</dd>
            </div>
          ))}
        </dl>
      )}
      {editable && <SpecialExpectationForm skpId={skpId} expectations={expectations} />}
    </section>
  );
}

function SpecialExpectationForm({ skpId, expectations }: { skpId: string; expectations: SpecialExpectation[] }) {
  const { t } = useTranslation();
  const textError = useTextError();
  const current = (value: CoreValue) => expectations.find((special) => special.value === value)?.expectation ?? '';
  const [value, setValue] = useState<CoreValue>(CORE_VALUES[0]!);
  const [text, setText] = useState(current(CORE_VALUES[0]!));
  const [state, save] = useMutation(SetSpecialExpectationMutation);
  const server = workErrors(state.error, ['value', 'expectation'], t);
  // Empty is allowed (it removes the expectation): only the length is checked as the user types.
  const expectationError = text.length > 0 ? textError(text, LIMIT, false, server.fields.expectation) : server.fields.expectation;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim().length > LIMIT.max) return;
    await save({ input: { skpId, value, expectation: text.trim() } });
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('team.special.formLabel')}>
      <FormErrors messages={server.form} />
      <Field id="special-value" label={t('team.special.value')} error={server.fields.value}>
        {(props) => (
          <select
            {...props}
            value={value}
            onChange={(event) => {
              const next = event.target.value as CoreValue;
              setValue(next);
              setText(current(next));
            }}
          >
            {CORE_VALUES.map((option) => (
              <option key={option} value={option}>
                {t(`performance.coreValue.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="special-expectation" label={t('team.special.expectation')} hint={t('team.special.hint')} error={expectationError}>
        {(props) => <textarea {...props} rows={3} value={text} onChange={(event) => setText(event.target.value)} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('team.saving') : text.trim() === '' && current(value) !== '' ? t('team.special.remove') : t('team.special.save')}
        </button>
      </div>
    </form>
  );
}
