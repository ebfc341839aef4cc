import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { holidayProblems, serviceProblems, standardProblems, todayWib } from './validation';

const viewer = { me: { id: 'u1', role: 'AGENCY_ADMIN', agency: { id: 'A1', name: 'Disdukcapil' } } };
const standard = (validFrom: string, targetValue: number, cost = 0) => ({ validFrom, targetValue, targetUnit: 'DAYS', cost, requirements: 'KK asli' });
const services = {
  agency: {
    id: 'A1',
    name: 'Disdukcapil',
    serviceTypes: [{ id: 'S1', code: 'KTP-EL', name: 'KTP-el', currentStandard: standard('2025-01-01T00:00:00.000Z', 3), standards: [standard('2025-01-01T00:00:00.000Z', 3), standard('2024-01-01T00:00:00.000Z', 5, 10000)] }],
  },
};

function describedError(input: HTMLElement): string | null | undefined {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)).find((element) => element?.className === 'field__error')?.textContent;
}

describe('catalogue validation', () => {
  const today = '2026-11-23';
  it('follows the server’s rules for standards, services and holidays', () => {
    expect(standardProblems({ targetValue: '0', targetUnit: 'DAYS', cost: '-5', requirements: ' ', validFrom: '2026-11-22' }, today)).toEqual({ targetValue: 'targetValue', cost: 'cost', requirements: 'required', validFrom: 'past' });
    expect(standardProblems({ targetValue: '3', targetUnit: 'HOURS', cost: '', requirements: 'KTP', validFrom: today }, today)).toEqual({});
    expect(serviceProblems({ code: 'ktp el', name: 'K', targetValue: '3', targetUnit: 'DAYS', cost: '0', requirements: 'KTP', validFrom: '' })).toEqual({ code: 'code', name: 'nameLength' });
    expect(holidayProblems({ date: '2026-12-25', name: 'Natal' }, new Set(['2026-12-25']), today)).toEqual({ date: 'exists' });
    expect(holidayProblems({ date: '2026-13-01', name: '' }, new Set(), today)).toEqual({ date: 'date', name: 'required' });
  });
});

describe('service catalogue page', () => {
  it('lists services with their standard and history, and changes a standard with errors as the user types and from the server', async () => {
    const sent: unknown[] = [];
    renderApp({
      path: '/admin/layanan',
      responses: {
        AdminViewer: { data: viewer },
        AgencyServices: { data: services },
        SetServiceStandard: (variables: unknown) => {
          sent.push(variables);
          return { error: new CombinedError({ graphQLErrors: [{ message: 'input.validFrom: must be today or later', extensions: { code: 'BAD_USER_INPUT', field: 'input.validFrom' } }] }) };
        },
      },
    });
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Layanan Disdukcapil' }, { timeout: 10_000 });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['KTP-EL', '3 hari kerja', 'Gratis', '1 Januari 2025', 'Ubah standar Ubah nama']);
    expect(within(row).getByText('Riwayat standar KTP-el')).toBeTruthy();
    expect(within(row).getByText(/1 Januari 2024: 5 hari kerja, Rp\s?10\.000/)).toBeTruthy();

    await user.click(within(row).getByRole('button', { name: 'Ubah standar: KTP-el' }));
    const target = screen.getByLabelText('Target waktu');
    expect((target as HTMLInputElement).value).toBe('3');
    await user.clear(target);
    await user.type(target, '0');
    await user.tab();
    expect(describedError(target)).toBe('Bilangan bulat 1–10.000.');
    await user.clear(target);
    await user.type(target, '2');
    expect(describedError(target)).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(describedError(screen.getByLabelText('Berlaku mulai'))).toBe('Isian ini tidak valid.'));
    expect(sent).toEqual([{ input: { serviceTypeId: 'S1', validFrom: todayWib(), targetValue: 2, targetUnit: 'DAYS', cost: 0, requirements: 'KK asli' } }]);
  }, 20_000);
});

describe('renaming a service', () => {
  it('checks the name as the user types and sends only the new name', async () => {
    const sent: unknown[] = [];
    renderApp({
      path: '/admin/layanan',
      responses: {
        AdminViewer: { data: viewer },
        AgencyServices: { data: services },
        RenameServiceType: (variables: unknown) => {
          sent.push(variables);
          return { data: { renameServiceType: { id: 'S1', name: 'KTP Elektronik' } } };
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ubah nama: KTP-el' }, { timeout: 10_000 }));
    const name = screen.getByLabelText('Nama layanan');
    await user.clear(name);
    await user.type(name, 'K');
    await user.tab();
    expect(describedError(name)).toBe('Nama 2–200 karakter.');
    await user.type(name, 'TP Elektronik');
    expect(describedError(name)).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Nama layanan diubah menjadi KTP Elektronik.')).toBeTruthy();
    expect(sent).toEqual([{ input: { serviceTypeId: 'S1', name: 'KTP Elektronik' } }]);
  }, 20_000);
});

describe('holiday calendar page', () => {
  it('marks national and regional holidays and offers the missing national ones', async () => {
    const year = Number(todayWib().slice(0, 4));
    const next = `${year + 1}`;
    renderApp({
      path: `/admin/hari-libur?tahun=${next}`,
      responses: {
        AdminViewer: { data: { me: { id: 'u1', role: 'ADMIN', agency: null } } },
        RegionList: { data: { regions: { totalCount: 1, edges: [{ node: { id: 'R1', name: 'Kota Serang' } }] } } },
        RegionHolidays: {
          data: {
            holidays: [
              { date: `${next}-01-01`, name: 'Tahun Baru', collectiveLeave: false },
              { date: `${next}-04-08`, name: 'HUT Kota Serang', collectiveLeave: false },
            ],
            nationalHolidays: [
              { date: `${next}-01-01`, name: 'Tahun Baru', collectiveLeave: false },
              { date: `${next}-12-24`, name: 'Cuti bersama Natal', collectiveLeave: true },
            ],
          },
        },
      },
    });
    const table = await screen.findByRole('table', { name: `Hari libur Kota Serang tahun ${next}` }, { timeout: 10_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]!.textContent)).toEqual(['Nasional', 'Daerah']);
    expect(within(rows[1]!).getByRole('button', { name: `Hapus HUT Kota Serang (8 April ${next})` })).toBeTruthy();
    const missing = screen.getByRole('region', { name: 'Libur nasional yang tidak ada di kalender wilayah' });
    expect(within(missing).getByRole('button', { name: `Tambahkan Cuti bersama Natal (24 Desember ${next})` })).toBeTruthy();

    const user = userEvent.setup();
    const date = screen.getByLabelText('Tanggal');
    await user.type(date, `${next}-01-01`);
    await user.tab();
    expect(describedError(date)).toBe('Sudah ada hari libur pada tanggal ini.');
  });
});
