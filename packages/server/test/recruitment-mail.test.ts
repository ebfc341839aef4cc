// E-mail verification over real SMTP: an SMTP server in this process receives what the product
// sends (SMTP_URL), the candidate verifies with the code from the message and signs in, the log
// never holds the code, a taken address gets a notice, and a dead mail server changes nothing in
// the answer (the failure is logged). Without SMTP_URL a production server warns at start.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogger, GraphQLTestClient, startTestServer, testDatabases, type TestServer } from '../src/testing/index.js';
import { ok } from '../src/testing/operations.js';

const REGISTER = 'mutation ($input: RegisterCandidateInput!) { registerCandidate(input: $input) }';
const VERIFY = 'mutation ($input: VerifyCandidateEmailInput!) { verifyCandidateEmail(input: $input) { user { username role } } }';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A plain-text SMTP server (no TLS, no authentication) that keeps every message it receives. */
async function startMailServer(): Promise<{ port: number; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(await testDatabases())('e-mail verification over SMTP on the %s database', (database) => {
  let server: TestServer;
  let mail: Awaited<ReturnType<typeof startMailServer>>;
  const log = captureLogger();
  const password = 'Pelamar-Kuat-2026!';
  const messagesTo = (email: string) => mail.received.filter((message) => message.to.includes(email));
  /** Every text the log holds (time and pid left out: they are numbers). */
  const loggedText = () => log.lines.flatMap((line) => Object.values(line).filter((value) => typeof value === 'string')).join('\n');

  beforeAll(async () => {
    mail = await startMailServer();
    server = await startTestServer({
      database,
      demo: 'off',
      logger: log.logger,
      env: { SMTP_URL: `smtp://127.0.0.1:${mail.port}`, MAIL_FROM: 'Rekrutmen Pemkab <rekrutmen@contoh.go.id>' },
    });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await mail?.close();
  });

  it('sends the code by e-mail; the candidate verifies with it and signs in; the log never holds the code', async () => {
    const email = 'calon.surel@contoh.id';
    const client = new GraphQLTestClient(server.url);
    expect((await ok(client, REGISTER, { input: { email, password, name: 'Calon Surel' } })).registerCandidate).toBe(true);
    const [message] = messagesTo(email);
    expect(message!.from).toBe('rekrutmen@contoh.go.id');
    expect(message!.raw).toMatch(/^From: Rekrutmen Pemkab <rekrutmen@contoh\.go\.id>/m);
    const code = /^Subject: Kode verifikasi Pantau Kinerja: (\d{6})\r?$/m.exec(message!.raw)?.[1];
    expect(code).toMatch(/^\d{6}$/);
    expect(message!.raw).toContain(`Kode verifikasi alamat e-mail Anda: ${code}`);
    expect(message!.raw).toContain('berlaku 30 menit');

    expect(log.lines.filter((line) => line.event === 'candidate.verificationCode' && line.email === email)).toEqual([
      expect.objectContaining({ sent: true, msg: `E-mail sent to ${email}` }),
    ]);
    expect(loggedText()).not.toContain(code);

    expect((await ok(client, VERIFY, { input: { email, code } })).verifyCandidateEmail.user).toEqual({ username: email, role: 'CANDIDATE' });
    const again = new GraphQLTestClient(server.url);
    await again.login(email, password);
    expect((await ok(again, '{ me { username role } }')).me).toEqual({ username: email, role: 'CANDIDATE' });
  });

  it('sends the holder of a taken address a notice, and no code', async () => {
    const email = 'calon.surel@contoh.id';
    const before = messagesTo(email).length;
    expect((await ok(new GraphQLTestClient(server.url), REGISTER, { input: { email, password: 'Orang-Lain-Kuat-2026!', name: 'Orang Lain' } })).registerCandidate).toBe(true);
    const notices = messagesTo(email).slice(before);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.raw).toMatch(/^Subject: Pendaftaran dengan alamat e-mail Anda di Pantau Kinerja\r?$/m);
    expect(notices[0]!.raw).not.toContain('Kode verifikasi');
  });

  it('answers a registration the same when the mail server is down, and logs the failure', async () => {
    await mail.close();
    const email = 'calon.gagal@contoh.id';
    expect((await ok(new GraphQLTestClient(server.url), REGISTER, { input: { email, password, name: 'Calon Gagal' } })).registerCandidate).toBe(true);
    expect(log.lines.filter((line) => line.event === 'candidate.verificationCode' && line.email === email)).toEqual([
      expect.objectContaining({ sent: false, level: 50, msg: `E-mail to ${email} could not be sent` }),
    ]);
  });
});

it('warns at start when a production server has no SMTP_URL: codes would go to the log', async () => {
  const log = captureLogger('warn');
  const server = await startTestServer({ demo: 'off', logger: log.logger, env: { NODE_ENV: 'production' } });
  await server.close();
  expect(log.lines).toContainEqual(expect.objectContaining({ level: 40, msg: expect.stringMatching(/^SMTP_URL is not set/) }));
}, 300_000);
