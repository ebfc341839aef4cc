import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PredikatBadge } from '../../../components/performance/PredikatBadge';
import { formatDateTime } from '../../../i18n/format';
import { Field, FormErrors } from '../../admin/Field';
import { workErrors } from '../errors';
import { AcknowledgeAppraisalMutation, ObjectToAppraisalMutation, type Appraisal } from '../queries';
import { lengthProblem, useForm } from '../useForm';
import { SubmitButton } from '../SubmitButton';

/** One period's appraisal: the rating with its predikat, and while RATED, acknowledge or object. */
export function AppraisalCard({ appraisal }: { appraisal: Appraisal }) {
  const { t, i18n } = useTranslation();
  const [acknowledged, acknowledge] = useMutation(AcknowledgeAppraisalMutation);
  const errors = workErrors(acknowledged.error, [], t);
  const rated = appraisal.predikat !== null;
  return (
    <article className="panel" aria-labelledby={`appraisal-${appraisal.id}`}>
      <h3 id={`appraisal-${appraisal.id}`}>{t('work.appraisals.period', { code: appraisal.period.code })}</h3>
      <dl className="facts">
        <div>
          <dt>{t('work.appraisals.status')}</dt>
          <dd>{t(`work.appraisals.statuses.${appraisal.status}`)}</dd>
        </div>
        {appraisal.predikat && (
          <div>
            <dt>{t('work.appraisals.predikat')}</dt>
            <dd>
              <PredikatBadge predikat={appraisal.predikat} />
            </dd>
          </div>
        )}
        {appraisal.hasilKerja && (
          <div>
            <dt>{t('work.appraisals.hasilKerja')}</dt>
            <dd>{t(`performance.expectation.${appraisal.hasilKerja}`)}</dd>
          </div>
        )}
        {appraisal.perilakuKerja && (
          <div>
            <dt>{t('work.appraisals.perilakuKerja')}</dt>
            <dd>{t(`performance.expectation.${appraisal.perilakuKerja}`)}</dd>
          </div>
        )}
        {appraisal.ratedAt && (
          <div>
            <dt>{t('work.appraisals.ratedAt')}</dt>
            <dd>{formatDateTime(appraisal.ratedAt, i18n.language)}</dd>
          </div>
        )}
        {appraisal.originalPredikat && (
          <div>
            <dt>{t('work.appraisals.originalPredikat')}</dt>
            <dd>
              <PredikatBadge predikat={appraisal.originalPredikat} />
            </dd>
          </div>
        )}
      </dl>
      <details>
        <summary>{t('work.appraisals.selfAssessment')}</summary>
        <p>{appraisal.selfAssessment}</p>
      </details>
      {appraisal.raterComment && (
        <p>
          <strong>{t('work.appraisals.raterComment')}:</strong> {appraisal.raterComment}
        </p>
      )}
      {appraisal.behaviour.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>{t('work.appraisals.behaviour')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('work.appraisals.coreValue')}</th>
                <th scope="col">{t('work.appraisals.expectation')}</th>
                <th scope="col">{t('work.appraisals.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {appraisal.behaviour.map((row) => (
                <tr key={row.value}>
                  <th scope="row">{t(`performance.coreValues.${row.value}`)}</th>
                  <td>{t(`performance.expectation.${row.expectation}`)}</td>
                  <td>{row.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {appraisal.objectionReason && (
        <p>
          <strong>{t('work.appraisals.objection')}:</strong> {appraisal.objectionReason}
        </p>
      )}
      {appraisal.objectionDecision && (
        <p>
          <strong>{t(`work.appraisals.decisions.${appraisal.objectionDecision}`)}</strong>
          {appraisal.objectionNote && ` — ${appraisal.objectionNote}`}
        </p>
      )}
      {!rated && <p className="muted">{t('work.appraisals.awaitingRating')}</p>}
      {appraisal.status === 'RATED' && appraisal.period.status === 'OPEN' && (
        <>
          <FormErrors messages={errors.form} />
          <div className="form__actions">
            <button type="button" className="button button--primary" disabled={acknowledged.fetching} onClick={() => void acknowledge({ id: appraisal.id })}>
              {t('work.appraisals.acknowledge')}
            </button>
          </div>
          <ObjectionForm appraisalId={appraisal.id} />
        </>
      )}
    </article>
  );
}

/** The objection (keberatan): a reason of at least 10 characters, decided by the superior's superior. */
function ObjectionForm({ appraisalId }: { appraisalId: string }) {
  const { t } = useTranslation();
  const form = useForm({ reason: '' }, (values) => {
    const reason = lengthProblem(values.reason, 10, 4000);
    return reason ? { reason } : {};
  });
  const [state, object] = useMutation(ObjectToAppraisalMutation);
  const server = workErrors(state.error, ['reason'], t);
  const onSubmit = form.submit(async () => {
    await object({ input: { id: appraisalId, reason: form.values.reason.trim() } });
  });
  return (
    <details className="objection">
      <summary>{t('work.appraisals.objectTitle')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-label={t('work.appraisals.objectTitle')}>
        <FormErrors messages={server.form} />
        <Field id={`objection-${appraisalId}`} label={t('work.appraisals.objectionReason')} hint={t('work.appraisals.objectionHint')} error={form.errorFor('reason', server.fields)}>
          {(props) => <textarea {...props} rows={3} value={form.values.reason} onChange={(event) => form.set('reason', event.target.value)} onBlur={() => form.touch('reason')} />}
        </Field>
        <SubmitButton busy={state.fetching} label={t('work.appraisals.object')} primary={false} />
      </form>
    </details>
  );
}
