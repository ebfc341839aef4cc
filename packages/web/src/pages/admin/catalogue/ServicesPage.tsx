import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../../components/QueryStatus';
import { errorsForForm } from '../../../graphql/errors';
import { useFormat } from '../../../i18n/format';
import { AgencyScopedPage } from '../AgencyPicker';
import { Field, FormActions, FormErrors } from '../Field';
import { useCheckedForm, type CheckedForm } from './useCheckedForm';
import { AgencyServicesQuery, CreateServiceTypeMutation, RenameServiceTypeMutation, SetServiceStandardMutation, type ServiceRow, type Standard } from './queries';
import { nameProblems, serviceProblems, standardProblems, todayWib, type Problem, type ServiceValues } from './validation';

/** `/admin/layanan`: an agency's services and their standards, each change a new version. */
export function ServicesPage() {
  const { t } = useTranslation();
  usePageTitle(t('catalogue.services.title'));
  return (
    <AgencyScopedPage id="services-title" title={t('catalogue.services.title')}>
      {(agencyId) => <Services key={agencyId} agencyId={agencyId} />}
    </AgencyScopedPage>
  );
}

type Editing = { kind: 'create' } | { kind: 'standard' | 'rename'; service: ServiceRow } | null;

function Services({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AgencyServicesQuery, variables: { id: agencyId } });
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error && !data) return <ErrorMessage error={error} onRetry={reload} />;
  if (fetching && !data) return <Loading />;
  const agency = data?.agency;
  if (!agency) return <Empty>{t('errors.codes.NOT_FOUND')}</Empty>;
  const done = (message: string) => {
    setSaved(message);
    setEditing(null);
    reload();
  };
  return (
    <>
      <p className="muted">{t('catalogue.services.intro')}</p>
      <div aria-live="polite">{saved && <p className="status status--ok">{saved}</p>}</div>
      {agency.serviceTypes.length === 0 ? (
        <Empty>{t('catalogue.services.none')}</Empty>
      ) : (
        <ServiceTable
          agencyName={agency.name}
          services={agency.serviceTypes}
          onEdit={(kind, service) => {
            setSaved(null);
            setEditing({ kind, service });
          }}
        />
      )}
      {editing?.kind === 'rename' ? (
        <RenameForm key={editing.service.id} service={editing.service} onDone={(service) => done(t('catalogue.services.renamed', { service }))} onCancel={() => setEditing(null)} />
      ) : editing?.kind === 'standard' ? (
        <StandardForm key={editing.service.id} service={editing.service} onDone={(service) => done(t('catalogue.services.saved', { service }))} onCancel={() => setEditing(null)} />
      ) : editing?.kind === 'create' ? (
        <ServiceForm agencyId={agencyId} onDone={(service) => done(t('catalogue.services.created', { service }))} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" className="button button--primary" onClick={() => { setSaved(null); setEditing({ kind: 'create' }); }}>
          {t('catalogue.services.add')}
        </button>
      )}
    </>
  );
}

function useStandardFormat() {
  const { t } = useTranslation();
  const { formatNumber, formatDate } = useFormat();
  return {
    target: (standard: Standard) => `${formatNumber(standard.targetValue)} ${t(`catalogue.services.units.${standard.targetUnit}`)}`,
    cost: (standard: Standard) => (standard.cost === 0 ? t('catalogue.services.free') : formatNumber(standard.cost, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 })),
    since: (standard: Standard) => formatDate(standard.validFrom),
  };
}

function ServiceTable({ agencyName, services, onEdit }: { agencyName: string; services: ServiceRow[]; onEdit: (kind: 'standard' | 'rename', service: ServiceRow) => void }) {
  const { t } = useTranslation();
  const format = useStandardFormat();
  return (
    <div className="table-scroll">
      <table>
        <caption>{t('catalogue.services.caption', { agency: agencyName })}</caption>
        <thead>
          <tr>
            {(['code', 'name', 'standard', 'cost', 'validFrom', 'actions'] as const).map((column) => (
              <th key={column} scope="col">
                {t(`catalogue.services.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {services.map((service) => {
            const current = service.currentStandard;
            const upcoming = service.standards.filter((standard) => Date.parse(standard.validFrom) > Date.now());
            return (
              <tr key={service.id} data-service={service.code}>
                <td>{service.code}</td>
                <th scope="row">
                  {service.name}
                  {service.standards.length > 1 && (
                    <details>
                      <summary>{t('catalogue.services.history', { service: service.name })}</summary>
                      <ul>
                        {service.standards.map((standard) => (
                          <li key={standard.validFrom}>
                            {format.since(standard)}: {format.target(standard)}, {format.cost(standard)}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </th>
                <td>
                  {current ? format.target(current) : t('catalogue.services.noStandard')}
                  {upcoming.map((standard) => (
                    <span key={standard.validFrom} className="field__hint">
                      {' '}
                      {format.target(standard)} {t('catalogue.services.upcoming', { date: format.since(standard) })}
                    </span>
                  ))}
                </td>
                <td>{current ? format.cost(current) : t('common.notAvailable')}</td>
                <td>{current ? format.since(current) : t('common.notAvailable')}</td>
                <td>
                  <button type="button" className="button button--ghost" onClick={() => onEdit('standard', service)} aria-label={`${t('catalogue.services.change')}: ${service.name}`}>
                    {t('catalogue.services.change')}
                  </button>{' '}
                  <button type="button" className="button button--ghost" onClick={() => onEdit('rename', service)} aria-label={`${t('catalogue.services.rename')}: ${service.name}`}>
                    {t('catalogue.services.rename')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const STANDARD_FIELDS = ['targetValue', 'targetUnit', 'cost', 'requirements', 'validFrom'] as const;
const SERVICE_FIELDS = ['code', 'name', 'targetValue', 'targetUnit', 'cost', 'requirements'] as const;

function StandardFields({ form, id }: { form: CheckedForm<ServiceValues>; id: (field: string) => string }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="form__row">
        <Field id={id('targetValue')} label={t('catalogue.services.targetValue')} error={form.errorFor('targetValue')}>
          {(props) => <input {...props} {...form.control('targetValue')} inputMode="numeric" />}
        </Field>
        <Field id={id('targetUnit')} label={t('catalogue.services.targetUnit')} error={form.errorFor('targetUnit')}>
          {(props) => (
            <select {...props} {...form.control('targetUnit')}>
              <option value="DAYS">{t('catalogue.services.units.DAYS')}</option>
              <option value="HOURS">{t('catalogue.services.units.HOURS')}</option>
            </select>
          )}
        </Field>
        <Field id={id('cost')} label={t('catalogue.services.cost')} hint={t('catalogue.services.costHint')} error={form.errorFor('cost')}>
          {(props) => <input {...props} {...form.control('cost')} inputMode="numeric" />}
        </Field>
      </div>
      <Field id={id('requirements')} label={t('catalogue.services.requirements')} error={form.errorFor('requirements')}>
        {(props) => <textarea {...props} {...form.control('requirements')} rows={3} />}
      </Field>
    </>
  );
}

const standardInput = (values: ServiceValues) => ({
  targetValue: Number(values.targetValue),
  targetUnit: values.targetUnit,
  cost: values.cost.trim() === '' ? 0 : Number(values.cost),
  requirements: values.requirements.trim(),
});

/** A new version of a service's standard, from a day onwards (today by default). */
function StandardForm({ service, onDone, onCancel }: { service: ServiceRow; onDone: (service: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [state, save] = useMutation(SetServiceStandardMutation);
  const server = errorsForForm(state.error, STANDARD_FIELDS, t);
  const current = service.currentStandard;
  const form = useCheckedForm<ServiceValues, Problem>(
    {
      code: service.code,
      name: service.name,
      targetValue: current ? String(current.targetValue) : '',
      targetUnit: current?.targetUnit ?? 'DAYS',
      cost: current ? String(current.cost) : '0',
      requirements: current?.requirements ?? '',
      validFrom: todayWib(),
    },
    (values) => standardProblems(values),
    server.fields,
    (problem) => t(`catalogue.services.problems.${problem}`),
  );
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.touchAll(STANDARD_FIELDS);
    if (Object.keys(form.problems).length > 0) return;
    const result = await save({ input: { serviceTypeId: service.id, validFrom: form.values.validFrom, ...standardInput(form.values) } });
    if (result.data) onDone(service.name);
  };
  const id = (field: string) => `standard-${field}`;
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="standard-form-title">
      <h2 id="standard-form-title">{t('catalogue.services.standardTitle', { service: service.name })}</h2>
      <FormErrors messages={server.form} />
      <StandardFields form={form} id={id} />
      <Field id={id('validFrom')} label={t('catalogue.services.validFrom')} hint={t('catalogue.services.validFromHint')} error={form.errorFor('validFrom')}>
        {(props) => <input {...props} {...form.control('validFrom')} type="date" min={todayWib()} />}
      </Field>
      <FormActions busy={state.fetching} submitLabel={t('admin.save')} onCancel={onCancel} />
    </form>
  );
}

/** A service's new name (its code and standards stay). */
function RenameForm({ service, onDone, onCancel }: { service: ServiceRow; onDone: (service: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [state, rename] = useMutation(RenameServiceTypeMutation);
  const server = errorsForForm(state.error, ['name'], t);
  const form = useCheckedForm<{ name: string }, Problem>({ name: service.name }, (values) => nameProblems(values.name), server.fields, (problem) => t(`catalogue.services.problems.${problem}`));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.touchAll(['name']);
    if (Object.keys(form.problems).length > 0) return;
    const result = await rename({ input: { serviceTypeId: service.id, name: form.values.name.trim() } });
    if (result.data) onDone(result.data.renameServiceType.name);
  };
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="rename-form-title">
      <h2 id="rename-form-title">{t('catalogue.services.renameTitle', { service: service.name })}</h2>
      <FormErrors messages={server.form} />
      <Field id="rename-name" label={t('catalogue.services.name')} error={form.errorFor('name')}>
        {(props) => <input {...props} {...form.control('name')} autoComplete="off" />}
      </Field>
      <FormActions busy={state.fetching} submitLabel={t('admin.save')} onCancel={onCancel} />
    </form>
  );
}

/** A new service with its first standard. */
function ServiceForm({ agencyId, onDone, onCancel }: { agencyId: string; onDone: (service: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [state, create] = useMutation(CreateServiceTypeMutation);
  const server = errorsForForm(state.error, SERVICE_FIELDS, t);
  const form = useCheckedForm<ServiceValues, Problem>({ code: '', name: '', targetValue: '', targetUnit: 'DAYS', cost: '0', requirements: '', validFrom: '' }, serviceProblems, server.fields, (problem) => t(`catalogue.services.problems.${problem}`));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.touchAll(SERVICE_FIELDS);
    if (Object.keys(form.problems).length > 0) return;
    const result = await create({ input: { agencyId, code: form.values.code.trim(), name: form.values.name.trim(), ...standardInput(form.values) } });
    if (result.data) onDone(result.data.createServiceType.name);
  };
  const id = (field: string) => `service-${field}`;
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="service-form-title">
      <h2 id="service-form-title">{t('catalogue.services.createTitle')}</h2>
      <FormErrors messages={server.form} />
      <div className="form__row">
        <Field id={id('code')} label={t('catalogue.services.code')} hint={t('catalogue.services.codeHint')} error={form.errorFor('code')}>
          {(props) => <input {...props} {...form.control('code')} autoComplete="off" />}
        </Field>
        <Field id={id('name')} label={t('catalogue.services.name')} error={form.errorFor('name')}>
          {(props) => <input {...props} {...form.control('name')} autoComplete="off" />}
        </Field>
      </div>
      <StandardFields form={form} id={id} />
      <FormActions busy={state.fetching} submitLabel={t('admin.save')} onCancel={onCancel} />
    </form>
  );
}
