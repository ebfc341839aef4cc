import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, localeFor } from './format';

describe('formatting', () => {
  it('uses id-ID for Indonesian and en-GB for English', () => {
    expect(localeFor('id')).toBe('id-ID');
    expect(localeFor('en')).toBe('en-GB');
    expect(localeFor('fr')).toBe('id-ID');
  });

  it('groups thousands the Indonesian way', () => {
    expect(formatNumber(1234567.5, 'id')).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
  });

  it('shows dates in WIB whatever the machine time zone', () => {
    // 17:30 UTC on 31 December is already 1 January in Jakarta (UTC+7).
    const instant = '2025-12-31T17:30:00Z';
    expect(formatDate(instant, 'id')).toBe('1 Januari 2026');
    expect(formatDate(instant, 'en')).toBe('1 January 2026');
    expect(formatDateTime(instant, 'id')).toMatch(/^1 Jan 2026.*00\.30$/);
  });
});
