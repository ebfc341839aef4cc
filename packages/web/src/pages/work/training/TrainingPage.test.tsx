import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { describedError, me, workViewer } from '../test/fixtures';

const programme = (id: string, title: string, startDate: string, hours: number) => ({ id, title, delivery: 'INTERNAL', provider: 'Widyaiswara Disdukcapil', hours, startDate, endDate: startDate });

const training = {
  data: {
    myTrainingHours: { year: 2026, hours: 12, targetHours: 20, remainingHours: 8, met: false },
    myTrainingEnrolments: [
      { id: 'T1', status: 'ENROLLED', completedOn: null, hours: null, certificateUrl: null, certificateFile: null, programme: programme('P1', 'Literasi Data Kependudukan', '2026-11-23', 8) },
      {
        id: 'T2',
        status: 'COMPLETED',
        completedOn: '2026-03-11',
        hours: 12,
        certificateUrl: null,
        certificateFile: { id: 'F1', name: 'sertifikat-siak.pdf', url: '/files/F1' },
        programme: programme('P2', 'Bimtek SIAK Terpusat', '2026-03-09', 12),
      },
    ],
    myTrainingNeeds: {
      gaps: [{ competency: { id: 'C1', name: 'Kerja sama lintas unit' }, reasons: ['POSITION_REQUIREMENT'] }],
      recommendations: [{ programme: programme('P3', 'Kolaborasi Lintas Sektor', '2027-01-04', 10), closes: [{ id: 'C1', name: 'Kerja sama lintas unit' }] }],
    },
  },
};

async function openTraining(responses: Record<string, unknown> = {}) {
  renderApp({ path: '/kinerja/pelatihan?tahun=2026', responses: { Me: me, WorkViewer: workViewer, MyTraining: training, ...responses } });
  await screen.findByRole('heading', { level: 1, name: 'Pelatihan dan pengembangan kompetensi' }, { timeout: 10_000 });
  // The browser's file chooser honours `accept`; here a wrong file must reach our own check.
  return userEvent.setup({ applyAccept: false });
}

describe('training', { timeout: 20_000 }, () => {
  it('shows the year’s hours against the target, the certificate as a download, and suggested programmes', async () => {
    await openTraining();
    expect(screen.getByRole('link', { name: 'Pelatihan' }).getAttribute('aria-current')).toBe('page');
    const hours = screen.getByRole('region', { name: 'Jam pelatihan 2026' });
    expect(hours.textContent).toContain('12 dari 20 JP');
    expect(hours.textContent).toContain('Kurang 8 JP untuk mencapai target tahunan.');
    const certificate = screen.getByRole('link', { name: 'sertifikat-siak.pdf' });
    expect(certificate.getAttribute('href')).toBe('/files/F1');
    const suggested = screen.getByRole('heading', { name: 'Kolaborasi Lintas Sektor' }).closest('li')!;
    expect(suggested.textContent).toContain('Mengembangkan: Kerja sama lintas unit');
    expect(screen.getByText(/Kerja sama lintas unit — dipersyaratkan jabatan/)).toBeTruthy();
  });

  it('records a completion only with a certificate, sending the chosen file', async () => {
    const sent: Array<{ input: Record<string, unknown> }> = [];
    const user = await openTraining({
      CompleteTraining: (variables: { input: Record<string, unknown> }) => {
        sent.push(variables);
        return { data: { completeTraining: { id: 'T1', status: 'COMPLETED' } } };
      },
    });
    const form = screen.getByRole('form', { name: 'Catat selesai' });
    const date = within(form).getByLabelText('Tanggal selesai');
    await user.clear(date);
    await user.type(date, '2026-11-24');
    await user.click(within(form).getByRole('button', { name: 'Catat selesai' }));
    expect(describedError(within(form).getByLabelText('Berkas sertifikat'))).toBe('Unggah sertifikat atau isi tautannya.');
    expect(sent).toEqual([]);

    await user.upload(within(form).getByLabelText('Berkas sertifikat'), new File(['x'], 'catatan.txt', { type: 'text/plain' }));
    expect(describedError(within(form).getByLabelText('Berkas sertifikat'))).toBe('Hanya berkas PDF, PNG, atau JPEG.');
    const certificate = new File(['%PDF-1.4'], 'sertifikat.pdf', { type: 'application/pdf' });
    await user.upload(within(form).getByLabelText('Berkas sertifikat'), certificate);
    expect(describedError(within(form).getByLabelText('Berkas sertifikat'))).toBeUndefined();
    await user.click(within(form).getByRole('button', { name: 'Catat selesai' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.input).toEqual({ enrolmentId: 'T1', completedOn: '2026-11-24', certificateUrl: null, certificateFile: certificate });
  });

  it('shows the server’s refusal on the field it names', async () => {
    const user = await openTraining({
      CompleteTraining: { error: new CombinedError({ graphQLErrors: [{ message: 'Completion cannot be before the programme starts.', extensions: { code: 'BAD_USER_INPUT', field: 'input.completedOn' } }] }) },
    });
    const form = screen.getByRole('form', { name: 'Catat selesai' });
    await user.type(within(form).getByLabelText('Tautan sertifikat'), 'https://bpsdm.example/sertifikat/1.pdf');
    await user.click(within(form).getByRole('button', { name: 'Catat selesai' }));
    await waitFor(() => expect(describedError(within(form).getByLabelText('Tanggal selesai'))).toBe('Isian ini tidak valid.'));
  });
});

describe('cancelling an enrolment', { timeout: 20_000 }, () => {
  it('is offered only for an enrolment not yet completed, and asks before it cancels', async () => {
    const cancel = vi.fn(() => ({ data: { cancelTrainingEnrolment: { id: 'T1', status: 'CANCELLED' } } }));
    const user = await openTraining({ CancelTrainingEnrolment: cancel });
    expect(screen.getAllByRole('button', { name: /^Batalkan pendaftaran/ })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: /^Batalkan pendaftaran\s*Literasi Data Kependudukan$/ }));
    expect(cancel).not.toHaveBeenCalled();
    const confirm = screen.getByRole('group', { name: 'Batalkan pendaftaran pada Literasi Data Kependudukan?' });
    await user.click(within(confirm).getByRole('button', { name: 'Ya, batalkan' }));
    await waitFor(() => expect(cancel).toHaveBeenCalledWith({ enrolmentId: 'T1' }));
  });

  it('shows the server’s refusal', async () => {
    const user = await openTraining({
      CancelTrainingEnrolment: { error: new CombinedError({ graphQLErrors: [{ message: 'The enrolment is COMPLETED.', extensions: { code: 'INVALID_STATE', field: 'enrolmentId' } }] }) },
    });
    await user.click(screen.getByRole('button', { name: /^Batalkan pendaftaran/ }));
    await user.click(screen.getByRole('button', { name: 'Ya, batalkan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tindakan ini tidak dapat dilakukan pada status saat ini.');
  });
});
