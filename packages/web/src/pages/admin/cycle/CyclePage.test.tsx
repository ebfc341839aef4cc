import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';

const me = { data: { me: { id: 'u1', username: 'admin.disdukcapil', displayName: 'Admin Disdukcapil', role: 'AGENCY_ADMIN' } } };
const viewer = { data: { me: { id: 'u1', role: 'AGENCY_ADMIN', agency: { id: 'A1', name: 'Disdukcapil' } } } };
const period = (index: number, status: string) => ({ id: `P${index}`, code: `2026-Q${index}`, startDate: `2026-0${index * 3 - 2}-01`, endDate: `2026-0${index * 3}-30`, status });
const cycle = {
  data: { agency: { id: 'A1', name: 'Disdukcapil', performanceYears: [{ id: 'Y1', year: 2026, cadence: 'QUARTERLY', periods: [period(1, 'CLOSED'), period(2, 'OPEN'), period(3, 'PLANNED')] }] } },
};
const conflict = (message: string, field: string) => ({ error: new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'CONFLICT', field } }] }) });

describe('performance cycle', { timeout: 20_000 }, () => {
  it('lists the years with their periods, closes a period after asking, and creates a year', async () => {
    const closed: unknown[] = [];
    const created: Array<{ input: Record<string, unknown> }> = [];
    renderApp({
      path: '/admin/siklus',
      responses: {
        Me: me,
        AdminViewer: viewer,
        AgencyCycle: cycle,
        AgencyGoals: { data: { agency: { id: 'A1', goals: [{ id: 'G1', code: 'IKU-1', title: 'Cakupan KTP-el' }] } } },
        ClosePeriod: (variables) => {
          closed.push(variables);
          return { data: { closePeriod: { ...period(2, 'CLOSED') } } };
        },
        CreatePerformanceYear: (variables) => {
          created.push(variables as { input: Record<string, unknown> });
          return created.length === 1 ? conflict('The agency already has performance year 2027.', 'input.year') : { data: { createPerformanceYear: { id: 'Y2', year: 2028 } } };
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Siklus kinerja' }, { timeout: 10_000 });
    expect(screen.getByRole('link', { name: 'Siklus kinerja' }).getAttribute('aria-current')).toBe('page');
    const table = screen.getByRole('table', { name: 'Tahun 2026 · Triwulanan' });
    expect(within(table).getByRole('row', { name: /2026-Q1/ }).textContent).toContain('Hanya baca');
    expect(within(table).getByRole('button', { name: 'Buka 2026-Q3' })).toBeTruthy();
    expect(await screen.findByText('Cakupan KTP-el')).toBeTruthy();

    const user = userEvent.setup();
    await user.click(within(table).getByRole('button', { name: 'Tutup 2026-Q2' }));
    expect(closed).toEqual([]);
    expect(screen.getByText(/Tutup periode 2026-Q2\?/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ya, tutup' }));
    await waitFor(() => expect(closed).toEqual([{ id: 'P2' }]));
    expect(await screen.findByText('Periode 2026-Q2 ditutup.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Tambah tahun kinerja' }));
    const form = screen.getByRole('form', { name: 'Tahun kinerja baru' });
    const year = within(form).getByLabelText('Tahun');
    expect((year as HTMLInputElement).value).toBe('2027');
    await user.clear(year);
    await user.type(year, '1999');
    await user.click(within(form).getByRole('button', { name: 'Buat tahun kinerja' }));
    expect(document.getElementById('year-year-error')?.textContent).toBe('Tahun harus antara 2000 dan 2100.');
    expect(created).toEqual([]);
    await user.clear(year);
    await user.type(year, '2027');
    await user.click(within(form).getByRole('button', { name: 'Buat tahun kinerja' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]!.input).toEqual({ agencyId: 'A1', year: 2027, cadence: null });
    // The server's refusal lands on the year it names.
    await waitFor(() => expect(within(form).getByLabelText('Tahun').getAttribute('aria-invalid')).toBe('true'));
    await user.clear(year);
    await user.type(year, '2028');
    await user.selectOptions(within(form).getByLabelText('Siklus penilaian'), 'SEMESTER');
    await user.click(within(form).getByRole('button', { name: 'Buat tahun kinerja' }));
    await waitFor(() => expect(created).toHaveLength(2));
    expect(created[1]!.input).toEqual({ agencyId: 'A1', year: 2028, cadence: 'SEMESTER' });
    expect(await screen.findByText('Tahun kinerja 2028 dibuat.')).toBeTruthy();
  });

  it('adds a goal with a code the server accepts', async () => {
    const sent: Array<{ input: Record<string, unknown> }> = [];
    renderApp({
      path: '/admin/siklus',
      language: 'en',
      responses: {
        Me: me,
        AdminViewer: viewer,
        AgencyCycle: cycle,
        AgencyGoals: { data: { agency: { id: 'A1', goals: [] } } },
        CreateAgencyGoal: (variables) => {
          sent.push(variables as { input: Record<string, unknown> });
          return sent.length === 1 ? conflict('The agency already has goal IKU-1 for 2026.', 'input.code') : { data: { createAgencyGoal: { id: 'G2', code: 'IKU-2', title: 'Cakupan akta kelahiran anak' } } };
        },
      },
    });
    expect(await screen.findByText('No goals for 2026 yet.', {}, { timeout: 10_000 })).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a goal' }));
    const form = screen.getByRole('form', { name: 'New goal for 2026' });
    await user.type(within(form).getByLabelText('Code'), 'iku 1');
    await user.type(within(form).getByLabelText('Goal'), 'Cakupan akta kelahiran anak');
    await user.click(within(form).getByRole('button', { name: 'Save goal' }));
    expect(document.getElementById('goal-code-error')?.textContent).toBe('Use 1–32 capital letters, digits, dots, - or _.');
    expect(sent).toEqual([]);
    await user.clear(within(form).getByLabelText('Code'));
    await user.type(within(form).getByLabelText('Code'), 'IKU-1');
    await user.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.input).toEqual({ agencyId: 'A1', year: 2026, code: 'IKU-1', title: 'Cakupan akta kelahiran anak' });
    await waitFor(() => expect(document.getElementById('goal-code-error')?.textContent).toBe('This conflicts with existing data.'));
  });
});
