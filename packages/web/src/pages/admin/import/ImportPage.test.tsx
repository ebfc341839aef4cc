import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import type { ImportResult } from './queries';

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
