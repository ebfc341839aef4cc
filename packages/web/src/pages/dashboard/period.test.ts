import { describe, expect, it } from 'vitest';
import { periodOf } from './period';

describe('period from the URL', () => {
  // 2026-11-23 20:00 UTC is already 24 November in WIB.
  const now = Date.parse('2026-11-23T20:00:00Z');

  it('defaults to the last 30 days by day, counted in WIB', () => {
    expect(periodOf(new URLSearchParams(), now)).toEqual({ days: 30, unit: 'hari', granularity: 'DAY', from: '2026-10-26', to: '2026-11-24', comparison: null, compareWith: null });
  });

  it('reads periode and satuan, ignoring values it does not know', () => {
    expect(periodOf(new URLSearchParams('periode=7&satuan=bulan'), now)).toMatchObject({ days: 7, granularity: 'MONTH', from: '2026-11-18' });
    expect(periodOf(new URLSearchParams('periode=45&satuan=tahun'), now)).toMatchObject({ days: 30, granularity: 'DAY' });
  });

  it('compares with the period just before or the same days a year earlier', () => {
    expect(periodOf(new URLSearchParams('periode=7&banding=sebelumnya'), now)).toMatchObject({ from: '2026-11-18', to: '2026-11-24', comparison: 'sebelumnya', compareWith: { from: '2026-11-11', to: '2026-11-17' } });
    expect(periodOf(new URLSearchParams('banding=tahun-lalu'), now).compareWith).toEqual({ from: '2025-10-26', to: '2025-11-24' });
    expect(periodOf(new URLSearchParams('banding=kemarin'), now)).toMatchObject({ comparison: null, compareWith: null });
  });
});
