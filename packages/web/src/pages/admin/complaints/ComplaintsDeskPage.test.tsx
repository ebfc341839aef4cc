import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import type { HandledComplaint } from '../../complaints/queries';

const serang = {
  id: 'R1',
  name: 'Kota Serang',
  agencies: {
    totalCount: 2,
    edges: [{ node: { id: 'A1', name: 'Dinas Kependudukan dan Pencatatan Sipil' } }, { node: { id: 'A2', name: 'Dinas Kesehatan' } }],
  },
};

const complaint: HandledComplaint = {
  id: 'C1',
  trackingCode: 'LPR-ABCDEF123456',
  type: 'PENGADUAN',
  severity: 'MEDIUM',
  status: 'SUBMITTED',
  title: 'Antrean KTP lama',
  body: 'Sudah dua jam menunggu di loket 3.',
  answer: null,
  submittedAt: '2026-12-01T03:00:00.000Z',
  dueDate: null,
  overdue: false,
  verificationDueDate: '2026-12-04',
  verificationOverdue: true,
  agency: null,
};

const list = (complaints: HandledComplaint[]) => ({
  data: { complaints: { totalCount: complaints.length, pageInfo: { hasNextPage: false, endCursor: null }, edges: complaints.map((node) => ({ node })) } },
});

const viewer = (role: string, agency: { id: string; name: string } | null) => ({ data: { me: { id: 'u1', role, agency } } });

describe('the complaint desk', () => {
  it('marks a late verification and lets an ADMIN verify with a severity', async () => {
    const moves: unknown[] = [];
    renderApp({
      path: '/admin/pengaduan',
      responses: {
        AdminViewer: viewer('ADMIN', null),
        DeskRegions: { data: { regions: { totalCount: 1, edges: [{ node: { id: 'R1', name: 'Kota Serang' } }] } } },
        DeskRegion: { data: { region: serang } },
        HandledComplaints: list([complaint]),
        MoveComplaint: (variables) => (moves.push(variables), { data: { moveComplaint: { ...complaint, status: 'VERIFIED', severity: 'HIGH', dueDate: '2026-12-08' } } }),
      },
    });
    const user = userEvent.setup();
    const row = (await screen.findByRole('cell', { name: 'Antrean KTP lama' })).closest('tr')!;
    expect(within(row).getByText('Verifikasi terlambat')).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: 'LPR-ABCDEF123456' }));
    const form = await screen.findByRole('form', { name: 'Langkah berikutnya' });
    expect(within(form).getAllByRole('radio').map((radio) => radio.closest('label')!.textContent!.trim())).toEqual([
      'Verifikasi (tetapkan tingkat urgensi)',
      'Tunda',
      'Nyatakan bukan kewenangan',
    ]);
    await user.click(within(form).getByRole('button', { name: 'Simpan langkah' }));
    expect(within(form).getByLabelText('Tingkat urgensi').getAttribute('aria-invalid')).toBe('true');
    expect(moves).toEqual([]);
    await user.selectOptions(within(form).getByLabelText('Tingkat urgensi'), 'HIGH');
    await user.click(within(form).getByRole('button', { name: 'Simpan langkah' }));
    await waitFor(() => expect(moves).toEqual([{ input: { id: 'C1', status: 'VERIFIED', severity: 'HIGH' } }]));
    expect(await screen.findByText('Status sekarang: Terverifikasi.')).toBeTruthy();
  });

  it('lets an ADMIN designate a WBS handler for the region', async () => {
    const designations: unknown[] = [];
    const account = { id: 'U9', username: 'inspektur', displayName: 'Inspektur Pembantu', role: 'LEADER', disabled: false, lastLoginAt: null, agency: null, region: null };
    renderApp({
      path: '/admin/pengaduan',
      responses: {
        AdminViewer: viewer('ADMIN', null),
        DeskRegions: { data: { regions: { totalCount: 1, edges: [{ node: { id: 'R1', name: 'Kota Serang' } }] } } },
        DeskRegion: { data: { region: serang } },
        HandledComplaints: list([]),
        Accounts: { data: { accounts: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: account }] } } },
        DesignateWbsHandler: (variables) => (designations.push(variables), { data: { designateWbsHandler: true } }),
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByText('Tidak ada pengaduan.')).toBeTruthy();
    await user.type(screen.getByLabelText('Cari akun'), 'inspektur');
    await user.click(screen.getByRole('button', { name: 'Cari' }));
    await user.click(await screen.findByRole('button', { name: 'Tunjuk Inspektur Pembantu sebagai petugas WBS' }));
    expect(await screen.findByText('Inspektur Pembantu kini petugas WBS Kota Serang.')).toBeTruthy();
    expect(designations).toEqual([{ userId: 'U9', regionId: 'R1' }]);
  });

  it('offers an agency admin only the answer or a postponement, in English', async () => {
    const moves: unknown[] = [];
    const dispositioned = { ...complaint, status: 'DISPOSITIONED' as const, severity: 'HIGH' as const, dueDate: '2026-12-08', overdue: true, verificationOverdue: false, agency: { id: 'A1', name: 'Dinas Kependudukan dan Pencatatan Sipil' } };
    renderApp({
      path: '/admin/pengaduan?aduan=C1',
      language: 'en',
      responses: {
        AdminViewer: viewer('AGENCY_ADMIN', { id: 'A1', name: 'Dinas Kependudukan dan Pencatatan Sipil' }),
        DeskAgencyRegion: { data: { agency: { id: 'A1', region: serang } } },
        HandledComplaints: list([dispositioned]),
        MoveComplaint: (variables) => (moves.push(variables), { data: { moveComplaint: { ...dispositioned, status: 'ANSWERED' } } }),
      },
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Next step' });
    expect(within(form).getAllByRole('radio')).toHaveLength(2);
    expect(screen.getAllByText('Overdue').length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { name: 'WBS handlers' })).toBeNull();
    const answer = within(form).getByLabelText('Answer', { selector: 'textarea' });
    await user.type(answer, 'Short');
    await waitFor(() => expect(answer.getAttribute('aria-invalid')).toBe('true'));
    await user.type(answer, ': window 3 now opens at 07:30.');
    await user.click(within(form).getByRole('button', { name: 'Save step' }));
    await waitFor(() => expect(moves).toEqual([{ input: { id: 'C1', status: 'ANSWERED', answer: 'Short: window 3 now opens at 07:30.' } }]));
  });
});
