import { COMPLAINT_TYPES, type ComplaintType } from '@pantau/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../app/usePageTitle';
import { errorsForForm } from '../../graphql/errors';
import { Field, FormErrors } from '../admin/Field';
import { PublicCatalogueQuery } from '../public/queries';
import { SubmitComplaintMutation } from './queries';
import { complaintProblems, type ComplaintValues } from './validation';

const EMPTY: ComplaintValues = { type: '', title: '', body: '' };

/** `/publik/:regionId/pengaduan`: anyone sends a complaint and gets the code to follow it by. */
export function ComplaintFormPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const [catalogue] = useQuery({ query: PublicCatalogueQuery, variables: { id: regionId } });
  const regionName = catalogue.data?.region?.name;
  usePageTitle(t('complaints.form.title'));
  const [values, setValues] = useState<ComplaintValues>(EMPTY);
  const [touched, setTouched] = useState<ReadonlySet<keyof ComplaintValues>>(new Set());
  const [trackingCode, setTrackingCode] = useState<string | null>(null);
  const [submission, submit] = useMutation(SubmitComplaintMutation);
  const serverErrors = errorsForForm(submission.error, ['type', 'title', 'body', 'regionId'], t);
  const problems = complaintProblems(values);
  const problemOf = (field: keyof ComplaintValues) => {
    const problem = touched.has(field) ? problems[field] : undefined;
    return problem ? t(`complaints.form.problems.${problem}`) : serverErrors.fields[field];
  };
  const change = (field: keyof ComplaintValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setTouched((current) => new Set(current).add(field));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(new Set(['type', 'title', 'body']));
    if (Object.keys(problems).length > 0) return;
    const result = await submit({ input: { regionId, type: values.type as ComplaintType, title: values.title.trim(), body: values.body.trim() } });
    if (result.data) setTrackingCode(result.data.submitComplaint.trackingCode);
  };

  if (trackingCode) {
    return (
      <section className="narrow" aria-labelledby="complaint-title">
        <h1 id="complaint-title">{t('complaints.form.title')}</h1>
        <div className="status" role="status">
          <p>{t('complaints.form.sent')}</p>
          <p>
            {t('complaints.form.codeLabel')} <strong data-testid="tracking-code">{trackingCode}</strong>
          </p>
          <p>{t('complaints.form.keepCode')}</p>
        </div>
        <p>
          <Link to={`${paths.tracking}?kode=${encodeURIComponent(trackingCode)}`}>{t('complaints.form.trackLink')}</Link>
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            setTrackingCode(null);
            setValues(EMPTY);
            setTouched(new Set());
          }}
        >
          {t('complaints.form.another')}
        </button>
      </section>
    );
  }

  return (
    <section className="narrow" aria-labelledby="complaint-title">
      <h1 id="complaint-title">{t('complaints.form.title')}</h1>
      {regionName && <p className="lead">{t('complaints.form.intro', { region: regionName })}</p>}
      <p className="muted">{t('complaints.form.privacy')}</p>
      <form className="form" aria-label={t('complaints.form.title')} onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormErrors messages={[...serverErrors.form, ...(serverErrors.fields.regionId ? [serverErrors.fields.regionId] : [])]} />
        <Field id="complaint-type" label={t('complaints.form.type')} hint={values.type ? t(`complaints.typeHints.${values.type as ComplaintType}`) : undefined} error={problemOf('type')}>
          {(control) => (
            <select {...control} name="type" value={values.type} onChange={(event) => change('type', event.target.value)} required>
              <option value="" disabled>
                {t('complaints.form.chooseType')}
              </option>
              {COMPLAINT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`complaints.types.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="complaint-subject" label={t('complaints.form.subject')} hint={t('complaints.form.subjectHint')} error={problemOf('title')}>
          {(control) => <input {...control} name="title" value={values.title} maxLength={200} onChange={(event) => change('title', event.target.value)} required />}
        </Field>
        <Field id="complaint-body" label={t('complaints.form.body')} hint={t('complaints.form.bodyHint')} error={problemOf('body')}>
          {(control) => <textarea {...control} name="body" rows={8} value={values.body} maxLength={10_000} onChange={(event) => change('body', event.target.value)} required />}
        </Field>
        <button type="submit" className="button button--primary" disabled={submission.fetching}>
          {submission.fetching ? t('complaints.form.sending') : t('complaints.form.submit')}
        </button>
      </form>
      <p>
        <Link to={paths.tracking}>{t('complaints.track.link')}</Link>
      </p>
    </section>
  );
}
