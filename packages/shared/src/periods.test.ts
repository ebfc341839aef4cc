import { describe, expect, it } from 'vitest';
import { type Cadence, parsePeriodCode, periodContaining, periodsOfYear } from './periods.js';

const spans = (year: number, cadence: Cadence) =>
  periodsOfYear(year, cadence).map((p) => [p.code, p.startDate, p.endDate]);

describe('periodsOfYear', () => {
  it('splits the year into quarters (TRIWULAN I–IV)', () => {
    expect(periodsOfYear(2026, 'QUARTERLY')).toEqual([
      {
        cadence: 'QUARTERLY',
        year: 2026,
        index: 1,
        code: '2026-Q1',
        startDate: '2026-01-01',
        endDate: '2026-03-31',
      },
      {
        cadence: 'QUARTERLY',
        year: 2026,
        index: 2,
        code: '2026-Q2',
        startDate: '2026-04-01',
        endDate: '2026-06-30',
      },
      {
        cadence: 'QUARTERLY',
        year: 2026,
        index: 3,
        code: '2026-Q3',
        startDate: '2026-07-01',
        endDate: '2026-09-30',
      },
      {
        cadence: 'QUARTERLY',
        year: 2026,
        index: 4,
        code: '2026-Q4',
        startDate: '2026-10-01',
        endDate: '2026-12-31',
      },
    ]);
  });

  it('splits the year into semesters', () => {
    expect(spans(2026, 'SEMESTER')).toEqual([
      ['2026-S1', '2026-01-01', '2026-06-30'],
      ['2026-S2', '2026-07-01', '2026-12-31'],
    ]);
  });

  it('gives the whole year as one annual period', () => {
    expect(periodsOfYear(2026, 'ANNUAL')).toEqual([
      {
        cadence: 'ANNUAL',
        year: 2026,
        index: 1,
        code: '2026',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      },
    ]);
  });

  it('gives twelve months with their real lengths', () => {
    expect(spans(2026, 'MONTHLY')).toEqual([
      ['2026-M01', '2026-01-01', '2026-01-31'],
      ['2026-M02', '2026-02-01', '2026-02-28'],
      ['2026-M03', '2026-03-01', '2026-03-31'],
      ['2026-M04', '2026-04-01', '2026-04-30'],
      ['2026-M05', '2026-05-01', '2026-05-31'],
      ['2026-M06', '2026-06-01', '2026-06-30'],
      ['2026-M07', '2026-07-01', '2026-07-31'],
      ['2026-M08', '2026-08-01', '2026-08-31'],
      ['2026-M09', '2026-09-01', '2026-09-30'],
      ['2026-M10', '2026-10-01', '2026-10-31'],
      ['2026-M11', '2026-11-01', '2026-11-30'],
      ['2026-M12', '2026-12-01', '2026-12-31'],
    ]);
  });

  it('ends February on the 29th in leap years only', () => {
    expect(periodsOfYear(2024, 'MONTHLY')[1]?.endDate).toBe('2024-02-29');
    expect(periodsOfYear(2028, 'MONTHLY')[1]?.endDate).toBe('2028-02-29');
    expect(periodsOfYear(2100, 'MONTHLY')[1]?.endDate).toBe('2100-02-28');
    expect(periodsOfYear(2000, 'MONTHLY')[1]?.endDate).toBe('2000-02-29');
  });

  it('tiles the year: each period starts the day after the previous one ends', () => {
    for (const cadence of ['MONTHLY', 'QUARTERLY', 'SEMESTER', 'ANNUAL'] as const) {
      const periods = periodsOfYear(2024, cadence);
      expect(periods[0]?.startDate).toBe('2024-01-01');
      expect(periods.at(-1)?.endDate).toBe('2024-12-31');
      for (let i = 1; i < periods.length; i++) {
        const previousEnd = Date.parse(`${periods[i - 1]?.endDate}T00:00:00Z`);
        expect(Date.parse(`${periods[i]?.startDate}T00:00:00Z`) - previousEnd).toBe(86_400_000);
      }
    }
  });

  it('pads years below 1000 and keeps them out of the 1900s', () => {
    expect(spans(50, 'SEMESTER')).toEqual([
      ['0050-S1', '0050-01-01', '0050-06-30'],
      ['0050-S2', '0050-07-01', '0050-12-31'],
    ]);
  });

  it.each([0, 10000, 2026.5, Number.NaN])('rejects year %s', (year) => {
    expect(() => periodsOfYear(year, 'ANNUAL')).toThrow(RangeError);
  });

  it('rejects an unknown cadence', () => {
    expect(() => periodsOfYear(2026, 'WEEKLY' as Cadence)).toThrow('Unknown cadence "WEEKLY"');
  });
});

describe('periodContaining', () => {
  it.each([
    ['2026-01-01', 'QUARTERLY', '2026-Q1'],
    ['2026-03-31', 'QUARTERLY', '2026-Q1'],
    ['2026-04-01', 'QUARTERLY', '2026-Q2'],
    ['2026-06-30', 'QUARTERLY', '2026-Q2'],
    ['2026-07-01', 'QUARTERLY', '2026-Q3'],
    ['2026-09-30', 'QUARTERLY', '2026-Q3'],
    ['2026-10-01', 'QUARTERLY', '2026-Q4'],
    ['2026-12-31', 'QUARTERLY', '2026-Q4'],
    ['2026-06-30', 'SEMESTER', '2026-S1'],
    ['2026-07-01', 'SEMESTER', '2026-S2'],
    ['2024-02-29', 'MONTHLY', '2024-M02'],
    ['2024-03-01', 'MONTHLY', '2024-M03'],
    ['2026-12-31', 'MONTHLY', '2026-M12'],
    ['2026-12-31', 'ANNUAL', '2026'],
    ['2027-01-01', 'ANNUAL', '2027'],
  ] as const)('%s in %s → %s', (date, cadence, code) => {
    expect(periodContaining(date, cadence).code).toBe(code);
  });

  it('returns the full period', () => {
    expect(periodContaining('2024-02-15', 'QUARTERLY')).toEqual({
      cadence: 'QUARTERLY',
      year: 2024,
      index: 1,
      code: '2024-Q1',
      startDate: '2024-01-01',
      endDate: '2024-03-31',
    });
  });

  it('agrees with periodsOfYear for every day of a leap year', () => {
    for (const cadence of ['MONTHLY', 'QUARTERLY', 'SEMESTER', 'ANNUAL'] as const) {
      for (const period of periodsOfYear(2024, cadence)) {
        for (
          let t = Date.parse(`${period.startDate}T00:00:00Z`);
          t <= Date.parse(`${period.endDate}T00:00:00Z`);
          t += 86_400_000
        ) {
          expect(periodContaining(new Date(t).toISOString().slice(0, 10), cadence)).toEqual(period);
        }
      }
    }
  });

  it('rejects malformed dates', () => {
    expect(() => periodContaining('2026-02-29', 'MONTHLY')).toThrow(RangeError);
  });
});

describe('parsePeriodCode', () => {
  it('is the inverse of the period code', () => {
    for (const cadence of ['MONTHLY', 'QUARTERLY', 'SEMESTER', 'ANNUAL'] as const) {
      for (const period of periodsOfYear(2026, cadence))
        expect(parsePeriodCode(period.code)).toEqual(period);
    }
  });

  it.each([
    '2026-Q5',
    '2026-Q0',
    '2026-M13',
    '2026-M3',
    '2026-M00',
    '2026-S3',
    '26-Q1',
    '2026-q1',
    '2026-',
    '0000',
    '',
    '2026-Q1 ',
  ])('rejects "%s"', (code) => {
    expect(() => parsePeriodCode(code)).toThrow(`"${code}" is not a period code`);
  });
});
