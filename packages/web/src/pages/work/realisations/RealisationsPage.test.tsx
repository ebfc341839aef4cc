import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { describedError, me, workViewer } from '../test/fixtures';

const periods = [
  { id: 'Q3', code: '2026-Q3', startDate: '2026-07-01', endDate: '2026-09-30', status: 'CLOSED' },
  { id: 'Q4', code: '2026-Q4', startDate: '2026-10-01', endDate: '2026-12-31', status: 'OPEN' },
];
const realisations = {
  data: {
    me: {
      id: 'u1',
      employee: {
        id: 'E1',
        agency: { id: 'A1', performanceYear: { id: 'Y1', periods } },
        skp: {
          id: 'S1',
          status: 'APPROVED',
          rhk: [
            {
              id: 'R1',
              kind: 'UTAMA',
              title: 'Perekaman KTP-el',
              indicators: [
                {
                  id: 'I1',
                  aspect: 'QUANTITY',
                  description: 'Dokumen KTP-el yang direkam',
                  target: 1200,
                  unit: 'dokumen',
                  realisations: [{ value: 310, evidenceUrl: 'https://arsip.example/q3.pdf', evidenceFile: { id: 'F1', name: 'rekap-q3.pdf', url: '/files/F1' }, note: null, updatedAt: '2026-09-30T08:00:00Z', period: { id: 'Q3' } }],
                },
              ],
            },
          ],
        },
      },
    },
  },
};

describe('realisations', { timeout: 20_000 }, () => {
  it('records a value with its evidence link in the open period, checking the link as the user types', async () => {
    const sent: unknown[] = [];
    renderApp({
      path: '/kinerja/realisasi?tahun=2026',
      responses: {
        Me: me,
        WorkViewer: workViewer,
        MyRealisations: realisations,
        RecordRealisation: (variables: unknown) => {
          sent.push(variables);
          return { error: new CombinedError({ graphQLErrors: [{ message: 'closed', extensions: { code: 'PERIOD_CLOSED', field: 'input.periodId' } }] }) };
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Realisasi' }, { timeout: 10_000 });
    expect((screen.getByLabelText('Periode') as HTMLSelectElement).value).toBe('Q4');
    const form = screen.getByRole('form', { name: 'Simpan realisasi' });
    const link = within(form).getByLabelText('Tautan bukti dukung');
    await userEvent.type(link, 'ftp://arsip.example/q4.pdf');
    await userEvent.tab();
    expect(describedError(link)).toBe('Isi dengan tautan yang diawali http:// atau https://.');
    await userEvent.clear(link);
    await userEvent.type(link, 'https://arsip.example/q4.pdf');
    await userEvent.type(within(form).getByLabelText('Nilai realisasi (dokumen)'), '640,5');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan realisasi' }));
    await waitFor(() => expect(sent).toEqual([{ input: { indicatorId: 'I1', periodId: 'Q4', value: 640.5, evidenceUrl: 'https://arsip.example/q4.pdf', note: null } }]));
    // A code of the performance cycle, in Indonesian, for the form as a whole.
    expect((await within(form).findByRole('alert')).textContent).toBe('Periode ini sudah ditutup dan hanya dapat dibaca.');

    // A closed period is read-only, with its recorded value and evidence.
    await userEvent.selectOptions(screen.getByLabelText('Periode'), 'Q3');
    expect(screen.queryByRole('form', { name: 'Simpan realisasi' })).toBeNull();
    expect(screen.getByText('310 dokumen')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka bukti' }).getAttribute('href')).toBe('https://arsip.example/q3.pdf');
    expect(screen.getByRole('link', { name: 'rekap-q3.pdf' }).getAttribute('href')).toBe('/files/F1');
  });

  it('uploads an evidence file beside the link, refusing what the server would', async () => {
    const sent: Array<{ input: Record<string, unknown> }> = [];
    renderApp({
      path: '/kinerja/realisasi?tahun=2026',
      responses: {
        Me: me,
        WorkViewer: workViewer,
        MyRealisations: realisations,
        RecordRealisation: (variables: unknown) => {
          sent.push(variables as { input: Record<string, unknown> });
          return { data: { recordRealisation: { value: 640 } } };
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Realisasi' }, { timeout: 10_000 });
    const user = userEvent.setup({ applyAccept: false });
    const form = screen.getByRole('form', { name: 'Simpan realisasi' });
    const upload = within(form).getByLabelText('Berkas bukti dukung');
    await user.type(within(form).getByLabelText('Nilai realisasi (dokumen)'), '640');
    await user.upload(upload, new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'besar.pdf', { type: 'application/pdf' }));
    expect(describedError(upload)).toBe('Berkas terlalu besar: maksimal 5 MB.');
    await user.click(within(form).getByRole('button', { name: 'Simpan realisasi' }));
    expect(sent).toEqual([]);
    const evidence = new File(['%PDF-1.4'], 'rekap-q4.pdf', { type: 'application/pdf' });
    await user.upload(upload, evidence);
    await user.click(within(form).getByRole('button', { name: 'Simpan realisasi' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.input).toEqual({ indicatorId: 'I1', periodId: 'Q4', value: 640, evidenceUrl: null, note: null, evidenceFile: evidence });
    expect((await within(form).findByRole('status')).textContent).toBe('Realisasi tersimpan.');
  });
});
