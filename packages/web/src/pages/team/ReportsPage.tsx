import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { usePageTitle } from '../../app/usePageTitle';
import { Empty, ErrorMessage, Loading } from '../../components/QueryStatus';
import { isLocalDate } from '@pantau/shared';
import { nodes } from '../../graphql/types';
import { useFormat } from '../../i18n/format';
import { addDays, mondayOf, today } from './dates';
import { TeamReportsQuery, type TeamReportsRow } from './queries';

/** The team's daily reports for one week (`?minggu=` any day of it), missing working days marked. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { formatDay } = useFormat();
  usePageTitle(t('team.reports.title'));
  const [params, setParams] = useSearchParams();
  const asked = params.get('minggu') ?? '';
  const monday = mondayOf(isLocalDate(asked) ? asked : today());
  const sunday = addDays(monday, 6);
  const [{ data, fetching, error }, refetch] = useQuery({ query: TeamReportsQuery, variables: { from: monday, to: sunday } });
  const rows = data?.teamDailyReports ?? [];
  // Saturday and Sunday get a column only when someone reported on them.
  const weekend = [5, 6].map((offset) => addDays(monday, offset)).filter((day) => rows.some((row) => nodes(row.employee.dailyReports).some((report) => report.date === day)));
  const days = [...[0, 1, 2, 3, 4].map((offset) => addDays(monday, offset)), ...weekend];
  const goTo = (day: string) => setParams((current) => new URLSearchParams({ ...Object.fromEntries(current), minggu: day }));

  return (
    <section aria-labelledby="reports-title">
      <h1 id="reports-title">{t('team.reports.title')}</h1>
      <p className="lead">{t('team.reports.lead')}</p>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => goTo(addDays(monday, -7))}>
          {t('team.reports.previous')}
        </button>
        <div className="field field--inline">
          <label htmlFor="reports-week">{t('team.reports.week')}</label>
          <input id="reports-week" type="date" value={monday} onChange={(event) => isLocalDate(event.target.value) && goTo(event.target.value)} />
        </div>
        <button type="button" className="button" onClick={() => goTo(addDays(monday, 7))} disabled={addDays(monday, 7) > today()}>
          {t('team.reports.next')}
        </button>
      </div>
      <p className="muted">{t('team.reports.range', { from: formatDay(monday), to: formatDay(sunday) })}</p>
      {error && !data && <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && rows.length === 0 && <Empty>{t('team.reports.none')}</Empty>}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="reports-week">
            <caption className="visually-hidden">{t('team.reports.caption', { from: formatDay(monday), to: formatDay(sunday) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.members.name')}</th>
                {days.map((day) => (
                  <th key={day} scope="col">
                    {formatDay(day, { dateStyle: undefined, weekday: 'short', day: 'numeric', month: 'short' })}
                  </th>
                ))}
                <th scope="col">{t('team.reports.missing')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <ReportRow key={row.employee.id} row={row} days={days} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ReportRow({ row, days }: { row: TeamReportsRow; days: string[] }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  const reports = nodes(row.employee.dailyReports);
  const missing = new Set(row.missingDays);
  return (
    <tr>
      <th scope="row">
        {row.employee.name}
        <span className="team-member__title">{row.employee.positionTitle}</span>
      </th>
      {days.map((day) => {
        const own = reports.filter((report) => report.date === day);
        if (missing.has(day)) {
          return (
            <td key={day} className="report-cell report-cell--missing">
              {t('team.reports.missingDay')}
            </td>
          );
        }
        if (own.length === 0) {
          return (
            <td key={day} className="report-cell muted">
              <span aria-label={t('team.reports.noneDue')}>{t('common.notAvailable')}</span>
            </td>
          );
        }
        const minutes = own.reduce((sum, report) => sum + report.durationMinutes, 0);
        return (
          <td key={day} className="report-cell report-cell--filed">
            <details>
              <summary>{t('team.reports.filed', { count: own.length, hours: formatNumber(minutes / 60, { maximumFractionDigits: 1 }) })}</summary>
              <ul>
                {own.map((report) => (
                  <li key={report.id}>
                    {report.activity} — {report.output}
                  </li>
                ))}
              </ul>
            </details>
          </td>
        );
      })}
      <td className="numeric">{formatNumber(row.missingDays.length)}</td>
    </tr>
  );
}
