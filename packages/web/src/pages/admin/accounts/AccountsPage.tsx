import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { describeErrors, errorsForForm } from '../../../graphql/errors';
import { nodes, type Role } from '../../../graphql/types';
import { useFormat } from '../../../i18n/format';
import { useAdminViewer } from '../AdminLayout';
import { AgencyOptions } from '../AgencyPicker';
import { Field, FormActions, FormErrors } from '../Field';
import { ListStatus } from '../ListStatus';
import { Pager, useCursorPages } from '../Pager';
import { AgencyOptionsQuery } from '../queries';
import { AccountsQuery, ChangeAccountRoleMutation, CreateAccountMutation, ResetAccountPasswordMutation, SetAccountDisabledMutation, type AccountRow } from './queries';

const AGENCY_ROLES: readonly Role[] = ['AGENCY_ADMIN', 'SUPERVISOR', 'EMPLOYEE'];
const REGION_ROLES: readonly Role[] = ['LEADER', 'ANALYST'];

/** A password shown once, right after it was generated. */
interface Revealed {
  username: string;
  password: string;
}

export function AccountsPage() {
  const { t } = useTranslation();
  const { formatDateTime, formatNumber } = useFormat();
  usePageTitle(t('admin.accounts.title'));
  const [search, setSearch] = useState('');
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AccountsQuery, variables: { search: search.trim() || null, after: pages.after } });
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [creating, setCreating] = useState(false);
  const [changingRole, setChangingRole] = useState<AccountRow | null>(null);
  const viewer = useAdminViewer();
  const [toggle, setDisabled] = useMutation(SetAccountDisabledMutation);
  const [reset, resetPassword] = useMutation(ResetAccountPasswordMutation);
  const actionError = toggle.error ?? reset.error;
  const accounts = nodes(data?.accounts);

  const onReset = async (account: AccountRow) => {
    const result = await resetPassword({ id: account.id });
    const password = result.data?.resetAccountPassword.generatedPassword;
    if (password) setRevealed({ username: account.username, password });
  };

  return (
    <section aria-labelledby="accounts-title">
      <h1 id="accounts-title">{t('admin.accounts.title')}</h1>
      <div className="toolbar">
        <div className="field field--inline">
          <label htmlFor="account-search">{t('admin.accounts.search')}</label>
          <input
            id="account-search"
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              pages.reset();
            }}
          />
        </div>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {t('admin.accounts.create')}
        </button>
      </div>
      <div aria-live="polite">
        {revealed && (
          <div className="status status--ok">
            <p className="status__title">{t('admin.accounts.passwordFor', { username: revealed.username })}</p>
            <p>
              <code className="secret">{revealed.password}</code>
            </p>
            <p className="muted">{t('admin.accounts.passwordOnce')}</p>
            <button type="button" className="button" onClick={() => setRevealed(null)}>
              {t('admin.accounts.passwordNoted')}
            </button>
          </div>
        )}
        {actionError && (
          <p className="status status--error" role="alert">
            {describeErrors(actionError, t)[0]?.message}
          </p>
        )}
      </div>
      {creating && (
        <CreateAccountForm
          onCancel={() => setCreating(false)}
          onCreated={(username, password) => {
            setCreating(false);
            if (password) setRevealed({ username, password });
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {changingRole && (
        <ChangeRoleForm
          key={changingRole.id}
          account={changingRole}
          onCancel={() => setChangingRole(null)}
          onChanged={() => {
            setChangingRole(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      <ListStatus result={{ data, fetching, error }} count={accounts.length} empty={t('admin.accounts.empty')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        <p className="muted">{t('admin.accounts.count', { count: formatNumber(data?.accounts.totalCount ?? 0) })}</p>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.accounts.username')}</th>
                <th scope="col">{t('admin.accounts.displayName')}</th>
                <th scope="col">{t('admin.accounts.role')}</th>
                <th scope="col">{t('admin.accounts.scope')}</th>
                <th scope="col">{t('admin.accounts.state')}</th>
                <th scope="col">{t('admin.accounts.lastLogin')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id}>
                  <td>{account.username}</td>
                  <td>{account.displayName}</td>
                  <td>{t(`roles.${account.role}`)}</td>
                  <td>{account.agency?.name ?? account.region?.name ?? t('admin.accounts.everywhere')}</td>
                  <td>{account.disabled ? t('admin.accounts.disabled') : t('admin.accounts.active')}</td>
                  <td className="nowrap">{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : t('common.notAvailable')}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button button--ghost"
                      disabled={toggle.fetching}
                      onClick={() => void setDisabled({ id: account.id, disabled: !account.disabled })}
                    >
                      {account.disabled ? t('admin.accounts.enable') : t('admin.accounts.disable')}
                      <span className="visually-hidden"> {account.username}</span>
                    </button>
                    <button type="button" className="button button--ghost" disabled={reset.fetching} onClick={() => void onReset(account)}>
                      {t('admin.accounts.resetPassword')}
                      <span className="visually-hidden"> {account.username}</span>
                    </button>
                    {/* The server refuses a change of one's own role. */}
                    {account.id !== viewer.id && (
                      <button type="button" className="button button--ghost" onClick={() => setChangingRole(account)}>
                        {t('admin.accounts.changeRole')}
                        <span className="visually-hidden"> {account.username}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager pages={pages} pageInfo={data?.accounts.pageInfo} />
      </ListStatus>
    </section>
  );
}

const FIELDS = ['username', 'displayName', 'role', 'agencyId', 'regionId', 'password'] as const;

function CreateAccountForm({ onCreated, onCancel }: { onCreated: (username: string, password: string | null) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>('EMPLOYEE');
  const [{ fetching, error }, create] = useMutation(CreateAccountMutation);
  const errors = errorsForForm(error, FIELDS, t);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const result = await create({
      input: { username: value('username'), displayName: value('displayName'), role, ...scopeOf(role, form), password: value('password') || null },
    });
    if (result.data) onCreated(result.data.createAccount.account.username, result.data.createAccount.generatedPassword);
  };

  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="account-create-title">
      <h2 id="account-create-title">{t('admin.accounts.createTitle')}</h2>
      <FormErrors messages={errors.form} />
      <Field id="account-username" label={t('admin.accounts.username')} hint={t('admin.accounts.usernameHint')} error={errors.fields.username}>
        {(props) => <input {...props} name="username" autoComplete="off" autoCapitalize="none" required />}
      </Field>
      <Field id="account-displayName" label={t('admin.accounts.displayName')} error={errors.fields.displayName}>
        {(props) => <input {...props} name="displayName" required />}
      </Field>
      <RoleAndScope idPrefix="account" role={role} onRole={setRole} errors={errors.fields} />
      <Field id="account-password" label={t('admin.accounts.password')} hint={t('admin.accounts.passwordHint')} error={errors.fields.password}>
        {(props) => <input {...props} name="password" type="password" autoComplete="new-password" />}
      </Field>
      <FormActions busy={fetching} submitLabel={t('admin.accounts.create')} onCancel={onCancel} />
    </form>
  );
}

const ROLE_FIELDS = ['role', 'agencyId', 'regionId'] as const;

/** Another role (and scope) for an existing account; its sessions end, the new role applies at the next sign-in. */
function ChangeRoleForm({ account, onChanged, onCancel }: { account: AccountRow; onChanged: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(account.role);
  const [{ fetching, error }, change] = useMutation(ChangeAccountRoleMutation);
  const errors = errorsForForm(error, ROLE_FIELDS, t);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await change({ input: { id: account.id, role, ...scopeOf(role, new FormData(event.currentTarget)) } });
    if (result.data) onChanged();
  };
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="account-role-title">
      <h2 id="account-role-title">{t('admin.accounts.changeRoleTitle', { username: account.username })}</h2>
      <p className="muted">{t('admin.accounts.changeRoleHint')}</p>
      <FormErrors messages={errors.form} />
      <RoleAndScope idPrefix="account-change" role={role} onRole={setRole} errors={errors.fields} current={account} />
      <FormActions busy={fetching} submitLabel={t('admin.accounts.changeRole')} onCancel={onCancel} />
    </form>
  );
}

/** The agency or region the chosen role is scoped to, as the server expects it (an AGENCY_ADMIN's own agency is implied). */
function scopeOf(role: Role, form: FormData): { agencyId: string | null; regionId: string | null } {
  const value = (name: string) => String(form.get(name) ?? '').trim() || null;
  return { agencyId: AGENCY_ROLES.includes(role) ? value('agencyId') : null, regionId: REGION_ROLES.includes(role) ? value('regionId') : null };
}

/** A role picker and, for the roles that need one, the agency or region it applies to. */
function RoleAndScope({
  idPrefix,
  role,
  onRole,
  errors,
  current,
}: {
  idPrefix: string;
  role: Role;
  onRole: (role: Role) => void;
  errors: Record<string, string>;
  current?: AccountRow;
}) {
  const { t } = useTranslation();
  const viewer = useAdminViewer();
  const roles: readonly Role[] = viewer.role === 'ADMIN' ? ['ADMIN', 'AGENCY_ADMIN', 'LEADER', 'SUPERVISOR', 'EMPLOYEE', 'ANALYST'] : ['SUPERVISOR', 'EMPLOYEE'];
  const [options] = useQuery({ query: AgencyOptionsQuery, pause: viewer.role !== 'ADMIN' });
  const regions = nodes(options.data?.regions);
  return (
    <>
      <Field id={`${idPrefix}-role`} label={t('admin.accounts.role')} error={errors.role}>
        {(props) => (
          <select {...props} name="role" value={role} onChange={(event) => onRole(event.target.value as Role)}>
            {roles.map((option) => (
              <option key={option} value={option}>
                {t(`roles.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {viewer.role === 'ADMIN' && AGENCY_ROLES.includes(role) && (
        <Field id={`${idPrefix}-agency`} label={t('admin.agency.label')} error={errors.agencyId}>
          {(props) => (
            <select {...props} name="agencyId" defaultValue={current?.agency?.id ?? ''}>
              <AgencyOptions regions={regions} />
            </select>
          )}
        </Field>
      )}
      {REGION_ROLES.includes(role) && (
        <Field id={`${idPrefix}-region`} label={t('admin.accounts.region')} error={errors.regionId}>
          {(props) => (
            <select {...props} name="regionId" defaultValue={current?.region?.id ?? ''}>
              <option value="" disabled>
                {t('admin.accounts.chooseRegion')}
              </option>
              {regions.map((region) => (
                <option key={region.id} value={region.id}>
                  {region.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </>
  );
}
