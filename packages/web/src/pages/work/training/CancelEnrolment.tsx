import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormErrors } from '../../admin/Field';
import { workErrors } from '../errors';
import { CancelTrainingEnrolmentMutation, trainingContext } from './queries';

/** Withdraws from a programme not yet completed, after a confirmation. */
export function CancelEnrolment({ enrolmentId, title }: { enrolmentId: string; title: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [state, cancel] = useMutation(CancelTrainingEnrolmentMutation);
  const errors = workErrors(state.error, [], t);
  const onConfirm = async () => {
    await cancel({ enrolmentId }, trainingContext);
    setConfirming(false);
  };
  return (
    <div>
      <FormErrors messages={errors.form} />
      {confirming ? (
        <div className="form__actions" role="group" aria-label={t('work.training.cancelConfirm', { title })}>
          <span>{t('work.training.cancelConfirm', { title })}</span>
          <button type="button" className="button button--primary" disabled={state.fetching} onClick={() => void onConfirm()}>
            {t('work.training.cancelYes')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
            {t('work.training.cancelNo')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button--ghost" onClick={() => setConfirming(true)}>
          {t('work.training.cancel')}
          <span className="visually-hidden"> {title}</span>
        </button>
      )}
    </div>
  );
}
