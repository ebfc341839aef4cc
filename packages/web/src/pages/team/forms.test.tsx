import { CORE_VALUES, perilakuFromCoreValues, predikatFor, type CoreValue, type Expectation } from '@pantau/shared';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { CombinedError, Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import id from '../../i18n/locales/id.json';
import { createI18n } from '../../i18n';
import { mockClient, type MockResponses } from '../../test/renderApp';
import { AppraisalForm } from './AppraisalForm';
import { CoachingSessionForm } from './CoachingSessionForm';
import type { Appraisal } from './queries';
import { SkpDecision } from './SkpDecision';
import { SpecialExpectations } from './SpecialExpectations';

function renderWith(ui: ReactNode, responses: MockResponses = {}) {
  const i18n = createI18n({ language: 'id' });
  return render(
    <I18nextProvider i18n={i18n}>
      <Provider value={mockClient(responses)}>{ui}</Provider>
    </I18nextProvider>,
  );
}

/** The error text linked to an input through aria-describedby. */
function describedError(input: HTMLElement): string | undefined {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((elementId) => document.getElementById(elementId)).find((element) => element?.className === 'field__error')?.textContent ?? undefined;
}

const selfAssessed: Appraisal = {
  id: 'A1',
  status: 'SELF_ASSESSED',
  selfAssessment: 'Target perekaman tercapai 104%.',
  selfAssessedAt: '2026-11-02T03:00:00.000Z',
  hasilKerja: null,
  perilakuKerja: null,
  predikat: null,
  raterComment: null,
  objectionReason: null,
  objectionDecision: null,
  objectionNote: null,
  originalPredikat: null,
  behaviour: [],
  period: { id: 'P4', code: '2026-Q4' },
};

const valueName = (value: CoreValue) => id.performance.coreValue[value];
const rateAll = (ratings: Record<CoreValue, Expectation>) => {
  for (const value of CORE_VALUES) {
    fireEvent.change(screen.getByLabelText(`Penilaian ${valueName(value)}`), { target: { value: ratings[value] } });
  }
};
const outcome = () => screen.getByRole('status');

// Dozens of re-renders of a large form: generous time on a busy machine.
describe('appraisal form', { timeout: 30_000 }, () => {
  it('shows the predikat the matrix gives for what is filled in, as it changes', () => {
    renderWith(<AppraisalForm appraisal={selfAssessed} />);
    expect(outcome().textContent).toContain(id.team.appraisal.incomplete);

    // Behaviour patterns covering each derived perilaku kerja: all as expected, a majority above, one below.
    const patterns: Array<Record<CoreValue, Expectation>> = [
      Object.fromEntries(CORE_VALUES.map((value) => [value, 'SESUAI'])) as Record<CoreValue, Expectation>,
      Object.fromEntries(CORE_VALUES.map((value, index) => [value, index < 4 ? 'DI_ATAS' : 'SESUAI'])) as Record<CoreValue, Expectation>,
      Object.fromEntries(CORE_VALUES.map((value, index) => [value, index === 3 ? 'DI_BAWAH' : 'DI_ATAS'])) as Record<CoreValue, Expectation>,
    ];
    const hasil = screen.getByLabelText(id.team.appraisal.hasilKerja);
    const seen = new Set<string>();
    for (const pattern of patterns) {
      rateAll(pattern);
      const perilaku = perilakuFromCoreValues(pattern);
      for (const hasilKerja of ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const) {
        fireEvent.change(hasil, { target: { value: hasilKerja } });
        const predikat = predikatFor(hasilKerja, perilaku);
        seen.add(predikat);
        expect(outcome().textContent).toBe(`${id.team.appraisal.perilakuResult}: ${id.performance.expectation[perilaku]}${id.team.appraisal.predikatResult}: ${id.performance.predikat[predikat]}`);
      }
    }
    // The nine cells of the matrix reach all five predikat.
    expect(seen.size).toBe(5);

    // Taking one value back leaves the result open again.
    fireEvent.change(screen.getByLabelText(`Penilaian ${valueName('LOYAL')}`), { target: { value: '' } });
    expect(outcome().textContent).toContain(id.team.appraisal.incomplete);
  });

  it('sends the seven ratings and shows the server’s field errors on the fields they name', async () => {
    const sent: unknown[] = [];
    renderWith(<AppraisalForm appraisal={selfAssessed} />, {
      RateAppraisal: (variables) => {
        sent.push(variables);
        return {
          error: new CombinedError({
            graphQLErrors: [
              { message: 'input.hasilKerja: the period is being recalculated.', extensions: { code: 'SOME_NEW_CODE', field: 'input.hasilKerja' } },
              { message: 'input.behaviour: must rate each of the seven BerAKHLAK values exactly once', extensions: { code: 'BAD_USER_INPUT', field: 'input.behaviour' } },
            ],
          }),
        };
      },
    });
    const user = userEvent.setup();
    // Submitting an empty form names every missing field and sends nothing.
    await user.click(screen.getByRole('button', { name: id.team.appraisal.submit }));
    expect(describedError(screen.getByLabelText(id.team.appraisal.hasilKerja))).toBe(id.team.problems.required);
    expect(describedError(screen.getByLabelText(`Komentar ${valueName('AKUNTABEL')}`))).toBe(id.team.problems.required);
    expect(sent).toEqual([]);

    fireEvent.change(screen.getByLabelText(id.team.appraisal.hasilKerja), { target: { value: 'SESUAI' } });
    rateAll(Object.fromEntries(CORE_VALUES.map((value) => [value, 'SESUAI'])) as Record<CoreValue, Expectation>);
    for (const value of CORE_VALUES) fireEvent.change(screen.getByLabelText(`Komentar ${valueName(value)}`), { target: { value: ' Sesuai pedoman. ' } });
    await user.click(screen.getByRole('button', { name: id.team.appraisal.submit }));

    await waitFor(() => expect(describedError(screen.getByLabelText(id.team.appraisal.hasilKerja))).toBe('input.hasilKerja: the period is being recalculated.'));
    expect(screen.getByRole('group', { name: id.team.appraisal.behaviour }).textContent).toContain(id.errors.codes.BAD_USER_INPUT);
    expect(sent).toEqual([
      { input: { id: 'A1', hasilKerja: 'SESUAI', behaviour: CORE_VALUES.map((value) => ({ value, expectation: 'SESUAI', comment: 'Sesuai pedoman.' })) } },
    ]);
  });
});

describe('returning a plan', { timeout: 30_000 }, () => {
  it('requires a reason of at least ten characters, checked as the user types, before anything is sent', async () => {
    const sent: unknown[] = [];
    renderWith(<SkpDecision skpId="S1" />, {
      ReturnSkp: (variables) => {
        sent.push(variables);
        return { data: { returnSkp: { id: 'S1', status: 'RETURNED', returnReason: 'Tambahkan RHK piket Sabtu.' } } };
      },
    });
    const user = userEvent.setup();
    const reason = screen.getByLabelText(id.team.skp.returnReason);
    const send = screen.getByRole('button', { name: id.team.skp.return });

    await user.click(send);
    expect(describedError(reason)).toBe(id.team.problems.required);
    expect(reason.getAttribute('aria-invalid')).toBe('true');

    await user.type(reason, 'Kurang');
    expect(describedError(reason)).toBe('Terlalu pendek: minimal 10 karakter.');
    await user.click(send);
    expect(sent).toEqual([]);

    await user.type(reason, ' RHK piket');
    expect(describedError(reason)).toBeUndefined();
    expect(reason.getAttribute('aria-invalid')).toBeNull();
    await user.click(send);
    await waitFor(() => expect(sent).toEqual([{ input: { id: 'S1', reason: 'Kurang RHK piket' } }]));
  });

  it('shows the server’s message for the reason on the field', async () => {
    renderWith(<SkpDecision skpId="S1" />, {
      ReturnSkp: () => ({
        error: new CombinedError({ graphQLErrors: [{ message: 'input.reason: must say what to change', extensions: { code: 'SOMETHING', field: 'input.reason' } }] }),
      }),
    });
    const user = userEvent.setup();
    const reason = screen.getByLabelText(id.team.skp.returnReason);
    await user.type(reason, 'Tambahkan RHK piket Sabtu.');
    await user.click(screen.getByRole('button', { name: id.team.skp.return }));
    await waitFor(() => expect(describedError(reason)).toBe('input.reason: must say what to change'));
  });
});

describe('recording a coaching session', { timeout: 30_000 }, () => {
  it('checks the notes as the user types, sends the session and shows the server’s date error on the date', async () => {
    const record = vi
      .fn()
      .mockReturnValueOnce({ error: new CombinedError({ graphQLErrors: [{ message: 'input.date: must be a date written YYYY-MM-DD', extensions: { code: 'BAD_USER_INPUT', field: 'input.date' } }] }) })
      .mockReturnValueOnce({ data: { recordCoachingSession: { id: 'S1' } } });
    renderWith(<CoachingSessionForm planId="CP1" period="2025-Q4" />, { RecordCoachingSession: record });
    const user = userEvent.setup();
    const notes = screen.getByLabelText('Catatan sesi');
    await user.type(notes, 'Oke');
    expect(describedError(notes)).toBe(id.team.problems.tooShort.replace('{{min}}', '5').replace('{{max}}', '4000'));
    await user.click(screen.getByRole('button', { name: 'Catat sesi pembinaan' }));
    expect(record).not.toHaveBeenCalled();

    await user.type(notes, ' — meninjau berkas yang terlambat');
    fireEvent.change(screen.getByLabelText('Tanggal sesi'), { target: { value: '2025-12-01' } });
    await user.click(screen.getByLabelText('Sesi ini menuntaskan rencana pembinaan'));
    await user.click(screen.getByRole('button', { name: 'Catat sesi pembinaan' }));
    await waitFor(() => expect(screen.getByLabelText('Tanggal sesi').getAttribute('aria-invalid')).toBe('true'));
    expect(describedError(screen.getByLabelText('Tanggal sesi'))).toBe('Isian ini tidak valid.');
    expect(record).toHaveBeenLastCalledWith({ input: { planId: 'CP1', date: '2025-12-01', notes: 'Oke — meninjau berkas yang terlambat', completesPlan: true } });

    await user.click(screen.getByRole('button', { name: 'Catat sesi pembinaan' }));
    expect(await screen.findByText('Sesi pembinaan sudah dicatat.')).toBeTruthy();
    expect((screen.getByLabelText('Catatan sesi') as HTMLTextAreaElement).value).toBe('');
  });
});

describe('special expectations', { timeout: 30_000 }, () => {
  const set = [{ value: 'AKUNTABEL' as const, expectation: 'Setiap berkas layanan dapat ditelusuri dalam SIAK.' }];

  it('are shown read-only to someone who may not set them', () => {
    renderWith(<SpecialExpectations skpId="S1" expectations={set} editable={false} />);
    expect(screen.getByText('Setiap berkas layanan dapat ditelusuri dalam SIAK.')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('fills the form with a value’s current expectation, sends a change or a removal, and shows the server’s field error', async () => {
    const save = vi
      .fn()
      .mockReturnValueOnce({ data: { setSpecialExpectation: { id: 'S1', specialExpectations: [] } } })
      .mockReturnValueOnce({ error: new CombinedError({ graphQLErrors: [{ message: 'input.expectation: must be at most 2000 characters', extensions: { code: 'BAD_USER_INPUT', field: 'input.expectation' } }] }) });
    renderWith(<SpecialExpectations skpId="S1" expectations={set} editable />, { SetSpecialExpectation: save });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Nilai BerAKHLAK'), 'AKUNTABEL');
    const text = screen.getByLabelText('Ekspektasi khusus') as HTMLTextAreaElement;
    expect(text.value).toBe('Setiap berkas layanan dapat ditelusuri dalam SIAK.');
    await user.clear(text);
    await user.click(screen.getByRole('button', { name: 'Hapus ekspektasi' }));
    expect(save).toHaveBeenLastCalledWith({ input: { skpId: 'S1', value: 'AKUNTABEL', expectation: '' } });

    await user.selectOptions(screen.getByLabelText('Nilai BerAKHLAK'), 'KOLABORATIF');
    await user.type(screen.getByLabelText('Ekspektasi khusus'), 'Memimpin rapat koordinasi lintas bidang tiap bulan.');
    await user.click(screen.getByRole('button', { name: 'Simpan ekspektasi' }));
    await waitFor(() => expect(describedError(screen.getByLabelText('Ekspektasi khusus'))).toBe('Isian ini tidak valid.'));
    expect(save).toHaveBeenLastCalledWith({ input: { skpId: 'S1', value: 'KOLABORATIF', expectation: 'Memimpin rapat koordinasi lintas bidang tiap bulan.' } });
  });
});
