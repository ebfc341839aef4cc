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
        AgencyCatalogue: { data: { agency: { id: 'a-dukcapil', name: 'Disdukcapil', shortName: 'Disdukcapil', region: { id: 'r-serang', name: 'Kota Serang' }, serviceTypes: [] } } },
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
});
