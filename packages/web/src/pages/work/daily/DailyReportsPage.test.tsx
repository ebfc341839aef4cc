import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { addDays, mondayOf, today } from '../dates';
import { describedError, me, workViewer } from '../test/fixtures';

const monday = mondayOf(today());
const reports = {
  data: {
    me: {
      id: 'u1',
      employee: {
        id: 'E1',
        dailyReports: {
          totalCount: 1,
          edges: [{ node: { id: 'D1', date: monday, activity: 'Verifikasi berkas KK', output: '20 berkas', durationMinutes: 240, rhk: null } }],
        },
        skp: { id: 'S1', rhk: [{ id: 'R1', kind: 'UTAMA', title: 'Perekaman KTP-el' }] },
      },
    },
    holidays: [],
  },
};

async function openDaily(responses: Record<string, unknown> = {}) {
  renderApp({ path: '/kinerja/harian', responses: { Me: me, WorkViewer: workViewer, MyDailyReports: reports, ...responses } });
  await screen.findByRole('heading', { level: 1, name: 'Laporan kinerja harian' }, { timeout: 10_000 });
  return { user: userEvent.setup(), form: screen.getByRole('form', { name: 'Catat kegiatan' }) };
}

describe('daily reports', { timeout: 20_000 }, () => {
  it('starts at today, checks as the user types, and keeps the form for the next entry after Enter', async () => {
    const sent: unknown[] = [];
    const { user, form } = await openDaily({
      FileDailyReport: (variables: { input: Record<string, unknown> }) => {
        sent.push(variables);
        return { data: { fileDailyReport: { id: 'D2', rhk: { id: 'R1', title: 'Perekaman KTP-el' }, ...variables.input } } };
      },
    });
    const date = within(form).getByLabelText('Tanggal') as HTMLInputElement;
    expect(date.value).toBe(today());
    const activity = within(form).getByLabelText('Kegiatan') as HTMLInputElement;
    await user.type(activity, 'Rek');
    await user.tab();
    expect(describedError(activity)).toBe('Minimal 5 karakter.');
    await user.type(activity, 'am data KTP-el');
    expect(describedError(activity)).toBeUndefined();

    await user.clear(date);
    await user.type(date, addDays(today(), 1));
    await user.tab();
    expect(describedError(date)).toBe('Tidak boleh tanggal yang akan datang.');
    await user.clear(date);
    await user.type(date, today());

    await user.selectOptions(within(form).getByLabelText('RHK'), 'R1');
    const output = within(form).getByLabelText('Hasil');
    await user.type(output, '14 rekaman{Enter}');
    await waitFor(() => expect(sent).toEqual([{ input: { date: today(), activity: 'Rekam data KTP-el', output: '14 rekaman', durationMinutes: 60, rhkId: 'R1' } }]));
    await waitFor(() => expect(activity.value).toBe(''));
    expect((within(form).getByLabelText('RHK') as HTMLSelectElement).value).toBe('R1');
    expect(date.value).toBe(today());
    expect(document.activeElement).toBe(activity);
    // Nothing is flagged on the emptied form.
    expect(describedError(output)).toBeUndefined();
    expect(within(form).getByRole('status').textContent).toMatch(/^Tersimpan untuk /);
  });

  it('shows the server’s refusal next to the date', async () => {
    const { user, form } = await openDaily({
      FileDailyReport: { error: new CombinedError({ graphQLErrors: [{ message: 'not a working day', extensions: { code: 'BAD_USER_INPUT', field: 'input.date' } }] }) },
    });
    await user.type(within(form).getByLabelText('Kegiatan'), 'Rekam data KTP-el');
    await user.type(within(form).getByLabelText('Hasil'), '14 rekaman{Enter}');
    const date = within(form).getByLabelText('Tanggal');
    await waitFor(() => expect(describedError(date)).toBe('Isian ini tidak valid.'));
    expect(date.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the week with the reports filed and the working days without one', async () => {
    await openDaily();
    const reported = screen.getByText('Verifikasi berkas KK').closest('li.week__day')!;
    expect(reported.textContent).toContain('Total 4 jam');
    const days = [...document.querySelectorAll('li.week__day')];
    // Monday to Friday: the working days of a week without holidays.
    expect(days).toHaveLength(5);
    const missing = days.filter((day) => day.textContent?.includes('Belum ada laporan'));
    const passed = [1, 2, 3, 4].filter((offset) => addDays(monday, offset) <= today()).length;
    expect(missing).toHaveLength(passed);
  });
});
