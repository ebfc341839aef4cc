import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';

const me = (role: string) => ({ data: { me: { id: 'u1', username: 'someone', displayName: 'Someone', role } } });

describe('administration area', () => {
  it('is in the navigation for administrators only', async () => {
    const admin = renderApp({ path: '/', responses: { Me: me('ADMIN') } });
    expect(await screen.findByRole('link', { name: 'Administrasi' })).toBeTruthy();
    admin.unmount();
    renderApp({ path: '/', responses: { Me: me('EMPLOYEE') } });
    await screen.findByText('Someone', { exact: false });
    expect(screen.queryByRole('link', { name: 'Administrasi' })).toBeNull();
  });

  it('tells other roles it is not for them, and shows the audit tab to ADMIN only', async () => {
    const employee = renderApp({ path: '/admin/pegawai', responses: { Me: me('EMPLOYEE'), AdminViewer: { data: { me: { id: 'u1', role: 'EMPLOYEE', agency: null } } } } });
    expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toBe('Halaman ini hanya untuk administrator.');
    employee.unmount();
    const agencyAdmin = renderApp({
      path: '/admin/pegawai',
      language: 'en',
      responses: { AdminViewer: { data: { me: { id: 'u1', role: 'AGENCY_ADMIN', agency: { id: 'A1', name: 'Disdukcapil' } } } } },
    });
    expect(await screen.findByRole('link', { name: 'Import data' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Complaints' }).getAttribute('href')).toBe('/admin/pengaduan');
    expect(screen.queryByRole('link', { name: 'Audit log' })).toBeNull();
    agencyAdmin.unmount();
    renderApp({ path: '/admin/pegawai', language: 'id', responses: { AdminViewer: { data: { me: { id: 'u1', role: 'ADMIN', agency: null } } }, AgencyOptions: { data: { regions: { totalCount: 0, edges: [] } } } } });
    expect(await screen.findByRole('link', { name: 'Log audit' })).toBeTruthy();
    expect(screen.getByText('Pilih OPD terlebih dahulu.')).toBeTruthy();
  });
});
