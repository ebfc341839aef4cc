import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../app/usePageTitle';
import { PredikatBadge } from '../../components/performance/PredikatBadge';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { nodes } from '../../graphql/types';
import { useYear } from './dates';
import { ObjectionForm } from './ObjectionForm';
import { ObjectionsQuery, type ObjectionRow } from './queries';
import { YearSelect } from './TeamLayout';

/** Objections (keberatan) to ratings given by the viewer's direct subordinates: the viewer decides them. */
export function ObjectionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('team.objections.title'));
  const [year] = useYear();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ObjectionsQuery, variables: { year } });
  const rows: ObjectionRow[] = nodes(data?.me?.employee?.subordinates).flatMap((rater) =>
    nodes(rater.subordinates).flatMap((employee) =>
      (employee.skp?.appraisals ?? []).filter((appraisal) => appraisal.status === 'OBJECTED').map((appraisal) => ({ employee, appraisal })),
    ),
  );
  return (
    <section aria-labelledby="objections-title">
      <div className="section-header">
        <div>
          <h1 id="objections-title">{t('team.objections.title')}</h1>
          <p className="lead">{t('team.objections.lead')}</p>
        </div>
        <YearSelect />
      </div>
      {error && !data && <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && rows.length === 0 && <Empty>{t('team.objections.none')}</Empty>}
      {rows.map(({ employee, appraisal }) => (
        <article key={appraisal.id} className="panel" aria-labelledby={`objection-${appraisal.id}`}>
          <h2 id={`objection-${appraisal.id}`}>
            <Link to={`${paths.team.member(employee.id)}?tahun=${year}`}>{employee.name}</Link> · {appraisal.period.code}
          </h2>
          <p className="muted">{employee.positionTitle}</p>
          <p>
            {t('team.objections.rated')}: <PredikatBadge predikat={appraisal.predikat} />
          </p>
          <p>
            {t('team.objections.reason')}: {appraisal.objectionReason}
          </p>
          <ObjectionForm appraisal={appraisal} />
        </article>
      ))}
    </section>
  );
}
