import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { nodes } from '../../graphql/types';
import { useFormat } from '../../i18n/format';
import { RegionPageQuery, type RegionDetail } from './queries';

export function RegionPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RegionPageQuery, variables: { id: regionId } });
  const region = data?.region;
  usePageTitle(region?.name ?? (data ? t('region.notFound') : undefined));

  let content;
  if (error && !data) {
    content = <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  } else if (fetching && !data) {
    content = <Loading />;
  } else if (!region) {
    content = <Empty>{t('region.notFound')}</Empty>;
  } else {
    content = <RegionDetails region={region} />;
  }

  return (
    <>
      <p className="back-link">
        <Link to={paths.home}>{t('region.back')}</Link>
      </p>
      {content}
    </>
  );
}

function RegionDetails({ region }: { region: RegionDetail }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const agencies = nodes(region.agencies);

  return (
    <article aria-labelledby="region-title">
      <h1 id="region-title">{region.name}</h1>
      <p className="lead">
        {t('region.summary', { kind: t(`regionKind.${region.kind}`), province: region.province })}
      </p>

      <section aria-labelledby="region-agencies">
        <h2 id="region-agencies">{t('region.agencies.heading')}</h2>
        {agencies.length === 0 ? (
          <Empty>{t('region.agencies.empty')}</Empty>
        ) : (
          <>
            {region.agencies.totalCount > agencies.length && (
              <p className="muted">
                {t('common.showingOf', {
                  shown: formatNumber(agencies.length),
                  total: formatNumber(region.agencies.totalCount),
                })}
              </p>
            )}
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('region.agencies.name')}</th>
                    <th scope="col">{t('region.agencies.shortName')}</th>
                    <th scope="col" className="numeric">
                      {t('region.agencies.employeeCount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {agencies.map((agency) => (
                    <tr key={agency.id}>
                      <th scope="row">{agency.name}</th>
                      <td>{agency.shortName}</td>
                      <td className="numeric">
                        {agency.employeeCount === null
                          ? t('common.notAvailable')
                          : formatNumber(agency.employeeCount)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="region-districts">
        <h2 id="region-districts">{t('region.districts.heading')}</h2>
        {region.districts.length === 0 ? (
          <Empty>{t('region.districts.empty')}</Empty>
        ) : (
          <ul className="tag-list">
            {region.districts.map((district) => (
              <li key={district.id}>{district.name}</li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
