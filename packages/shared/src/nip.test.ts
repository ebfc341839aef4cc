import { describe, expect, it } from 'vitest';
import { formatNip, isValidNip, type NipErrorCode, parseNip } from './nip.js';

describe('parseNip', () => {
  it('reads the four parts of a NIP', () => {
    expect(parseNip('198503122010011003')).toEqual({
      ok: true,
      nip: {
        digits: '198503122010011003',
        birthDate: '1985-03-12',
        appointmentMonth: '2010-01',
        sex: 'MALE',
        sequence: 3,
      },
    });
  });

  it('reads a female NIP with a three-digit sequence', () => {
    const result = parseNip('199207172015032125');
    expect(result.ok && result.nip).toEqual({
      digits: '199207172015032125',
      birthDate: '1992-07-17',
      appointmentMonth: '2015-03',
      sex: 'FEMALE',
      sequence: 125,
    });
  });

  it('accepts the conventional spaced form and stray whitespace', () => {
    expect(parseNip('19850312 201001 1 003')).toEqual(parseNip('198503122010011003'));
    expect(parseNip(' 19850312  201001 1 003\t').ok).toBe(true);
  });

  it('accepts a leap-day birth date and sequence 999', () => {
    expect(parseNip('198802292010011999').ok).toBe(true);
  });

  it.each<[string, string, NipErrorCode]>([
    ['empty', '', 'LENGTH'],
    ['17 digits', '19850312201001100', 'LENGTH'],
    ['19 digits', '1985031220100110031', 'LENGTH'],
    ['a letter', '19850312201001100X', 'NOT_DIGITS'],
    ['dashes', '19850312-201001-1-003', 'NOT_DIGITS'],
    ['a full-width digit', '19850312201001100３', 'NOT_DIGITS'],
    ['30 February', '198502302010011003', 'BIRTH_DATE'],
    ['29 February in a common year', '198502292010011003', 'BIRTH_DATE'],
    ['month 13', '198513012010011003', 'BIRTH_DATE'],
    ['day 00', '198503002010011003', 'BIRTH_DATE'],
    ['appointment month 00', '198503122010001003', 'APPOINTMENT_MONTH'],
    ['appointment month 13', '198503122010131003', 'APPOINTMENT_MONTH'],
    ['appointment before birth', '198503121980011003', 'APPOINTMENT_BEFORE_BIRTH'],
    ['sex digit 0', '198503122010010003', 'SEX'],
    ['sex digit 3', '198503122010013003', 'SEX'],
    ['sequence 000', '198503122010011000', 'SEQUENCE'],
  ])('rejects %s with %s', (_, input, code) => {
    const result = parseNip(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('says what is wrong without repeating the personal data', () => {
    const result = parseNip('198502302010011003');
    expect(result).toEqual({
      ok: false,
      error: { code: 'BIRTH_DATE', message: 'NIP digits 1–8 must be a real birth date (YYYYMMDD)' },
    });
    expect(parseNip('123')).toEqual({
      ok: false,
      error: { code: 'LENGTH', message: 'NIP must have 18 digits, got 3' },
    });
  });

  it('allows an appointment in the birth month itself (not before birth)', () => {
    expect(parseNip('198503122010011003').ok).toBe(true);
    expect(parseNip('198503121985031003').ok).toBe(true);
    expect(parseNip('198503121985021003').ok).toBe(false);
  });
});

describe('isValidNip', () => {
  it('mirrors parseNip', () => {
    expect(isValidNip('19850312 201001 1 003')).toBe(true);
    expect(isValidNip('198502302010011003')).toBe(false);
    expect(isValidNip('')).toBe(false);
  });
});

describe('formatNip', () => {
  it('groups the digits with spaces', () => {
    expect(formatNip('198503122010011003')).toBe('19850312 201001 1 003');
  });

  it('normalises an already spaced or oddly spaced NIP', () => {
    expect(formatNip('19850312 201001 1 003')).toBe('19850312 201001 1 003');
    expect(formatNip('1985 0312 2010 0110 03')).toBe('19850312 201001 1 003');
  });

  it('throws on an invalid NIP with the reason', () => {
    expect(() => formatNip('198502302010011003')).toThrow(
      'NIP digits 1–8 must be a real birth date',
    );
    expect(() => formatNip('abc')).toThrow(RangeError);
  });
});
