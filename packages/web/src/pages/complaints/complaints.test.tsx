import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import type { ComplaintTracking } from './queries';

const catalogue = {
  data: {
    region: {
      id: 'R1',
      name: 'Kota Serang',
      agencies: {
        totalCount: 1,
        edges: [{ node: { id: 'A1', name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Disdukcapil', serviceTypes: [{ id: 'S1', code: 'KTP', name: 'KTP-el', currentStandard: null }] } }],
      },
    },
  },
};

describe('the public complaint form', () => {
  it('checks the fields as the citizen types and shows the tracking code once sent', async () => {
    const sent: unknown[] = [];
    renderApp({
      path: '/publik/R1/pengaduan',
      responses: {
        PublicCatalogue: catalogue,
        SubmitComplaint: (variables) => (sent.push(variables), { data: { submitComplaint: { trackingCode: 'LPR-ABCDEF123456' } } }),
      },
    });
    const user = userEvent.setup();
    const subject = await screen.findByLabelText('Judul');
    await user.type(subject, 'Ant');
    await waitFor(() => expect(subject.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Judul 5–200 karakter.')).toBeTruthy();
    await user.type(subject, 'rean KTP lama');
    expect(subject.getAttribute('aria-invalid')).toBeNull();

    // Sending with fields left empty marks them and sends nothing.
    await user.click(screen.getByRole('button', { name: 'Kirim pengaduan' }));
    expect(screen.getByLabelText('Jenis laporan').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Isi laporan').getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);

    await user.selectOptions(screen.getByLabelText('Jenis laporan'), 'PENGADUAN');
    await user.type(screen.getByLabelText('Isi laporan'), 'Sudah dua jam menunggu di loket 3.');
    await user.click(screen.getByRole('button', { name: 'Kirim pengaduan' }));
    expect((await screen.findByTestId('tracking-code')).textContent).toBe('LPR-ABCDEF123456');
    expect(sent).toEqual([{ input: { regionId: 'R1', type: 'PENGADUAN', title: 'Antrean KTP lama', body: 'Sudah dua jam menunggu di loket 3.' } }]);
    expect(screen.getByRole('link', { name: 'Lacak pengaduan ini' }).getAttribute('href')).toBe('/lacak?kode=LPR-ABCDEF123456');
  });
});

describe('the tracking page', () => {
  const tracking: ComplaintTracking = {
    trackingCode: 'LPR-ABCDEF123456',
    type: 'PENGADUAN',
    status: 'ANSWERED',
    submittedAt: '2026-12-01T03:00:00.000Z',
    dueDate: '2026-12-08',
    overdue: false,
    answer: 'Loket 3 kini buka pukul 07.30.',
  };

  it('shows the status, the due date and the answer for a code, in English too', async () => {
    const asked: unknown[] = [];
    renderApp({ path: '/lacak?kode=LPR-ABCDEF123456', language: 'en', responses: { TrackComplaint: (variables) => (asked.push(variables), { data: { complaintByTrackingCode: tracking } }) } });
    expect(await screen.findByText('Loket 3 kini buka pukul 07.30.')).toBeTruthy();
    expect(screen.getByText('Answered')).toBeTruthy();
    expect(screen.getByText('8 December 2026')).toBeTruthy();
    expect(asked[0]).toEqual({ trackingCode: 'LPR-ABCDEF123456' });
  });

  it('says when no complaint has the code', async () => {
    renderApp({ path: '/lacak', responses: { TrackComplaint: { data: { complaintByTrackingCode: null } } } });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Kode lacak'), 'lpr-salah');
    await user.click(screen.getByRole('button', { name: 'Lacak' }));
    expect(await screen.findByText('Tidak ada pengaduan dengan kode LPR-SALAH. Periksa kembali kodenya.')).toBeTruthy();
  });
});

describe('the IKM survey', () => {
  it('asks for a score on each of the nine elements and sends them in order', async () => {
    const sent: unknown[] = [];
    renderApp({
      path: '/publik/R1/survei',
      responses: { PublicCatalogue: catalogue, SubmitSurveyResponse: (variables) => (sent.push(variables), { data: { submitSurveyResponse: true } }) },
    });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Perangkat daerah (OPD)'), 'A1');
    await user.selectOptions(screen.getByLabelText('Layanan'), 'S1');
    const groups = within(screen.getByRole('form', { name: 'Survei kepuasan masyarakat (IKM)' })).getAllByRole('group');
    expect(groups).toHaveLength(9);
    expect(groups[0]!.querySelector('legend')!.textContent).toBe('U1 Persyaratan');
    // One element left unanswered: nothing is sent and the element says why.
    for (const group of groups.slice(0, 8)) await user.click(within(group).getByRole('radio', { name: '3 Baik' }));
    await user.click(screen.getByRole('button', { name: 'Kirim survei' }));
    expect(within(groups[8]!).getByText('Pilih nilai untuk unsur ini.')).toBeTruthy();
    expect(sent).toEqual([]);
    await user.click(within(groups[8]!).getByRole('radio', { name: '4 Sangat baik' }));
    await user.type(screen.getByLabelText('Saran atau komentar (boleh dikosongkan)'), 'Ruang tunggu panas.');
    await user.click(screen.getByRole('button', { name: 'Kirim survei' }));
    expect(await screen.findByText('Terima kasih! Jawaban Anda sudah tercatat dan ikut dihitung dalam IKM layanan ini.')).toBeTruthy();
    expect(sent).toEqual([{ input: { serviceTypeId: 'S1', scores: [3, 3, 3, 3, 3, 3, 3, 3, 4], comment: 'Ruang tunggu panas.' } }]);
  });
});
