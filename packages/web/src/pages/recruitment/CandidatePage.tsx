import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { errorsForForm } from '../../graphql/errors';
import { useFormat } from '../../i18n/format';
import { Field, FormErrors } from '../admin/Field';
import { recruitmentMessages } from './errors';
import {
  CandidateQuery,
  DOCUMENT_KINDS,
  EDUCATION_LEVELS,
  ObjectionMutation,
  SaveProfileMutation,
  SubmitMutation,
  UploadDocumentMutation,
  type DocumentKind,
  type MyApplication,
  type Profile,
} from './queries';

/**
 * A module-level constant, not an object built in render: urql compares the context by identity,
 * and a new one each render would refetch in a loop. The typenames make an empty list refetch
 * after the candidate's own mutations.
 */
const CANDIDATE_CONTEXT = { additionalTypenames: ['Application', 'CandidateDocument', 'CandidateProfile', 'ApplicationObjection'] };

/** The candidate's own page: profile, documents, applications with their status and objections. */
export function CandidatePage() {
  const { t } = useTranslation();
  usePageTitle(t('recruitment.candidate.title'));
  const { me, fetching: sessionLoading } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: CandidateQuery, context: CANDIDATE_CONTEXT, pause: me?.role !== 'CANDIDATE' });

  if (sessionLoading && !me) return <Loading />;
  if (me?.role !== 'CANDIDATE') {
    return (
      <section className="narrow" aria-labelledby="candidate-title">
        <h1 id="candidate-title">{t('recruitment.candidate.title')}</h1>
        <p className="status status--error" role="alert">
          {t('recruitment.candidate.onlyCandidates')}
        </p>
        <Link className="button button--primary" to={paths.recruitment.register}>
          {t('recruitment.openings.registerLink')}
        </Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="candidate-title">
      <h1 id="candidate-title">{t('recruitment.candidate.title')}</h1>
      {error && <ErrorMessage error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <Applications applications={data.myApplications} />
          {/* Not keyed by the profile: saving refetches it, and a remount would drop the "saved" notice. */}
          <ProfileForm profile={data.myCandidateProfile} />
          <Documents documents={data.myCandidateDocuments} />
        </>
      )}
    </section>
  );
}

const PROFILE_FIELDS = ['fullName', 'birthDate', 'sex', 'phone', 'educationLevel', 'major', 'institution'] as const;

function ProfileForm({ profile }: { profile: Profile | null }) {
  const { t } = useTranslation();
  const [{ fetching, error, data }, save] = useMutation(SaveProfileMutation);
  const errors = errorsForForm(error, PROFILE_FIELDS, t);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '');
    void save({
      input: {
        fullName: value('fullName'),
        birthDate: value('birthDate'),
        sex: value('sex') as Profile['sex'],
        phone: value('phone'),
        educationLevel: value('educationLevel') as Profile['educationLevel'],
        major: value('major'),
        institution: value('institution'),
      },
    });
  };
  const text = (name: 'fullName' | 'phone' | 'major' | 'institution', type = 'text') => (
    <Field id={`profile-${name}`} label={t(`recruitment.profile.${name}`)} error={errors.fields[name]}>
      {(control) => <input {...control} name={name} type={type} defaultValue={profile?.[name] ?? ''} required />}
    </Field>
  );
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{t('recruitment.profile.title')}</h2>
      <form className="form" aria-label={t('recruitment.profile.title')} onSubmit={onSubmit} noValidate>
        <FormErrors messages={errors.form} />
        {text('fullName')}
        <Field id="profile-birthDate" label={t('recruitment.profile.birthDate')} error={errors.fields.birthDate}>
          {(control) => <input {...control} name="birthDate" type="date" defaultValue={profile?.birthDate ?? ''} required />}
        </Field>
        <Field id="profile-sex" label={t('recruitment.profile.sex')} error={errors.fields.sex}>
          {(control) => (
            <select {...control} name="sex" defaultValue={profile?.sex ?? 'FEMALE'}>
              <option value="FEMALE">{t('recruitment.profile.female')}</option>
              <option value="MALE">{t('recruitment.profile.male')}</option>
            </select>
          )}
        </Field>
        {text('phone', 'tel')}
        <Field id="profile-educationLevel" label={t('recruitment.profile.educationLevel')} error={errors.fields.educationLevel}>
          {(control) => (
            <select {...control} name="educationLevel" defaultValue={profile?.educationLevel ?? 'S1'}>
              {EDUCATION_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`recruitment.education.${level}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('major')}
        {text('institution')}
        <button type="submit" className="button button--primary" disabled={fetching}>
          {t('recruitment.profile.save')}
        </button>
        {data && !error && <p role="status">{t('recruitment.profile.saved')}</p>}
      </form>
    </section>
  );
}

function Documents({ documents }: { documents: Array<{ id: string; kind: DocumentKind; file: { name: string; url: string; size: number } }> }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DocumentKind>('IJAZAH');
  const [file, setFile] = useState<File | null>(null);
  const [{ fetching, error }, upload] = useMutation(UploadDocumentMutation);
  const errors = errorsForForm(error, ['file'], t);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (!file) return;
    const result = await upload({ kind, file });
    if (result.data?.uploadCandidateDocument) {
      setFile(null);
      form.reset();
    }
  };
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t('recruitment.documents.title')}</h2>
      <ul>
        {documents.map((document) => (
          <li key={document.id}>
            {t(`recruitment.documents.kinds.${document.kind}`)}:{' '}
            <a href={document.file.url} download>
              {document.file.name}
            </a>
          </li>
        ))}
      </ul>
      <form className="form" aria-label={t('recruitment.documents.upload')} onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormErrors messages={errors.form} />
        <Field id="document-kind" label={t('recruitment.documents.kind')}>
          {(control) => (
            <select {...control} value={kind} onChange={(event) => setKind(event.target.value as DocumentKind)}>
              {DOCUMENT_KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`recruitment.documents.kinds.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="document-file" label={t('recruitment.documents.file')} hint={t('recruitment.documents.hint')} error={errors.fields.file}>
          {(control) => <input {...control} type="file" accept="application/pdf,image/png,image/jpeg" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />}
        </Field>
        <button type="submit" className="button" disabled={fetching || !file}>
          {t('recruitment.documents.upload')}
        </button>
      </form>
    </section>
  );
}

function Applications({ applications }: { applications: MyApplication[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="applications-title">
      <h2 id="applications-title">{t('recruitment.candidate.applications')}</h2>
      {applications.length === 0 ? (
        <p>
          {t('recruitment.candidate.noApplication')} <Link to={paths.recruitment.openings}>{t('recruitment.candidate.findOpening')}</Link>
        </p>
      ) : (
        <ul className="cards">
          {applications.map((application) => (
            <ApplicationCard key={application.id} application={application} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ApplicationCard({ application }: { application: MyApplication }) {
  const { t } = useTranslation();
  const { formatDateTime, formatNumber } = useFormat();
  const [submission, submit] = useMutation(SubmitMutation);
  const [objection, object] = useMutation(ObjectionMutation);
  const submitErrors = errorsForForm(submission.error, [], t, recruitmentMessages(t, 'submit'));
  const objectionErrors = errorsForForm(objection.error, ['reason'], t, recruitmentMessages(t, 'object'));
  const onObject = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void object({ applicationId: application.id, reason: String(new FormData(event.currentTarget).get('reason') ?? '') });
  };
  const canObject = application.objectionDeadline !== null && new Date(application.objectionDeadline) > new Date() && !application.objections.some((o) => o.stage === (application.status === 'ADMIN_REJECTED' ? 'ADMIN_CHECK' : 'RESULT'));
  return (
    <li className="card">
      <h3>
        {application.opening.positionTitle} · {application.opening.agency.shortName}
      </h3>
      <p>
        {t('recruitment.candidate.status')}: <strong>{t(`recruitment.applicationStatus.${application.status}`)}</strong>
      </p>
      {application.rejectionReason && <p>{t('recruitment.candidate.reason', { reason: application.rejectionReason })}</p>}
      {application.skd && <p>{t('recruitment.candidate.skd', application.skd)}</p>}
      {application.interviewScore !== null && <p>{t('recruitment.candidate.interview', { score: formatNumber(application.interviewScore) })}</p>}
      {application.rank !== null && application.finalScore !== null && <p>{t('recruitment.candidate.rank', { rank: application.rank, score: formatNumber(application.finalScore) })}</p>}
      {application.status === 'HIRED' && (
        <p>
          <Link className="button button--primary" to={paths.recruitment.orientation}>
            {t('recruitment.orientation.title')}
          </Link>
        </p>
      )}
      {application.status === 'DRAFT' && (
        <>
          <p className="muted">{t('recruitment.candidate.draftHint')}</p>
          <FormErrors messages={submitErrors.form} />
          <button type="button" className="button button--primary" disabled={submission.fetching} onClick={() => void submit({ applicationId: application.id })}>
            {t('recruitment.candidate.submit')}
          </button>
        </>
      )}
      {application.objections.map((o) => (
        <p key={o.id}>
          {t('recruitment.candidate.objection', { status: t(`recruitment.objectionStatus.${o.status}`) })}
          {o.response ? ` — ${o.response}` : ''}
        </p>
      ))}
      {canObject && (
        <form className="form" aria-label={t('recruitment.candidate.object')} onSubmit={onObject} noValidate>
          <FormErrors messages={objectionErrors.form} />
          <Field id={`objection-${application.id}`} label={t('recruitment.candidate.objectionReason')} hint={t('recruitment.candidate.deadline', { deadline: formatDateTime(application.objectionDeadline!) })} error={objectionErrors.fields.reason}>
            {(control) => <textarea {...control} name="reason" rows={3} required />}
          </Field>
          <button type="submit" className="button" disabled={objection.fetching}>
            {t('recruitment.candidate.object')}
          </button>
        </form>
      )}
    </li>
  );
}
