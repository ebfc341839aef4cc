import { isWorkingDay } from '@pantau/shared';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formatDate, formatNumber } from '../../../i18n/format';
import { FormErrors } from '../../admin/Field';
import { workErrors } from '../errors';
import { DeleteDailyReportMutation, type DailyReport } from '../queries';

/**
 * A week at a glance: each working day with its reports and hours, a day without any marked as
 * missing once it has come; weekends and holidays only when something was filed on them.
 */
export function WeekView({ days, reports, holidays, today }: { days: string[]; reports: DailyReport[]; holidays: Map<string, string>; today: string }) {
  const { t, i18n } = useTranslation();
  const holidaySet = new Set(holidays.keys());
  const byDay = new Map<string, DailyReport[]>();
  for (const report of reports) byDay.set(report.date, [...(byDay.get(report.date) ?? []), report]);
  const shown = days.filter((day) => isWorkingDay(day, holidaySet) || byDay.has(day));
  const [removed, remove] = useMutation(DeleteDailyReportMutation);
  const removeErrors = workErrors(removed.error, [], t);
  const hours = (minutes: number) => formatNumber(minutes / 60, i18n.language, { maximumFractionDigits: 1 });
  return (
    <>
      <FormErrors messages={removeErrors.form} />
      <ol className="week">
        {shown.map((day) => {
          const own = byDay.get(day) ?? [];
          const missing = own.length === 0 && day <= today && isWorkingDay(day, holidaySet);
          const minutes = own.reduce((sum, report) => sum + report.durationMinutes, 0);
          return (
            <li key={day} className={`week__day${missing ? ' week__day--missing' : ''}`} aria-current={day === today ? 'date' : undefined}>
              <h3 className="week__date">{formatDate(day, i18n.language, { dateStyle: undefined, weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })}</h3>
              {holidays.has(day) && <p className="muted">{holidays.get(day)}</p>}
              {missing && <p className="text-error">{t('work.daily.missing')}</p>}
              {own.length === 0 && !missing && <p className="muted">{day > today ? t('work.daily.upcoming') : t('work.daily.dayOff')}</p>}
              {own.length > 0 && (
                <>
                  <ul className="week__reports">
                    {own.map((report) => (
                      <li key={report.id}>
                        <span className="week__activity">{report.activity}</span>
                        <span className="muted">
                          {' '}
                          — {report.output} · {t('work.daily.minutes', { count: report.durationMinutes })}
                          {report.rhk && ` · ${report.rhk.title}`}
                        </span>{' '}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => void remove({ id: report.id }, { additionalTypenames: ['DailyReport'] })}
                          aria-label={t('work.daily.remove', { activity: report.activity })}
                        >
                          {t('work.remove')}
                        </button>
                      </li>
                    ))}
                  </ul>
                  <p className="week__total">{t('work.daily.hours', { hours: hours(minutes) })}</p>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
