import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { describedError, me, workViewer } from '../test/fixtures';

const rated = {
  id: 'AP1',
  status: 'RATED',
  selfAssessment: 'Semua target perekaman tercapai.',
  hasilKerja: 'SESUAI',
  perilakuKerja: 'DI_BAWAH',
  predikat: 'BUTUH_PERBAIKAN',
  raterComment: 'Perlu lebih kolaboratif.',
  ratedAt: '2026-11-20T03:00:00Z',
  objectionReason: null,
  objectionDecision: null,
  objectionNote: null,
  originalPredikat: null,
  period: { id: 'Q4', code: '2026-Q4', status: 'OPEN' },
  behaviour: [{ value: 'KOLABORATIF', expectation: 'DI_BAWAH', comment: 'Jarang berbagi data' }],
};
const appraisals = {
  data: {
    me: {
      id: 'u1',
      employee: {
        id: 'E1',
        skp: { id: 'S1', status: 'APPROVED', appraisals: [rated] },
        agency: { id: 'A1', performanceYear: { id: 'Y1', periods: [{ id: 'Q4', code: '2026-Q4', startDate: '2026-10-01', endDate: '2026-12-31', status: 'OPEN' }] } },
        coachingPlans: [],
      },
    },
  },
};

describe('appraisals', { timeout: 20_000 }, () => {
  it('shows the predikat and files an objection only with a reason of at least 10 characters', async () => {
    const sent: unknown[] = [];
    renderApp({
      path: '/kinerja/penilaian?tahun=2026',
      responses: {
        Me: me,
        WorkViewer: workViewer,
        MyAppraisals: appraisals,
        ObjectToAppraisal: (variables: unknown) => {
          sent.push(variables);
          return { data: { objectToAppraisal: { id: 'AP1', status: 'OBJECTED', objectionReason: 'x' } } };
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Penilaian & pembinaan' }, { timeout: 10_000 });
    const card = screen.getByRole('article', { name: 'Periode 2026-Q4' });
    expect(within(card).getByText('Butuh Perbaikan').className).toContain('predikat');
    expect(within(card).getByRole('rowheader', { name: 'Kolaboratif' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Terima penilaian' })).toBeTruthy();

    const user = userEvent.setup();
    await user.click(within(card).getByText('Ajukan keberatan', { selector: 'summary' }));
    const form = within(card).getByRole('form', { name: 'Ajukan keberatan' });
    const reason = within(form).getByLabelText('Alasan keberatan');
    await user.type(reason, 'Tidak');
    await user.click(within(form).getByRole('button', { name: 'Ajukan keberatan' }));
    expect(describedError(reason)).toBe('Minimal 10 karakter.');
    expect(sent).toEqual([]);
    await user.type(reason, ' adil: data kolaborasi Q4 belum dihitung.');
    await user.click(within(form).getByRole('button', { name: 'Ajukan keberatan' }));
    await waitFor(() => expect(sent).toEqual([{ input: { id: 'AP1', reason: 'Tidak adil: data kolaborasi Q4 belum dihitung.' } }]));
  });
});
