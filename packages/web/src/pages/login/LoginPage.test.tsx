import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/renderApp';

const graphqlError = (message: string, extensions: Record<string, unknown>) => ({
  error: new CombinedError({ graphQLErrors: [{ message, extensions }] }),
});

async function submit(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Nama pengguna'), username);
  await user.type(screen.getByLabelText('Kata sandi'), password);
  await user.click(screen.getByRole('button', { name: 'Masuk' }));
}

describe('login page', () => {
  it('shows a field error from the server next to the field it names', async () => {
    renderApp({
      path: '/masuk',
      responses: {
        Login: graphqlError('username must not be blank', { code: 'BAD_USER_INPUT', field: 'input.username' }),
      },
    });
    await submit(' ', 'rahasia');

    const username = screen.getByLabelText('Nama pengguna');
    await waitFor(() => expect(username.getAttribute('aria-invalid')).toBe('true'));
    const errorId = username.getAttribute('aria-describedby');
    expect(document.getElementById(errorId!)?.textContent).toBe('Isian ini tidak valid.');
    expect(document.activeElement).toBe(username);
    expect(screen.getByLabelText('Kata sandi').getAttribute('aria-invalid')).toBeNull();
  });

  it('shows wrong credentials as a translated form error', async () => {
    renderApp({
      path: '/masuk',
      language: 'en',
      responses: { Login: graphqlError('Invalid username or password.', { code: 'INVALID_CREDENTIALS' }) },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), 'siti');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Wrong username or password.');
  });

  it('falls back to the server message for codes it has no text for', async () => {
    renderApp({ path: '/masuk', responses: { Login: graphqlError('Maintenance until 10:00.', { code: 'MAINTENANCE' }) } });
    await submit('siti', 'rahasia');
    expect((await screen.findByRole('alert')).textContent).toBe('Maintenance until 10:00.');
  });

  it('on success reconnects the live socket and goes home', async () => {
    const user = { id: 'u1', username: 'siti', displayName: 'Siti Rahmawati', role: 'EMPLOYEE' };
    const { live, router } = renderApp({
      path: '/masuk',
      responses: { Login: { data: { login: { user } } } },
    });
    const reconnect = vi.spyOn(live.connection, 'reconnect');
    await submit('siti', 'rahasia');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(reconnect).toHaveBeenCalledOnce();
  });
});
