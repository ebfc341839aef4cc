import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';

const me = { data: { me: { id: 'u1', username: 'admin.disdukcapil', displayName: 'Admin Disdukcapil', role: 'AGENCY_ADMIN' } } };
const viewer = { data: { me: { id: 'u1', role: 'AGENCY_ADMIN', agency: { id: 'A1', name: 'Disdukcapil' } } } };
const employees = { data: { employees: { edges: [{ node: { id: 'E1', name: 'Siti Rahmawati', positionTitle: 'Analis Kependudukan' } }] } } };
const merit = {
  data: {
    agencyRecognitions: [{ id: 'R1', kind: 'EMPLOYEE_OF_THE_MONTH', title: 'Pegawai Teladan November 2026', citation: 'Menyelesaikan pemutakhiran data tepat waktu.', awardedOn: '2026-11-30', employee: { id: 'E2', name: 'Budi Santoso', positionTitle: 'Kepala Seksi' } }],
    meritList: [{ rank: 1, sangatBaikYears: 2, baikOrBetterYears: 3, predikat: 'SANGAT_BAIK', employee: { id: 'E2', name: 'Budi Santoso', nip: '198001012005011001', positionTitle: 'Kepala Seksi' } }],
  },
};

describe('recognitions and merit', { timeout: 20_000 }, () => {
  it('lists the year’s recognitions and merit list, and gives a recognition only when complete', async () => {
    const sent: Array<{ input: Record<string, unknown> }> = [];
    renderApp({
      path: '/admin/penghargaan',
      responses: {
        Me: me,
        AdminViewer: viewer,
        EmployeeOptions: employees,
        Merit: merit,
        RecogniseEmployee: (variables: unknown) => {
          sent.push(variables as { input: Record<string, unknown> });
          return sent.length === 1
            ? { error: new CombinedError({ graphQLErrors: [{ message: 'The agency already has an employee of the month for 2026-12.', extensions: { code: 'CONFLICT', field: 'input.awardedOn' } }] }) }
            : { data: { recogniseEmployee: { id: 'R2' } } };
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Penghargaan dan daftar merit' }, { timeout: 10_000 });
    expect(screen.getByRole('link', { name: 'Penghargaan & merit' }).getAttribute('aria-current')).toBe('page');
    expect(within(screen.getByRole('table', { name: /Daftar merit/ })).getByText('Sangat Baik')).toBeTruthy();
    expect(screen.getByText('Pegawai Teladan November 2026')).toBeTruthy();

    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Beri penghargaan' });
    await user.click(within(form).getByRole('button', { name: 'Simpan penghargaan' }));
    expect(within(form).getByLabelText('Pegawai').getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
    await user.selectOptions(within(form).getByLabelText('Pegawai'), 'E1');
    const date = within(form).getByLabelText('Tanggal');
    await user.clear(date);
    await user.type(date, '2026-12-05');
    await user.type(within(form).getByLabelText('Judul'), 'Pegawai Teladan Desember 2026');
    await user.type(within(form).getByLabelText('Alasan penghargaan'), 'Pendek');
    expect(document.getElementById(within(form).getByLabelText('Alasan penghargaan').getAttribute('aria-describedby')!)?.textContent).toBe('Terlalu pendek: minimal 10 karakter.');
    await user.type(within(form).getByLabelText('Alasan penghargaan'), ' tapi tuntas melayani warga.');
    await user.click(within(form).getByRole('button', { name: 'Simpan penghargaan' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.input).toEqual({ employeeId: 'E1', kind: 'EMPLOYEE_OF_THE_MONTH', title: 'Pegawai Teladan Desember 2026', citation: 'Pendek tapi tuntas melayani warga.', awardedOn: '2026-12-05' });
    // The server's refusal lands on the date it names.
    await waitFor(() => expect(within(form).getByLabelText('Tanggal').getAttribute('aria-invalid')).toBe('true'));
    await user.selectOptions(within(form).getByLabelText('Jenis'), 'AWARD');
    await user.click(within(form).getByRole('button', { name: 'Simpan penghargaan' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.input.kind).toBe('AWARD');
    expect((await within(form).findByRole('status')).textContent).toBe('Penghargaan tersimpan.');
  });
});

const units = { data: { agency: { id: 'A1', name: 'Disdukcapil', units: { totalCount: 1, edges: [{ node: { id: 'U1', code: 'BIDANG-PIAK', name: 'Bidang PIAK', employeeCount: 6, parent: null } }] } } } };
const visit = {
  id: 'V1',
  unit: { id: 'U1', name: 'Bidang PIAK' },
  team: 'Inspektorat: Tim II',
  visitedOn: '2026-10-14',
  findings: 'Antrean perekaman melebihi dua jam.',
  recommendations: 'Membuka loket tambahan.',
  followUpStatus: 'IN_PROGRESS',
  followUpDueDate: '2026-11-30',
  followUpNote: 'Loket disiapkan.',
  followUpDoneOn: null,
  overdue: true,
};

describe('oversight visits', { timeout: 20_000 }, () => {
  it('records a visit with dates the server accepts, and updates a follow-up', async () => {
    const recorded: Array<{ input: Record<string, unknown> }> = [];
    const updated: Array<{ input: Record<string, unknown> }> = [];
    renderApp({
      path: '/admin/pengawasan',
      responses: {
        Me: me,
        AdminViewer: viewer,
        AgencyUnits: units,
        OversightVisits: { data: { oversightVisits: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: visit }] } } },
        RecordOversightVisit: (variables: unknown) => {
          recorded.push(variables as { input: Record<string, unknown> });
          return { data: { recordOversightVisit: visit } };
        },
        UpdateOversightFollowUp: (variables: unknown) => {
          updated.push(variables as { input: Record<string, unknown> });
          return { data: { updateOversightFollowUp: { ...visit, followUpStatus: 'DONE' } } };
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Pengawasan lapangan' }, { timeout: 10_000 });
    const listed = screen.getByRole('heading', { name: /Bidang PIAK ·/ }).closest('li')!;
    expect(listed.textContent).toContain('Sedang ditindaklanjuti');
    expect(listed.textContent).toContain('Lewat batas waktu');

    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Catat kunjungan' });
    await user.selectOptions(within(form).getByLabelText('Unit kerja'), 'U1');
    const visited = within(form).getByLabelText('Tanggal kunjungan');
    await user.clear(visited);
    await user.type(visited, '2026-10-01');
    await user.type(within(form).getByLabelText('Tim pengawas'), 'Inspektorat: Tim I');
    await user.type(within(form).getByLabelText('Temuan'), 'Arsip berkas belum tertata.');
    await user.type(within(form).getByLabelText('Rekomendasi'), 'Menata arsip per kelurahan.');
    await user.type(within(form).getByLabelText('Batas waktu tindak lanjut'), '2026-09-30');
    await user.click(within(form).getByRole('button', { name: 'Catat kunjungan' }));
    expect(document.getElementById('visit-due-error')?.textContent).toBe('Tidak boleh sebelum tanggal kunjungan.');
    expect(recorded).toEqual([]);
    await user.clear(within(form).getByLabelText('Batas waktu tindak lanjut'));
    await user.type(within(form).getByLabelText('Batas waktu tindak lanjut'), '2026-11-30');
    await user.click(within(form).getByRole('button', { name: 'Catat kunjungan' }));
    await waitFor(() => expect(recorded).toHaveLength(1));
    expect(recorded[0]!.input).toEqual({ unitId: 'U1', team: 'Inspektorat: Tim I', visitedOn: '2026-10-01', findings: 'Arsip berkas belum tertata.', recommendations: 'Menata arsip per kelurahan.', followUpDueDate: '2026-11-30' });

    const followUp = within(listed).getByRole('form', { name: 'Perbarui tindak lanjut Bidang PIAK' });
    await user.selectOptions(within(followUp).getByLabelText('Status'), 'DONE');
    await user.type(within(followUp).getByLabelText('Catatan tindak lanjut'), 'Loket tambahan beroperasi.');
    await user.click(within(followUp).getByRole('button', { name: 'Simpan tindak lanjut' }));
    await waitFor(() => expect(updated).toHaveLength(1));
    expect(updated[0]!.input).toEqual({ visitId: 'V1', status: 'DONE', note: 'Loket tambahan beroperasi.', dueDate: null });
  });
});
