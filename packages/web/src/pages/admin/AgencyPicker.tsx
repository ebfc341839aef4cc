import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { nodes } from '../../graphql/types';
import { Empty } from '../../components/QueryStatus';
import { useAdminViewer } from './AdminLayout';
import { AgencyOptionsQuery, type RegionOption } from './queries';

/**
 * The agency an admin page works on: an AGENCY_ADMIN's own, or the one an ADMIN picked, kept in
 * the URL (`?opd=`) so the page can be shared and survives a reload.
 */
export function useSelectedAgency(): [string | null, (agencyId: string) => void] {
  const viewer = useAdminViewer();
  const [params, setParams] = useSearchParams();
  if (viewer.role === 'AGENCY_ADMIN') return [viewer.agency?.id ?? null, () => undefined];
  return [
    params.get('opd'),
    (agencyId) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('opd', agencyId);
        return next;
      }),
  ];
}

export function AgencyPicker() {
  const { t } = useTranslation();
  const viewer = useAdminViewer();
  const [agencyId, setAgencyId] = useSelectedAgency();
  const [{ data }] = useQuery({ query: AgencyOptionsQuery, pause: viewer.role !== 'ADMIN' });
  if (viewer.role !== 'ADMIN') {
    return (
      <p className="muted">
        {t('admin.agency.own')}: <strong>{viewer.agency?.name}</strong>
      </p>
    );
  }
  return (
    <div className="field field--inline">
      <label htmlFor="admin-agency">{t('admin.agency.label')}</label>
      <select id="admin-agency" value={agencyId ?? ''} onChange={(event) => setAgencyId(event.target.value)}>
        <AgencyOptions regions={nodes(data?.regions)} />
      </select>
    </div>
  );
}

/** The agencies as <option>s grouped by region, for an agency <select>. */
export function AgencyOptions({ regions }: { regions: RegionOption[] }) {
  const { t } = useTranslation();
  return (
    <>
      <option value="" disabled>
        {t('admin.agency.choose')}
      </option>
      {regions.map((region) => (
        <optgroup key={region.id} label={region.name}>
          {nodes(region.agencies).map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/** A page about one agency: its title, the agency picker, and its content once an agency is chosen. */
export function AgencyScopedPage({ id, title, children }: { id: string; title: string; children: (agencyId: string) => ReactNode }) {
  const { t } = useTranslation();
  const [agencyId] = useSelectedAgency();
  return (
    <section aria-labelledby={id}>
      <h1 id={id}>{title}</h1>
      <AgencyPicker />
      {agencyId ? children(agencyId) : <Empty>{t('admin.agency.pickFirst')}</Empty>}
    </section>
  );
}
