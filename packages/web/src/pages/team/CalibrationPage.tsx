import { DEFAULT_CURVE_RULES, PREDIKAT_ORDER, type CurveRule, type OrganisationRating, type Predikat } from '@pantau/shared';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../app/usePageTitle';
import { PredikatBadge } from '../../components/performance/PredikatBadge';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { errorsForForm } from '../../graphql/errors';
import { nodes } from '../../graphql/types';
import { useFormat } from '../../i18n/format';
import { AgencyOptions } from '../admin/AgencyPicker';
import { Field, FormErrors } from '../admin/Field';
import { AgencyOptionsQuery, AgencyUnitsQuery } from '../admin/queries';
import { useYear } from './dates';
import { CalibrationQuery, LockAnnualMutation, SetUnitRatingMutation, type Calibration, type TeamViewer } from './queries';
import { useTeamViewer, YearSelect } from './TeamLayout';
import { useTextError } from './useTextError';
import { limits } from './validation';

// chart.js is loaded with the chart, after the figures and rules are already on screen.
const BarChart = lazy(async () => ({ default: (await import('../../components/charts/BarChart')).BarChart }));

/** Calibration looks back at the last finished year unless the URL says otherwise. */
const YEAR_OFFSET = -1;
const ORGANISATION_RATINGS: readonly OrganisationRating[] = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];
// Setting the unit's rating changes which curve applies: refetch the calibration then.
const calibrationContext = { additionalTypenames: ['UnitRating'] };

/**
 * A unit's annual predikat distribution against the curve for the unit's own rating, each broken
 * rule with its numbers, and (for administrators) locking the final annual predikat.
 */
export function CalibrationPage() {
  const { t } = useTranslation();
  usePageTitle(t('team.calibration.title'));
  const viewer = useTeamViewer();
  const [year] = useYear(YEAR_OFFSET);
  const [params, setParams] = useSearchParams();
  const setParam = (name: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(name, value);
      if (name === 'opd') next.delete('unit');
      return next;
    });
  const agencyId = viewer.role === 'ADMIN' ? params.get('opd') : (viewer.agency?.id ?? null);
  const units = useUnitChoices(viewer, agencyId);
  const unitId = params.get('unit') ?? units[0]?.id ?? null;
  const [{ data, fetching, error }] = useQuery({ query: CalibrationQuery, variables: { unitId: unitId ?? '', year }, pause: !unitId, context: calibrationContext });

  return (
    <section aria-labelledby="calibration-title">
      <h1 id="calibration-title">{t('team.calibration.title')}</h1>
      <p className="lead">{t('team.calibration.lead')}</p>
      <div className="toolbar">
        {viewer.role === 'ADMIN' && <AgencySelect value={agencyId} onChange={(value) => setParam('opd', value)} />}
        <div className="field field--inline">
          <label htmlFor="calibration-unit">{t('team.calibration.unit')}</label>
          <select id="calibration-unit" value={unitId ?? ''} onChange={(event) => setParam('unit', event.target.value)}>
            <option value="" disabled>
              {t('team.calibration.chooseUnit')}
            </option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <YearSelect defaultOffset={YEAR_OFFSET} />
      </div>
      {!unitId && <Empty>{t('team.calibration.chooseUnit')}</Empty>}
      {error && <ErrorMessage error={error} />}
      {fetching && !data && <Loading />}
      {data && unitId && <CalibrationView calibration={data.calibration} unitId={unitId} canLock={viewer.role === 'ADMIN' || viewer.role === 'AGENCY_ADMIN'} isAdmin={viewer.role === 'ADMIN'} />}
    </section>
  );
}

function AgencySelect({ value, onChange }: { value: string | null; onChange: (agencyId: string) => void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: AgencyOptionsQuery });
  return (
    <div className="field field--inline">
      <label htmlFor="calibration-agency">{t('team.calibration.agency')}</label>
      <select id="calibration-agency" value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        <AgencyOptions regions={nodes(data?.regions)} />
      </select>
    </div>
  );
}

/**
 * Administrators choose among the agency's units; a head among the units under their own (two
 * levels, first), then their own, which they may read only when someone in it reports to them.
 */
function useUnitChoices(viewer: TeamViewer, agencyId: string | null): Array<{ id: string; name: string }> {
  const administers = viewer.role === 'ADMIN' || viewer.role === 'AGENCY_ADMIN';
  const [{ data }] = useQuery({ query: AgencyUnitsQuery, variables: { id: agencyId ?? '' }, pause: !administers || !agencyId });
  if (administers) return nodes(data?.agency?.units);
  const own = viewer.employee?.unit;
  return own ? [...own.children.flatMap((child) => [{ id: child.id, name: child.name }, ...child.children]), { id: own.id, name: own.name }] : [];
}

function CalibrationView({ calibration, unitId, canLock, isAdmin }: { calibration: Calibration; unitId: string; canLock: boolean; isAdmin: boolean }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const percent = (value: number) => formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 });
  const rules = calibration.organisationRating ? DEFAULT_CURVE_RULES[calibration.organisationRating] : [];
  const labels = PREDIKAT_ORDER.map((predikat) => t(`performance.predikat.${predikat}`));
  const shareOf = (predikat: Predikat) => calibration.counts.find((row) => row.predikat === predikat)?.percent ?? 0;
  const series = [
    { label: t('team.calibration.actual'), values: PREDIKAT_ORDER.map(shareOf) },
    ...(rules.length > 0 ? [{ label: t('team.calibration.curveLimit'), values: PREDIKAT_ORDER.map((predikat) => curveLimit(rules, predikat)) }] : []),
  ];

  return (
    <>
      <dl className="kpi-tiles">
        <div className="kpi">
          <dt>{t('team.calibration.organisationRating')}</dt>
          <dd>
            <span className="kpi__value">{calibration.organisationRating ? t(`team.calibration.ratings.${calibration.organisationRating}`) : t('common.notAvailable')}</span>
          </dd>
        </div>
        <div className="kpi">
          <dt>{t('team.calibration.rated')}</dt>
          <dd>
            <span className="kpi__value">{formatNumber(calibration.rated)}</span>
            <span className="kpi__note">{t('team.calibration.unrated', { count: calibration.unrated })}</span>
          </dd>
        </div>
        <div className="kpi">
          <dt>{t('team.calibration.locked')}</dt>
          <dd>
            <span className="kpi__value">{formatNumber(calibration.locked)}</span>
          </dd>
        </div>
        <div className={calibration.ok === false ? 'kpi kpi--alert' : 'kpi'}>
          <dt>{t('team.calibration.verdict')}</dt>
          <dd>
            <span className="kpi__value">{calibration.ok === null ? t('common.notAvailable') : calibration.ok ? t('team.calibration.ok') : t('team.calibration.violated')}</span>
          </dd>
        </div>
      </dl>
      <div className="table-scroll">
        <table className="calibration-counts">
          <caption>{t('team.calibration.distribution', { unit: calibration.unit.name, year: calibration.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.members.predikat')}</th>
              <th scope="col">{t('team.calibration.count')}</th>
              <th scope="col">{t('team.calibration.share')}</th>
            </tr>
          </thead>
          <tbody>
            {calibration.counts.map((row) => (
              <tr key={row.predikat}>
                <th scope="row">
                  <PredikatBadge predikat={row.predikat} />
                </th>
                <td className="numeric">{formatNumber(row.count)}</td>
                <td className="numeric">{percent(row.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Suspense fallback={<div className="chart-placeholder" style={{ height: 280 }} />}>
        <BarChart title={t('team.calibration.chartTitle')} labels={labels} series={series} format={percent} max={100} height={280} />
      </Suspense>
      <section aria-labelledby="curve-title">
        <h2 id="curve-title">{t('team.calibration.curveTitle')}</h2>
        {rules.length === 0 ? (
          <Empty>{t('team.calibration.noRating')}</Empty>
        ) : (
          <ul className="curve-rules">
            {rules.map((rule) => {
              const violation = calibration.violations.find((candidate) => candidate.ruleId === rule.id);
              return (
                <li key={rule.id} className={violation ? 'curve-rule curve-rule--violated' : 'curve-rule'}>
                  <strong>{ruleText(rule, t)}</strong>{' '}
                  {violation ? (
                    <span className="text-error">
                      {t('team.calibration.ruleViolated', {
                        actual: formatNumber(violation.actualCount),
                        total: formatNumber(calibration.rated),
                        percent: percent(violation.actualPercent),
                        allowed: formatNumber(violation.allowedCount),
                      })}
                    </span>
                  ) : (
                    <span>{t('team.calibration.ruleOk')}</span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {canLock && <LockPanel calibration={calibration} unitId={unitId} isAdmin={isAdmin} />}
    </>
  );
}

/** The bound a single-predikat rule puts on that predikat, for the chart's second series. */
function curveLimit(rules: readonly CurveRule[], predikat: Predikat): number | null {
  const rule = rules.find((candidate) => candidate.kind !== 'required_any' && candidate.predikat.length === 1 && candidate.predikat[0] === predikat);
  return rule && rule.kind !== 'required_any' ? rule.thresholdPercent : null;
}

function ruleText(rule: CurveRule, t: TFunction): string {
  const predikat = rule.predikat.map((p) => t(`performance.predikat.${p}`)).join(t('team.calibration.or'));
  if (rule.kind === 'required_any') return t('team.calibration.rules.required_any', { predikat });
  return t(`team.calibration.rules.${rule.kind}`, { predikat, percent: rule.thresholdPercent });
}

function LockPanel({ calibration, unitId, isAdmin }: { calibration: Calibration; unitId: string; isAdmin: boolean }) {
  const { t } = useTranslation();
  const textError = useTextError();
  const [rating, setRating] = useState<OrganisationRating>('BAIK');
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [rated, setUnitRating] = useMutation(SetUnitRatingMutation);
  const [locked, lock] = useMutation(LockAnnualMutation);
  const lockErrors = errorsForForm(locked.error, ['overrideReason'], t);
  const ratingErrors = errorsForForm(rated.error, [], t);
  const needsOverride = calibration.ok === false;
  const reasonError = textError(reason, limits.overrideReason, attempted, lockErrors.fields.overrideReason);
  const ready = calibration.rated - calibration.locked;

  const onLock = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (needsOverride && textError(reason, limits.overrideReason, true)) return;
    await lock({ input: { unitId, year: calibration.year, ...(needsOverride ? { overrideReason: reason.trim() } : {}) } });
  };

  if (!calibration.organisationRating) {
    return (
      <form className="form panel" onSubmit={(event) => { event.preventDefault(); void setUnitRating({ input: { unitId, year: calibration.year, rating } }); }} aria-labelledby="unit-rating-title">
        <h2 id="unit-rating-title">{t('team.calibration.setRatingTitle')}</h2>
        <FormErrors messages={ratingErrors.form} />
        <Field id="unit-rating" label={t('team.calibration.organisationRating')}>
          {(props) => (
            <select {...props} value={rating} onChange={(event) => setRating(event.target.value as OrganisationRating)}>
              {ORGANISATION_RATINGS.map((option) => (
                <option key={option} value={option}>
                  {t(`team.calibration.ratings.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={rated.fetching}>
            {t('team.calibration.setRating')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form className="form panel" onSubmit={(event) => void onLock(event)} noValidate aria-labelledby="lock-title">
      <h2 id="lock-title">{t('team.calibration.lockTitle')}</h2>
      <p>{ready > 0 ? t('team.calibration.readyToLock', { count: ready }) : t('team.calibration.nothingToLock')}</p>
      <FormErrors messages={lockErrors.form} />
      {needsOverride && !isAdmin && <p className="status status--error">{t('team.calibration.adminOnlyOverride')}</p>}
      {needsOverride && isAdmin && (
        <Field id="override-reason" label={t('team.calibration.overrideReason')} hint={t('team.calibration.overrideHint', { min: limits.overrideReason.min })} error={reasonError}>
          {(props) => <textarea {...props} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={locked.fetching || ready === 0 || (needsOverride && !isAdmin)}>
          {needsOverride ? t('team.calibration.lockOverride') : t('team.calibration.lock')}
        </button>
      </div>
    </form>
  );
}
