import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/renderApp';

const adminViewer = (role: 'ADMIN' | 'AGENCY_ADMIN') => ({
  data: { me: { id: 'me', role, agency: role === 'AGENCY_ADMIN' ? { id: 'A1', name: 'Disdukcapil' } : null } },
});
const refusal = (message: string, extensions: Record<string, unknown>) => ({ error: new CombinedError({ graphQLErrors: [{ message, extensions }] }) });
const connection = <T,>(items: T[]) => ({ totalCount: items.length, edges: items.map((node) => ({ node })) });

const regions = connection([
  {
    id: 'R1',
    name: 'Kota Contoh',
    agencies: connection([{ id: 'A1', code: 'DISDUKCAPIL', name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Disdukcapil', employeeCount: 12 }]),
  },
  { id: 'R2', name: 'Kabupaten Lain', agencies: connection([]) },
]);

describe('agencies page', () => {
  it('lists the agencies per region, creates one with the server errors next to the fields, and edits one', async () => {
    const create = vi
      .fn()
      .mockReturnValueOnce(refusal('The region already has an agency with code DISDUKCAPIL.', { code: 'CONFLICT', field: 'input.code' }))
      .mockReturnValueOnce({ data: { createAgency: { id: 'A2' } } });
    const update = vi.fn(() => ({ data: { updateAgency: { id: 'A1', name: 'Dinas Dukcapil', shortName: 'Dukcapil' } } }));
    renderApp({
      path: '/admin/opd',
      responses: { AdminViewer: adminViewer('ADMIN'), RegionAgencies: { data: { regions } }, CreateAgency: create, UpdateAgency: update },
    });
    const user = userEvent.setup();
    const city = await screen.findByRole('table', { name: 'Kota Contoh' });
    expect(within(city).getByRole('row', { name: /Disdukcapil/ }).textContent).toContain('12');
    expect(screen.getByText('Wilayah ini belum punya OPD.')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Wilayah'), 'Kota Contoh');
    await user.type(screen.getByLabelText('Kode'), 'disdukcapil');
    await user.type(screen.getByLabelText('Nama'), 'Dinas Lain');
    await user.type(screen.getByLabelText('Singkatan'), 'Lain');
    await user.click(screen.getByRole('button', { name: 'Tambah OPD' }));
    const code = screen.getByLabelText('Kode');
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('agency-code-error')?.textContent).toBe('Wilayah ini sudah punya OPD dengan kode itu.');
    expect(create).toHaveBeenLastCalledWith({ input: { regionId: 'R1', code: 'DISDUKCAPIL', name: 'Dinas Lain', shortName: 'Lain' } });

    await user.clear(code);
    await user.type(code, 'DINAS_LAIN');
    await user.click(screen.getByRole('button', { name: 'Tambah OPD' }));
    expect(await screen.findByText('OPD Dinas Lain sudah ditambahkan.')).toBeTruthy();

    await user.click(within(city).getByRole('button', { name: /Ubah/ }));
    const form = screen.getByRole('form', { name: 'Ubah OPD DISDUKCAPIL' });
    await user.clear(within(form).getByLabelText('Singkatan'));
    await user.type(within(form).getByLabelText('Singkatan'), 'Dukcapil');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Ubah OPD DISDUKCAPIL' })).toBeNull());
    expect(update).toHaveBeenCalledWith({ input: { id: 'A1', name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Dukcapil' } });
  });

  it('is a tab for the installation administrator only', async () => {
    renderApp({ path: '/admin/opd', responses: { AdminViewer: adminViewer('AGENCY_ADMIN') } });
    expect((await screen.findByRole('alert')).textContent).toBe('Hanya administrator instalasi yang mengatur daftar OPD.');
    expect(screen.queryByRole('link', { name: 'OPD' })).toBeNull();
  });
});

describe('units page', () => {
  it('deletes a unit only after a confirmation and shows why the server refuses a unit with people', async () => {
    const units = connection([{ id: 'U1', code: 'BID1', name: 'Bidang Pelayanan', employeeCount: 4, parent: null }]);
    const remove = vi.fn(() => refusal('Only an empty unit can be deleted: move its employees and sub-units first.', { code: 'CONFLICT', field: 'id' }));
    renderApp({
      path: '/admin/organisasi',
      language: 'en',
      responses: { AdminViewer: adminViewer('AGENCY_ADMIN'), AgencyUnits: { data: { agency: { id: 'A1', name: 'Disdukcapil', units } } }, DeleteUnit: remove },
    });
    const user = userEvent.setup();
    await screen.findByText('BID1');
    await user.click(screen.getByRole('button', { name: /^Delete\s*Bidang Pelayanan$/ }));
    expect(remove).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This unit still has employees or sub-units. Move them first; then the unit can be deleted.');
    expect(remove).toHaveBeenCalledWith({ id: 'U1' });
  });
});

describe('accounts page', () => {
  it('changes an account role with its region, and offers no change of one own role', async () => {
    const account = (id: string, username: string) => ({
      id,
      username,
      displayName: username,
      role: 'EMPLOYEE',
      disabled: false,
      lastLoginAt: null,
      agency: { id: 'A1', name: 'Disdukcapil' },
      region: null,
    });
    const accounts = { ...connection([account('me', 'admin'), account('u2', 'budi')]), pageInfo: { hasNextPage: false, endCursor: null } };
    const change = vi.fn()
      .mockReturnValueOnce(refusal('input.regionId: choose a region', { code: 'BAD_USER_INPUT', field: 'input.regionId' }))
      .mockReturnValueOnce({ data: { changeAccountRole: { ...account('u2', 'budi'), role: 'ANALYST' } } });
    renderApp({
      path: '/admin/akun',
      responses: { AdminViewer: adminViewer('ADMIN'), Accounts: { data: { accounts } }, AgencyOptions: { data: { regions } }, ChangeAccountRole: change },
    });
    const user = userEvent.setup();
    await screen.findAllByText('budi', { selector: 'td' });
    await user.click(screen.getByRole('button', { name: /^Ubah peran\s*budi$/ }));
    expect(screen.queryByRole('button', { name: /^Ubah peran\s*admin$/ })).toBeNull();
    const form = screen.getByRole('form', { name: 'Peran baru untuk budi' });
    await user.selectOptions(within(form).getByLabelText('Peran'), 'ANALYST');
    await user.click(within(form).getByRole('button', { name: 'Ubah peran' }));
    await waitFor(() => expect(within(form).getByLabelText('Wilayah').getAttribute('aria-invalid')).toBe('true'));
    await user.selectOptions(within(form).getByLabelText('Wilayah'), 'Kabupaten Lain');
    await user.click(within(form).getByRole('button', { name: 'Ubah peran' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Peran baru untuk budi' })).toBeNull());
    expect(change).toHaveBeenLastCalledWith({ input: { id: 'u2', role: 'ANALYST', agencyId: null, regionId: 'R2' } });
  });
});
