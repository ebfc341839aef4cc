import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../../components/QueryStatus';
import { errorsForForm } from '../../../graphql/errors';
import { nodes } from '../../../graphql/types';
import { useFormat } from '../../../i18n/format';
import { recruitmentMessages } from '../../recruitment/errors';
import { OpeningsQuery } from '../../recruitment/queries';
import { useAdminViewer } from '../AdminLayout';
import { AgencyPicker, useSelectedAgency } from '../AgencyPicker';
import { EmployeesQuery } from '../employees/queries';
import { Field, FormErrors } from '../Field';
import { AgencyUnitsQuery } from '../queries';
import { PlacementForm, PlacementList, UniversityForm } from './Internships';
import { OpeningForm, RoundForm, SETUP_CONTEXT } from './RecruitmentSetup';
import {
  AdminCheckMutation,
  AgencyRegionQuery,
  AnnounceMutation,
  DecideObjectionMutation,
  HireMutation,
  InterviewMutation,
  OpeningApplicationsQuery,
  OrientationProgressQuery,
  RegionRecruitmentQuery,
  SkdMutation,
  type AdminApplication,
  type RankingRow,
} from './queries';

/** Refetch the applications after any selection mutation (they change statuses, ranks and figures). */
const SELECTION_CONTEXT = { additionalTypenames: ['Application', 'ApplicationObjection', 'JobOpening'] };

/**
 * The agency administrator's selection desk: an opening's applications with the administrative
 * check, SKD and interview scores, the announcement (ranking), objections and hiring; and the
 * orientation progress of new hires; below, the setup: rounds (ADMIN), openings, partner
 * universities (ADMIN) and intern placements.
 */
export function RecruitmentPage() {
  const { t } = useTranslation();
  usePageTitle(t('recruitment.admin.title'));
  const [agencyId] = useSelectedAgency();
  const openingsVariables = useMemo(() => ({ filter: { agencyId } }), [agencyId]);
  const [{ data: openingsData }] = useQuery({ query: OpeningsQuery, variables: openingsVariables, pause: !agencyId });
  const openings = nodes(openingsData?.jobOpenings);
  const [chosen, setChosen] = useState<string | null>(null);
  const openingId = chosen ?? openings[0]?.id ?? null;

  return (
    <section aria-labelledby="recruitment-admin-title">
      <h1 id="recruitment-admin-title">{t('recruitment.admin.title')}</h1>
      <AgencyPicker />
      {agencyId && (
        <>
          <div className="field">
            <label htmlFor="recruitment-opening">{t('recruitment.admin.opening')}</label>
            <select id="recruitment-opening" value={openingId ?? ''} onChange={(event) => setChosen(event.target.value)}>
              {openings.map((opening) => (
                <option key={opening.id} value={opening.id}>
                  {opening.positionTitle} ({opening.round.name})
                </option>
              ))}
            </select>
          </div>
          {openingId && <OpeningApplications openingId={openingId} agencyId={agencyId} />}
          <OrientationProgress agencyId={agencyId} />
          <RecruitmentSetup agencyId={agencyId} />
        </>
      )}
    </section>
  );
}

function OpeningApplications({ openingId, agencyId }: { openingId: string; agencyId: string }) {
  const { t } = useTranslation();
  const variables = useMemo(() => ({ id: openingId }), [openingId]);
  const [{ data, fetching, error }] = useQuery({ query: OpeningApplicationsQuery, variables, context: SELECTION_CONTEXT });
  const [announcement, announce] = useMutation(AnnounceMutation);
  const announceErrors = errorsForForm(announcement.error, [], t, recruitmentMessages(t, 'announce'));
  const opening = data?.node;
  if (error) return <ErrorMessage error={error} />;
  if (fetching && !opening) return <Loading />;
  if (!opening) return null;
  const applications = nodes(opening.applications);
  return (
    <section aria-labelledby="applications-heading">
      <h2 id="applications-heading">{t('recruitment.admin.applications', { count: opening.applications.totalCount, positions: opening.positions })}</h2>
      {opening.announced ? (
        <p role="status">{t('recruitment.admin.announced')}</p>
      ) : (
        <>
          <p className="muted">{t('recruitment.admin.tieBreak')}</p>
          <FormErrors messages={announceErrors.form} />
          <button type="button" className="button button--primary" disabled={announcement.fetching} onClick={() => void announce({ openingId }, SELECTION_CONTEXT)}>
            {t('recruitment.admin.announce')}
          </button>
        </>
      )}
      {opening.ranking.length > 0 && <Ranking rows={opening.ranking} announced={opening.announced} />}
      {applications.length === 0 ? (
        <Empty>{t('recruitment.admin.noApplications')}</Empty>
      ) : (
        <ul className="cards">
          {applications.map((application) => (
            <ApplicationDesk key={application.id} application={application} announced={opening.announced} agencyId={agencyId} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Ranking({ rows, announced }: { rows: RankingRow[]; announced: boolean }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  return (
    <section aria-labelledby="ranking-heading">
      <h3 id="ranking-heading">{announced ? t('recruitment.admin.ranking') : t('recruitment.admin.provisionalRanking')}</h3>
      <div className="table-scroll">
        <table className="metrics-table">
          <thead>
            <tr>
              <th scope="col">{t('recruitment.admin.rank')}</th>
              <th scope="col">{t('recruitment.admin.applicant')}</th>
              <th scope="col">{t('recruitment.admin.finalScore')}</th>
              <th scope="col">{t('recruitment.admin.result')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.application.id}>
                <td>{row.rank ?? '–'}</td>
                <th scope="row">{row.application.applicant.displayName}</th>
                <td>{row.finalScore === null ? '–' : formatNumber(row.finalScore)}</td>
                <td>{t(row.withinPositions ? 'recruitment.admin.withinPositions' : row.passedSkd ? (row.rank === null ? 'recruitment.admin.awaitingInterview' : 'recruitment.admin.outsidePositions') : 'recruitment.admin.skdFailed')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ApplicationDesk({ application, announced, agencyId }: { application: AdminApplication; announced: boolean; agencyId: string }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const [check, recordCheck] = useMutation(AdminCheckMutation);
  const [skd, recordSkd] = useMutation(SkdMutation);
  const [interview, recordInterview] = useMutation(InterviewMutation);
  const errors = errorsForForm(check.error ?? skd.error ?? interview.error, ['rejectionReason', 'twk', 'score'], t, recruitmentMessages(t, 'select'));
  const { applicant, status } = application;
  const checkable = ['SUBMITTED', 'ADMIN_PASSED', 'ADMIN_REJECTED'].includes(status);
  const scorable = !announced && ['ADMIN_PASSED', 'SKD_PASSED', 'SKD_FAILED'].includes(status);
  const number = (form: FormData, name: string) => Number(String(form.get(name) ?? '').replace(',', '.'));
  const headingId = `applicant-${application.id}`;

  const onReject = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void recordCheck({ applicationId: application.id, passed: false, rejectionReason: String(new FormData(event.currentTarget).get('rejectionReason') ?? '') }, SELECTION_CONTEXT);
  };
  const onSkd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void recordSkd({ applicationId: application.id, twk: number(form, 'twk'), tiu: number(form, 'tiu'), tkp: number(form, 'tkp') }, SELECTION_CONTEXT);
  };
  const onInterview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void recordInterview({ applicationId: application.id, score: number(new FormData(event.currentTarget), 'score') }, SELECTION_CONTEXT);
  };

  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{applicant.displayName}</h3>
      <p>
        {applicant.email}
        {applicant.profile && ` · ${t(`recruitment.education.${applicant.profile.educationLevel}`)} ${applicant.profile.major}, ${applicant.profile.institution}`}
        {applicant.formerIntern && ` · ${t('recruitment.admin.formerIntern')}`}
      </p>
      <p>
        {t('recruitment.candidate.status')}: <strong>{t(`recruitment.applicationStatus.${status}`)}</strong>
        {application.rejectionReason && ` — ${application.rejectionReason}`}
      </p>
      {application.skd && <p>{t('recruitment.candidate.skd', application.skd)}</p>}
      {application.interviewScore !== null && <p>{t('recruitment.candidate.interview', { score: formatNumber(application.interviewScore) })}</p>}
      {application.rank !== null && application.finalScore !== null && <p>{t('recruitment.candidate.rank', { rank: application.rank, score: formatNumber(application.finalScore) })}</p>}
      <ul>
        {applicant.documents.map((document) => (
          <li key={document.id}>
            {t(`recruitment.documents.kinds.${document.kind}`)}:{' '}
            <a href={document.file.url} download>
              {document.file.name}
            </a>
          </li>
        ))}
      </ul>
      <FormErrors messages={errors.form} />
      {checkable && (
        <div className="form__actions">
          <button type="button" className="button button--primary" disabled={check.fetching} onClick={() => void recordCheck({ applicationId: application.id, passed: true, rejectionReason: null }, SELECTION_CONTEXT)}>
            {t('recruitment.admin.passCheck')}
          </button>
          <form className="form form--inline" aria-label={t('recruitment.admin.reject')} onSubmit={onReject} noValidate>
            <Field id={`reject-${application.id}`} label={t('recruitment.admin.rejectionReason')} error={errors.fields.rejectionReason}>
              {(control) => <input {...control} name="rejectionReason" />}
            </Field>
            <button type="submit" className="button" disabled={check.fetching}>
              {t('recruitment.admin.reject')}
            </button>
          </form>
        </div>
      )}
      {scorable && (
        <form className="form form--inline" aria-label={t('recruitment.admin.skdForm')} onSubmit={onSkd} noValidate>
          {(['twk', 'tiu', 'tkp'] as const).map((part) => (
            <Field key={part} id={`${part}-${application.id}`} label={t(`recruitment.admin.${part}`)} error={part === 'twk' ? errors.fields.twk : undefined}>
              {(control) => <input {...control} name={part} inputMode="numeric" defaultValue={application.skd?.[part] ?? ''} required />}
            </Field>
          ))}
          <button type="submit" className="button" disabled={skd.fetching}>
            {t('recruitment.admin.saveSkd')}
          </button>
        </form>
      )}
      {scorable && status === 'SKD_PASSED' && (
        <form className="form form--inline" aria-label={t('recruitment.admin.interviewForm')} onSubmit={onInterview} noValidate>
          <Field id={`interview-${application.id}`} label={t('recruitment.admin.interviewScore')} error={errors.fields.score}>
            {(control) => <input {...control} name="score" inputMode="decimal" defaultValue={application.interviewScore ?? ''} required />}
          </Field>
          <button type="submit" className="button" disabled={interview.fetching}>
            {t('recruitment.admin.saveInterview')}
          </button>
        </form>
      )}
      {application.objections
        .filter((objection) => objection.status === 'OPEN')
        .map((objection) => (
          <ObjectionDesk key={objection.id} objection={objection} />
        ))}
      {status === 'PASSED' && <HireForm applicationId={application.id} agencyId={agencyId} />}
    </li>
  );
}

function ObjectionDesk({ objection }: { objection: AdminApplication['objections'][number] }) {
  const { t } = useTranslation();
  const [{ fetching, error }, decide] = useMutation(DecideObjectionMutation);
  const errors = errorsForForm(error, ['response'], t, recruitmentMessages(t, 'decide'));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Which of the two buttons sent the form decides.
    const accept = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'accept';
    void decide({ objectionId: objection.id, accept, response: String(new FormData(event.currentTarget).get('response') ?? '') }, SELECTION_CONTEXT);
  };
  return (
    <form className="form" aria-label={t('recruitment.admin.objection')} onSubmit={onSubmit} noValidate>
      <p>
        {t('recruitment.admin.objection')}: {objection.reason}
      </p>
      <FormErrors messages={errors.form} />
      <Field id={`response-${objection.id}`} label={t('recruitment.admin.response')} error={errors.fields.response}>
        {(control) => <textarea {...control} name="response" rows={2} required />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={fetching} value="accept">
          {t('recruitment.admin.accept')}
        </button>
        <button type="submit" className="button" disabled={fetching} value="refuse">
          {t('recruitment.admin.refuse')}
        </button>
      </div>
    </form>
  );
}

function HireForm({ applicationId, agencyId }: { applicationId: string; agencyId: string }) {
  const { t } = useTranslation();
  const unitsVariables = useMemo(() => ({ id: agencyId }), [agencyId]);
  const [{ data: unitsData }] = useQuery({ query: AgencyUnitsQuery, variables: unitsVariables });
  const [search, setSearch] = useState('');
  const employeesVariables = useMemo(() => ({ agencyId, search: search.trim() || null, after: null }), [agencyId, search]);
  const [{ data: employeesData }] = useQuery({ query: EmployeesQuery, variables: employeesVariables });
  const [{ fetching, error }, hire] = useMutation(HireMutation);
  const errors = errorsForForm(error, ['unitId', 'superiorId'], t, recruitmentMessages(t, 'hire'));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void hire({ input: { applicationId, unitId: String(form.get('unitId') ?? ''), superiorId: String(form.get('superiorId') ?? '') } }, SELECTION_CONTEXT);
  };
  return (
    <form className="form" aria-label={t('recruitment.admin.hire')} onSubmit={onSubmit} noValidate>
      <FormErrors messages={errors.form} />
      <Field id={`hire-unit-${applicationId}`} label={t('recruitment.admin.unit')} error={errors.fields.unitId}>
        {(control) => (
          <select {...control} name="unitId">
            {nodes(unitsData?.agency?.units).map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`hire-search-${applicationId}`} label={t('recruitment.admin.superiorSearch')}>
        {(control) => <input {...control} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
      </Field>
      <Field id={`hire-superior-${applicationId}`} label={t('recruitment.admin.superior')} error={errors.fields.superiorId}>
        {(control) => (
          <select {...control} name="superiorId">
            {nodes(employeesData?.employees).map((employee) => (
              <option key={employee.id} value={employee.id}>
                {employee.name} — {employee.positionTitle}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={fetching}>
        {t('recruitment.admin.hire')}
      </button>
    </form>
  );
}

function OrientationProgress({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const variables = useMemo(() => ({ agencyId }), [agencyId]);
  const [{ data }] = useQuery({ query: OrientationProgressQuery, variables, context: SELECTION_CONTEXT });
  const rows = data?.agencyOrientationProgress ?? [];
  return (
    <section aria-labelledby="orientation-progress">
      <h2 id="orientation-progress">{t('recruitment.admin.orientation')}</h2>
      {rows.length === 0 ? (
        <Empty>{t('recruitment.admin.noHires')}</Empty>
      ) : (
        <div className="table-scroll">
          <table className="metrics-table">
            <thead>
              <tr>
                <th scope="col">{t('recruitment.admin.newHire')}</th>
                <th scope="col">{t('recruitment.admin.hiredAt')}</th>
                <th scope="col">{t('recruitment.admin.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.employee.id}>
                  <th scope="row">
                    {row.employee.name} — {row.employee.positionTitle}
                  </th>
                  <td>{formatDate(row.hiredAt)}</td>
                  <td>{t('recruitment.orientation.progress', { done: row.done, total: row.total })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The region's rounds and partner universities, with the forms that add to them and the agency's openings and placements. */
function RecruitmentSetup({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const viewer = useAdminViewer();
  const agencyVariables = useMemo(() => ({ agencyId }), [agencyId]);
  const [{ data: agencyData }] = useQuery({ query: AgencyRegionQuery, variables: agencyVariables });
  const region = agencyData?.agency?.region;
  const regionVariables = useMemo(() => ({ regionId: region?.id ?? '' }), [region?.id]);
  const [{ data }] = useQuery({ query: RegionRecruitmentQuery, variables: regionVariables, pause: !region, context: SETUP_CONTEXT });
  if (!region || !data) return null;
  const isAdmin = viewer.role === 'ADMIN';
  return (
    <>
      <section aria-labelledby="recruitment-setup">
        <h2 id="recruitment-setup">{t('recruitment.setup.title', { region: region.name })}</h2>
        {isAdmin && <RoundForm regionId={region.id} />}
        {data.recruitmentRounds.length === 0 ? <Empty>{t('recruitment.setup.noRounds')}</Empty> : <OpeningForm agencyId={agencyId} rounds={data.recruitmentRounds} />}
      </section>
      <section aria-labelledby="recruitment-interns">
        <h2 id="recruitment-interns">{t('recruitment.interns.title')}</h2>
        <h3>{t('recruitment.interns.university.title')}</h3>
        {data.partnerUniversities.length === 0 ? (
          <Empty>{t('recruitment.interns.noUniversities')}</Empty>
        ) : (
          <ul>
            {data.partnerUniversities.map((university) => (
              <li key={university.id}>
                {university.name}, {university.city}
              </li>
            ))}
          </ul>
        )}
        {isAdmin && <UniversityForm regionId={region.id} />}
        {data.partnerUniversities.length > 0 && <PlacementForm agencyId={agencyId} universities={data.partnerUniversities} />}
        <PlacementList agencyId={agencyId} />
      </section>
    </>
  );
}
