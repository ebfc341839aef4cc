import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgencyHeadline, MetricsFigures, RegionDashboard } from '../../components/metrics/types';
import { renderApp } from '../../test/renderApp';
import { lastDaysRange, periodOf } from './period';

/** The performance year the dashboard shows by default: the current one, WIB. */
const year = Number(lastDaysRange(1).to.slice(0, 4));

const figures = (overrides: Partial<MetricsFigures> = {}): MetricsFigures => ({
  from: '2026-10-25',
  to: '2026-11-23',
  suppressed: false,
  received: 1250,
  completed: 1200,
  withinStandardShare: 0.904,
  medianWorkingDays: 0.94,
  p90WorkingDays: 3.2,
  throughputPerDay: 40,
  openBacklog: 43,
  overdue: 11,
  ...overrides,
});

const withheld: Partial<MetricsFigures> = {
  suppressed: true,
  received: null,
  completed: null,
  withinStandardShare: null,
  medianWorkingDays: null,
  p90WorkingDays: null,
  throughputPerDay: null,
  openBacklog: null,
  overdue: null,
};

const agency = (agencyId: string, name: string, shortName: string, metrics: MetricsFigures, ikm: Partial<AgencyHeadline['ikm']> = {}): AgencyHeadline => ({
  agencyId,
  name,
  shortName,
  metrics,
  ikm: { suppressed: false, responses: 120, converted: 80.81, grade: 'B', sampleSufficient: true, ...ikm },
});

function dashboard(computedAt: string): RegionDashboard {
  return {
    regionId: 'r-serang',
    from: '2026-10-25',
    to: '2026-11-23',
    computedAt,
    total: figures(),
    agencies: [
      agency('a-dukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', figures()),
      agency('a-dpmptsp', 'Dinas Penanaman Modal', 'DPMPTSP', figures(withheld), { suppressed: true, responses: null, converted: null, grade: null }),
    ],
  };
}

const leader = { Me: { data: { me: { id: 'u1', username: 'walikota.serang', displayName: 'Wali Kota Serang', role: 'LEADER' } } } };

function renderDashboard(computedAt: string, connectionState: 'connected' | 'closed' = 'connected', path = '/dasbor/r-serang?periode=90&satuan=minggu') {
  return renderApp({
    path,
    connectionState,
    responses: {
      ...leader,
      RegionDashboard: { data: { region: { id: 'r-serang', name: 'Kota Serang' }, regionServiceDashboard: dashboard(computedAt) } },
      BatchedMetrics: { data: { k0: { series: [] }, k1: { series: [] } } },
    },
  });
}

describe('leader dashboard', () => {
  it('shows each agency’s figures in id-ID formats, linking to the agency with the period kept', async () => {
    renderDashboard(new Date().toISOString());
    const table = await screen.findByRole('table', { name: 'Kinerja layanan per OPD, 30 hari terakhir' });
    const [, dukcapil] = within(table).getAllByRole('row');
    const cells = within(dukcapil!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['0,9 hari', '90%', '1.250', '40', '43', '11', '80,81 (B)']);
    const link = within(dukcapil!).getByRole('link', { name: 'Dinas Kependudukan dan Pencatatan Sipil' });
    expect(link.getAttribute('href')).toBe('/dasbor/r-serang/opd/a-dukcapil?periode=90&satuan=minggu');
    // The period selector reflects the URL.
    expect((screen.getByLabelText('Periode', { selector: 'select' }) as HTMLSelectElement).value).toBe('90');
    expect((screen.getByLabelText('Per') as HTMLSelectElement).value).toBe('minggu');
  });

  it('shows a withheld group as dashes, marked and explained', async () => {
    renderDashboard(new Date().toISOString());
    const table = await screen.findByRole('table', { name: 'Kinerja layanan per OPD, 30 hari terakhir' });
    const row = within(table).getAllByRole('row')[2]!;
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['—', '—', '—', '—', '—', '—', '—*']);
    expect(within(row).getByRole('rowheader').textContent).toBe('Dinas Penanaman Modal*');
    expect(screen.getByText(/^\* Angka tidak ditampilkan: kelompok terlalu kecil/)).toBeTruthy();
  });

  it('marks old figures as stale only when no live connection vouches for them', async () => {
    const hourAgo = new Date(Date.now() - 60 * 60_000).toISOString();
    const view = renderDashboard(hourAgo, 'closed');
    expect(await screen.findByText('Data tidak mutakhir')).toBeTruthy();
    view.unmount();

    renderDashboard(hourAgo, 'connected');
    await screen.findByRole('table', { name: 'Kinerja layanan per OPD, 30 hari terakhir' });
    expect(screen.getByText(/^Diperbarui /)).toBeTruthy();
    expect(screen.queryByText('Data tidak mutakhir')).toBeNull();
  });

  it('speaks English when asked', async () => {
    renderApp({
      path: '/dasbor/r-serang',
      language: 'en',
      responses: {
        ...leader,
        RegionDashboard: { data: { region: { id: 'r-serang', name: 'Kota Serang' }, regionServiceDashboard: dashboard(new Date().toISOString()) } },
      },
    });
    const table = await screen.findByRole('table', { name: 'Service performance per agency, last 30 days' });
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('0.9 days');
  });

  it('is only for leaders and administrators', async () => {
    renderApp({ path: '/dasbor/r-serang', responses: { Me: { data: { me: { id: 'u2', username: 'pegawai', displayName: 'Pegawai', role: 'EMPLOYEE' } } } } });
    expect(await screen.findByText(/hanya untuk pimpinan dan administrator/)).toBeTruthy();
  });

  it('shows each agency’s SKP completion and predikat counts for the year', async () => {
    const progress = (agencyId: string, name: string, shortName: string, employees: number, approved: number, predikat: number[]) => ({
      agencyId,
      name,
      shortName,
      employees,
      approvedShare: employees ? approved / employees : null,
      skpByStatus: [
        { status: 'DRAFT', count: 3 },
        { status: 'SUBMITTED', count: 5 },
        { status: 'RETURNED', count: 1 },
        { status: 'APPROVED', count: approved },
      ],
      predikat: ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'].map((name, index) => ({ predikat: name, count: predikat[index]! })),
    });
    renderApp({
      path: '/dasbor/r-serang',
      responses: {
        ...leader,
        RegionDashboard: { data: { region: { id: 'r-serang', name: 'Kota Serang' }, regionServiceDashboard: dashboard(new Date().toISOString()) } },
        RegionProgress: {
          data: {
            regionPerformanceProgress: {
              year,
              computedAt: new Date().toISOString(),
              agencies: [progress('a-dukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 1200, 960, [40, 700, 50, 10, 0])],
            },
          },
        },
      },
    });
    expect(await screen.findByRole('heading', { name: `Capaian SKP dan sebaran predikat ${year}` })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'SKP pegawai per OPD' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1.200', '960', '80%', '5', '4', '231', '800']);
    expect(within(row).getByRole('link', { name: 'Dinas Kependudukan dan Pencatatan Sipil' }).getAttribute('href')).toBe('/dasbor/r-serang/opd/a-dukcapil');
    // The charts' text alternative: the predikat shares per agency.
    const shares = screen.getByRole('table', { name: 'Sebaran predikat per OPD (proporsi SKP yang sudah dinilai)' });
    expect(within(shares).getAllByRole('row')[1]!.textContent).toBe('Disdukcapil5%88%6%1%0%');
  });

  it('compares the period with the previous one, the choice kept in the URL', async () => {
    const window = (received: number, share: number, median: number) => ({ from: '', to: '', suppressed: false, received, completed: received, withinStandardShare: share, medianWorkingDays: median });
    const view = renderApp({
      path: '/dasbor/r-serang?periode=7&banding=sebelumnya',
      responses: {
        ...leader,
        RegionDashboard: { data: { region: { id: 'r-serang', name: 'Kota Serang' }, regionServiceDashboard: dashboard(new Date().toISOString()) } },
        BatchedMetrics: (variables) => {
          const { from } = variables as { from: string };
          const before = from < periodOf(new URLSearchParams('periode=7')).from;
          return { data: { k0: { window: before ? window(100, 0.8, 2) : window(120, 0.9, 1.5), series: [] }, k1: { window: window(5, 0.5, 1), series: [] } } };
        },
      },
    });
    const table = await screen.findByRole('table', { name: /^Perbandingan / });
    const row = within(table).getAllByRole('row')[1]!;
    await within(row).findByText('+20%');
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]!.textContent).toMatch(/^1,5 hari-0,5 hari/);
    expect(cells[0]!.querySelector('.delta--better')).toBeTruthy();
    expect(cells[1]!.textContent).toMatch(/^90%\+10 poin/);
    expect((screen.getByLabelText('Bandingkan dengan') as HTMLSelectElement).value).toBe('sebelumnya');
    fireEvent.change(screen.getByLabelText('Bandingkan dengan'), { target: { value: '' } });
    expect(view.router.state.location.search).toBe('?periode=7');
    expect(screen.queryByRole('table', { name: /^Perbandingan / })).toBeNull();
  });
});
