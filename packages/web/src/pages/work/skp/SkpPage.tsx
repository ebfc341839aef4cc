import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryStatus';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { FormErrors } from '../../admin/Field';
import { workErrors } from '../errors';
import {
  CreateSkpMutation,
  MySkpQuery,
  RemoveIndicatorMutation,
  RemoveRhkMutation,
  SubmitSkpMutation,
  skpContext,
  type Rhk,
  type Skp,
  type SuperiorRhk,
} from '../queries';
import { useWorkYear } from '../useWorkYear';
import { useEmployee } from '../WorkLayout';
import { IndicatorForm } from './IndicatorForm';
import { RhkForm } from './RhkForm';
import { SkpStatusBadge } from '../../../components/performance/PredikatBadge';

const EDITABLE = new Set(['DRAFT', 'RETURNED']);

/** My SKP for the year: draft it, write RHK with indicators, submit, and see the superior's decision. */
export function SkpPage() {
  const { t } = useTranslation();
  const year = useWorkYear();
  usePageTitle(t('work.skp.title', { year }));
  const employee = useEmployee();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MySkpQuery, variables: { year }, context: skpContext });
  const [created, create] = useMutation(CreateSkpMutation);
  const createErrors = workErrors(created.error, [], t);

  const me = data?.me?.employee;
  return (
    <section aria-labelledby="skp-title">
      <h1 id="skp-title">{t('work.skp.title', { year })}</h1>
      {error && !data && <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {me && !me.agency.performanceYear && <p className="status">{t('work.skp.noYear', { year })}</p>}
      {me?.agency.performanceYear && !me.skp && (
        <div className="panel">
          <p>{t('work.skp.none', { year })}</p>
          <FormErrors messages={createErrors.form} />
          <button type="button" className="button button--primary" disabled={created.fetching} onClick={() => void create({ year })}>
            {t('work.skp.create', { year })}
          </button>
        </div>
      )}
      {me?.skp && (
        <SkpEditor
          skp={me.skp}
          hasSuperior={employee.superior !== null}
          superiorName={employee.superior?.name ?? null}
          superiorSkp={me.superior?.skp ?? null}
        />
      )}
    </section>
  );
}

function SkpEditor({
  skp,
  hasSuperior,
  superiorName,
  superiorSkp,
}: {
  skp: Skp;
  hasSuperior: boolean;
  superiorName: string | null;
  superiorSkp: { status: string; rhk: SuperiorRhk[] } | null;
}) {
  const { t, i18n } = useTranslation();
  const editable = EDITABLE.has(skp.status);
  const [submitted, submit] = useMutation(SubmitSkpMutation);
  const submitErrors = workErrors(submitted.error, [], t);
  const superiorRhk = superiorSkp?.rhk ?? [];
  const main = skp.rhk.filter((rhk) => rhk.kind === 'UTAMA');
  const additional = skp.rhk.filter((rhk) => rhk.kind === 'TAMBAHAN');

  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('work.skp.status')}</dt>
          <dd>
            <SkpStatusBadge status={skp.status} />
          </dd>
        </div>
        {skp.submittedAt && (
          <div>
            <dt>{t('work.skp.submittedAt')}</dt>
            <dd>{formatDateTime(skp.submittedAt, i18n.language)}</dd>
          </div>
        )}
        {skp.decidedAt && (
          <div>
            <dt>{t('work.skp.decidedAt')}</dt>
            <dd>{formatDateTime(skp.decidedAt, i18n.language)}</dd>
          </div>
        )}
        {superiorName && (
          <div>
            <dt>{t('work.skp.superior')}</dt>
            <dd>{superiorName}</dd>
          </div>
        )}
      </dl>
      {skp.status === 'RETURNED' && skp.returnReason && (
        <div className="status status--error">
          <p className="status__title">{t('work.skp.returnedTitle')}</p>
          <p>{skp.returnReason}</p>
        </div>
      )}
      {hasSuperior && superiorSkp?.status !== 'APPROVED' && editable && (
        <p className="status">{superiorSkp ? t('work.skp.superiorNotApproved') : t('work.skp.superiorMissing')}</p>
      )}

      <RhkList title={t('work.skp.mainRhk')} items={main} editable={editable} superiorRhk={superiorRhk} hasSuperior={hasSuperior} skpId={skp.id} />
      <RhkList title={t('work.skp.additionalRhk')} items={additional} editable={editable} superiorRhk={superiorRhk} hasSuperior={hasSuperior} skpId={skp.id} />

      {editable && (
        <>
          <h2>{t('work.skp.addRhk')}</h2>
          <RhkForm skpId={skp.id} superiorRhk={superiorRhk} hasSuperior={hasSuperior} />
          <div className="panel">
            <p>{skp.status === 'RETURNED' ? t('work.skp.resubmitHint') : t('work.skp.submitHint')}</p>
            <FormErrors messages={submitErrors.form} />
            <button type="button" className="button button--primary" disabled={submitted.fetching} onClick={() => void submit({ id: skp.id })}>
              {skp.status === 'RETURNED' ? t('work.skp.resubmit') : t('work.skp.submit')}
            </button>
          </div>
        </>
      )}
    </>
  );
}

function RhkList({
  title,
  items,
  editable,
  superiorRhk,
  hasSuperior,
  skpId,
}: {
  title: string;
  items: Rhk[];
  editable: boolean;
  superiorRhk: SuperiorRhk[];
  hasSuperior: boolean;
  skpId: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p className="status status--empty">{t('work.skp.noRhk')}</p>
      ) : (
        <ol className="rhk-list">
          {items.map((rhk) => (
            <RhkItem key={rhk.id} rhk={rhk} editable={editable} superiorRhk={superiorRhk} hasSuperior={hasSuperior} skpId={skpId} />
          ))}
        </ol>
      )}
    </section>
  );
}

function RhkItem({ rhk, editable, superiorRhk, hasSuperior, skpId }: { rhk: Rhk; editable: boolean; superiorRhk: SuperiorRhk[]; hasSuperior: boolean; skpId: string }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [removed, remove] = useMutation(RemoveRhkMutation);
  const [indicatorRemoved, removeIndicator] = useMutation(RemoveIndicatorMutation);
  const errors = workErrors(removed.error ?? indicatorRemoved.error, [], t);
  const headingId = `rhk-${rhk.id}`;
  return (
    <li className="panel rhk" aria-labelledby={headingId}>
      <h3 id={headingId}>{rhk.title}</h3>
      {rhk.parentRhk && <p className="muted">{t('work.skp.supports', { title: rhk.parentRhk.title })}</p>}
      <FormErrors messages={errors.form} />
      {rhk.indicators.length === 0 ? (
        <p className="status status--empty">{t('work.skp.noIndicator')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('work.skp.indicatorsOf', { title: rhk.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('work.skp.aspect')}</th>
                <th scope="col">{t('work.skp.indicatorDescription')}</th>
                <th scope="col" className="numeric">
                  {t('work.skp.target')}
                </th>
                {editable && <th scope="col">{t('work.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rhk.indicators.map((indicator) => (
                <tr key={indicator.id}>
                  <td>{t(`work.skp.aspects.${indicator.aspect}`)}</td>
                  <td>{indicator.description}</td>
                  <td className="numeric">
                    {formatNumber(indicator.target, i18n.language)} {indicator.unit}
                  </td>
                  {editable && (
                    <td>
                      <button
                        type="button"
                        className="button button--ghost"
                        onClick={() => void removeIndicator({ id: indicator.id }, { additionalTypenames: ['RhkIndicator'] })}
                        aria-label={t('work.skp.removeIndicator', { description: indicator.description })}
                      >
                        {t('work.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && (
        <>
          <IndicatorForm rhkId={rhk.id} />
          <div className="form__actions">
            <button type="button" className="button button--ghost" aria-expanded={editing} onClick={() => setEditing(!editing)}>
              {t('work.skp.editRhk')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => void remove({ id: rhk.id }, { additionalTypenames: ['Rhk'] })}>
              {t('work.skp.removeRhk')}
            </button>
          </div>
          {editing && <RhkForm skpId={skpId} superiorRhk={superiorRhk} hasSuperior={hasSuperior} rhk={rhk} onDone={() => setEditing(false)} />}
        </>
      )}
    </li>
  );
}
