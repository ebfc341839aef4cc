import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/usePageTitle';
import { errorsForForm } from '../../../graphql/errors';
import { AgencyPicker, useSelectedAgency } from '../AgencyPicker';
import { Field, FormErrors } from '../Field';
import { ImportPreview } from './ImportPreview';
import { IMPORT_COLUMNS, ImportEmployeesMutation, type ImportResult } from './queries';

const TEMPLATE = `data:text/csv;charset=utf-8,${encodeURIComponent(`${IMPORT_COLUMNS.join(',')}\n`)}`;

/**
 * Import of employees: choose the file, check it (a dry run that changes nothing and shows every
 * row error), then import — all rows or none.
 */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.import.title'));
  const [agencyId] = useSelectedAgency();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [{ fetching, error }, runImport] = useMutation(ImportEmployeesMutation);
  const errors = errorsForForm(error, ['file', 'agencyId'], t);

  const run = async (dryRun: boolean) => {
    if (!agencyId || !file) return;
    const result = await runImport({ agencyId, file, dryRun });
    const report = result.data?.importEmployees ?? null;
    if (dryRun) setChecked(report);
    else {
      setDone(report);
      // A refused real run shows its errors as a fresh check would.
      if (report && !report.applied) setChecked(report);
    }
  };

  const onCheck = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    void run(true);
  };

  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{t('admin.import.title')}</h1>
      <p className="lead">{t('admin.import.intro')}</p>
      <AgencyPicker />
      <details className="help">
        <summary>{t('admin.import.formatHeading')}</summary>
        <p>{t('admin.import.formatText')}</p>
        <ul>
          {IMPORT_COLUMNS.map((column) => (
            <li key={column}>
              <code>{column}</code> — {t(`admin.import.columnHelp.${column}`)}
            </li>
          ))}
        </ul>
        <a href={TEMPLATE} download="templat-impor-pegawai.csv">
          {t('admin.import.template')}
        </a>
      </details>
      {agencyId && (
        <form className="form" onSubmit={onCheck} noValidate>
          <FormErrors messages={[...errors.form, ...Object.values(errors.fields)]} />
          <Field id="import-file" label={t('admin.import.file')} hint={t('admin.import.fileHint')}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setChecked(null);
                  setDone(null);
                }}
              />
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button" disabled={!file || fetching}>
              {fetching ? t('admin.import.working') : t('admin.import.check')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={!checked || checked.errorCount > 0 || done?.applied === true || fetching}
              onClick={() => void run(false)}
            >
              {t('admin.import.confirm')}
            </button>
          </div>
        </form>
      )}
      <div aria-live="polite">
        {done?.applied && (
          <div className="status status--ok" role="status">
            <p className="status__title">{t('admin.import.doneTitle')}</p>
            <p>{t('admin.import.doneText', { created: done.created, updated: done.updated, unchanged: done.unchanged })}</p>
            <Link to={`${paths.admin.employees}${agencyId ? `?opd=${encodeURIComponent(agencyId)}` : ''}`}>{t('admin.import.seeEmployees')}</Link>
          </div>
        )}
        {done && !done.applied && (
          <p className="status status--error" role="alert">
            {t('admin.import.refused', { count: done.errorCount })}
          </p>
        )}
        {checked && !done?.applied && (
          <>
            <p className={checked.errorCount > 0 ? 'status status--error' : 'status status--ok'}>
              {checked.errorCount > 0 ? t('admin.import.checkFailed', { count: checked.errorCount }) : t('admin.import.checkPassed')}
            </p>
            <ImportPreview result={checked} />
          </>
        )}
      </div>
    </section>
  );
}
