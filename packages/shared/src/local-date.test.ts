import { describe, expect, it } from 'vitest';
import { fromUtcDate, isLocalDate, toUtcDate } from './local-date.js';

describe('isLocalDate', () => {
  it.each(['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (value) => {
      expect(isLocalDate(value)).toBe(true);
    },
  );

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-00-10',
    '2026-13-01',
    '2026-01-00',
    '2026-1-01',
    '20260101',
    '2026-01',
    '2026-01-01T00:00:00Z',
    ' 2026-01-01',
    '',
  ])('rejects %s', (value) => {
    expect(isLocalDate(value)).toBe(false);
  });
});

describe('toUtcDate / fromUtcDate', () => {
  it('round-trips at midnight UTC whatever the runtime zone', () => {
    const date = toUtcDate('2026-03-01');
    expect(date.getTime()).toBe(Date.UTC(2026, 2, 1));
    expect(fromUtcDate(date)).toBe('2026-03-01');
    expect(fromUtcDate(toUtcDate('0050-06-30'))).toBe('0050-06-30');
  });

  it('names the field in its error', () => {
    expect(() => toUtcDate('2026-02-30', 'deadline')).toThrow(
      'deadline must be a calendar date written YYYY-MM-DD, got "2026-02-30"',
    );
  });
});
