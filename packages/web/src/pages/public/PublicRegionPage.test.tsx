import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IkmFigures, MetricsFigures } from '../../components/metrics/types';
import { renderApp } from '../../test/renderApp';
import type { ComplaintFigures } from './complaints';

const figures = (overrides: Partial<MetricsFigures> = {}): MetricsFigures => ({
  from: '2026-10-25',
  to: '2026-11-23',
  suppressed: false,
  received: 320,
  completed: 300,
  withinStandardShare: 0.86,
  medianWorkingDays: 1.8,
  p90WorkingDays: 4,
  throughputPerDay: 10,
  openBacklog: 36,
  overdue: 5,
  ...overrides,
});
const withheldFigures = figures({ suppressed: true, received: null, completed: null, withinStandardShare: null, medianWorkingDays: null, p90WorkingDays: null, throughputPerDay: null, openBacklog: null, overdue: null });
const ikm: IkmFigures = { suppressed: false, responses: 44, converted: 83.33, grade: 'B', sampleSufficient: false };
const withheldIkm: IkmFigures = { suppressed: true, responses: null, converted: null, grade: null, sampleSufficient: null };

const complaints = (overrides: Partial<ComplaintFigures>): ComplaintFigures => ({
  suppressed: false,
  received: null,
  answered: null,
  answeredWithinDeadlineShare: null,
  medianResolutionDays: null,
  open: null,
  overdue: null,
  ...overrides,
});

const service = (id: string, name: string, targetValue: number) => ({ id, code: id, name, currentStandard: { targetValue, targetUnit: 'DAYS' } });
const computedAt = new Date().toISOString();

function renderPublic() {
  return renderApp({
    path: '/publik/r-serang',
    responses: {
      PublicCatalogue: {
        data: {
          region: {
            id: 'r-serang',
            name: 'Kota Serang',
            agencies: {
              totalCount: 2,
              edges: [
                { node: { id: 'a-dukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Disdukcapil', serviceTypes: [service('s-ktp', 'KTP-el', 3), service('s-akta', 'Akta Kelahiran', 3)] } },
                { node: { id: 'a-setda', name: 'Sekretariat Daerah', shortName: 'Setda', serviceTypes: [] } },
              ],
            },
          },
        },
      },
      RegionDashboard: {
        data: {
          region: { id: 'r-serang', name: 'Kota Serang' },
          regionServiceDashboard: {
            regionId: 'r-serang',
            from: '2026-10-25',
            to: '2026-11-23',
            computedAt,
            total: figures(),
            agencies: [{ agencyId: 'a-dukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Disdukcapil', metrics: figures(), ikm }],
          },
        },
      },
      PublicComplaints: {
        data: {
          agencyComplaintMetrics: {
            from: '2025-11-24',
            to: '2026-11-23',
            computedAt,
            total: complaints({ received: 40, answered: 31, answeredWithinDeadlineShare: 0.774, medianResolutionDays: 6, open: 9, overdue: 3 }),
            agencies: [
              { agencyId: 'a-dukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Disdukcapil', metrics: complaints({ received: 14, answered: 12, answeredWithinDeadlineShare: 0.75, medianResolutionDays: 5, open: 2, overdue: 1 }) },
              { agencyId: 'a-setda', name: 'Sekretariat Daerah', shortName: 'Setda', metrics: complaints({ suppressed: true }) },
              { agencyId: null, name: null, shortName: null, metrics: complaints({ suppressed: true }) },
            ],
          },
        },
      },
      // Two batched documents: the services' last 30 days (by day) and the agencies' year (by month).
      BatchedMetrics: (variables) =>
        (variables as { granularity: string }).granularity === 'MONTH'
          ? { data: { k0: { series: [{ from: '2026-10-01', to: '2026-10-31', suppressed: false, received: 300, completed: 290, withinStandardShare: 0.9, medianWorkingDays: 1.5 }] } } }
          : { data: { k0: { computedAt, window: figures(), ikm }, k1: { computedAt, window: withheldFigures, ikm: withheldIkm } } },
    },
  });
}

describe('public transparency page', () => {
  it('shows each service against its standard, withheld groups as marked dashes', async () => {
    renderPublic();
    const table = await screen.findByRole('table', { name: 'Layanan Dinas Kependudukan dan Pencatatan Sipil, 30 hari terakhir' });
    const [, ktp, akta] = within(table).getAllByRole('row');
    expect(within(ktp!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3 hari kerja', '1,8 hari', '86%', '320', '83,33 (B)', '44']);
    expect(within(akta!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3 hari kerja', '—', '—', '—', '—*', '—']);
    expect(within(table.parentElement!).getByText(/^\* Angka tidak ditampilkan/)).toBeTruthy();
    // Agencies without services have no section.
    expect(screen.queryByRole('heading', { name: 'Sekretariat Daerah' })).toBeNull();
  });

  it('offers every table as CSV and JSON under CC-BY 4.0, with the methodology of each indicator', async () => {
    renderPublic();
    await screen.findByRole('table', { name: 'Layanan Dinas Kependudukan dan Pencatatan Sipil, 30 hari terakhir' });
    const csvLinks = screen.getAllByRole('link', { name: 'CSV' });
    expect(csvLinks).toHaveLength(3);
    const csv = decodeURIComponent(csvLinks[1]!.getAttribute('href')!.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv.split('\r\n')[2]).toBe('Akta Kelahiran,3,DAYS,2026-10-25,2026-11-23,true,,,,,,,,,');
    expect(csvLinks[1]!.getAttribute('download')).toBe('layanan-disdukcapil.csv');
    expect(screen.getAllByRole('link', { name: 'CC-BY 4.0' })).toHaveLength(3);
    expect(screen.getAllByRole('link', { name: 'JSON' })).toHaveLength(3);
    const methodology = screen.getByRole('region', { name: 'Metodologi' });
    expect(within(methodology).getAllByRole('heading', { level: 3 })).toHaveLength(7);
    expect(within(methodology).getAllByText('Rumus')).toHaveLength(7);
  });

  it('shows complaint handling per agency as counts only, withheld groups marked, with its download and methodology', async () => {
    renderPublic();
    const table = await screen.findByRole('table', { name: 'Pengaduan per OPD, 24 November 2025 s.d. 23 November 2026' });
    const [, dukcapil, setda, unassigned, total] = within(table).getAllByRole('row');
    expect(within(dukcapil!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['14', '12', '75%', '5,0 hari', '2', '1']);
    expect(within(setda!).getByRole('rowheader').textContent).toBe('Sekretariat Daerah*');
    expect(within(setda!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['—', '—', '—', '—', '—', '—']);
    expect(within(unassigned!).getByRole('rowheader').textContent).toBe('Belum didisposisikan ke OPD*');
    expect(within(total!).getByRole('rowheader').textContent).toBe('Seluruh wilayah');
    expect(within(table.parentElement!).getByText(/^\* Angka tidak ditampilkan/)).toBeTruthy();

    const section = screen.getByRole('region', { name: 'Penanganan pengaduan' });
    const csv = decodeURIComponent(within(section).getByRole('link', { name: 'CSV' }).getAttribute('href')!.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      'agency,suppressed,received,answered,answered_within_deadline_share,median_resolution_working_days,open,overdue',
      'Dinas Kependudukan dan Pencatatan Sipil,false,14,12,0.75,5,2,1',
      'Sekretariat Daerah,true,,,,,,',
    ]);
    expect(within(section).getByText(/Diperbarui/)).toBeTruthy();
    const methodology = screen.getByRole('region', { name: 'Metodologi indikator pengaduan' });
    expect(within(methodology).getAllByRole('heading', { level: 4 })).toHaveLength(5);
  });
});
