import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Field, FormErrors } from '../../admin/Field';
import { workErrors } from '../errors';
import { AddRhkMutation, UpdateRhkMutation, type Rhk, type RhkKind, type SuperiorRhk } from '../queries';
import { lengthProblem, useForm, type Problems } from '../useForm';
import { SubmitButton } from '../SubmitButton';

const FIELDS = ['kind', 'title', 'parentRhkId'] as const;
type RhkField = (typeof FIELDS)[number];
type Values = { kind: RhkKind; title: string; parentRhkId: string };

/** The server's rules: a title of 5–500 characters; a main RHK names the superior's RHK it supports. */
export function rhkProblems(values: Values, hasSuperior: boolean): Problems<RhkField> {
  const problems: Problems<RhkField> = {};
  const title = lengthProblem(values.title, 5, 500);
  if (title) problems.title = title;
  if (hasSuperior && values.kind === 'UTAMA' && values.parentRhkId === '') problems.parentRhkId = 'parentRequired';
  return problems;
}

/**
 * Adds an RHK to the SKP, linked to one of the superior's RHK; or, given `rhk`, changes its title
 * (kind and link are fixed once made: remove and add again to change them).
 */
export function RhkForm({
  skpId,
  superiorRhk,
  hasSuperior,
  rhk,
  onDone,
}: {
  skpId: string;
  superiorRhk: SuperiorRhk[];
  hasSuperior: boolean;
  rhk?: Rhk;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({ kind: rhk?.kind ?? 'UTAMA', title: rhk?.title ?? '', parentRhkId: rhk?.parentRhk?.id ?? '' }, (values) =>
    rhkProblems(values, hasSuperior && !rhk),
  );
  const [added, add] = useMutation(AddRhkMutation);
  const [updated, update] = useMutation(UpdateRhkMutation);
  const state = rhk ? updated : added;
  const server = workErrors(state.error, FIELDS, t);
  const id = (field: string) => `rhk-${rhk?.id ?? 'new'}-${field}`;

  const onSubmit = form.submit(async () => {
    const { kind, title, parentRhkId } = form.values;
    const result = rhk
      ? await update({ input: { id: rhk.id, title: title.trim() } })
      : await add({ input: { skpId, kind, title: title.trim(), parentRhkId: parentRhkId || null } });
    if (result.error) return;
    if (!rhk) form.reset({ kind });
    onDone?.();
  });

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-label={rhk ? t('work.skp.editRhk') : t('work.skp.addRhk')}>
      <FormErrors messages={server.form} />
      {!rhk && (
        <div className="form__row">
          <Field id={id('kind')} label={t('work.skp.kind')} error={form.errorFor('kind', server.fields)}>
            {(props) => (
              <select {...props} value={form.values.kind} onChange={(event) => form.set('kind', event.target.value as RhkKind)}>
                <option value="UTAMA">{t('work.skp.kinds.UTAMA')}</option>
                <option value="TAMBAHAN">{t('work.skp.kinds.TAMBAHAN')}</option>
              </select>
            )}
          </Field>
          {hasSuperior && (
            <Field id={id('parentRhkId')} label={t('work.skp.parentRhk')} hint={t('work.skp.parentRhkHint')} error={form.errorFor('parentRhkId', server.fields)}>
              {(props) => (
                <select {...props} value={form.values.parentRhkId} onChange={(event) => form.set('parentRhkId', event.target.value)} onBlur={() => form.touch('parentRhkId')}>
                  <option value="">{t('work.skp.chooseParent')}</option>
                  {superiorRhk.map((parent) => (
                    <option key={parent.id} value={parent.id}>
                      {parent.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
      )}
      <Field id={id('title')} label={t('work.skp.rhkTitle')} error={form.errorFor('title', server.fields)}>
        {(props) => <input {...props} value={form.values.title} onChange={(event) => form.set('title', event.target.value)} onBlur={() => form.touch('title')} autoComplete="off" />}
      </Field>
      <SubmitButton busy={state.fetching} label={rhk ? t('work.save') : t('work.skp.addRhk')} />
    </form>
  );
}
