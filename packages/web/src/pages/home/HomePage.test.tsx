import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';

const region = (id: string, name: string, kind: string, province: string, agencies: number) => ({
  node: { id, name, kind, province, agencies: { totalCount: agencies } },
});

describe('home page', () => {
  it('lists regions with translated kind, province and agency count, linking to each region', async () => {
    renderApp({
      responses: {
        HomeRegions: {
          data: {
            regions: {
              totalCount: 2,
              edges: [
                region('r-serang', 'Kota Serang', 'KOTA', 'Banten', 1250),
                region('r-bogor', 'Kabupaten Bogor', 'KABUPATEN', 'Jawa Barat', 0),
              ],
            },
          },
        },
      },
    });

    await screen.findByRole('link', { name: 'Kota Serang' });
    const items = within(screen.getByRole('main')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const serang = within(items[0]!);
    expect(serang.getByRole('link', { name: 'Kota Serang' }).getAttribute('href')).toBe('/wilayah/r-serang');
    expect(serang.getByText('Kota')).toBeTruthy();
    expect(serang.getByText('Banten')).toBeTruthy();
    expect(serang.getByText('1.250')).toBeTruthy();
    expect(within(items[1]!).getByText('Kabupaten')).toBeTruthy();
  });

  it('says so when there are no regions', async () => {
    renderApp({ responses: { HomeRegions: { data: { regions: { totalCount: 0, edges: [] } } } } });
    expect(await screen.findByText('Belum ada wilayah yang terdaftar.')).toBeTruthy();
  });

  it('shows a loading state until the server answers', async () => {
    renderApp({ responses: {} });
    await screen.findByRole('heading', { level: 1, name: 'Wilayah' });
    expect(screen.getByText('Memuat…')).toBeTruthy();
  });
});
