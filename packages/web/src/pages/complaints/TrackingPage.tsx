import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { usePageTitle } from '../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { Field } from '../admin/Field';
import { TrackComplaintQuery, type ComplaintTracking } from './queries';

/** `/lacak?kode=`: a complaint's status, deadline and answer, for whoever holds its code. */
export function TrackingPage() {
  const { t } = useTranslation();
  usePageTitle(t('complaints.track.title'));
  const [params, setParams] = useSearchParams();
  const code = params.get('kode')?.trim() ?? '';
  const [typed, setTyped] = useState(code);
  const [missing, setMissing] = useState(false);
  const [result, refetch] = useQuery({ query: TrackComplaintQuery, variables: { trackingCode: code }, pause: code === '', requestPolicy: 'cache-and-network' });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = typed.trim().toUpperCase();
    setMissing(next === '');
    if (next !== '') setParams({ kode: next });
  };

  return (
    <section className="narrow" aria-labelledby="track-title">
      <h1 id="track-title">{t('complaints.track.title')}</h1>
      <form className="form" aria-label={t('complaints.track.title')} onSubmit={onSubmit} noValidate>
        <Field id="track-code" label={t('complaints.track.code')} hint={t('complaints.track.codeHint')} error={missing ? t('complaints.form.problems.required') : undefined}>
          {(control) => <input {...control} name="kode" value={typed} autoComplete="off" spellCheck={false} onChange={(event) => setTyped(event.target.value)} required />}
        </Field>
        <button type="submit" className="button button--primary">
          {t('complaints.track.submit')}
        </button>
      </form>
      {code !== '' &&
        (result.error && !result.data ? (
          <ErrorMessage error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : !result.data ? (
          <Loading />
        ) : result.data.complaintByTrackingCode ? (
          <TrackingResult complaint={result.data.complaintByTrackingCode} />
        ) : (
          <Empty>{t('complaints.track.notFound', { code })}</Empty>
        ))}
    </section>
  );
}

function TrackingResult({ complaint }: { complaint: ComplaintTracking }) {
  const { t } = useTranslation();
  const { formatDateTime, formatDay } = useFormat();
  return (
    <section aria-labelledby="track-result" className="card">
      <h2 id="track-result">{complaint.trackingCode}</h2>
      <dl className="facts">
        <dt>{t('complaints.fields.type')}</dt>
        <dd>{t(`complaints.types.${complaint.type}`)}</dd>
        <dt>{t('complaints.fields.status')}</dt>
        <dd>{t(`complaints.statuses.${complaint.status}`)}</dd>
        <dt>{t('complaints.fields.submittedAt')}</dt>
        <dd>{formatDateTime(complaint.submittedAt)}</dd>
        <dt>{t('complaints.fields.dueDate')}</dt>
        <dd>
          {complaint.dueDate ? formatDay(complaint.dueDate) : t('complaints.track.noDueDate')}
          {complaint.overdue && <strong className="mark mark--late">{t('complaints.overdue')}</strong>}
        </dd>
      </dl>
      <h3>{t('complaints.fields.answer')}</h3>
      {complaint.answer ? <p className="answer">{complaint.answer}</p> : <p className="muted">{t('complaints.track.noAnswer')}</p>}
    </section>
  );
}
