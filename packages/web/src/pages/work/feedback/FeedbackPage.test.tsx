import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { describedError, me, workViewer } from '../test/fixtures';

const feedback = {
  data: {
    me: {
      id: 'u1',
      employee: {
        id: 'E1',
        feedbackRequests: [
          { id: 'F1', topic: 'Pelayanan di loket', anonymous: true, expiresAt: '2026-12-01T16:59:59Z', invited: 4, responded: 2, averageScore: null, responses: [] },
          {
            id: 'F2',
            topic: 'Kerja sama tim',
            anonymous: true,
            expiresAt: '2026-10-01T16:59:59Z',
            invited: 3,
            responded: 3,
            averageScore: 4.333333,
            responses: [{ score: 4, comment: 'Rapi', relation: 'PEER', raterName: null }],
          },
        ],
        agency: { id: 'A1', performanceYear: null },
        skp: null,
      },
    },
    myFeedbackInvitations: [{ id: 'V1', topic: 'Ketepatan waktu', subjectName: 'Budi Santoso', anonymous: false, expiresAt: '2026-12-01T16:59:59Z', relation: 'SUBORDINATE' }],
    myFeedbackRaterCandidates: [
      { employeeId: 'E0', name: 'Budi Santoso', positionTitle: 'Kepala Seksi', relation: 'SUPERIOR' },
      { employeeId: 'E2', name: 'Dewi Lestari', positionTitle: 'Analis Kependudukan', relation: 'PEER' },
    ],
  },
};

async function openFeedback(responses: Record<string, unknown> = {}) {
  renderApp({ path: '/kinerja/umpan-balik?tahun=2026', responses: { Me: me, WorkViewer: workViewer, MyFeedback: feedback, ...responses } });
  await screen.findByRole('heading', { level: 1, name: 'Umpan balik' }, { timeout: 10_000 });
  return userEvent.setup();
}

describe('feedback', { timeout: 20_000 }, () => {
  it('shows the anonymous average only when the API gives it', async () => {
    await openFeedback();
    const hidden = screen.getByRole('heading', { name: 'Pelayanan di loket' }).closest('li')!;
    expect(hidden.textContent).toContain('Rata-rata anonim ditampilkan setelah minimal 3 jawaban.');
    const shown = screen.getByRole('heading', { name: 'Kerja sama tim' }).closest('li')!;
    expect(shown.textContent).toContain('Rata-rata: 4,3 / 5');
    expect(shown.textContent).toContain('Rekan setingkat — Rapi');
  });

  it('asks for feedback only with a topic and at least one rater chosen from those the API shows', async () => {
    const sent: Array<{ input: Record<string, unknown> }> = [];
    const user = await openFeedback({
      RequestFeedback: (variables: { input: Record<string, unknown> }) => {
        sent.push(variables);
        return { data: { requestFeedback: { id: 'F3' } } };
      },
    });
    const form = screen.getByRole('form', { name: 'Minta umpan balik' });
    await user.type(within(form).getByLabelText('Topik'), 'Mutu');
    await user.click(within(form).getByRole('button', { name: 'Kirim permintaan' }));
    expect(describedError(within(form).getByLabelText('Topik'))).toBe('Minimal 5 karakter.');
    const raters = within(form).getByRole('group', { name: 'Penilai' });
    expect(raters.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('feedback-raters-error')?.textContent).toBe('Pilih 1 sampai 30 rekan.');
    expect(sent).toEqual([]);
    await user.type(within(form).getByLabelText('Topik'), ' layanan');
    expect(within(raters).getByLabelText(/Dewi Lestari/).closest('label')?.textContent).toContain('Analis Kependudukan · Rekan setingkat');
    await user.click(within(raters).getByLabelText(/Budi Santoso/));
    await user.click(within(form).getByRole('button', { name: 'Kirim permintaan' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.input).toMatchObject({ subjectId: 'E1', topic: 'Mutu layanan', raterIds: ['E0'], anonymous: true });
    expect(sent[0]!.input.expiresAt).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59\+07:00$/);
  });

  it('answers an invitation with a score, showing the server’s refusal', async () => {
    const user = await openFeedback({
      RespondToFeedback: { error: new CombinedError({ graphQLErrors: [{ message: 'You have already answered.', extensions: { code: 'CONFLICT', field: 'input.invitationId' } }] }) },
    });
    const form = screen.getByRole('form', { name: 'Kirim jawaban' });
    await user.click(within(form).getByRole('button', { name: 'Kirim jawaban' }));
    const score = within(form).getByRole('group', { name: 'Nilai' });
    expect(score.getAttribute('aria-invalid')).toBe('true');
    expect(within(score).getByText('Wajib diisi.')).toBeTruthy();
    await user.click(within(score).getByLabelText('4'));
    expect(score.getAttribute('aria-invalid')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Kirim jawaban' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Data ini bertentangan dengan data yang sudah ada.');
  });
});
