import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { nodes } from '../../../graphql/types';
import { useFormat } from '../../../i18n/format';
import { Pager, useCursorPages } from '../Pager';
import { AgencyScopedPage } from '../AgencyPicker';
import { ListStatus } from '../ListStatus';
import { AgencyUnitsQuery } from '../queries';
import { EmployeeForm } from './EmployeeForm';
import { EmployeesQuery, type EmployeeRow } from './queries';

export function EmployeesPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.employees.title'));
  return (
    <AgencyScopedPage id="employees-title" title={t('admin.employees.title')}>
      {(agencyId) => <EmployeeList key={agencyId} agencyId={agencyId} />}
    </AgencyScopedPage>
  );
}

function EmployeeList({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const [search, setSearch] = useState('');
  const pages = useCursorPages();
  const [editing, setEditing] = useState<EmployeeRow | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: EmployeesQuery, variables: { agencyId, search: search.trim() || null, after: pages.after } });
  const [units] = useQuery({ query: AgencyUnitsQuery, variables: { id: agencyId } });
  const employees = nodes(data?.employees);
  const unitOptions = nodes(units.data?.agency?.units);

  return (
    <>
      <div className="toolbar">
        <div className="field field--inline">
          <label htmlFor="employee-search">{t('admin.employees.search')}</label>
          <input
            id="employee-search"
            type="search"
            value={search}
            placeholder={t('admin.employees.searchHint')}
            onChange={(event) => {
              setSearch(event.target.value);
              pages.reset();
            }}
          />
        </div>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('admin.employees.create')}
        </button>
      </div>
      <div aria-live="polite">{saved && <p className="status status--ok">{t('admin.employees.saved', { name: saved })}</p>}</div>
      {editing && (
        <EmployeeForm
          key={editing === 'new' ? 'new' : editing.id}
          units={unitOptions}
          employee={editing === 'new' ? undefined : editing}
          onCancel={() => setEditing(null)}
          onDone={(employee) => {
            setEditing(null);
            setSaved(employee.name);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      <ListStatus result={{ data, fetching, error }} count={employees.length} empty={t('admin.employees.empty')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        <p className="muted">{t('admin.employees.count', { count: formatNumber(data?.employees.totalCount ?? 0) })}</p>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.employees.name')}</th>
                <th scope="col">{t('admin.employees.nip')}</th>
                <th scope="col">{t('admin.employees.positionTitle')}</th>
                <th scope="col">{t('admin.employees.unit')}</th>
                <th scope="col">{t('admin.employees.superior')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {employees.map((employee) => (
                <tr key={employee.id}>
                  <td>{employee.name}</td>
                  <td className="nowrap">{employee.nip}</td>
                  <td>{employee.positionTitle}</td>
                  <td>{employee.unit.name}</td>
                  <td>{employee.superior?.name ?? t('common.notAvailable')}</td>
                  <td>
                    <button type="button" className="button button--ghost" onClick={() => setEditing(employee)}>
                      {t('admin.edit')}
                      <span className="visually-hidden"> {employee.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager pages={pages} pageInfo={data?.employees.pageInfo} />
      </ListStatus>
    </>
  );
}
