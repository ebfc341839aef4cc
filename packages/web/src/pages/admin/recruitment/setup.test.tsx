import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { CombinedError, Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n';
import { mockClient, type MockResponses } from '../../../test/renderApp';
import { EvaluationForm } from '../../team/MenteesPage';
import { PlacementForm } from './Internships';
import { OpeningForm, RoundForm } from './RecruitmentSetup';

function renderWith(ui: ReactNode, responses: MockResponses = {}) {
  const i18n = createI18n({ language: 'id' });
  return render(
    <I18nextProvider i18n={i18n}>
      <Provider value={mockClient(responses)}>{ui}</Provider>
    </I18nextProvider>,
  );
}

/** A refusal as the server sends it: the mutation's field null, and the error naming the input field. */
const fieldError = (mutation: string, field: string) => ({ data: { [mutation]: null }, error: new CombinedError({ graphQLErrors: [{ message: 'refused', extensions: { code: 'BAD_USER_INPUT', field } }] }) });

/** Answers the first call with `first`, later ones with `then`, keeping the variables sent. */
function sequence(sent: unknown[], first: object, then: object) {
  return (variables: unknown) => {
    sent.push(variables);
    return sent.length === 1 ? first : then;
  };
}

describe('recruitment setup forms', { timeout: 20_000 }, () => {
  it('opens a round with the national defaults filled in, showing the server’s field error', async () => {
    const sent: Array<{ input: Record<string, unknown> }> = [];
    renderWith(<RoundForm regionId="R1" />, {
      CreateRecruitmentRound: sequence(sent, fieldError('createRecruitmentRound', 'input.registrationCloses'), { data: { createRecruitmentRound: { id: 'RR1', name: 'Seleksi CASN 2027', year: 2027, registrationOpens: '2027-03-01', registrationCloses: '2027-03-20' } } }),
    });
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Buka periode seleksi' });
    await user.type(within(form).getByLabelText('Nama periode'), 'Seleksi CASN 2027');
    await user.clear(within(form).getByLabelText('Tahun'));
    await user.type(within(form).getByLabelText('Tahun'), '2027');
    await user.type(within(form).getByLabelText('Pendaftaran dibuka'), '2027-03-01');
    await user.type(within(form).getByLabelText('Pendaftaran ditutup'), '2027-02-20');
    await user.click(within(form).getByRole('button', { name: 'Buka periode' }));
    await waitFor(() => expect(within(form).getByLabelText('Pendaftaran ditutup').getAttribute('aria-invalid')).toBe('true'));
    expect(sent[0]!.input).toEqual({
      regionId: 'R1', name: 'Seleksi CASN 2027', year: 2027, registrationOpens: '2027-03-01', registrationCloses: '2027-02-20', objectionDays: 3,
      twkThreshold: 65, tiuThreshold: 80, tkpThreshold: 166, skdWeight: 40, interviewWeight: 60,
    });
    await user.clear(within(form).getByLabelText('Pendaftaran ditutup'));
    await user.type(within(form).getByLabelText('Pendaftaran ditutup'), '2027-03-20');
    await user.click(within(form).getByRole('button', { name: 'Buka periode' }));
    expect((await within(form).findByRole('status')).textContent).toBe('Periode “Seleksi CASN 2027” dibuka.');
  });

  it('publishes an opening with its requirements and schedule', async () => {
    const sent: Array<{ input: Record<string, unknown> }> = [];
    const rounds = [{ id: 'RR1', name: 'Seleksi CASN 2027', year: 2027, registrationOpens: '2027-03-01', registrationCloses: '2027-03-20' }];
    renderWith(<OpeningForm agencyId="A1" rounds={rounds} />, {
      CreateJobOpening: sequence(sent, fieldError('createJobOpening', 'input.maxAge'), { data: { createJobOpening: { id: 'O1', positionTitle: 'Analis Data' } } }),
    });
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Umumkan formasi' });
    await user.type(within(form).getByLabelText('Jabatan'), 'Analis Data');
    await user.type(within(form).getByLabelText('Golongan/ruang'), 'III/a');
    await user.type(within(form).getByLabelText('Jumlah formasi'), '2');
    await user.selectOptions(within(form).getByLabelText('Pendidikan minimal'), 'D3');
    await user.type(within(form).getByLabelText('Program studi'), 'Statistika, Informatika');
    await user.clear(within(form).getByLabelText('Usia maksimal'));
    await user.type(within(form).getByLabelText('Usia maksimal'), '17');
    await user.type(within(form).getByLabelText('Uraian tugas'), 'Mengolah data kependudukan.');
    for (const [label, day] of [['Seleksi administrasi', '2027-03-25'], ['Tes tertulis (SKD)', '2027-04-10'], ['Wawancara', '2027-04-20'], ['Pengumuman', '2027-05-01']] as const) {
      await user.type(within(form).getByLabelText(label), day);
    }
    await user.click(within(form).getByRole('button', { name: 'Umumkan formasi' }));
    await waitFor(() => expect(within(form).getByLabelText('Usia maksimal').getAttribute('aria-invalid')).toBe('true'));
    expect(sent[0]!.input).toEqual({
      roundId: 'RR1', agencyId: 'A1', positionTitle: 'Analis Data', rankGrade: 'III/a', employmentStatus: 'PNS', positions: 2, educationLevel: 'D3',
      majors: ['Statistika', 'Informatika'], minAge: 18, maxAge: 17, description: 'Mengolah data kependudukan.',
      adminCheckOn: '2027-03-25', writtenTestOn: '2027-04-10', interviewOn: '2027-04-20', announcementOn: '2027-05-01',
    });
    await user.clear(within(form).getByLabelText('Usia maksimal'));
    await user.type(within(form).getByLabelText('Usia maksimal'), '35');
    await user.click(within(form).getByRole('button', { name: 'Umumkan formasi' }));
    expect((await within(form).findByRole('status')).textContent).toBe('Formasi “Analis Data” diumumkan.');
  });

  it('places an intern with a unit, a mentor and a period', async () => {
    const sent: Array<{ input: Record<string, unknown> }> = [];
    renderWith(<PlacementForm agencyId="A1" universities={[{ id: 'U1', name: 'Universitas Sultan Ageng Tirtayasa', city: 'Serang' }]} />, {
      AgencyUnits: { data: { agency: { id: 'A1', name: 'Disdukcapil', units: { totalCount: 1, edges: [{ node: { id: 'N1', code: 'DAFDUK', name: 'Bidang Pendaftaran Penduduk', employeeCount: 3 } }] } } } },
      Employees: { data: { employees: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: { id: 'E1', name: 'Budi Santoso', positionTitle: 'Kepala Seksi' } }] } } },
      CreateInternPlacement: sequence(sent, fieldError('createInternPlacement', 'input.endsOn'), { data: { createInternPlacement: { id: 'P1' } } }),
    });
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Tempatkan peserta magang' });
    await within(form).findByRole('option', { name: 'Budi Santoso — Kepala Seksi' });
    await user.type(within(form).getByLabelText('Nama peserta'), 'Rina Marlina');
    await user.type(within(form).getByLabelText('E-mail peserta'), 'rina@mahasiswa.id');
    await user.type(within(form).getByLabelText('Program studi'), 'Administrasi Publik');
    await user.type(within(form).getByLabelText('Mulai'), '2027-02-01');
    await user.type(within(form).getByLabelText('Selesai'), '2027-01-01');
    await user.click(within(form).getByRole('button', { name: 'Tempatkan' }));
    await waitFor(() => expect(within(form).getByLabelText('Selesai').getAttribute('aria-invalid')).toBe('true'));
    expect(sent[0]!.input).toEqual({
      universityId: 'U1', unitId: 'N1', mentorId: 'E1', internName: 'Rina Marlina', internEmail: 'rina@mahasiswa.id', studyProgramme: 'Administrasi Publik', startsOn: '2027-02-01', endsOn: '2027-01-01',
    });
  });

  it('records a mentor’s evaluation', async () => {
    const sent: Array<{ input: Record<string, unknown> }> = [];
    renderWith(<EvaluationForm placementId="P1" />, {
      RecordMentorEvaluation: sequence(sent, fieldError('recordMentorEvaluation', 'input.comment'), { data: { recordMentorEvaluation: { id: 'V1', discipline: 5, skill: 4, teamwork: 3, comment: 'Teliti dan cepat belajar.', createdAt: '2027-02-10T03:00:00.000Z' } } }),
    });
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Simpan evaluasi' });
    await user.selectOptions(within(form).getByLabelText('Disiplin'), '5');
    await user.selectOptions(within(form).getByLabelText('Keterampilan'), '4');
    await user.type(within(form).getByLabelText('Catatan'), 'Ok');
    await user.click(within(form).getByRole('button', { name: 'Simpan evaluasi' }));
    await waitFor(() => expect(within(form).getByLabelText('Catatan').getAttribute('aria-invalid')).toBe('true'));
    await user.type(within(form).getByLabelText('Catatan'), ' — teliti dan cepat belajar.');
    await user.click(within(form).getByRole('button', { name: 'Simpan evaluasi' }));
    expect((await within(form).findByRole('status')).textContent).toBe('Evaluasi disimpan.');
    expect(sent.map((variables) => variables.input)).toEqual([
      { placementId: 'P1', discipline: 5, skill: 4, teamwork: 3, comment: 'Ok' },
      { placementId: 'P1', discipline: 5, skill: 4, teamwork: 3, comment: 'Ok — teliti dan cepat belajar.' },
    ]);
  });
});
