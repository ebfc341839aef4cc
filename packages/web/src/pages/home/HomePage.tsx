import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { nodes } from '../../graphql/types';
import { useFormat } from '../../i18n/format';
import { HomeRegionsQuery } from './queries';

export function HomePage() {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const [{ data, fetching, error }, refetch] = useQuery({ query: HomeRegionsQuery });
  usePageTitle(t('home.title'));
  const regions = nodes(data?.regions);

  let content;
  if (error && !data) {
    content = <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  } else if (fetching && !data) {
    content = <Loading />;
  } else if (regions.length === 0) {
    content = <Empty>{t('home.empty')}</Empty>;
  } else {
    content = (
      <ul className="card-grid">
        {regions.map((region) => (
          <li key={region.id} className="card">
            <h2 className="card__title">
              <Link className="card__link" to={paths.region(region.id)}>
                {region.name}
              </Link>
            </h2>
            <dl className="facts">
              <div>
                <dt>{t('home.kind')}</dt>
                <dd>{t(`regionKind.${region.kind}`)}</dd>
              </div>
              <div>
                <dt>{t('home.province')}</dt>
                <dd>{region.province}</dd>
              </div>
              <div>
                <dt>{t('home.agencyCount')}</dt>
                <dd>{formatNumber(region.agencies.totalCount)}</dd>
              </div>
            </dl>
            <p className="card__actions">
              <Link to={paths.publicRegion(region.id)}>{t('home.publicLink', { region: region.name })}</Link>
            </p>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {content}
    </section>
  );
}
