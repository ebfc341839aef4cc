import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';

const viewer = { me: { id: 'u1', role: 'AGENCY_ADMIN', agency: { id: 'A1', name: 'Disdukcapil' } } };
const units = {
  agency: {
    id: 'A1',
    name: 'Disdukcapil',
    units: { totalCount: 1, edges: [{ node: { id: 'U1', code: 'BID_DAFDUK', name: 'Bidang Pendaftaran Penduduk', employeeCount: 12, parent: null } }] },
  },
};
const employees = { employees: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } };

function describedError(input: HTMLElement): string | null | undefined {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)).find((element) => element?.className === 'field__error')?.textContent;
}

async function openForm(responses: Record<string, unknown> = {}) {
  renderApp({ path: '/admin/pegawai', responses: { AdminViewer: { data: viewer }, Employees: { data: employees }, AgencyUnits: { data: units }, ...responses } });
  const user = userEvent.setup();
  // The first render compiles the lazily loaded page: give it longer than the default second on a busy machine.
  await user.click(await screen.findByRole('button', { name: 'Tambah pegawai' }, { timeout: 10_000 }));
  return user;
}

describe('employee form', () => {
  it('checks the NIP and the fields that must match it as the user types, with errors linked to the fields', async () => {
    const user = await openForm();
    const nip = screen.getByLabelText('NIP');
    await user.type(nip, '19910412');
    await user.tab();
    expect(nip.getAttribute('aria-invalid')).toBe('true');
    expect(describedError(nip)).toBe('NIP harus 18 digit.');
    await user.type(nip, '2015032901');
    await waitFor(() => expect(nip.getAttribute('aria-invalid')).toBeNull());

    const birthDate = screen.getByLabelText('Tanggal lahir');
    await user.type(birthDate, '1991-04-13');
    await user.tab();
    expect(describedError(birthDate)).toBe('Tidak sesuai dengan tanggal lahir di NIP.');
    await user.clear(birthDate);
    await user.type(birthDate, '1991-04-12');
    expect(describedError(birthDate)).toBeUndefined();

    // Submitting shows every remaining problem at once; the NIP's sex digit says female.
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(describedError(screen.getByLabelText('Nama'))).toBe('Wajib diisi.');
    expect(describedError(screen.getByLabelText('Jenis kelamin'))).toBe('Tidak sesuai dengan digit jenis kelamin di NIP.');
    expect(describedError(screen.getByLabelText('Unit kerja'))).toBe('Wajib diisi.');
  });

  it('puts the server\'s field error on the field it names', async () => {
    const sent: unknown[] = [];
    const user = await openForm({
      CreateEmployee: (variables: unknown) => {
        sent.push(variables);
        return { error: new CombinedError({ graphQLErrors: [{ message: 'input.nip: an employee with this NIP already exists.', extensions: { code: 'CONFLICT', field: 'input.nip' } }] }) };
      },
    });
    await user.type(screen.getByLabelText('NIP'), '199104122015032901');
    await user.type(screen.getByLabelText('Nama'), 'Siti Rahmawati');
    await user.selectOptions(screen.getByLabelText('Jenis kelamin'), 'FEMALE');
    await user.type(screen.getByLabelText('Tanggal lahir'), '1991-04-12');
    await user.type(screen.getByLabelText('Jabatan'), 'Analis Kependudukan');
    await user.type(screen.getByLabelText('Pangkat/golongan'), 'Penata Muda, III/a');
    await user.selectOptions(screen.getByLabelText('Unit kerja'), 'U1');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    const nip = screen.getByLabelText('NIP');
    await waitFor(() => expect(describedError(nip)).toBe('Data ini bertentangan dengan data yang sudah ada.'));
    expect(sent).toEqual([
      {
        input: {
          unitId: 'U1',
          nip: '199104122015032901',
          name: 'Siti Rahmawati',
          sex: 'FEMALE',
          birthDate: '1991-04-12',
          status: 'PNS',
          positionTitle: 'Analis Kependudukan',
          rankGrade: 'Penata Muda, III/a',
        },
      },
    ]);
  });
});
