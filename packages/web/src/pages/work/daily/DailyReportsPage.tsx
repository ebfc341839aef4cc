import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { ErrorMessage, Loading } from '../../../components/QueryStatus';
import { nodes } from '../../../graphql/types';
import { formatDate } from '../../../i18n/format';
import { addDays, dateParam, mondayOf, today, weekDays } from '../dates';
import { dailyReportsContext, MyDailyReportsQuery } from '../queries';
import { useEmployee } from '../WorkLayout';
import { DailyReportForm } from './DailyReportForm';
import { WeekView } from './WeekView';

/** Daily reports (laporan kinerja harian): fast entry and the week at a glance (`?minggu=` any day of the week). */
export function DailyReportsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('work.daily.title'));
  const employee = useEmployee();
  const [params, setParams] = useSearchParams();
  const now = today();
  const monday = mondayOf(dateParam(params.get('minggu'), now));
  const days = weekDays(monday);
  const sunday = days[6]!;
  const year = Number(now.slice(0, 4));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyDailyReportsQuery,
    variables: { from: monday, to: sunday, year, regionId: employee.agency.region.id },
    context: dailyReportsContext,
  });
  const showWeekOf = (date: string) => setParams(date === now ? {} : { minggu: date }, { replace: true });
  const reports = nodes(data?.me?.employee?.dailyReports);
  const holidays = new Map((data?.holidays ?? []).map((holiday) => [holiday.date, holiday.name]));
  const range = `${formatDate(monday, i18n.language, { timeZone: 'UTC' })} – ${formatDate(sunday, i18n.language, { timeZone: 'UTC' })}`;

  return (
    <section aria-labelledby="daily-title">
      <h1 id="daily-title">{t('work.daily.title')}</h1>
      <DailyReportForm rhk={data?.me?.employee?.skp?.rhk ?? []} onSaved={(date) => mondayOf(date) !== monday && showWeekOf(date)} />
      <section aria-labelledby="week-title" aria-busy={fetching}>
        <div className="section-header">
          <h2 id="week-title">{t('work.daily.weekTitle', { range })}</h2>
          <div className="toolbar">
            <button type="button" className="button" onClick={() => showWeekOf(addDays(monday, -7))}>
              {t('work.daily.previousWeek')}
            </button>
            <button type="button" className="button" onClick={() => showWeekOf(now)} disabled={mondayOf(now) === monday}>
              {t('work.daily.thisWeek')}
            </button>
            <button type="button" className="button" onClick={() => showWeekOf(addDays(monday, 7))} disabled={addDays(monday, 7) > now}>
              {t('work.daily.nextWeek')}
            </button>
          </div>
        </div>
        {error && !data && <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
        {!data && fetching && <Loading />}
        {data && <WeekView days={days} reports={reports} holidays={holidays} today={now} />}
      </section>
    </section>
  );
}
