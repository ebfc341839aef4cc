import { useTranslation } from 'react-i18next';
import { dataUrl, toCsv, toJson, type DataTable } from './download';

/** CSV and JSON of a table, with the licence next to the links. */
export function DownloadLinks({ table, meta }: { table: DataTable; meta: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <p className="downloads">
      <span>{t('public.download')}</span>{' '}
      <a href={dataUrl('text/csv', toCsv(table))} download={`${table.name}.csv`} data-format="csv">
        CSV
      </a>{' '}
      <a href={dataUrl('application/json', toJson(table, meta))} download={`${table.name}.json`} data-format="json">
        JSON
      </a>{' '}
      <span className="muted">
        {t('public.licence')}{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/deed.id" rel="license noreferrer" target="_blank">
          CC-BY 4.0
        </a>
      </span>
    </p>
  );
}
