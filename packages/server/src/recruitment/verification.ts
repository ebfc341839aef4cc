// E-mail verification of candidate accounts: a six-digit one-time code, of which only a keyed hash
// is stored, valid for a short time and for a few attempts. This installation sends no e-mail:
// the code is written to the server log (demo mode); an SMTP sender would replace `deliver` and
// `deliverAccountNotice`.
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { Context } from '../context.js';

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

/** Demo delivery: the log line a tester reads the code from. */
export function deliver(context: Context, email: string, code: string): void {
  context.logger.info({ event: 'candidate.verificationCode', email, code }, `Kode verifikasi untuk ${email}: ${code} (demo: e-mail tidak dikirim)`);
}

/**
 * Demo delivery of the notice sent instead of a code when someone registers with an address that
 * already has an account: the holder learns of it, the registrant learns nothing.
 */
export function deliverAccountNotice(context: Context, email: string): void {
  context.logger.info({ event: 'candidate.registrationNotice', email }, `Pemberitahuan untuk ${email}: alamat ini sudah terdaftar; silakan masuk (demo: e-mail tidak dikirim)`);
}
