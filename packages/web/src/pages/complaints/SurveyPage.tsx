import { IKM_ELEMENTS } from '@pantau/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { errorsForForm } from '../../graphql/errors';
import { nodes } from '../../graphql/types';
import type { resources } from '../../i18n';
import { Field, FormErrors } from '../admin/Field';
import { PublicCatalogueQuery } from '../public/queries';
import { SubmitSurveyMutation } from './queries';

const SCORES = [1, 2, 3, 4] as const;
/** The element codes U1–U9, each with its translated name. */
type ElementCode = keyof typeof resources.id.translation.survey.elements;

/** `/publik/:regionId/survei`: the IKM survey (PermenPANRB 14/2017), anonymous, for one service. */
export function SurveyPage() {
  const { t } = useTranslation();
  usePageTitle(t('survey.title'));
  const { regionId = '' } = useParams();
  const [catalogue, refetch] = useQuery({ query: PublicCatalogueQuery, variables: { id: regionId } });
  const agencies = useMemo(() => nodes(catalogue.data?.region?.agencies).filter((agency) => agency.serviceTypes.length > 0), [catalogue.data]);
  const [agencyId, setAgencyId] = useState('');
  const [serviceTypeId, setServiceTypeId] = useState('');
  const [scores, setScores] = useState<Array<number | null>>(() => IKM_ELEMENTS.map(() => null));
  const [comment, setComment] = useState('');
  const [checked, setChecked] = useState(false);
  const [sent, setSent] = useState(false);
  const [submission, submit] = useMutation(SubmitSurveyMutation);
  const serverErrors = errorsForForm(submission.error, ['serviceTypeId', 'scores', 'comment'], t);

  if (catalogue.error && !catalogue.data) return <ErrorMessage error={catalogue.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!catalogue.data) return <Loading />;
  if (!catalogue.data.region) return <Empty>{t('region.notFound')}</Empty>;

  const services = agencies.find((agency) => agency.id === agencyId)?.serviceTypes ?? [];
  const missingService = serviceTypeId === '';
  const commentTooLong = comment.trim().length > 2000;
  const reset = () => {
    setScores(IKM_ELEMENTS.map(() => null));
    setComment('');
    setChecked(false);
    setSent(false);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (missingService || commentTooLong || scores.some((score) => score === null)) return;
    const result = await submit({ input: { serviceTypeId, scores: scores as number[], comment: comment.trim() || null } });
    if (result.data?.submitSurveyResponse) setSent(true);
  };

  if (sent) {
    return (
      <section className="narrow" aria-labelledby="survey-title">
        <h1 id="survey-title">{t('survey.title')}</h1>
        <p className="status status--ok" role="status">
          {t('survey.thanks')}
        </p>
        <button type="button" className="button" onClick={reset}>
          {t('survey.another')}
        </button>
      </section>
    );
  }

  return (
    <section className="narrow" aria-labelledby="survey-title">
      <h1 id="survey-title">{t('survey.title')}</h1>
      <p className="lead">{t('survey.intro', { region: catalogue.data.region.name })}</p>
      <p className="muted">{t('survey.privacy')}</p>
      <form className="form" aria-label={t('survey.title')} onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormErrors messages={serverErrors.form} />
        <Field id="survey-agency" label={t('survey.agency')} error={checked && agencyId === '' ? t('survey.problems.required') : undefined}>
          {(control) => (
            <select
              {...control}
              value={agencyId}
              onChange={(event) => {
                setAgencyId(event.target.value);
                setServiceTypeId('');
              }}
              required
            >
              <option value="" disabled>
                {t('survey.chooseAgency')}
              </option>
              {agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="survey-service" label={t('survey.service')} error={(checked && missingService ? t('survey.problems.required') : undefined) ?? serverErrors.fields.serviceTypeId}>
          {(control) => (
            <select {...control} value={serviceTypeId} onChange={(event) => setServiceTypeId(event.target.value)} disabled={agencyId === ''} required>
              <option value="" disabled>
                {t('survey.chooseService')}
              </option>
              {services.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p>{t('survey.scale')}</p>
        {IKM_ELEMENTS.map((element, index) => {
          const unanswered = checked && scores[index] === null;
          const errorId = `survey-${element.code}-error`;
          return (
            <fieldset key={element.code} className="choice-group choice-group--row" aria-invalid={unanswered || undefined} aria-describedby={errorId}>
              <legend>{t('survey.element', { code: element.code, name: t(`survey.elements.${element.code as ElementCode}`) })}</legend>
              {SCORES.map((score) => (
                <label className="choice" key={score}>
                  <input
                    type="radio"
                    name={`survey-${element.code}`}
                    value={score}
                    checked={scores[index] === score}
                    onChange={() => setScores((current) => current.map((value, i) => (i === index ? score : value)))}
                  />{' '}
                  {t(`survey.scores.${score}`)}
                </label>
              ))}
              <p id={errorId} className="field__error" aria-live="polite">
                {unanswered ? t('survey.problems.unanswered') : undefined}
              </p>
            </fieldset>
          );
        })}
        {serverErrors.fields.scores && <p className="field__error">{serverErrors.fields.scores}</p>}
        <Field
          id="survey-comment"
          label={t('survey.comment')}
          hint={t('survey.commentHint')}
          error={(commentTooLong ? t('survey.problems.commentLength') : undefined) ?? serverErrors.fields.comment}
        >
          {(control) => <textarea {...control} rows={4} value={comment} onChange={(event) => setComment(event.target.value)} />}
        </Field>
        <button type="submit" className="button button--primary" disabled={submission.fetching}>
          {t('survey.submit')}
        </button>
      </form>
    </section>
  );
}
