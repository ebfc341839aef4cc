import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { errorsForForm } from '../../../graphql/errors';
import { formatDay } from '../../../i18n/format';
import { today } from '../../work/dates';
import { AgencyScopedPage } from '../AgencyPicker';
import { FormErrors } from '../Field';
import { ListStatus } from '../ListStatus';
import { ExportRatingsMutation, MeritQuery, meritContext } from './queries';
import { RecognitionForm } from './RecognitionForm';

/** Reward and merit of an agency: recognitions, the merit list and the e-Kinerja export of a year. */
export function MeritPage() {
  const { t } = useTranslation();
  usePageTitle(t('merit.title'));
  return (
    <AgencyScopedPage id="merit-title" title={t('merit.title')}>
      {(agencyId) => <Merit key={agencyId} agencyId={agencyId} />}
    </AgencyScopedPage>
  );
}

function Merit({ agencyId }: { agencyId: string }) {
  const { t, i18n } = useTranslation();
  // The year as typed; the lists follow once it is a year the API takes.
  const [yearText, setYearText] = useState(today().slice(0, 4));
  const [year, setYear] = useState(Number(yearText));
  const [result, refetch] = useQuery({ query: MeritQuery, variables: { agencyId, year }, context: meritContext });
  const recognitions = result.data?.agencyRecognitions ?? [];
  const merit = result.data?.meritList ?? [];

  return (
    <>
      <div className="field field--inline">
        <label htmlFor="merit-year">{t('merit.year')}</label>
        <input
          id="merit-year"
          type="number"
          min={2000}
          max={2100}
          value={yearText}
          onChange={(event) => {
            setYearText(event.target.value);
            const typed = event.target.valueAsNumber;
            if (Number.isInteger(typed) && typed >= 2000 && typed <= 2100) setYear(typed);
          }}
        />
      </div>
      <RecognitionForm agencyId={agencyId} />

      <section aria-labelledby="recognitions-title">
        <h2 id="recognitions-title">{t('merit.recognitionsTitle', { year })}</h2>
        <ListStatus result={result} count={recognitions.length} empty={t('merit.noRecognitions')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('merit.recognise.awardedOn')}</th>
                  <th scope="col">{t('merit.recognise.employee')}</th>
                  <th scope="col">{t('merit.recognise.kind')}</th>
                  <th scope="col">{t('merit.recognise.recognitionTitle')}</th>
                </tr>
              </thead>
              <tbody>
                {recognitions.map((recognition) => (
                  <tr key={recognition.id}>
                    <td>{formatDay(recognition.awardedOn, i18n.language)}</td>
                    <td>
                      {recognition.employee.name}
                      <br />
                      <span className="muted">{recognition.employee.positionTitle}</span>
                    </td>
                    <td>{t(`merit.kinds.${recognition.kind}`)}</td>
                    <td>
                      {recognition.title}
                      <br />
                      <span className="muted">{recognition.citation}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ListStatus>
      </section>

      <section aria-labelledby="merit-list-title">
        <h2 id="merit-list-title">{t('merit.listTitle', { year })}</h2>
        <p className="lead">{t('merit.listIntro')}</p>
        <ListStatus result={result} count={merit.length} empty={t('merit.noMerit')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
          <div className="table-scroll">
            <table>
              <caption>{t('merit.listTitle', { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('merit.rank')}</th>
                  <th scope="col">{t('merit.recognise.employee')}</th>
                  <th scope="col">{t('merit.predikat')}</th>
                  <th scope="col">{t('merit.sangatBaikYears')}</th>
                  <th scope="col">{t('merit.baikOrBetterYears')}</th>
                </tr>
              </thead>
              <tbody>
                {merit.map((entry) => (
                  <tr key={entry.employee.id}>
                    <td>{entry.rank}</td>
                    <td>
                      {entry.employee.name}
                      <br />
                      <span className="muted">
                        {entry.employee.nip} · {entry.employee.positionTitle}
                      </span>
                    </td>
                    <td>{t(`performance.predikat.${entry.predikat}`)}</td>
                    <td>{entry.sangatBaikYears}</td>
                    <td>{entry.baikOrBetterYears}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ListStatus>
      </section>

      <ExportRatings agencyId={agencyId} year={year} />
    </>
  );
}

/** Downloads the locked final ratings as the e-Kinerja CSV (the export is recorded in the audit trail). */
function ExportRatings({ agencyId, year }: { agencyId: string; year: number }) {
  const { t } = useTranslation();
  const [state, exportRatings] = useMutation(ExportRatingsMutation);
  const server = errorsForForm(state.error, [], t);
  const [done, setDone] = useState<number | null>(null);

  const onExport = async () => {
    setDone(null);
    const result = await exportRatings({ agencyId, year });
    const file = result.data?.exportFinalRatings;
    if (!file) return;
    const url = URL.createObjectURL(new Blob([file.csv], { type: file.mediaType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.filename;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
    setDone(file.rows);
  };

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('merit.exportTitle')}</h2>
      <p>{t('merit.exportIntro')}</p>
      <FormErrors messages={server.form} />
      <div className="form__actions">
        <button type="button" className="button" disabled={state.fetching} onClick={() => void onExport()}>
          {t('merit.export', { year })}
        </button>
        <p className="form__saved" role="status">
          {done !== null ? t('merit.exported', { count: done }) : ''}
        </p>
      </div>
    </section>
  );
}
