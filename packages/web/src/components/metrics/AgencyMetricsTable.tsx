import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MetricsTable, type MetricsColumn } from './MetricsTable';
import type { AgencyHeadline } from './types';

const columns: MetricsColumn[] = ['medianDays', 'withinStandard', 'received', 'throughput', 'openBacklog', 'overdue', 'ikm'];

/** Headline figures per agency; names link to the drill-down when `agencyHref` is given. */
export function AgencyMetricsTable({ caption, rows, agencyHref }: { caption: string; rows: AgencyHeadline[]; agencyHref?: (agencyId: string) => string }) {
  const { t } = useTranslation();
  return (
    <MetricsTable
      caption={caption}
      nameHeader={t('metrics.agency')}
      columns={columns}
      rows={rows.map((agency) => ({
        key: agency.agencyId,
        name: agencyHref ? <Link to={agencyHref(agency.agencyId)}>{agency.name}</Link> : agency.name,
        metrics: agency.metrics,
        ikm: agency.ikm,
        tag: agency.shortName,
      }))}
    />
  );
}
