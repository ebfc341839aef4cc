import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { lastDaysRange } from './period';

/** The performance year the dashboard shows by default: the current one, WIB. */
const year = Number(lastDaysRange(1).to.slice(0, 4));

const leader = { Me: { data: { me: { id: 'u1', username: 'walikota.serang', displayName: 'Wali Kota Serang', role: 'LEADER' } } } };
const progress = (agencyId: string, name: string, predikat: number[]) => ({
  agencyId,
  name,
  shortName: name,
  employees: 40,
  approvedShare: 0.5,
  skpByStatus: [
    { status: 'DRAFT', count: 2 },
    { status: 'SUBMITTED', count: 3 },
    { status: 'RETURNED', count: 0 },
    { status: 'APPROVED', count: 20 },
  ],
  predikat: ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'].map((name, index) => ({ predikat: name, count: predikat[index]! })),
});

describe('agency dashboard', () => {
  it('shows the agency’s own SKP completion and its predikat counts, not the other agencies’', async () => {
    renderApp({
      path: '/dasbor/r-serang/opd/a-dukcapil',
      responses: {
        ...leader,
        AgencyCatalogue: { data: { agency: { id: 'a-dukcapil', name: 'Disdukcapil', shortName: 'Disdukcapil', region: { id: 'r-serang', name: 'Kota Serang' }, serviceTypes: [], units: { edges: [] } } } },
        RegionProgress: {
          data: {
            regionPerformanceProgress: {
              year,
              computedAt: new Date().toISOString(),
              agencies: [progress('a-dukcapil', 'Disdukcapil', [2, 12, 3, 1, 0]), progress('a-dinkes', 'Dinkes', [0, 5, 0, 0, 0])],
            },
          },
        },
      },
    });
    const table = await screen.findByRole('table', { name: 'SKP pegawai per OPD' }, { timeout: 10_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['40', '20', '50%', '3', '2', '15', '18']);
    const distribution = screen.getByRole('table', { name: 'Sebaran predikat (jumlah SKP)' });
    expect(within(distribution).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['Sangat Baik2', 'Baik12', 'Butuh Perbaikan3', 'Kurang1', 'Sangat Kurang0']);
  }, 20_000);

  it('lists the agency’s top-level units with their cycle, each linking to its own page with the year kept', async () => {
    const unit = (id: string, name: string, parent: string | null) => ({ node: { id, name, parent: parent ? { id: parent } : null } });
    renderApp({
      path: `/dasbor/r-serang/opd/a-dukcapil?tahun=${year - 1}`,
      responses: {
        ...leader,
        AgencyCatalogue: {
          data: {
            agency: {
              id: 'a-dukcapil',
              name: 'Disdukcapil',
              shortName: 'Disdukcapil',
              region: { id: 'r-serang', name: 'Kota Serang' },
              serviceTypes: [],
              units: { edges: [unit('u-sek', 'Sekretariat', null), unit('u-umum', 'Subbagian Umum', 'u-sek'), unit('u-pias', 'Bidang PIAK', null)] },
            },
          },
        },
        RegionProgress: { data: { regionPerformanceProgress: { year: year - 1, computedAt: new Date().toISOString(), agencies: [progress('a-dukcapil', 'Disdukcapil', [2, 12, 3, 1, 0])] } } },
        UnitsProgress: {
          data: {
            p0: { employees: 8, approvedPercent: 75, withoutSkp: 1, reportersToday: 5, skpByStatus: [{ status: 'SUBMITTED', count: 1 }], predikat: [{ predikat: 'BAIK', count: 6 }] },
            p1: { employees: 0, approvedPercent: 0, withoutSkp: 0, reportersToday: 0, skpByStatus: [], predikat: [] },
          },
        },
      },
    });
    const table = await screen.findByRole('table', { name: `Unit kerja tingkat atas OPD, tahun ${year - 1}` }, { timeout: 10_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Sekretariat', 'Bidang PIAK']);
    await within(rows[0]!).findByText('75%');
    expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['8', '75%', '1', '1', '5', '—', '6', '—', '—', '—']);
    // No employees: no share rather than 0 %.
    expect(within(rows[1]!).getAllByRole('cell')[1]!.textContent).toBe('—');
    expect(within(rows[0]!).getByRole('link', { name: 'Sekretariat' }).getAttribute('href')).toBe(`/dasbor/r-serang/opd/a-dukcapil/unit/u-sek?tahun=${year - 1}`);
  }, 20_000);
});
