import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError, getOperationName, type Client, type GraphQLRequest } from 'urql';
import { describe, expect, it } from 'vitest';
import id from '../../i18n/locales/id.json';
import { mockClient, renderApp, type MockResponses } from '../../test/renderApp';
import type { MyApplication } from './queries';

const candidate = { id: 'u1', username: 'calon@contoh.id', displayName: 'Calon', role: 'CANDIDATE' };

const application: MyApplication = {
  id: 'a1',
  status: 'ADMIN_REJECTED',
  submittedAt: '2026-12-01T03:00:00.000Z',
  rejectionReason: 'Ijazah belum dilegalisasi.',
  skd: null,
  interviewScore: null,
  finalScore: null,
  rank: null,
  objectionDeadline: new Date(Date.now() + 2 * 86_400_000).toISOString(),
  opening: { id: 'o1', positionTitle: 'Pengadministrasi Perkantoran', agency: { id: 'g1', shortName: 'Disdukcapil' } },
  objections: [],
};

/** A mock client that counts how often each operation runs. */
function countingClient(responses: MockResponses): { client: Client; runs: Map<string, number> } {
  const inner = mockClient(responses);
  const runs = new Map<string, number>();
  const count = (request: GraphQLRequest) => {
    const name = getOperationName(request.query) ?? '';
    runs.set(name, (runs.get(name) ?? 0) + 1);
  };
  const client = {
    executeQuery: (request: GraphQLRequest, options: unknown) => (count(request), inner.executeQuery(request as never, options as never)),
    executeMutation: (request: GraphQLRequest, options: unknown) => (count(request), inner.executeMutation(request as never, options as never)),
    executeSubscription: (request: GraphQLRequest, options: unknown) => inner.executeSubscription(request as never, options as never),
  } as unknown as Client;
  return { client, runs };
}

describe('the candidate page', () => {
  it('shows the status, the rejection reason and the objection form, and asks the server once', async () => {
    const { client, runs } = countingClient({
      Me: { data: { me: candidate } },
      Candidate: { data: { myCandidateProfile: null, myCandidateDocuments: [], myApplications: [application] } },
    });
    renderApp({ path: '/kandidat', client });
    expect(await screen.findByText('Tidak lulus seleksi administrasi')).toBeTruthy();
    expect(screen.getByText('Alasan: Ijazah belum dilegalisasi.')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Ajukan sanggahan' })).toBeTruthy();
    // One execution for the page (the mock answers at once; a loop through the real cache is the browser test's to catch).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runs.get('Candidate')).toBe(1);
  });

  it('explains a refused objection in the user’s language instead of the server’s English', async () => {
    renderApp({
      path: '/kandidat',
      responses: {
        Me: { data: { me: candidate } },
        Candidate: { data: { myCandidateProfile: null, myCandidateDocuments: [], myApplications: [application] } },
        FileApplicationObjection: {
          data: { fileApplicationObjection: null },
          error: new CombinedError({ graphQLErrors: [{ message: 'The objection deadline passed on 2026-12-03T03:00:00.000Z.', extensions: { code: 'INVALID_STATE', field: 'applicationId' } }] }),
        },
      },
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Ajukan sanggahan' });
    await user.type(within(form).getByLabelText('Alasan sanggahan'), 'Ijazah saya sudah dilegalisasi pada 1 Desember.');
    await user.click(within(form).getByRole('button', { name: 'Ajukan sanggahan' }));
    expect(await within(form).findByText(id.recruitment.errors.object.INVALID_STATE)).toBeTruthy();
    expect(within(form).queryByText(/deadline passed/)).toBeNull();
  });

  it('is not for staff', async () => {
    renderApp({ path: '/kandidat', responses: { Me: { data: { me: { ...candidate, role: 'EMPLOYEE' } } } } });
    expect((await screen.findByRole('alert')).textContent).toBe('Halaman ini untuk akun pelamar.');
  });
});

describe('registration', () => {
  it('asks for the code after registering and shows a wrong code next to its field', async () => {
    const sent: unknown[] = [];
    renderApp({
      path: '/lowongan/daftar',
      responses: {
        RegisterCandidate: { data: { registerCandidate: true } },
        VerifyCandidateEmail: (variables) => {
          sent.push(variables);
          return { error: new CombinedError({ graphQLErrors: [{ message: 'The code is wrong.', extensions: { code: 'BAD_USER_INPUT', field: 'input.code' } }] }) };
        },
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Nama lengkap'), 'Calon');
    await user.type(screen.getByLabelText('Alamat e-mail'), 'calon@contoh.id');
    await user.type(screen.getByLabelText('Kata sandi'), 'Pelamar-Kuat-2026!');
    await user.click(screen.getByRole('button', { name: 'Daftar' }));
    expect(await screen.findByText(/Jika calon@contoh.id dapat didaftarkan, kode verifikasi telah dikirim/)).toBeTruthy();
    await user.type(screen.getByLabelText('Kode verifikasi'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verifikasi dan masuk' }));
    const code = screen.getByLabelText('Kode verifikasi');
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(sent).toEqual([{ input: { email: 'calon@contoh.id', code: '123456' } }]);
  });
});
