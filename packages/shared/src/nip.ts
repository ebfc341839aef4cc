import { isLocalDate, type LocalDate } from './local-date.js';

/**
 * NIP (Nomor Induk Pegawai): the 18-digit ID of a civil servant, read as
 * birth date YYYYMMDD · appointment month (TMT CPNS) YYYYMM · sex 1|2 · sequence 001–999,
 * conventionally written "19850312 201001 1 003". It is personal data: error messages here
 * say which part is wrong without repeating it.
 */
export interface Nip {
  /** The 18 digits, without spaces. */
  readonly digits: string;
  readonly birthDate: LocalDate;
  /** TMT CPNS (terhitung mulai tanggal): the month the appointment took effect, 'YYYY-MM'. */
  readonly appointmentMonth: string;
  readonly sex: Sex;
  readonly sequence: number;
}

export const Sex = { MALE: 'MALE', FEMALE: 'FEMALE' } as const;
export type Sex = (typeof Sex)[keyof typeof Sex];

export type NipErrorCode =
  | 'NOT_DIGITS'
  | 'LENGTH'
  | 'BIRTH_DATE'
  | 'APPOINTMENT_MONTH'
  | 'APPOINTMENT_BEFORE_BIRTH'
  | 'SEX'
  | 'SEQUENCE';

export interface NipError {
  readonly code: NipErrorCode;
  readonly message: string;
}

export type NipParseResult =
  | { readonly ok: true; readonly nip: Nip }
  | { readonly ok: false; readonly error: NipError };

const SEX_OF_DIGIT: Readonly<Record<string, Sex>> = { '1': 'MALE', '2': 'FEMALE' };

/** Reads a NIP, with or without spaces between its parts; reports the first part at fault. */
export function parseNip(input: string): NipParseResult {
  const digits = input.replace(/\s+/g, '');
  const fail = (code: NipErrorCode, message: string): NipParseResult => ({
    ok: false,
    error: { code, message },
  });

  if (!/^\d*$/.test(digits)) return fail('NOT_DIGITS', 'NIP may contain only digits and spaces');
  if (digits.length !== 18) return fail('LENGTH', `NIP must have 18 digits, got ${digits.length}`);

  const birthDate = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (!isLocalDate(birthDate)) {
    return fail('BIRTH_DATE', 'NIP digits 1–8 must be a real birth date (YYYYMMDD)');
  }
  const appointmentMonth = `${digits.slice(8, 12)}-${digits.slice(12, 14)}`;
  if (!isLocalDate(`${appointmentMonth}-01`)) {
    return fail('APPOINTMENT_MONTH', 'NIP digits 9–14 must be the appointment month (YYYYMM)');
  }
  if (appointmentMonth < birthDate.slice(0, 7)) {
    return fail(
      'APPOINTMENT_BEFORE_BIRTH',
      'The appointment month in the NIP is before the birth date',
    );
  }
  const sex = SEX_OF_DIGIT[digits.charAt(14)];
  if (sex === undefined) return fail('SEX', 'NIP digit 15 must be 1 (male) or 2 (female)');
  const sequence = Number(digits.slice(15));
  if (sequence === 0) {
    return fail('SEQUENCE', 'NIP digits 16–18 must be a sequence number from 001');
  }

  return { ok: true, nip: { digits, birthDate, appointmentMonth, sex, sequence } };
}

export function isValidNip(input: string): boolean {
  return parseNip(input).ok;
}

/** Writes a valid NIP the conventional way, "19850312 201001 1 003"; throws on an invalid one. */
export function formatNip(input: string): string {
  const result = parseNip(input);
  if (!result.ok) throw new RangeError(result.error.message);
  const { digits } = result.nip;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.charAt(14)} ${digits.slice(15)}`;
}
