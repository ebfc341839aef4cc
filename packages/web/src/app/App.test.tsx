import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/renderApp';

const regions = {
  data: {
    regions: {
      totalCount: 1,
      edges: [{ node: { id: 'r1', name: 'Kota Serang', kind: 'KOTA', province: 'Banten', agencies: { totalCount: 3 } } }],
    },
  },
};

describe('app shell', () => {
  it('starts in Indonesian and switches the whole page and <html lang> to English', async () => {
    const user = userEvent.setup();
    renderApp({ responses: { HomeRegions: regions } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Wilayah' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('id');
    expect(screen.getByText('Kota')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'English (EN)' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Regions' })).toBeTruthy();
    expect(screen.getByText('City')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'English (EN)' }).getAttribute('aria-pressed')).toBe('true');
    expect(window.localStorage.getItem('pantau.language')).toBe('en');
  });

  it('remembers the chosen language on the next visit', async () => {
    window.localStorage.setItem('pantau.language', 'en');
    renderApp({ responses: { HomeRegions: regions } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Regions' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('announces the live connection state as graphql-ws reports it', async () => {
    const { live } = renderApp({ connectionState: 'connecting', responses: { HomeRegions: regions } });
    await screen.findByRole('heading', { level: 1, name: 'Wilayah' });
    const status = screen
      .getAllByRole('status')
      .find((element) => element.textContent?.startsWith('Status koneksi langsung'));
    if (!status) throw new Error('no connection status region');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('Menyambungkan…');

    act(() => live.set('connected'));
    expect(status.textContent).toContain('Terhubung langsung');
    act(() => live.set('closed'));
    expect(status.textContent).toContain('Terputus, mencoba lagi…');
    act(() => live.set('reconnecting'));
    expect(status.textContent).toContain('Menyambung ulang…');
  });

  it('shows the signed-in user and their translated role in the header', async () => {
    renderApp({
      responses: {
        HomeRegions: regions,
        Me: { data: { me: { id: 'u1', username: 'siti', displayName: 'Siti Rahmawati', role: 'AGENCY_ADMIN' } } },
      },
    });
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('Siti Rahmawati')).toBeTruthy();
    expect(within(banner).getByText('Admin OPD')).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'Keluar' })).toBeTruthy();
  });

  it('shows a translated 404 page for unknown paths', async () => {
    renderApp({ path: '/tidak-ada' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeTruthy();
  });
});
