import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../../components/QueryStatus';
import { errorsForForm } from '../../../graphql/errors';
import { nodes } from '../../../graphql/types';
import { useFormat } from '../../../i18n/format';
import { useAdminViewer } from '../AdminLayout';
import { Field, FormActions, FormErrors } from '../Field';
import { CreateAgencyMutation, RegionAgenciesQuery, UpdateAgencyMutation, type AgencyRow, type RegionAgencies } from './queries';

/** The agencies (OPD) of every region, for the installation's ADMIN: list, create, rename. */
export function AgenciesPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.agencies.title'));
  const viewer = useAdminViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RegionAgenciesQuery, pause: viewer.role !== 'ADMIN' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const regions = nodes(data?.regions);
  return (
    <section aria-labelledby="agencies-title">
      <h1 id="agencies-title">{t('admin.agencies.title')}</h1>
      {viewer.role !== 'ADMIN' ? (
        <p className="status status--error" role="alert">
          {t('admin.agencies.adminOnly')}
        </p>
      ) : error && !data ? (
        <ErrorMessage error={error} onRetry={reload} />
      ) : fetching && !data ? (
        <Loading />
      ) : (
        <>
          {regions.map((region) => (
            <RegionTable key={region.id} region={region} onChanged={reload} />
          ))}
          <CreateAgencyForm regions={regions} onCreated={reload} />
        </>
      )}
    </section>
  );
}

function RegionTable({ region, onChanged }: { region: RegionAgencies; onChanged: () => void }) {
  const { t } = useTranslation();
  const agencies = nodes(region.agencies);
  const headingId = `agencies-region-${region.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{region.name}</h2>
      {region.agencies.totalCount > agencies.length && <p className="muted">{t('admin.agencies.partial', { shown: agencies.length, total: region.agencies.totalCount })}</p>}
      {agencies.length === 0 ? (
        <Empty>{t('admin.agencies.empty')}</Empty>
      ) : (
        <div className="table-scroll">
          <table aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('admin.agencies.code')}</th>
                <th scope="col">{t('admin.agencies.name')}</th>
                <th scope="col">{t('admin.agencies.shortName')}</th>
                <th scope="col">{t('admin.agencies.employees')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {agencies.map((agency) => (
                <AgencyTableRow key={agency.id} agency={agency} onChanged={onChanged} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function AgencyTableRow({ agency, onChanged }: { agency: AgencyRow; onChanged: () => void }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const [editing, setEditing] = useState(false);
  const [{ fetching, error }, update] = useMutation(UpdateAgencyMutation);
  const errors = errorsForForm(error, ['name', 'shortName'], t);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await update({ input: { id: agency.id, name: String(form.get('name') ?? '').trim(), shortName: String(form.get('shortName') ?? '').trim() } });
    if (result.data) {
      setEditing(false);
      onChanged();
    }
  };
  if (editing) {
    return (
      <tr>
        <td>{agency.code}</td>
        <td colSpan={4}>
          <form className="inline-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('admin.agencies.editTitle', { code: agency.code })}>
            <FormErrors messages={errors.form} />
            <Field id={`agency-name-${agency.id}`} label={t('admin.agencies.name')} error={errors.fields.name}>
              {(props) => <input {...props} name="name" defaultValue={agency.name} required />}
            </Field>
            <Field id={`agency-shortName-${agency.id}`} label={t('admin.agencies.shortName')} error={errors.fields.shortName}>
              {(props) => <input {...props} name="shortName" defaultValue={agency.shortName} required />}
            </Field>
            <FormActions busy={fetching} submitLabel={t('admin.save')} onCancel={() => setEditing(false)} />
          </form>
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td>
        <code>{agency.code}</code>
      </td>
      <td>{agency.name}</td>
      <td>{agency.shortName}</td>
      <td>{formatNumber(agency.employeeCount)}</td>
      <td className="actions">
        <button type="button" className="button button--ghost" onClick={() => setEditing(true)}>
          {t('admin.edit')}
          <span className="visually-hidden"> {agency.name}</span>
        </button>
      </td>
    </tr>
  );
}

const CREATE_FIELDS = ['regionId', 'code', 'name', 'shortName'] as const;

function CreateAgencyForm({ regions, onCreated }: { regions: RegionAgencies[]; onCreated: () => void }) {
  const { t } = useTranslation();
  const [{ fetching, error }, create] = useMutation(CreateAgencyMutation);
  const errors = errorsForForm(error, CREATE_FIELDS, t, (code) => (code === 'CONFLICT' ? t('admin.agencies.codeTaken') : undefined));
  const [created, setCreated] = useState<string | null>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    setCreated(null);
    const result = await create({ input: { regionId: value('regionId'), code: value('code').toUpperCase(), name: value('name'), shortName: value('shortName') } });
    if (result.data) {
      setCreated(value('name'));
      form.reset();
      onCreated();
    }
  };
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="agency-create-title">
      <h2 id="agency-create-title">{t('admin.agencies.createTitle')}</h2>
      <FormErrors messages={errors.form} />
      <Field id="agency-region" label={t('admin.agencies.region')} error={errors.fields.regionId}>
        {(props) => (
          <select {...props} name="regionId" defaultValue="" required>
            <option value="" disabled>
              {t('admin.agencies.chooseRegion')}
            </option>
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="agency-code" label={t('admin.agencies.code')} hint={t('admin.agencies.codeHint')} error={errors.fields.code}>
        {(props) => <input {...props} name="code" required autoCapitalize="characters" />}
      </Field>
      <Field id="agency-name" label={t('admin.agencies.name')} error={errors.fields.name}>
        {(props) => <input {...props} name="name" required />}
      </Field>
      <Field id="agency-shortName" label={t('admin.agencies.shortName')} hint={t('admin.agencies.shortNameHint')} error={errors.fields.shortName}>
        {(props) => <input {...props} name="shortName" required />}
      </Field>
      <button type="submit" className="button button--primary" disabled={fetching}>
        {t('admin.agencies.create')}
      </button>
      {created && (
        <p className="status" role="status">
          {t('admin.agencies.created', { name: created })}
        </p>
      )}
    </form>
  );
}
