import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { nodes } from '../../../graphql/types';
import { useFormat } from '../../../i18n/format';
import { ListStatus } from '../ListStatus';
import { Pager, useCursorPages } from '../Pager';
import { AuditEntriesQuery } from './queries';

interface Filters {
  action: string | null;
  actorName: string | null;
  entityType: string | null;
}

const ENTITY_TYPES = ['Agency', 'Unit', 'Employee', 'User'] as const;

export function AuditPage() {
  const { t } = useTranslation();
  const { formatDateTime, formatNumber } = useFormat();
  usePageTitle(t('admin.audit.title'));
  const [filters, setFilters] = useState<Filters>({ action: null, actorName: null, entityType: null });
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AuditEntriesQuery, variables: { ...filters, after: pages.after } });
  const entries = nodes(data?.auditEntries);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim() || null;
    setFilters({ action: value('action'), actorName: value('actorName'), entityType: value('entityType') });
    pages.reset();
  };

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('admin.audit.title')}</h1>
      <p className="lead">{t('admin.audit.intro')}</p>
      <form className="filters" onSubmit={onSubmit} aria-label={t('admin.audit.filters')}>
        <div className="field">
          <label htmlFor="audit-action">{t('admin.audit.action')}</label>
          <input id="audit-action" name="action" placeholder="employee." aria-describedby="audit-action-hint" />
          <p id="audit-action-hint" className="field__hint">
            {t('admin.audit.actionHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="audit-actor">{t('admin.audit.actor')}</label>
          <input id="audit-actor" name="actorName" autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="audit-type">{t('admin.audit.entityType')}</label>
          <select id="audit-type" name="entityType" defaultValue="">
            <option value="">{t('admin.audit.anyType')}</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`admin.audit.types.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t('admin.audit.apply')}
        </button>
      </form>
      <ListStatus result={{ data, fetching, error }} count={entries.length} empty={t('admin.audit.empty')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        <p className="muted">{t('admin.audit.count', { count: formatNumber(data?.auditEntries.totalCount ?? 0) })}</p>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.at')}</th>
                <th scope="col">{t('admin.audit.actor')}</th>
                <th scope="col">{t('admin.audit.action')}</th>
                <th scope="col">{t('admin.audit.entity')}</th>
                <th scope="col">{t('admin.audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">{formatDateTime(entry.at)}</td>
                  <td>{entry.actorName}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>
                    {entry.entityType} <code className="muted">{entry.entityId}</code>
                  </td>
                  <td>
                    <details>
                      <summary>{t('admin.audit.show')}</summary>
                      <pre className="json">{JSON.stringify(JSON.parse(entry.changes), null, 2)}</pre>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager pages={pages} pageInfo={data?.auditEntries.pageInfo} />
      </ListStatus>
    </section>
  );
}
