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
import { ConfirmButton } from '../ConfirmButton';
import { Field, FormActions, FormErrors } from '../Field';
import {
  AgencyCycleQuery,
  AgencyGoalsQuery,
  ClosePeriodMutation,
  CreateAgencyGoalMutation,
  CreatePerformanceYearMutation,
  OpenPeriodMutation,
  type Cadence,
  type EvaluationPeriod,
  type PerformanceYear,
} from './queries';
import { goalProblems, yearProblems, type CycleProblem, type GoalValues, type YearValues } from './validation';

const CADENCES: Cadence[] = ['QUARTERLY', 'SEMESTER', 'MONTHLY'];

/** `/admin/siklus`: an agency's performance years, their periods opened and closed, and its goals (IKU). */
export function CyclePage() {
  const { t } = useTranslation();
  usePageTitle(t('cycle.title'));
  return (
    <AgencyScopedPage id="cycle-title" title={t('cycle.title')}>
      {(agencyId) => <Cycle key={agencyId} agencyId={agencyId} />}
    </AgencyScopedPage>
  );
}

function Cycle({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AgencyCycleQuery, variables: { id: agencyId } });
  const [creating, setCreating] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error && !data) return <ErrorMessage error={error} onRetry={reload} />;
  if (fetching && !data) return <Loading />;
  const agency = data?.agency;
  if (!agency) return <Empty>{t('errors.codes.NOT_FOUND')}</Empty>;
  const years = agency.performanceYears;
  const nextYear = years.length > 0 ? Math.max(...years.map((row) => row.year)) + 1 : Number(todayWib().slice(0, 4));
  return (
    <>
      <p className="muted">{t('cycle.intro')}</p>
      <div aria-live="polite">{saved && <p className="status status--ok">{saved}</p>}</div>
      <h2>{t('cycle.years')}</h2>
      {years.length === 0 ? <Empty>{t('cycle.noYears')}</Empty> : years.map((year) => (
            <YearPeriods
              key={year.id}
              year={year}
              onChanged={(message) => {
                setSaved(message);
                reload();
              }}
            />
          ))}
      {creating ? (
        <YearForm
          agencyId={agencyId}
          suggested={nextYear}
          onDone={(year) => {
            setCreating(false);
            setSaved(t('cycle.yearCreated', { year }));
            reload();
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <button type="button" className="button button--primary" onClick={() => { setSaved(null); setCreating(true); }}>
          {t('cycle.addYear')}
        </button>
      )}
      {years.length > 0 && <Goals agencyId={agencyId} years={years.map((row) => row.year)} />}
    </>
  );
}

function YearPeriods({ year, onChanged }: { year: PerformanceYear; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  return (
    <div className="table-scroll">
      <table data-year={year.year}>
        <caption>{t('cycle.yearCaption', { year: year.year, cadence: t(`cycle.cadences.${year.cadence}`) })}</caption>
        <thead>
          <tr>
            {(['code', 'dates', 'status', 'actions'] as const).map((column) => (
              <th key={column} scope="col">
                {t(`cycle.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {year.periods.map((period) => (
            <tr key={period.id} data-period={period.code}>
              <th scope="row">{period.code}</th>
              <td>
                {formatDay(period.startDate)} – {formatDay(period.endDate)}
              </td>
              <td>{t(`cycle.statuses.${period.status}`)}</td>
              <td>
                <PeriodAction period={period} onChanged={onChanged} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Opens a planned period or closes an open one, after asking; a closed period stays as it is. */
function PeriodAction({ period, onChanged }: { period: EvaluationPeriod; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [opening, open] = useMutation(OpenPeriodMutation);
  const [closing, close] = useMutation(ClosePeriodMutation);
  const state = period.status === 'PLANNED' ? opening : closing;
  const errors = errorsForForm(state.error, [], t);
  if (period.status === 'CLOSED') return <span className="muted">{t('cycle.readOnly')}</span>;
  const action = period.status === 'PLANNED' ? 'open' : 'close';
  const run = async () => {
    const result = await (action === 'open' ? open({ id: period.id }) : close({ id: period.id }));
    if (result.data) onChanged(t(`cycle.${action}Done`, { period: period.code }));
  };
  return (
    <>
      <ConfirmButton
        label={t(`cycle.${action}Label`, { period: period.code })}
        question={t(`cycle.${action}Question`, { period: period.code })}
        confirmLabel={t(`cycle.${action}Confirm`)}
        busy={state.fetching}
        onConfirm={() => void run()}
      />
      <FormErrors messages={errors.form} />
    </>
  );
}

const YEAR_FIELDS = ['year', 'cadence'] as const;

function YearForm({ agencyId, suggested, onDone, onCancel }: { agencyId: string; suggested: number; onDone: (year: number) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [state, create] = useMutation(CreatePerformanceYearMutation);
  const server = errorsForForm(state.error, YEAR_FIELDS, t);
  const form = useCheckedForm<YearValues, CycleProblem>({ year: String(suggested), cadence: '' }, yearProblems, server.fields, (problem) => t(`cycle.problems.${problem}`));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.touchAll(YEAR_FIELDS);
    if (Object.keys(form.problems).length > 0) return;
    const result = await create({ input: { agencyId, year: Number(form.values.year), cadence: (form.values.cadence || null) as Cadence | null } });
    if (result.data) onDone(result.data.createPerformanceYear.year);
  };
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="year-form-title">
      <h2 id="year-form-title">{t('cycle.yearTitle')}</h2>
      <FormErrors messages={server.form} />
      <div className="form__row">
        <Field id="year-year" label={t('cycle.year')} error={form.errorFor('year')}>
          {(props) => <input {...props} {...form.control('year')} inputMode="numeric" autoComplete="off" />}
        </Field>
        <Field id="year-cadence" label={t('cycle.cadence')} hint={t('cycle.cadenceHint')} error={form.errorFor('cadence')}>
          {(props) => (
            <select {...props} {...form.control('cadence')}>
              <option value="">{t('cycle.cadenceDefault')}</option>
              {CADENCES.map((cadence) => (
                <option key={cadence} value={cadence}>
                  {t(`cycle.cadences.${cadence}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormActions busy={state.fetching} submitLabel={t('cycle.createYear')} onCancel={onCancel} />
    </form>
  );
}

/** The agency's goals (IKU) of one of its years, which a head of agency's RHK can support. */
function Goals({ agencyId, years }: { agencyId: string; years: number[] }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(years.includes(Number(todayWib().slice(0, 4))) ? Number(todayWib().slice(0, 4)) : years[0]!);
  const [{ data, fetching, error }, refetch] = useQuery({ query: AgencyGoalsQuery, variables: { id: agencyId, year } });
  const [adding, setAdding] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const goals = data?.agency?.goals ?? [];
  return (
    <section aria-labelledby="goals-title">
      <h2 id="goals-title">{t('cycle.goals.title')}</h2>
      <p className="muted">{t('cycle.goals.intro')}</p>
      <div className="field field--inline">
        <label htmlFor="goals-year">{t('cycle.year')}</label>
        <select id="goals-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      {error && !data ? (
        <ErrorMessage error={error} onRetry={reload} />
      ) : fetching && !data ? (
        <Loading />
      ) : goals.length === 0 ? (
        <Empty>{t('cycle.goals.none', { year })}</Empty>
      ) : (
        <ul className="list">
          {goals.map((goal) => (
            <li key={goal.id}>
              <strong>{goal.code}</strong> {goal.title}
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <GoalForm
          key={year}
          agencyId={agencyId}
          year={year}
          onDone={() => {
            setAdding(false);
            reload();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('cycle.goals.add')}
        </button>
      )}
    </section>
  );
}

const GOAL_FIELDS = ['code', 'title'] as const;

function GoalForm({ agencyId, year, onDone, onCancel }: { agencyId: string; year: number; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [state, create] = useMutation(CreateAgencyGoalMutation);
  const server = errorsForForm(state.error, GOAL_FIELDS, t);
  const form = useCheckedForm<GoalValues, CycleProblem>({ code: '', title: '' }, goalProblems, server.fields, (problem) => t(`cycle.problems.${problem}`));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.touchAll(GOAL_FIELDS);
    if (Object.keys(form.problems).length > 0) return;
    const result = await create({ input: { agencyId, year, code: form.values.code.trim(), title: form.values.title.trim() } });
    if (result.data) onDone();
  };
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="goal-form-title">
      <h3 id="goal-form-title">{t('cycle.goals.formTitle', { year })}</h3>
      <FormErrors messages={server.form} />
      <Field id="goal-code" label={t('cycle.goals.code')} hint={t('cycle.goals.codeHint')} error={form.errorFor('code')}>
        {(props) => <input {...props} {...form.control('code')} autoComplete="off" />}
      </Field>
      <Field id="goal-title" label={t('cycle.goals.goalTitle')} error={form.errorFor('title')}>
        {(props) => <textarea {...props} {...form.control('title')} rows={2} />}
      </Field>
      <FormActions busy={state.fetching} submitLabel={t('cycle.goals.save')} onCancel={onCancel} />
    </form>
  );
}
