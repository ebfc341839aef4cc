import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { errorsForForm } from '../../graphql/errors';
import { nodes } from '../../graphql/types';
import { useFormat } from '../../i18n/format';
import { recruitmentMessages } from './errors';
import { ApplyMutation, EDUCATION_LEVELS, OpeningsQuery, RecruitmentMetricsQuery, RegionAgenciesQuery, RegionsQuery, type EducationLevel, type Figures, type Opening } from './queries';

/** Public: the openings (formasi) with search and filters, and the round's aggregated figures. */
export function OpeningsPage() {
  const { t } = useTranslation();
  usePageTitle(t('recruitment.openings.title'));
  const [{ data: regionData }] = useQuery({ query: RegionsQuery });
  const regions = nodes(regionData?.regions);
  const [chosenRegion, setChosenRegion] = useState<string | null>(null);
  const regionId = chosenRegion ?? regions[0]?.id ?? null;
  const regionVariables = useMemo(() => ({ regionId: regionId ?? '' }), [regionId]);
  const [{ data: agencyData }] = useQuery({ query: RegionAgenciesQuery, variables: regionVariables, pause: !regionId });
  // Only the chosen region's: while another region's list is still shown, an agency of the same
  // name (every region has a Disdukcapil) could be picked from the wrong region.
  const agencies = agencyData?.region?.id === regionId ? nodes(agencyData.region.agencies) : [];
  const [agencyId, setAgencyId] = useState('');
  const [search, setSearch] = useState('');
  const [education, setEducation] = useState<EducationLevel | ''>('');
  // Memoised: urql refetches whenever the variables' identity changes.
  const variables = useMemo(
    () => ({ filter: { regionId, agencyId: agencyId || null, search: search.trim() || null, education: education || null } }),
    [regionId, agencyId, search, education],
  );
  const [{ data, fetching, error }] = useQuery({ query: OpeningsQuery, variables, pause: !regionId });
  const metricsVariables = useMemo(() => ({ regionId: regionId ?? '' }), [regionId]);
  const [{ data: metrics }] = useQuery({ query: RecruitmentMetricsQuery, variables: metricsVariables, pause: !regionId });
  const openings = nodes(data?.jobOpenings);

  return (
    <section aria-labelledby="openings-title">
      <h1 id="openings-title">{t('recruitment.openings.title')}</h1>
      <p className="lead">{t('recruitment.openings.intro')}</p>
      <p>
        <Link className="button button--primary" to={paths.recruitment.register}>
          {t('recruitment.openings.registerLink')}
        </Link>
      </p>
      <form className="form form--inline" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="openings-region">{t('recruitment.openings.region')}</label>
          <select
            id="openings-region"
            value={regionId ?? ''}
            onChange={(event) => {
              setChosenRegion(event.target.value);
              setAgencyId('');
            }}
          >
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="openings-agency">{t('recruitment.openings.agency')}</label>
          <select id="openings-agency" value={agencyId} onChange={(event) => setAgencyId(event.target.value)}>
            <option value="">{t('recruitment.openings.anyAgency')}</option>
            {agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="openings-search">{t('recruitment.openings.search')}</label>
          <input id="openings-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="openings-education">{t('recruitment.openings.education')}</label>
          <select id="openings-education" value={education} onChange={(event) => setEducation(event.target.value as EducationLevel | '')}>
            <option value="">{t('recruitment.openings.anyEducation')}</option>
            {EDUCATION_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`recruitment.education.${level}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {error && <ErrorMessage error={error} />}
      {fetching && !data && <Loading />}
      {data && openings.length === 0 && <Empty>{t('recruitment.openings.none')}</Empty>}
      <ul className="cards">
        {openings.map((opening) => (
          <OpeningCard key={opening.id} opening={opening} />
        ))}
      </ul>
      {metrics?.recruitmentMetrics && (
        <section aria-labelledby="recruitment-figures">
          <h2 id="recruitment-figures">{t('recruitment.metrics.title', { round: metrics.recruitmentMetrics.round.name })}</h2>
          <p className="muted">{t('recruitment.metrics.suppressionNote')}</p>
          <div className="table-scroll">
            <table className="metrics-table">
              <thead>
                <tr>
                  <th scope="col">{t('recruitment.metrics.group')}</th>
                  <th scope="col">{t('recruitment.metrics.applicants')}</th>
                  <th scope="col">{t('recruitment.metrics.adminPassRate')}</th>
                  <th scope="col">{t('recruitment.metrics.skdPassRate')}</th>
                  <th scope="col">{t('recruitment.metrics.hired')}</th>
                  <th scope="col">{t('recruitment.metrics.onlineShare')}</th>
                </tr>
              </thead>
              <tbody>
                <FiguresRow label={t('recruitment.metrics.total')} figures={metrics.recruitmentMetrics.total} />
                {metrics.recruitmentMetrics.openings.map((row) => (
                  <FiguresRow key={row.opening.id} label={`${row.opening.positionTitle} · ${row.opening.agency.shortName}`} figures={row.figures} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </section>
  );
}

function FiguresRow({ label, figures }: { label: string; figures: Figures }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const share = (value: number | null) => (value === null ? '–' : formatNumber(value, { style: 'percent', maximumFractionDigits: 0 }));
  if (figures.suppressed) {
    return (
      <tr>
        <th scope="row">{label}</th>
        <td colSpan={6}>{t('recruitment.metrics.suppressed')}</td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{figures.applicants ?? '–'}</td>
      <td>{share(figures.adminPassRate)}</td>
      <td>{share(figures.skdPassRate)}</td>
      <td>{figures.hired ?? '–'}</td>
      <td>{figures.medianDaysToHire === null ? '–' : formatNumber(figures.medianDaysToHire, { maximumFractionDigits: 1 })}</td>
      <td>{share(figures.onlineCompletionShare)}</td>
    </tr>
  );
}

function OpeningCard({ opening }: { opening: Opening }) {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  const navigate = useNavigate();
  const { me } = useSession();
  const [{ fetching, error }, apply] = useMutation(ApplyMutation);
  const errors = errorsForForm(error, [], t, recruitmentMessages(t, 'apply'));
  const onApply = async () => {
    const result = await apply({ openingId: opening.id });
    if (result.data?.applyToOpening) await navigate(paths.recruitment.candidate);
  };
  return (
    <li className="card">
      <h2>{opening.positionTitle}</h2>
      <p>
        {opening.agency.name} · {t(`recruitment.status.${opening.employmentStatus}`)} · {opening.rankGrade}
      </p>
      <dl className="facts">
        <dt>{t('recruitment.openings.positions')}</dt>
        <dd>{opening.positions}</dd>
        <dt>{t('recruitment.openings.education')}</dt>
        <dd>
          {t(`recruitment.education.${opening.educationLevel}`)}
          {opening.majors.length > 0 ? ` — ${opening.majors.join(', ')}` : ''}
        </dd>
        <dt>{t('recruitment.openings.age')}</dt>
        <dd>{t('recruitment.openings.ageRange', { min: opening.minAge, max: opening.maxAge })}</dd>
        <dt>{t('recruitment.openings.registration')}</dt>
        <dd>
          {formatDay(opening.round.registrationOpens)} – {formatDay(opening.round.registrationCloses)}
        </dd>
        <dt>{t('recruitment.openings.schedule')}</dt>
        <dd>{t('recruitment.openings.scheduleText', { test: formatDay(opening.writtenTestOn), announcement: formatDay(opening.announcementOn) })}</dd>
      </dl>
      <p>{opening.description}</p>
      {me?.role === 'CANDIDATE' && (
        <button type="button" className="button button--primary" disabled={fetching} onClick={() => void onApply()} aria-label={t('recruitment.openings.applyTo', { title: opening.positionTitle })}>
          {t('recruitment.openings.apply')}
        </button>
      )}
      {errors.form.length > 0 && (
        <p className="field__error" role="alert">
          {errors.form.join(' ')}
        </p>
      )}
    </li>
  );
}
