import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorsForForm } from '../../graphql/errors';
import { Field, FormErrors } from '../admin/Field';
import { ApproveSkpMutation, ReturnSkpMutation } from './queries';
import { useTextError } from './useTextError';
import { limits } from './validation';

/** Approve a submitted SKP, or return it with a reason (required, checked as the user types). */
export function SkpDecision({ skpId }: { skpId: string }) {
  const { t } = useTranslation();
  const textError = useTextError();
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [touched, setTouched] = useState(false);
  const [approved, approve] = useMutation(ApproveSkpMutation);
  const [returned, giveBack] = useMutation(ReturnSkpMutation);
  const busy = approved.fetching || returned.fetching;
  const returnErrors = errorsForForm(returned.error, ['reason'], t);
  const approveErrors = errorsForForm(approved.error, [], t);
  const reasonError = textError(reason, limits.returnReason, attempted || touched, returnErrors.fields.reason);

  const onReturn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (textError(reason, limits.returnReason, true)) return;
    await giveBack({ input: { id: skpId, reason: reason.trim() } });
  };

  return (
    <div className="decision">
      <FormErrors messages={[...approveErrors.form, ...returnErrors.form]} />
      <p>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void approve({ id: skpId })}>
          {t('team.skp.approve')}
        </button>
      </p>
      <form className="form" onSubmit={(event) => void onReturn(event)} noValidate aria-labelledby="skp-return-title">
        <h3 id="skp-return-title">{t('team.skp.returnTitle')}</h3>
        <Field id="skp-return-reason" label={t('team.skp.returnReason')} hint={t('team.skp.returnReasonHint', { min: limits.returnReason.min })} error={reasonError}>
          {(props) => <textarea {...props} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} onBlur={() => setTouched(true)} />}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {t('team.skp.return')}
          </button>
        </div>
      </form>
    </div>
  );
}
