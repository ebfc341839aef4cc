import type { TypedDocumentNode } from '@urql/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import type { useFormat } from '../../../i18n/format';
import {
  IMPORT_COLUMNS,
  ImportEmployeesMutation,
  ImportServiceEventsMutation,
  SERVICE_EVENT_COLUMNS,
  type ImportReport,
  type ImportResult,
  type ServiceEventImportResult,
} from './queries';

export interface ImportRunInput {
  agencyId: string | null;
  file: File;
  dryRun: boolean;
  acceptValidRows: boolean;
}

/**
 * What the import page needs to know about one kind of file: how to send it, what its columns
 * mean, which counts and preview columns to show, and how to tell the result.
 */
export interface ImportKind<Result extends ImportReport, Data, Variables extends object> {
  /** The value of `?jenis=` in the URL. */
  id: 'pegawai' | 'layanan';
  label: (t: TFunction) => string;
  /** The file belongs to the chosen agency (employees); events name their service in each row. */
  needsAgency: boolean;
  /** Whether the user may record the valid rows of a file with errors. */
  allowValidRowsOnly: boolean;
  mutation: TypedDocumentNode<Data, Variables>;
  variables: (input: ImportRunInput & { agencyId: string }) => Variables;
  result: (data: Data) => Result;
  columns: readonly string[];
  templateName: string;
  texts: (t: TFunction) => { intro: string; formatText: string; fileHint: string; columnHelp: (column: string) => string };
  facts: (result: Result, t: TFunction) => Array<{ label: string; value: number; error?: boolean }>;
  previewColumns: (t: TFunction, format: ReturnType<typeof useFormat>) => Array<{ header: string; cell: (row: Result['preview'][number]) => ReactNode }>;
  done: (result: Result, t: TFunction, agencyId: string | null) => ReactNode;
}

const commonFacts = (result: ImportReport, t: TFunction) => ({
  totalRows: { label: t('admin.import.totalRows'), value: result.totalRows },
  errorCount: { label: t('admin.import.errorCount'), value: result.errorCount, error: result.errorCount > 0 },
});

export const employeeImport: ImportKind<ImportResult, { importEmployees: ImportResult }, { agencyId: string; file: File; dryRun: boolean }> = {
  id: 'pegawai',
  label: (t) => t('admin.import.kinds.pegawai'),
  needsAgency: true,
  allowValidRowsOnly: false,
  mutation: ImportEmployeesMutation,
  variables: ({ agencyId, file, dryRun }) => ({ agencyId, file, dryRun }),
  result: (data) => data.importEmployees,
  columns: IMPORT_COLUMNS,
  templateName: 'templat-impor-pegawai.csv',
  texts: (t) => ({
    intro: t('admin.import.intro'),
    formatText: t('admin.import.formatText'),
    fileHint: t('admin.import.fileHint'),
    columnHelp: (column) => t(`admin.import.columnHelp.${column}` as 'admin.import.columnHelp.nip'),
  }),
  facts: (result, t) => {
    const { totalRows, errorCount } = commonFacts(result, t);
    return [
      totalRows,
      { label: t('admin.import.created'), value: result.created },
      { label: t('admin.import.updated'), value: result.updated },
      { label: t('admin.import.unchanged'), value: result.unchanged },
      errorCount,
    ];
  },
  previewColumns: (t) => [
    { header: t('admin.import.action'), cell: (row) => t(`admin.import.actions.${row.action}`) },
    { header: t('admin.import.columns.nip'), cell: (row) => row.nip },
    { header: t('admin.import.columns.name'), cell: (row) => row.name },
    { header: t('admin.import.columns.positionTitle'), cell: (row) => row.positionTitle },
    { header: t('admin.import.columns.unitCode'), cell: (row) => row.unitCode },
    { header: t('admin.import.columns.superiorNip'), cell: (row) => row.superiorNip ?? t('common.notAvailable') },
  ],
  done: (result, t, agencyId) => (
    <>
      <p>{t('admin.import.doneText', { created: result.created, updated: result.updated, unchanged: result.unchanged })}</p>
      <Link to={`${paths.admin.employees}${agencyId ? `?opd=${encodeURIComponent(agencyId)}` : ''}`}>{t('admin.import.seeEmployees')}</Link>
    </>
  ),
};

export const serviceEventImport: ImportKind<
  ServiceEventImportResult,
  { importServiceEvents: ServiceEventImportResult },
  { file: File; dryRun: boolean; acceptValidRows: boolean }
> = {
  id: 'layanan',
  label: (t) => t('admin.import.kinds.layanan'),
  needsAgency: false,
  allowValidRowsOnly: true,
  mutation: ImportServiceEventsMutation,
  variables: ({ file, dryRun, acceptValidRows }) => ({ file, dryRun, acceptValidRows }),
  result: (data) => data.importServiceEvents,
  columns: SERVICE_EVENT_COLUMNS,
  templateName: 'templat-impor-peristiwa-layanan.csv',
  texts: (t) => ({
    intro: t('admin.import.events.intro'),
    formatText: t('admin.import.events.formatText'),
    fileHint: t('admin.import.events.fileHint'),
    columnHelp: (column) => t(`admin.import.events.columnHelp.${column}` as 'admin.import.events.columnHelp.step'),
  }),
  facts: (result, t) => {
    const { totalRows, errorCount } = commonFacts(result, t);
    return [
      totalRows,
      { label: t('admin.import.events.validRows'), value: result.validRows },
      { label: t('admin.import.events.accepted'), value: result.accepted },
      { label: t('admin.import.events.duplicates'), value: result.duplicates },
      errorCount,
    ];
  },
  previewColumns: (t, { formatDateTime }) => [
    { header: t('admin.import.columns.idempotencyKey'), cell: (row) => row.idempotencyKey },
    { header: t('admin.import.columns.serviceTypeId'), cell: (row) => row.serviceName },
    { header: t('admin.import.columns.reference'), cell: (row) => row.reference },
    { header: t('admin.import.columns.step'), cell: (row) => t(`admin.import.events.steps.${row.step}` as 'admin.import.events.steps.RECEIVED', { defaultValue: row.step }) },
    { header: t('admin.import.columns.occurredAt'), cell: (row) => formatDateTime(row.occurredAt) },
    { header: t('admin.import.events.status'), cell: (row) => (row.known ? t('admin.import.events.known') : t('admin.import.events.new')) },
  ],
  done: (result, t) => (
    <p>
      {t('admin.import.events.doneText', { accepted: result.accepted, duplicates: result.duplicates })}
      {result.errorCount > 0 && <> {t('admin.import.events.leftOut', { count: result.errorCount })}</>}
    </p>
  ),
};
