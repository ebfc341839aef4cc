import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/renderApp';

const candidate = { id: 'u1', username: 'calon@contoh.id', displayName: 'Calon Pegawai', role: 'CANDIDATE' };
const signedIn = { Me: { data: { me: candidate } } };

describe('my account page', () => {
  it('is reached from the user name in the header, for a candidate too', async () => {
    const { router } = renderApp({ path: '/', responses: signedIn });
    await userEvent.setup().click(await screen.findByRole('link', { name: /Calon Pegawai/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/akun'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Akun saya' })).toBeTruthy();
  });

  it('asks an anonymous visitor to sign in', async () => {
    renderApp({ path: '/akun' });
    expect((await screen.findByRole('alert')).textContent).toBe('Masuk dulu untuk mengatur akun Anda.');
  });

  it('ticks the password rules as the user types and sends only an acceptable password', async () => {
    const change = vi.fn(() => ({ data: { changeOwnPassword: true } }));
    renderApp({ path: '/akun', responses: { ...signedIn, ChangeOwnPassword: change } });
    const user = userEvent.setup();
    const rules = await screen.findByRole('list', { name: 'Syarat kata sandi' });
    await user.type(screen.getByLabelText('Kata sandi baru'), 'calon@contoh.id-aaa');
    const items = within(rules).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      '✓ Paling sedikit 12 karakter (paling banyak 1024)(terpenuhi)',
      '• Tidak memuat nama pengguna Anda(belum terpenuhi)',
      '✓ Paling sedikit 6 karakter yang berbeda(terpenuhi)',
    ]);
    await user.type(screen.getByLabelText('Kata sandi saat ini'), 'lama-sekali-2026');
    await user.click(screen.getByRole('button', { name: 'Ganti kata sandi' }));
    expect(screen.getByLabelText('Kata sandi baru').getAttribute('aria-invalid')).toBe('true');
    expect(change).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Kata sandi baru'));
    await user.type(screen.getByLabelText('Kata sandi baru'), 'kopi-susu-gula-aren');
    await user.type(screen.getByLabelText('Ulangi kata sandi baru'), 'kopi-susu-gula-aren');
    await user.click(screen.getByRole('button', { name: 'Ganti kata sandi' }));
    expect(await screen.findByText(/Kata sandi sudah diganti/)).toBeTruthy();
    expect(change).toHaveBeenCalledWith({ currentPassword: 'lama-sekali-2026', newPassword: 'kopi-susu-gula-aren' });
    expect((screen.getByLabelText('Kata sandi saat ini') as HTMLInputElement).value).toBe('');
  });

  it('shows a wrong current password next to that field', async () => {
    renderApp({
      path: '/akun',
      language: 'en',
      responses: {
        ...signedIn,
        ChangeOwnPassword: { error: new CombinedError({ graphQLErrors: [{ message: 'The current password is wrong.', extensions: { code: 'INVALID_CREDENTIALS', field: 'currentPassword' } }] }) },
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Current password'), 'not-it-at-all');
    await user.type(screen.getByLabelText('New password'), 'kopi-susu-gula-aren');
    await user.type(screen.getByLabelText('Repeat the new password'), 'kopi-susu-gula-aren');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    const current = screen.getByLabelText('Current password');
    await waitFor(() => expect(current.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('account-current-password-error')?.textContent).toBe('The current password is wrong.');
  });

  it('signs out everywhere only after a confirmation, then shows the sign-in page', async () => {
    const logoutEverywhere = vi.fn(() => ({ data: { logoutEverywhere: 3 } }));
    const { router, live } = renderApp({ path: '/akun', responses: { ...signedIn, LogoutEverywhere: logoutEverywhere } });
    const reconnect = vi.spyOn(live.connection, 'reconnect');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Keluar dari semua perangkat' }));
    expect(logoutEverywhere).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Ya, keluar dari semua perangkat' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/masuk'));
    expect(logoutEverywhere).toHaveBeenCalledOnce();
    expect(reconnect).toHaveBeenCalledOnce();
  });

  it('downloads the personal data as a JSON file', async () => {
    const data = JSON.stringify({ user: { username: candidate.username } });
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:data');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderApp({ path: '/akun', responses: { ...signedIn, MyPersonalData: { data: { myPersonalData: data } } } });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Unduh data pribadi (JSON)' }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('data-pribadi-calon_contoh.id.json');
    expect(await createObjectURL.mock.calls[0]![0].text()).toBe(data);
    click.mockRestore();
  });
});
