import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { ImportReport, ImportRowError } from './queries';

/**
 * What an import found: counts, every row error (row, column, reason) and the first rows with
 * what will happen to each. Rows with errors are highlighted in the preview too. The kind of
 * import chooses the counts and the preview's columns.
 */
export function ImportPreview<Row extends { row: number }>({
  result,
  facts,
  columns,
}: {
  result: ImportReport<Row>;
  facts: Array<{ label: string; value: number; error?: boolean }>;
  columns: Array<{ header: string; cell: (row: Row) => ReactNode }>;
}) {
  const { t, i18n } = useTranslation();
  const { formatNumber } = useFormat();
  // The server's reason code picks our text; a code we do not know yet shows its English message.
  const problem = (error: ImportRowError) => {
    const key = [`admin.import.problems.${error.code}`, `admin.employees.problems.nip.${error.code.replace(/^NIP_/, '')}`].find((candidate) =>
      i18n.exists(candidate),
    );
    return key ? t(key as 'admin.import.problems.NIP_DUPLICATE', { row: error.relatedRow ?? '' }) : error.message;
  };
  const rowsWithErrors = new Set(result.errors.map((error) => error.row));
  const column = (name: string | null) => (name ? t(`admin.import.columns.${name}` as 'admin.import.columns.nip', { defaultValue: name }) : '');

  return (
    <div className="import-preview">
      <dl className="facts">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd className={fact.error ? 'text-error' : undefined}>{formatNumber(fact.value)}</dd>
          </div>
        ))}
      </dl>

      {result.errorCount > 0 && (
        <section aria-labelledby="import-errors">
          <h2 id="import-errors">{t('admin.import.errorsHeading')}</h2>
          {result.errorCount > result.errors.length && <p className="muted">{t('admin.import.errorsCapped', { shown: result.errors.length, total: result.errorCount })}</p>}
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin.import.row')}</th>
                  <th scope="col">{t('admin.import.column')}</th>
                  <th scope="col">{t('admin.import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((error, index) => (
                  <tr key={`${error.row}-${error.column ?? ''}-${index}`} className="row--error">
                    <td className="numeric">{error.row}</td>
                    <td>{column(error.column)}</td>
                    <td>{problem(error)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {result.preview.length > 0 && (
        <section aria-labelledby="import-rows">
          <h2 id="import-rows">{t('admin.import.previewHeading')}</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin.import.row')}</th>
                  {columns.map((previewColumn) => (
                    <th scope="col" key={previewColumn.header}>
                      {previewColumn.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.preview.map((row) => (
                  <tr key={row.row} className={rowsWithErrors.has(row.row) ? 'row--error' : undefined}>
                    <td className="numeric">{row.row}</td>
                    {columns.map((previewColumn) => (
                      <td key={previewColumn.header}>{previewColumn.cell(row)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
