import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { usePageTitle } from '../../../app/usePageTitle';
import { errorsForForm } from '../../../graphql/errors';
import { useFormat } from '../../../i18n/format';
import { AgencyPicker, useSelectedAgency } from '../AgencyPicker';
import { Field, FormErrors } from '../Field';
import { employeeImport, serviceEventImport, type ImportKind } from './importKinds';
import { ImportPreview } from './ImportPreview';
import type { ImportReport } from './queries';

/** The kinds of file the page imports; the choice is kept in the URL (`?jenis=`). */
const KINDS = [employeeImport, serviceEventImport] as const;

/**
 * Import of employees or service events: choose the kind and the file, check it (a dry run that
 * changes nothing and shows every row error), then import — all rows or none (service events:
 * the valid rows only, when the user asks for it).
 */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.import.title'));
  const [params, setParams] = useSearchParams();
  const kind = params.get('jenis') === serviceEventImport.id ? serviceEventImport : employeeImport;

  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{t('admin.import.title')}</h1>
      <fieldset className="choice-group choice-group--row">
        <legend>{t('admin.import.kind')}</legend>
        {KINDS.map((candidate) => (
          <label className="choice" key={candidate.id}>
            <input
              type="radio"
              name="import-kind"
              checked={candidate.id === kind.id}
              onChange={() =>
                setParams((current) => {
                  const next = new URLSearchParams(current);
                  next.set('jenis', candidate.id);
                  return next;
                })
              }
            />{' '}
            {candidate.label(t)}
          </label>
        ))}
      </fieldset>
      {kind.id === serviceEventImport.id ? <ImportFlow key={kind.id} kind={serviceEventImport} /> : <ImportFlow key={kind.id} kind={employeeImport} />}
    </section>
  );
}

function ImportFlow<Result extends ImportReport, Data, Variables extends object>({ kind }: { kind: ImportKind<Result, Data, Variables> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [agencyId] = useSelectedAgency();
  const [file, setFile] = useState<File | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [checked, setChecked] = useState<Result | null>(null);
  const [done, setDone] = useState<Result | null>(null);
  const [{ fetching, error }, runImport] = useMutation(kind.mutation);
  const errors = errorsForForm(error, ['file', 'agencyId'], t);
  const texts = kind.texts(t);
  const template = `data:text/csv;charset=utf-8,${encodeURIComponent(`${kind.columns.join(',')}\n`)}`;
  const ready = !kind.needsAgency || agencyId !== null;

  const run = async (dryRun: boolean) => {
    if (!file || (kind.needsAgency && !agencyId)) return;
    const result = await runImport(kind.variables({ agencyId: agencyId ?? '', file, dryRun, acceptValidRows: validOnly }));
    const report = result.data ? kind.result(result.data) : null;
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

  const importable = checked !== null && checked.preview.length > 0 && (checked.errorCount === 0 || (kind.allowValidRowsOnly && validOnly));

  return (
    <>
      <p className="lead">{texts.intro}</p>
      {kind.needsAgency && <AgencyPicker />}
      <details className="help">
        <summary>{t('admin.import.formatHeading')}</summary>
        <p>{texts.formatText}</p>
        <ul>
          {kind.columns.map((column) => (
            <li key={column}>
              <code>{column}</code> — {texts.columnHelp(column)}
            </li>
          ))}
        </ul>
        <a href={template} download={kind.templateName}>
          {t('admin.import.template')}
        </a>
      </details>
      {ready && (
        <form className="form" onSubmit={onCheck} noValidate>
          <FormErrors messages={[...errors.form, ...Object.values(errors.fields)]} />
          <Field id="import-file" label={t('admin.import.file')} hint={texts.fileHint}>
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
          {kind.allowValidRowsOnly && (
            <label className="choice">
              <input type="checkbox" checked={validOnly} onChange={(event) => setValidOnly(event.target.checked)} /> {t('admin.import.validOnly')}
            </label>
          )}
          <div className="form__actions">
            <button type="submit" className="button" disabled={!file || fetching}>
              {fetching ? t('admin.import.working') : t('admin.import.check')}
            </button>
            <button type="button" className="button button--primary" disabled={!importable || done?.applied === true || fetching} onClick={() => void run(false)}>
              {t('admin.import.confirm')}
            </button>
          </div>
        </form>
      )}
      <div aria-live="polite">
        {done?.applied && (
          <div className="status status--ok" role="status">
            <p className="status__title">{t('admin.import.doneTitle')}</p>
            {kind.done(done, t, agencyId)}
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
            <ImportPreview result={checked} facts={kind.facts(checked, t)} columns={kind.previewColumns(t, format)} />
          </>
        )}
      </div>
    </>
  );
}
