import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { nodes } from '../../graphql/types';
import { LeaderGate } from './LeaderGate';
import { DashboardIndexQuery } from './queries';

/** `/dasbor`: a leader goes straight to their region; an administrator picks one. */
export function DashboardIndexPage() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.title'));
  return (
    <LeaderGate>
      <RegionChoice />
    </LeaderGate>
  );
}

function RegionChoice() {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: DashboardIndexQuery });
  if (error && !data) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const own = data.me?.role === 'LEADER' ? data.me.region?.id : undefined;
  if (own) return <Navigate to={paths.dashboard(own)} replace />;
  return (
    <section aria-labelledby="dashboard-choose">
      <h1 id="dashboard-choose">{t('dashboard.title')}</h1>
      <p className="lead">{t('dashboard.chooseRegion')}</p>
      <ul className="link-list">
        {nodes(data.regions).map((region) => (
          <li key={region.id}>
            <Link to={paths.dashboard(region.id)}>{region.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
