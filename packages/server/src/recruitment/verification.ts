// E-mail verification of candidate accounts: a six-digit one-time code, valid for a short time and
// for a few attempts, of which only a SHA-256 hash salted with the user's id is stored (not a keyed
// hash: anyone with the database and the id could try all million codes, which is why the code
// expires and allows few attempts). The code is sent by e-mail when SMTP_URL is set; otherwise it
// is written to the server log (demo mode).
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { Context } from '../context.js';
import type { MailMessage } from '../mail/mailer.js';

export const CODE_TTL_MINUTES = 30;
export const CODE_MAX_ATTEMPTS = 5;

export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** The stored form: SHA-256 of the user id and the code (the id salts it, so equal codes differ). */
export function hashCode(userId: string, code: string): string {
  return createHash('sha256').update(`${userId}:${code}`).digest('hex');
}

export function codeMatches(userId: string, code: string, stored: string): boolean {
  return timingSafeEqual(Buffer.from(hashCode(userId, code)), Buffer.from(stored));
}

/**
 * Sends the message through the mailer; without one, writes `demo` (fields and text) to the log.
 * With a mailer the log records only that a message went out, never its text (it may hold a code).
 * A failed send is logged and swallowed: registration answers the same whether or not mail went
 * out, so the answer cannot tell which addresses have an account.
 */
async function send(context: Context, event: string, message: MailMessage, demo: { fields?: Record<string, string>; text: string }): Promise<void> {
  if (!context.mailer) {
    context.logger.info({ event, email: message.to, ...demo.fields }, `${demo.text} (demo: e-mail tidak dikirim)`);
    return;
  }
  try {
    await context.mailer.send(message);
    context.logger.info({ event, email: message.to, sent: true }, `E-mail sent to ${message.to}`);
  } catch (error) {
    context.logger.error({ event, email: message.to, sent: false, reason: (error as Error).message }, `E-mail to ${message.to} could not be sent`);
  }
}

/** The code for a new registration; in demo mode the log line a tester reads it from. */
export function deliver(context: Context, email: string, code: string): Promise<void> {
  return send(
    context,
    'candidate.verificationCode',
    {
      to: email,
      subject: `Kode verifikasi Pantau Kinerja: ${code}`,
      text:
        `Kode verifikasi alamat e-mail Anda: ${code}\n\n` +
        `Kode ini berlaku ${CODE_TTL_MINUTES} menit dan dapat dicoba paling banyak ${CODE_MAX_ATTEMPTS} kali.\n` +
        'Jika Anda tidak mendaftar di Pantau Kinerja, abaikan pesan ini.\n',
    },
    { fields: { code }, text: `Kode verifikasi untuk ${email}: ${code}` },
  );
}

/**
 * The notice sent instead of a code when someone registers with an address that already has an
 * account: the holder learns of it, the registrant learns nothing.
 */
export function deliverAccountNotice(context: Context, email: string): Promise<void> {
  return send(
    context,
    'candidate.registrationNotice',
    {
      to: email,
      subject: 'Pendaftaran dengan alamat e-mail Anda di Pantau Kinerja',
      text:
        'Seseorang mencoba mendaftar di Pantau Kinerja dengan alamat e-mail ini, tetapi alamat ini sudah memiliki akun. ' +
        'Akun Anda tidak diubah. Silakan masuk seperti biasa.\n\n' +
        'Jika bukan Anda yang mencoba mendaftar, abaikan pesan ini.\n',
    },
    { text: `Pemberitahuan untuk ${email}: alamat ini sudah terdaftar; silakan masuk` },
  );
}
