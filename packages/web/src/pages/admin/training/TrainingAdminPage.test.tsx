import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';

const me = { data: { me: { id: 'u1', username: 'admin.disdukcapil', displayName: 'Admin Disdukcapil', role: 'AGENCY_ADMIN' } } };
const viewer = (role: string) => ({ data: { me: { id: 'u1', role, agency: role === 'ADMIN' ? null : { id: 'A1', name: 'Disdukcapil' } } } });
const competencies = {
  data: {
    competencies: [
      { id: 'C1', code: 'T-ADMINDUK', name: 'Administrasi kependudukan', kind: 'TECHNICAL', coreValue: null },
      { id: 'C2', code: 'S-PELAYANAN', name: 'Pelayanan publik', kind: 'SOCIOCULTURAL', coreValue: 'BERORIENTASI_PELAYANAN' },
    ],
  },
};
const programmes = {
  data: {
    trainingProgrammes: {
      edges: [{ node: { id: 'T1', title: 'Pelatihan SIAK Terpusat', delivery: 'INTERNAL', provider: 'Disdukcapil', hours: 24, startDate: '2026-03-02', endDate: '2026-03-05', enrolled: 12, competencies: [{ id: 'C1', name: 'Administrasi kependudukan' }] } }],
    },
  },
};

describe('training administration', { timeout: 20_000 }, () => {
  it('lists the agency’s programmes, adds one with competencies, and sets a position’s requirements', async () => {
    const created: Array<{ input: Record<string, unknown> }> = [];
    const required: Array<{ input: Record<string, unknown> }> = [];
    renderApp({
      path: '/admin/pelatihan',
      responses: {
        Me: me,
        AdminViewer: viewer('AGENCY_ADMIN'),
        Competencies: competencies,
        AgencyProgrammes: programmes,
        PositionRequirements: { data: { agency: { id: 'A1', positionRequirements: [{ positionTitle: 'Analis Kependudukan', competencies: [{ id: 'C1', name: 'Administrasi kependudukan' }] }] } } },
        CreateTrainingProgramme: (variables) => {
          created.push(variables as { input: Record<string, unknown> });
          return created.length === 1
            ? { error: new CombinedError({ graphQLErrors: [{ message: 'The programme cannot end before it starts.', extensions: { code: 'BAD_USER_INPUT', field: 'input.endDate' } }] }) }
            : { data: { createTrainingProgramme: { id: 'T2', title: 'Pelayanan Prima' } } };
        },
        SetPositionCompetencies: (variables) => {
          required.push(variables as { input: Record<string, unknown> });
          return { data: { setPositionCompetencies: [competencies.data.competencies[1]] } };
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Pelatihan' }, { timeout: 10_000 });
    expect(screen.getByRole('link', { name: 'Pelatihan' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('row', { name: /Pelatihan SIAK Terpusat/ }).textContent).toContain('24 JP');
    // The dictionary and the annual target are the ADMIN's.
    expect(screen.queryByRole('heading', { name: 'Kamus kompetensi' })).toBeNull();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Tambah program' }));
    const form = screen.getByRole('form', { name: 'Program pelatihan baru' });
    await user.type(within(form).getByLabelText('Nama program'), 'Pelayanan Prima');
    await user.selectOptions(within(form).getByLabelText('Penyelenggaraan'), 'EXTERNAL');
    await user.type(within(form).getByLabelText('Penyelenggara'), 'BPSDM Provinsi Banten');
    await user.type(within(form).getByLabelText('Jam pelajaran (JP)'), '600');
    await user.type(within(form).getByLabelText('Tanggal mulai'), '2027-02-01');
    await user.type(within(form).getByLabelText('Tanggal selesai'), '2027-01-30');
    await user.click(within(form).getByRole('button', { name: 'Simpan program' }));
    expect(document.getElementById('programme-hours-error')?.textContent).toBe('Isi bilangan bulat 1–500.');
    expect(document.getElementById('programme-endDate-error')?.textContent).toBe('Tidak boleh sebelum tanggal mulai.');
    expect(document.getElementById('programme-competencies-error')?.textContent).toBe('Pilih sedikitnya satu kompetensi.');
    expect(created).toEqual([]);
    await user.clear(within(form).getByLabelText('Jam pelajaran (JP)'));
    await user.type(within(form).getByLabelText('Jam pelajaran (JP)'), '32');
    await user.clear(within(form).getByLabelText('Tanggal selesai'));
    await user.type(within(form).getByLabelText('Tanggal selesai'), '2027-02-04');
    await user.click(within(within(form).getByRole('group', { name: 'Sosial kultural' })).getByLabelText('Pelayanan publik'));
    await user.click(within(form).getByRole('button', { name: 'Simpan program' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]!.input).toEqual({ agencyId: 'A1', title: 'Pelayanan Prima', delivery: 'EXTERNAL', provider: 'BPSDM Provinsi Banten', hours: 32, startDate: '2027-02-01', endDate: '2027-02-04', competencyIds: ['C2'] });
    await waitFor(() => expect(within(form).getByLabelText('Tanggal selesai').getAttribute('aria-invalid')).toBe('true'));
    await user.click(within(form).getByRole('button', { name: 'Simpan program' }));
    expect(await screen.findByText('Program Pelayanan Prima ditambahkan.')).toBeTruthy();

    // A listed position's requirements fill the form, to be changed.
    expect(screen.getByText('Analis Kependudukan').closest('li')!.textContent).toContain('Administrasi kependudukan');
    await user.click(screen.getByRole('button', { name: 'Ubah: Analis Kependudukan' }));
    const requirements = screen.getByRole('form', { name: 'Atur persyaratan jabatan' });
    expect((within(requirements).getByLabelText('Nama jabatan') as HTMLInputElement).value).toBe('Analis Kependudukan');
    expect((within(requirements).getByLabelText('Administrasi kependudukan') as HTMLInputElement).checked).toBe(true);
    await user.click(within(requirements).getByLabelText('Administrasi kependudukan'));
    await user.click(within(requirements).getByLabelText('Pelayanan publik'));
    await user.click(within(requirements).getByRole('button', { name: 'Simpan persyaratan' }));
    await waitFor(() => expect(required).toEqual([{ input: { agencyId: 'A1', positionTitle: 'Analis Kependudukan', competencyIds: ['C2'] } }]));
    expect((await within(requirements).findByRole('status')).textContent).toBe('Persyaratan Analis Kependudukan: Pelayanan publik.');
  });

  it('lets the ADMIN add a competency and change the annual target', async () => {
    const added: Array<{ input: Record<string, unknown> }> = [];
    const targets: unknown[] = [];
    renderApp({
      path: '/admin/pelatihan',
      language: 'en',
      responses: {
        Me: { data: { me: { id: 'u0', username: 'admin', displayName: 'Admin', role: 'ADMIN' } } },
        AdminViewer: viewer('ADMIN'),
        AgencyOptions: { data: { regions: { totalCount: 0, edges: [] } } },
        Competencies: competencies,
        AnnualTrainingTarget: { data: { annualTrainingTarget: 20 } },
        CreateCompetency: (variables) => {
          added.push(variables as { input: Record<string, unknown> });
          return { data: { createCompetency: { id: 'C3', code: 'M-KOLAB', name: 'Kolaborasi lintas unit', kind: 'MANAGERIAL', coreValue: 'KOLABORATIF' } } };
        },
        SetAnnualTrainingTarget: (variables) => {
          targets.push(variables);
          return { data: { setAnnualTrainingTarget: 24 } };
        },
      },
    });
    expect(await screen.findByText('Now: 20 JP per person per year.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Choose an agency first.')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a competency' }));
    const form = screen.getByRole('form', { name: 'New competency' });
    await user.type(within(form).getByLabelText('Code'), 'm kolab');
    await user.type(within(form).getByLabelText('Competency name'), 'Kolaborasi lintas unit');
    await user.click(within(form).getByRole('button', { name: 'Save competency' }));
    expect(document.getElementById('competency-code-error')?.textContent).toBe('Use 2–32 capital letters, digits, _ . or -.');
    await user.clear(within(form).getByLabelText('Code'));
    await user.type(within(form).getByLabelText('Code'), 'M-KOLAB');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'MANAGERIAL');
    await user.selectOptions(within(form).getByLabelText('BerAKHLAK value it develops'), 'KOLABORATIF');
    await user.click(within(form).getByRole('button', { name: 'Save competency' }));
    await waitFor(() => expect(added).toEqual([{ input: { code: 'M-KOLAB', name: 'Kolaborasi lintas unit', kind: 'MANAGERIAL', coreValue: 'KOLABORATIF' } }]));

    const target = screen.getByRole('form', { name: 'Annual training target' });
    await user.type(within(target).getByLabelText('New target (JP)'), '24');
    await user.click(within(target).getByRole('button', { name: 'Save target' }));
    await waitFor(() => expect(targets).toEqual([{ hours: 24 }]));
    expect(await screen.findByText('The annual target is now 24 JP.')).toBeTruthy();
  });
});
