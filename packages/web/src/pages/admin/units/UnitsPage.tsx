import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../../components/QueryStatus';
import { errorsForForm } from '../../../graphql/errors';
import { nodes } from '../../../graphql/types';
import { useFormat } from '../../../i18n/format';
import { AgencyScopedPage } from '../AgencyPicker';
import { Field, FormActions, FormErrors } from '../Field';
import { AgencyUnitsQuery, type UnitOption } from '../queries';
import { CreateUnitMutation, DeleteUnitMutation, RenameUnitMutation } from './queries';

export function UnitsPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.units.title'));
  return (
    <AgencyScopedPage id="units-title" title={t('admin.units.title')}>
      {(agencyId) => <UnitTree key={agencyId} agencyId={agencyId} />}
    </AgencyScopedPage>
  );
}

function UnitTree({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AgencyUnitsQuery, variables: { id: agencyId } });
  const units = nodes(data?.agency?.units);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error && !data) return <ErrorMessage error={error} onRetry={reload} />;
  if (fetching && !data) return <Loading />;
  const childrenOf = (parentId: string | null) => units.filter((unit) => (unit.parent?.id ?? null) === parentId);
  const branch = (parentId: string | null) => {
    const children = childrenOf(parentId);
    if (children.length === 0) return null;
    return (
      <ul className="tree">
        {children.map((unit) => (
          <li key={unit.id}>
            <UnitItem unit={unit} onChanged={reload} />
            {branch(unit.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <>
      {units.length === 0 ? <Empty>{t('admin.units.empty')}</Empty> : branch(null)}
      <CreateUnitForm agencyId={agencyId} units={units} onCreated={reload} />
    </>
  );
}

function UnitItem({ unit, onChanged }: { unit: UnitOption; onChanged: () => void }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const [renaming, setRenaming] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [{ fetching, error }, rename] = useMutation(RenameUnitMutation);
  const [deletion, deleteUnit] = useMutation(DeleteUnitMutation);
  const errors = errorsForForm(error, ['name'], t);
  // The server refuses (CONFLICT) a unit that still has people or sub-units: say what to do instead.
  const deleteErrors = errorsForForm(deletion.error, [], t, (code) => (code === 'CONFLICT' ? t('admin.units.notEmpty') : undefined));
  const onDelete = async () => {
    const result = await deleteUnit({ id: unit.id });
    setConfirmingDelete(false);
    if (result.data) onChanged();
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await rename({ input: { id: unit.id, name: String(new FormData(event.currentTarget).get('name') ?? '').trim() } });
    if (result.data) {
      setRenaming(false);
      onChanged();
    }
  };
  if (renaming) {
    return (
      <form className="inline-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormErrors messages={errors.form} />
        <Field id={`unit-name-${unit.id}`} label={t('admin.units.newName', { code: unit.code })} error={errors.fields.name}>
          {(props) => <input {...props} name="name" defaultValue={unit.name} required minLength={3} />}
        </Field>
        <FormActions busy={fetching} submitLabel={t('admin.save')} onCancel={() => setRenaming(false)} />
      </form>
    );
  }
  return (
    <div className="tree__item">
      <span>
        <strong>{unit.name}</strong> <code>{unit.code}</code> <span className="muted">{t('admin.units.people', { count: formatNumber(unit.employeeCount) })}</span>
      </span>
      <button type="button" className="button button--ghost" onClick={() => setRenaming(true)}>
        {t('admin.units.rename')}
        <span className="visually-hidden"> {unit.name}</span>
      </button>
      {confirmingDelete ? (
        <span role="group" aria-label={t('admin.units.confirmDelete', { name: unit.name })}>
          <span>{t('admin.units.confirmDelete', { name: unit.name })}</span>{' '}
          <button type="button" className="button button--primary" disabled={deletion.fetching} onClick={() => void onDelete()}>
            {t('admin.units.deleteYes')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => setConfirmingDelete(false)}>
            {t('admin.cancel')}
          </button>
        </span>
      ) : (
        <button type="button" className="button button--ghost" onClick={() => setConfirmingDelete(true)}>
          {t('admin.units.delete')}
          <span className="visually-hidden"> {unit.name}</span>
        </button>
      )}
      <FormErrors messages={deleteErrors.form} />
    </div>
  );
}

function CreateUnitForm({ agencyId, units, onCreated }: { agencyId: string; units: UnitOption[]; onCreated: () => void }) {
  const { t } = useTranslation();
  const [{ fetching, error }, create] = useMutation(CreateUnitMutation);
  const errors = errorsForForm(error, ['code', 'name', 'parentId'], t);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const result = await create({
      input: {
        agencyId,
        parentId: String(data.get('parentId') ?? '') || null,
        code: String(data.get('code') ?? '').trim().toUpperCase(),
        name: String(data.get('name') ?? '').trim(),
      },
    });
    if (result.data) {
      form.reset();
      onCreated();
    }
  };
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="unit-create-title">
      <h2 id="unit-create-title">{t('admin.units.createTitle')}</h2>
      <FormErrors messages={errors.form} />
      <Field id="unit-code" label={t('admin.units.code')} hint={t('admin.units.codeHint')} error={errors.fields.code}>
        {(props) => <input {...props} name="code" required autoCapitalize="characters" />}
      </Field>
      <Field id="unit-name" label={t('admin.units.name')} error={errors.fields.name}>
        {(props) => <input {...props} name="name" required />}
      </Field>
      <Field id="unit-parent" label={t('admin.units.parent')} error={errors.fields.parentId}>
        {(props) => (
          <select {...props} name="parentId" defaultValue="">
            <option value="">{t('admin.units.noParent')}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={fetching}>
        {t('admin.units.create')}
      </button>
    </form>
  );
}
