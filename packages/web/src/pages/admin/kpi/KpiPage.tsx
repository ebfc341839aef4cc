import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../../components/QueryStatus';
import { errorsForForm } from '../../../graphql/errors';
import { useFormat } from '../../../i18n/format';
import { AgencyScopedPage } from '../AgencyPicker';
import { useCheckedForm } from '../catalogue/useCheckedForm';
import { todayWib } from '../catalogue/validation';
import { Field, FormActions, FormErrors } from '../Field';
import { AgencyKpisQuery, CreateKpiMutation, ReportKpiValueMutation, SetKpiTargetMutation, type KpiCadence, type KpiDirection, type KpiPeriod, type KpiRow, type KpiSource } from './queries';
import { figureProblems, kpiProblems, parseDecimal, type FigureValues, type KpiProblem, type KpiValues } from './validation';

const CADENCES: KpiCadence[] = ['ANNUAL', 'SEMESTER', 'QUARTERLY', 'MONTHLY'];
const DIRECTIONS: KpiDirection[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];
const SOURCES: KpiSource[] = ['MANUAL', 'SERVICE_WITHIN_STANDARD_SHARE', 'SERVICE_MEDIAN_WORKING_DAYS', 'IKM'];

/** `/admin/iku`: an agency's indicators (IKU) with their targets, values and achievement in a year. */
export function KpiPage() {
  const { t } = useTranslation();
  usePageTitle(t('kpi.title'));
  return (
    <AgencyScopedPage id="kpi-title" title={t('kpi.title')}>
      {(agencyId) => <Kpis key={agencyId} agencyId={agencyId} />}
    </AgencyScopedPage>
  );
}

type Editing = { kind: 'create' } | { kind: 'target' | 'value'; kpi: KpiRow } | null;

/** The period to show in the list: the latest one with a value, else the first with a target. */
const shownPeriod = (kpi: KpiRow): KpiPeriod | undefined => kpi.periods.findLast((entry) => entry.value !== null) ?? kpi.periods.find((entry) => entry.target !== null);

function Kpis({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const thisYear = Number(todayWib().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [{ data, fetching, error }, refetch] = useQuery({ query: AgencyKpisQuery, variables: { id: agencyId, year } });
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
  const edit = (next: Editing) => {
    setSaved(null);
    setEditing(next);
  };
  return (
    <>
      <p className="muted">{t('kpi.intro')}</p>
      <div className="field field--inline">
        <label htmlFor="kpi-year">{t('kpi.year')}</label>
        <select id="kpi-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {[thisYear - 1, thisYear, thisYear + 1].map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">{saved && <p className="status status--ok">{saved}</p>}</div>
      {agency.kpis.length === 0 ? <Empty>{t('kpi.none')}</Empty> : <KpiTable agencyName={agency.name} year={year} kpis={agency.kpis} onEdit={(kind, kpi) => edit({ kind, kpi })} />}
      {editing?.kind === 'target' || editing?.kind === 'value' ? (
        <FigureForm key={`${editing.kind}-${editing.kpi.id}`} kind={editing.kind} kpi={editing.kpi} onDone={(period) => done(t(`kpi.${editing.kind}Saved`, { kpi: editing.kpi.code, period }))} onCancel={() => setEditing(null)} />
      ) : editing?.kind === 'create' ? (
        <KpiForm agencyId={agencyId} serviceTypes={agency.serviceTypes} onDone={(code) => done(t('kpi.created', { kpi: code }))} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" className="button button--primary" onClick={() => edit({ kind: 'create' })}>
          {t('kpi.add')}
        </button>
      )}
    </>
  );
}

function useFigureFormat() {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  return {
    figure: (value: number | null, unit: string) => (value === null ? t('common.notAvailable') : `${formatNumber(value, { maximumFractionDigits: 2 })} ${unit}`),
    achievement: (value: number | null) => (value === null ? t('common.notAvailable') : formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 })),
  };
}

function KpiTable({ agencyName, year, kpis, onEdit }: { agencyName: string; year: number; kpis: KpiRow[]; onEdit: (kind: 'target' | 'value', kpi: KpiRow) => void }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return (
    <div className="table-scroll">
      <table>
        <caption>{t('kpi.caption', { agency: agencyName, year })}</caption>
        <thead>
          <tr>
            {(['code', 'name', 'period', 'target', 'value', 'achievement', 'actions'] as const).map((column) => (
              <th key={column} scope="col">
                {t(`kpi.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi) => {
            const shown = shownPeriod(kpi);
            return (
              <tr key={kpi.id} data-kpi={kpi.code}>
                <td>{kpi.code}</td>
                <th scope="row">
                  {kpi.name}
                  <details>
                    <summary>{t('kpi.details', { kpi: kpi.code })}</summary>
                    <dl>
                      <dt>{t('kpi.definition')}</dt>
                      <dd>{kpi.definition}</dd>
                      <dt>{t('kpi.formula')}</dt>
                      <dd>{kpi.formula}</dd>
                      <dt>{t('kpi.cadence')}</dt>
                      <dd>{t(`kpi.cadences.${kpi.cadence}`)}</dd>
                      <dt>{t('kpi.direction')}</dt>
                      <dd>{t(`kpi.directions.${kpi.direction}`)}</dd>
                      <dt>{t('kpi.dataProducer')}</dt>
                      <dd>{kpi.dataProducer}</dd>
                      <dt>{t('kpi.source')}</dt>
                      <dd>
                        {t(`kpi.sources.${kpi.source}`)}
                        {kpi.serviceType && ` (${kpi.serviceType.name})`}
                      </dd>
                    </dl>
                    <ul>
                      {kpi.periods.map((entry) => (
                        <li key={entry.period}>
                          {entry.period}: {t('kpi.columns.target')} {format.figure(entry.target, kpi.unit)}, {t('kpi.columns.value')} {format.figure(entry.value, kpi.unit)}, {t('kpi.columns.achievement')} {format.achievement(entry.achievement)}
                        </li>
                      ))}
                    </ul>
                  </details>
                </th>
                <td>{shown?.period ?? t('common.notAvailable')}</td>
                <td>{format.figure(shown?.target ?? null, kpi.unit)}</td>
                <td>{format.figure(shown?.value ?? null, kpi.unit)}</td>
                <td>{format.achievement(shown?.achievement ?? null)}</td>
                <td>
                  <button type="button" className="button button--ghost" onClick={() => onEdit('target', kpi)} aria-label={`${t('kpi.setTarget')}: ${kpi.code}`}>
                    {t('kpi.setTarget')}
                  </button>{' '}
                  {kpi.source === 'MANUAL' && (
                    <button type="button" className="button button--ghost" onClick={() => onEdit('value', kpi)} aria-label={`${t('kpi.reportValue')}: ${kpi.code}`}>
                      {t('kpi.reportValue')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A target (any indicator) or a reported value (MANUAL indicators) for one of the year's periods. */
function FigureForm({ kind, kpi, onDone, onCancel }: { kind: 'target' | 'value'; kpi: KpiRow; onDone: (period: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [targetState, setTarget] = useMutation(SetKpiTargetMutation);
  const [valueState, reportValue] = useMutation(ReportKpiValueMutation);
  const state = kind === 'target' ? targetState : valueState;
  const server = errorsForForm(state.error, ['period', kind], t);
  const serverFields: Record<string, string> = { ...(server.fields.period ? { period: server.fields.period } : {}), ...(server.fields[kind] ? { figure: server.fields[kind] } : {}) };
  const form = useCheckedForm<FigureValues, KpiProblem>({ period: shownPeriod(kpi)?.period ?? kpi.periods[0]?.period ?? '', figure: '' }, (values) => figureProblems(values, kind), serverFields, (problem) => t(`kpi.problems.${problem}`));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.touchAll(['period', 'figure']);
    if (Object.keys(form.problems).length > 0) return;
    const figure = parseDecimal(form.values.figure);
    const variables = { kpiId: kpi.id, period: form.values.period };
    const result = kind === 'target' ? await setTarget({ ...variables, target: figure }) : await reportValue({ ...variables, value: figure });
    if (result.data) onDone(form.values.period);
  };
  const id = (field: string) => `kpi-${kind}-${field}`;
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby={id('title')}>
      <h2 id={id('title')}>{t(`kpi.${kind}Title`, { kpi: `${kpi.code} ${kpi.name}` })}</h2>
      <FormErrors messages={server.form} />
      <div className="form__row">
        <Field id={id('period')} label={t('kpi.columns.period')} error={form.errorFor('period')}>
          {(props) => (
            <select {...props} {...form.control('period')}>
              {kpi.periods.map((entry) => (
                <option key={entry.period} value={entry.period}>
                  {entry.period}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('figure')} label={`${t(`kpi.columns.${kind}`)} (${kpi.unit})`} error={form.errorFor('figure')}>
          {(props) => <input {...props} {...form.control('figure')} inputMode="decimal" autoComplete="off" />}
        </Field>
      </div>
      <FormActions busy={state.fetching} submitLabel={t('admin.save')} onCancel={onCancel} />
    </form>
  );
}

const KPI_FIELDS = ['code', 'name', 'definition', 'unit', 'formula', 'cadence', 'direction', 'dataProducer', 'source', 'serviceTypeId'] as const;

function KpiForm({ agencyId, serviceTypes, onDone, onCancel }: { agencyId: string; serviceTypes: Array<{ id: string; name: string }>; onDone: (code: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [state, create] = useMutation(CreateKpiMutation);
  const server = errorsForForm(state.error, KPI_FIELDS, t);
  const form = useCheckedForm<KpiValues, KpiProblem>(
    { code: '', name: '', definition: '', unit: '', formula: '', cadence: 'ANNUAL', direction: 'HIGHER_IS_BETTER', dataProducer: '', source: 'MANUAL', serviceTypeId: '' },
    kpiProblems,
    server.fields,
    (problem) => t(`kpi.problems.${problem}`),
  );
  const automatic = form.values.source !== 'MANUAL';
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.touchAll(KPI_FIELDS);
    if (Object.keys(form.problems).length > 0) return;
    const { values } = form;
    const result = await create({
      input: {
        agencyId,
        code: values.code.trim(),
        name: values.name.trim(),
        definition: values.definition.trim(),
        unit: values.unit.trim(),
        formula: values.formula.trim(),
        cadence: values.cadence as KpiCadence,
        direction: values.direction as KpiDirection,
        dataProducer: values.dataProducer.trim(),
        source: values.source as KpiSource,
        serviceTypeId: automatic && values.serviceTypeId ? values.serviceTypeId : null,
      },
    });
    if (result.data) onDone(result.data.createKpi.code);
  };
  const id = (field: string) => `kpi-${field}`;
  const text = (field: 'name' | 'unit' | 'dataProducer', hint?: string) => (
    <Field id={id(field)} label={t(`kpi.${field}`)} hint={hint} error={form.errorFor(field)}>
      {(props) => <input {...props} {...form.control(field)} autoComplete="off" />}
    </Field>
  );
  const choice = <V extends string>(field: 'cadence' | 'direction' | 'source', options: V[], label: (option: V) => string) => (
    <Field id={id(field)} label={t(`kpi.${field}`)} error={form.errorFor(field)}>
      {(props) => (
        <select {...props} {...form.control(field)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {label(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="kpi-form-title">
      <h2 id="kpi-form-title">{t('kpi.createTitle')}</h2>
      <FormErrors messages={server.form} />
      <div className="form__row">
        <Field id={id('code')} label={t('kpi.code')} hint={t('kpi.codeHint')} error={form.errorFor('code')}>
          {(props) => <input {...props} {...form.control('code')} autoComplete="off" />}
        </Field>
        {text('name')}
      </div>
      <Field id={id('definition')} label={t('kpi.definition')} error={form.errorFor('definition')}>
        {(props) => <textarea {...props} {...form.control('definition')} rows={3} />}
      </Field>
      <Field id={id('formula')} label={t('kpi.formula')} error={form.errorFor('formula')}>
        {(props) => <textarea {...props} {...form.control('formula')} rows={2} />}
      </Field>
      <div className="form__row">
        {text('unit', t('kpi.unitHint'))}
        {choice('cadence', CADENCES, (option) => t(`kpi.cadences.${option}`))}
        {choice('direction', DIRECTIONS, (option) => t(`kpi.directions.${option}`))}
      </div>
      {text('dataProducer', t('kpi.dataProducerHint'))}
      <div className="form__row">
        {choice('source', SOURCES, (option) => t(`kpi.sources.${option}`))}
        {automatic && (
          <Field id={id('serviceTypeId')} label={t('kpi.serviceType')} error={form.errorFor('serviceTypeId')}>
            {(props) => (
              <select {...props} {...form.control('serviceTypeId')}>
                <option value="">{t('kpi.allServices')}</option>
                {serviceTypes.map((service) => (
                  <option key={service.id} value={service.id}>
                    {service.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <FormActions busy={state.fetching} submitLabel={t('kpi.create')} onCancel={onCancel} />
    </form>
  );
}
