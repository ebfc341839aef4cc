import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import type { ImportResult, ServiceEventImportResult } from './queries';

const viewer = { me: { id: 'u1', role: 'AGENCY_ADMIN', agency: { id: 'A1', name: 'Dinas Kependudukan dan Pencatatan Sipil' } } };
const row = (n: number, action: 'CREATE' | 'UPDATE' | 'UNCHANGED', name: string) => ({
  row: n,
  action,
  nip: `19820314200604191${n}`,
  name,
  positionTitle: 'Analis',
  unitCode: 'BID_DAFDUK',
  superiorNip: null,
});
const checkedWithErrors: ImportResult = {
  dryRun: true,
  applied: false,
  totalRows: 3,
  created: 2,
  updated: 0,
  unchanged: 0,
  errorCount: 4,
  errors: [
    { row: 4, column: 'birthDate', code: 'BIRTH_DATE_NIP', message: 'does not match the birth date in the NIP', relatedRow: null },
    { row: 5, column: 'nip', code: 'NIP_DUPLICATE', message: 'the same NIP is already on row 2', relatedRow: 2 },
    { row: 6, column: 'nip', code: 'NIP_LENGTH', message: 'NIP must have 18 digits, got 17', relatedRow: null },
    { row: 7, column: 'unitCode', code: 'SOMETHING_NEW', message: 'a reason from a newer server', relatedRow: null },
  ],
  preview: [row(2, 'CREATE', 'Ahmad Fauzi'), row(3, 'CREATE', 'Dewi Lestari')],
};
const clean: ImportResult = { ...checkedWithErrors, totalRows: 2, errorCount: 0, errors: [] };

async function chooseAndCheck(language: 'id' | 'en' = 'id') {
  const user = userEvent.setup();
  const label = language === 'id' ? 'Berkas CSV atau XLSX' : 'CSV or XLSX file';
  await user.upload(await screen.findByLabelText(label, {}, { timeout: 10_000 }), new File(['nip,name\n'], 'pegawai.csv', { type: 'text/csv' }));
  await user.click(screen.getByRole('button', { name: language === 'id' ? 'Periksa berkas' : 'Check file' }));
  return user;
}

describe('employee import page', () => {
  it('shows a dry run\'s row errors with row and column, highlighted, and keeps the import button off', async () => {
    const calls: unknown[] = [];
    renderApp({
      path: '/admin/impor',
      responses: {
        Me: { data: { me: { id: 'u1', username: 'admin.opd', displayName: 'Admin OPD', role: 'AGENCY_ADMIN' } } },
        AdminViewer: { data: viewer },
        ImportEmployees: (variables) => {
          calls.push(variables);
          return { data: { importEmployees: checkedWithErrors } };
        },
      },
    });
    await chooseAndCheck();
    const errors = await screen.findByRole('region', { name: 'Kesalahan per baris' });
    const cells = within(errors).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual([
      ...['4', 'Tanggal lahir', 'Tidak sesuai dengan tanggal lahir di NIP.'],
      ...['5', 'NIP', 'NIP yang sama sudah ada di baris 2.'],
      ...['6', 'NIP', 'NIP harus 18 digit.'],
      ...['7', 'Kode unit', 'a reason from a newer server'],
    ]);
    expect(within(errors).getAllByRole('row')[1]!.className).toContain('row--error');
    expect(screen.getByText(/Ditemukan 4 kesalahan/)).toBeTruthy();
    const preview = screen.getByRole('region', { name: 'Pratinjau' });
    expect(within(preview).getAllByRole('row')).toHaveLength(3);
    expect(within(preview).getAllByText('Tambah')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Impor sekarang' })).toHaveProperty('disabled', true);
    expect(calls).toEqual([{ agencyId: 'A1', file: expect.any(File), dryRun: true }]);
  });

  it('after a clean check imports for real and shows the result, in English', async () => {
    const calls: Array<{ dryRun: boolean }> = [];
    renderApp({
      path: '/admin/impor',
      language: 'en',
      responses: {
        AdminViewer: { data: viewer },
        ImportEmployees: (variables) => {
          const { dryRun } = variables as { dryRun: boolean };
          calls.push({ dryRun });
          return { data: { importEmployees: { ...clean, dryRun, applied: !dryRun } } };
        },
      },
    });
    const user = await chooseAndCheck('en');
    expect(await screen.findByText(/ready to import/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import now' }));
    expect(await screen.findByText('Import complete')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('2 new employees, 0 updated, 0 unchanged.')).toBeTruthy());
    expect(screen.getByRole('link', { name: 'See the employees' }).getAttribute('href')).toBe('/admin/pegawai?opd=A1');
    expect(calls).toEqual([{ dryRun: true }, { dryRun: false }]);
  });
});

const eventRow = (n: number, known: boolean) => ({
  row: n,
  idempotencyKey: `ev-${n}`,
  serviceName: 'Legalisir Dokumen',
  reference: 'LG/1',
  step: 'RECEIVED',
  occurredAt: '2026-11-16T02:00:00.000Z',
  known,
});
const eventsWithErrors: ServiceEventImportResult = {
  dryRun: true,
  applied: false,
  totalRows: 4,
  validRows: 2,
  accepted: 1,
  duplicates: 1,
  errorCount: 2,
  errors: [
    { row: 4, column: 'step', code: 'STEP_VALUE', message: 'must be one of RECEIVED, …', relatedRow: null },
    { row: 5, column: 'serviceTypeId', code: 'SERVICE_TYPE_UNKNOWN', message: 'the service type was not found', relatedRow: null },
  ],
  preview: [eventRow(2, false), eventRow(3, true)],
};

describe('service event import page', () => {
  it('is chosen in the URL, checks the file, shows row errors and imports the valid rows only when asked', async () => {
    const calls: unknown[] = [];
    const { router } = renderApp({
      path: '/admin/impor',
      language: 'en',
      responses: {
        AdminViewer: { data: { me: { id: 'u0', role: 'ADMIN', agency: null } } },
        AgencyOptions: { data: { regions: { edges: [] } } },
        ImportServiceEvents: (variables) => {
          const { dryRun, acceptValidRows } = variables as { dryRun: boolean; acceptValidRows: boolean };
          calls.push(variables);
          return { data: { importServiceEvents: { ...eventsWithErrors, dryRun, applied: !dryRun && acceptValidRows } } };
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Service events' }, { timeout: 10_000 }));
    expect(router.state.location.search).toBe('?jenis=layanan');
    expect(screen.getByRole('link', { name: 'Download the CSV template' }).getAttribute('href')).toContain(
      encodeURIComponent('idempotencyKey,serviceTypeId,reference,step,occurredAt'),
    );
    await user.upload(screen.getByLabelText('CSV or XLSX file'), new File(['idempotencyKey\n'], 'layanan.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    const errors = await screen.findByRole('region', { name: 'Errors by row' });
    expect(within(errors).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      ...['4', 'Step', 'Must be one of RECEIVED, VERIFIED, PROCESSED, COMPLETED, COLLECTED, REJECTED, CANCELLED.'],
      ...['5', 'Service', 'The service was not found.'],
    ]);
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getAllByRole('row')[1]!.textContent).toContain('Legalisir Dokumen');
    expect(within(preview).getByText('Already known')).toBeTruthy();
    const confirm = screen.getByRole('button', { name: 'Import now' });
    expect(confirm).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('checkbox', { name: /Import only the valid rows/ }));
    expect(confirm).toHaveProperty('disabled', false);
    await user.click(confirm);
    expect(await screen.findByText('Import complete')).toBeTruthy();
    expect(screen.getByText(/1 new events recorded, 1 already known\. 2 rows with errors were left out\./)).toBeTruthy();
    expect(calls).toEqual([
      { file: expect.any(File), dryRun: true, acceptValidRows: false },
      { file: expect.any(File), dryRun: false, acceptValidRows: true },
    ]);
  });
});
