import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../../components/QueryStatus';
import { errorsForForm } from '../../../graphql/errors';
import { nodes } from '../../../graphql/types';
import { useFormat } from '../../../i18n/format';
import { Field, FormErrors } from '../Field';
import { AddHolidayMutation, RegionHolidaysQuery, RegionListQuery, RemoveHolidayMutation, type Holiday } from './queries';
import { useCheckedForm } from './useCheckedForm';
import { holidayProblems, todayWib } from './validation';

/**
 * `/admin/hari-libur?wilayah=…&tahun=…`: a region's holidays for a year, each marked national or
 * regional, the national ones it lacks (to add back with one click), and a form for regional ones.
 */
export function HolidaysPage() {
  const { t } = useTranslation();
  usePageTitle(t('catalogue.holidays.title'));
  const [params, setParams] = useSearchParams();
  const [{ data, error }] = useQuery({ query: RegionListQuery });
  const regions = nodes(data?.regions);
  const thisYear = Number(todayWib().slice(0, 4));
  const regionId = params.get('wilayah') ?? regions[0]?.id ?? null;
  const year = Number(params.get('tahun')) || thisYear;
  const choose = (key: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(key, value);
      return next;
    });
  return (
    <section aria-labelledby="holidays-title">
      <h1 id="holidays-title">{t('catalogue.holidays.title')}</h1>
      <p className="muted">{t('catalogue.holidays.intro')}</p>
      {error && !data ? <ErrorMessage error={error} /> : null}
      <div className="form__row">
        <div className="field field--inline">
          <label htmlFor="holiday-region">{t('catalogue.holidays.region')}</label>
          <select id="holiday-region" value={regionId ?? ''} onChange={(event) => choose('wilayah', event.target.value)}>
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor="holiday-year">{t('catalogue.holidays.year')}</label>
          <select id="holiday-year" value={year} onChange={(event) => choose('tahun', event.target.value)}>
            {[thisYear - 1, thisYear, thisYear + 1].map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
      </div>
      {regionId && <RegionHolidays key={`${regionId}-${year}`} regionId={regionId} regionName={regions.find((region) => region.id === regionId)?.name ?? ''} year={year} />}
    </section>
  );
}

function RegionHolidays({ regionId, regionName, year }: { regionId: string; regionName: string; year: number }) {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RegionHolidaysQuery, variables: { regionId, year } });
  const [removal, remove] = useMutation(RemoveHolidayMutation);
  const [addition, add] = useMutation(AddHolidayMutation);
  const [done, setDone] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const national = useMemo(() => new Map((data?.nationalHolidays ?? []).map((holiday) => [holiday.date, holiday])), [data]);
  const taken = useMemo(() => new Set((data?.holidays ?? []).map((holiday) => holiday.date)), [data]);
  if (error && !data) return <ErrorMessage error={error} onRetry={reload} />;
  if (fetching && !data) return <Loading />;
  const today = todayWib();
  const holidays = data?.holidays ?? [];
  const missing = (data?.nationalHolidays ?? []).filter((holiday) => !taken.has(holiday.date));
  const failures = errorsForForm(removal.error ?? addition.error, [], t).form;

  const onRemove = async (holiday: Holiday) => {
    setDone(null);
    const result = await remove({ regionId, date: holiday.date });
    if (result.data?.removeHoliday) {
      setDone(t('catalogue.holidays.removed', { name: holiday.name }));
      reload();
    }
  };
  const onAddNational = async (holiday: Holiday) => {
    setDone(null);
    const result = await add({ input: { regionId, ...holiday } });
    if (result.data) {
      setDone(t('catalogue.holidays.added', { name: holiday.name }));
      reload();
    }
  };
  const kind = (holiday: Holiday) => t(`catalogue.holidays.kinds.${holiday.collectiveLeave ? 'collectiveLeave' : 'holiday'}`);

  return (
    <>
      <div aria-live="polite">{done && <p className="status status--ok">{done}</p>}</div>
      <FormErrors messages={failures} />
      {holidays.length === 0 ? (
        <Empty>{t('catalogue.holidays.none')}</Empty>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t('catalogue.holidays.caption', { region: regionName, year })}</caption>
            <thead>
              <tr>
                {(['date', 'name', 'kind', 'source', 'actions'] as const).map((column) => (
                  <th key={column} scope="col">
                    {t(`catalogue.holidays.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {holidays.map((holiday) => (
                <tr key={holiday.date} data-date={holiday.date}>
                  <td>
                    <time dateTime={holiday.date}>{formatDay(holiday.date)}</time>
                  </td>
                  <th scope="row">{holiday.name}</th>
                  <td>{kind(holiday)}</td>
                  <td>{t(`catalogue.holidays.sources.${national.has(holiday.date) ? 'national' : 'regional'}`)}</td>
                  <td>
                    {holiday.date >= today && (
                      <button
                        type="button"
                        className="button button--ghost"
                        disabled={removal.fetching}
                        onClick={() => void onRemove(holiday)}
                        aria-label={t('catalogue.holidays.removeLabel', { name: holiday.name, date: formatDay(holiday.date) })}
                      >
                        {t('catalogue.holidays.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {missing.length > 0 && (
        <section aria-labelledby="holidays-missing">
          <h2 id="holidays-missing">{t('catalogue.holidays.missingNational')}</h2>
          <ul className="plain-list">
            {missing.map((holiday) => (
              <li key={holiday.date}>
                <time dateTime={holiday.date}>{formatDay(holiday.date)}</time> {holiday.name} ({kind(holiday)}){' '}
                {holiday.date >= today && (
                  <button
                    type="button"
                    className="button button--ghost"
                    disabled={addition.fetching}
                    onClick={() => void onAddNational(holiday)}
                    aria-label={t('catalogue.holidays.addNationalLabel', { name: holiday.name, date: formatDay(holiday.date) })}
                  >
                    {t('catalogue.holidays.addNational')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <HolidayForm regionId={regionId} taken={taken} onAdded={(name) => { setDone(t('catalogue.holidays.added', { name })); reload(); }} />
    </>
  );
}

const FIELDS = ['date', 'name'] as const;

function HolidayForm({ regionId, taken, onAdded }: { regionId: string; taken: ReadonlySet<string>; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const [collectiveLeave, setCollectiveLeave] = useState(false);
  const [state, add] = useMutation(AddHolidayMutation);
  const server = errorsForForm(state.error, FIELDS, t);
  const form = useCheckedForm({ date: '', name: '' }, (values) => holidayProblems(values, taken), server.fields, (problem) => t(`catalogue.holidays.problems.${problem}`));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.touchAll(FIELDS);
    if (Object.keys(form.problems).length > 0) return;
    const result = await add({ input: { regionId, date: form.values.date, name: form.values.name.trim(), collectiveLeave } });
    if (result.data) {
      onAdded(result.data.addHoliday.name);
      form.reset();
      setCollectiveLeave(false);
    }
  };
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="holiday-form-title">
      <h2 id="holiday-form-title">{t('catalogue.holidays.addTitle')}</h2>
      <FormErrors messages={server.form} />
      <div className="form__row">
        <Field id="holiday-date" label={t('catalogue.holidays.date')} error={form.errorFor('date')}>
          {(props) => <input {...props} {...form.control('date')} type="date" min={todayWib()} />}
        </Field>
        <Field id="holiday-name" label={t('catalogue.holidays.name')} error={form.errorFor('name')}>
          {(props) => <input {...props} {...form.control('name')} autoComplete="off" />}
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={collectiveLeave} onChange={(event) => setCollectiveLeave(event.target.checked)} />
        {t('catalogue.holidays.collectiveLeave')}
      </label>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('admin.saving') : t('catalogue.holidays.add')}
        </button>
      </div>
    </form>
  );
}
