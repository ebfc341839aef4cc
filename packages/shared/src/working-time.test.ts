import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingMinutes,
  localDateOf,
  DEFAULT_OFFICE_HOURS,
  INDONESIA_UTC_OFFSET_MINUTES,
  isWorkingDay,
  listWorkingDays,
  toHolidaySet,
  workingDaysBetween,
  workingDurationBetween,
} from './working-time.js';

// March 2026: Monday the 2nd, 9th, 16th, 23rd, 30th.
const NONE = toHolidaySet([]);
// Idul Fitri 1447 H with collective leave: Wed 18 – Tue 24 March, weekend included.
const LEBARAN = toHolidaySet([
  '2026-03-18',
  '2026-03-19',
  '2026-03-20',
  '2026-03-23',
  '2026-03-24',
]);

/** An instant given as WIB wall-clock time. */
const wib = (local: string) => new Date(`${local}:00+07:00`);

describe('toHolidaySet', () => {
  it('keeps valid dates', () => {
    expect([...toHolidaySet(['2026-01-01', '2026-05-01'])]).toEqual(['2026-01-01', '2026-05-01']);
  });

  it.each(['2026-02-30', '2026-1-1', '01/01/2026', ''])('rejects "%s"', (date) => {
    expect(() => toHolidaySet([date])).toThrow(
      `Holiday "${date}" is not a date written YYYY-MM-DD`,
    );
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-03-02', true], // Monday
    ['2026-03-06', true], // Friday
    ['2026-03-07', false], // Saturday
    ['2026-03-08', false], // Sunday
    ['2026-03-18', false], // holiday on a Wednesday
    ['2026-03-25', true], // first day back after Lebaran
    ['2024-02-29', true], // leap day, a Thursday
  ])('%s → %s', (date, expected) => {
    expect(isWorkingDay(date, LEBARAN)).toBe(expected);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-3-2', '2026-03-02T00:00', 'today'])(
    'rejects the malformed date "%s"',
    (date) => {
      expect(() => isWorkingDay(date, NONE)).toThrow(RangeError);
    },
  );
});

describe('addWorkingDays (the start day does not count)', () => {
  it.each([
    ['2026-03-06', 3, '2026-03-11'], // Fri → Wed
    ['2026-03-07', 3, '2026-03-11'], // received on Saturday: same deadline as Friday
    ['2026-03-08', 3, '2026-03-11'], // Sunday
    ['2026-03-09', 3, '2026-03-12'], // Mon → Thu
    ['2026-03-06', 1, '2026-03-09'], // Fri → Mon
    ['2026-03-02', 5, '2026-03-09'], // one week
    ['2026-03-02', 10, '2026-03-16'], // two weeks
    ['2024-02-28', 1, '2024-02-29'], // leap day
    ['2026-02-27', 1, '2026-03-02'], // Fri 27 Feb → Mon 2 Mar
  ])('%s + %i → %s', (date, days, expected) => {
    expect(addWorkingDays(date, days, NONE)).toBe(expected);
  });

  it('returns the date itself for zero days, even on a weekend', () => {
    expect(addWorkingDays('2026-03-07', 0, NONE)).toBe('2026-03-07');
  });

  it('skips a Lebaran-like run of holidays', () => {
    expect(addWorkingDays('2026-03-17', 1, LEBARAN)).toBe('2026-03-25');
    expect(addWorkingDays('2026-03-16', 3, LEBARAN)).toBe('2026-03-26');
    // SP4N-LAPOR! follow-up within 5 working days of Wed 11 March: 12, 13, 16, 17, 25.
    expect(addWorkingDays('2026-03-11', 5, LEBARAN)).toBe('2026-03-25');
    expect(addWorkingDays('2026-03-11', 5, NONE)).toBe('2026-03-18');
  });

  it('crosses a year end with a New Year holiday', () => {
    expect(addWorkingDays('2026-12-31', 2, toHolidaySet(['2027-01-01']))).toBe('2027-01-05');
  });

  it('handles the longer local resolution tiers (14 and 60 working days)', () => {
    const newYear = toHolidaySet(['2026-01-01']);
    expect(addWorkingDays('2026-01-01', 14, newYear)).toBe('2026-01-21');
    expect(addWorkingDays('2026-01-01', 60, newYear)).toBe('2026-03-26');
  });

  it.each([-1, 1.5, Number.NaN])('rejects %s days', (days) => {
    expect(() => addWorkingDays('2026-03-02', days, NONE)).toThrow(RangeError);
  });
});

describe('workingDaysBetween (after the start, up to and including the end)', () => {
  it.each([
    ['2026-03-02', '2026-03-02', 0],
    ['2026-03-06', '2026-03-09', 1], // Fri → Mon
    ['2026-03-06', '2026-03-08', 0], // Fri → Sun
    ['2026-03-07', '2026-03-09', 1], // Sat → Mon
    ['2026-03-02', '2026-03-09', 5],
    ['2026-01-01', '2026-12-31', 260], // 261 weekdays in 2026, the 1st not counted
  ])('%s → %s: %i', (start, end, expected) => {
    expect(workingDaysBetween(start, end, NONE)).toBe(expected);
  });

  it('skips holidays', () => {
    expect(workingDaysBetween('2026-03-17', '2026-03-25', LEBARAN)).toBe(1);
    expect(workingDaysBetween('2026-03-17', '2026-03-24', LEBARAN)).toBe(0);
  });

  it('undoes addWorkingDays for every start day and count over two months', () => {
    for (let day = 1; day <= 59; day++) {
      const start = addDaysIso('2026-02-28', day);
      for (let n = 0; n <= 25; n++) {
        expect(workingDaysBetween(start, addWorkingDays(start, n, LEBARAN), LEBARAN)).toBe(n);
      }
    }
  });

  it('throws when the end is before the start', () => {
    expect(() => workingDaysBetween('2026-03-09', '2026-03-06', NONE)).toThrow(
      'endDate 2026-03-06 is before startDate 2026-03-09',
    );
  });

  it('names the malformed argument', () => {
    expect(() => workingDaysBetween('2026-03-09', '2026-02-30', NONE)).toThrow(/^endDate must be/);
  });
});

describe('listWorkingDays (both ends included)', () => {
  it('lists weekdays, skipping the weekend', () => {
    expect(listWorkingDays('2026-03-06', '2026-03-10', NONE)).toEqual([
      '2026-03-06',
      '2026-03-09',
      '2026-03-10',
    ]);
  });

  it('skips holidays', () => {
    expect(listWorkingDays('2026-03-16', '2026-03-27', LEBARAN)).toEqual([
      '2026-03-16',
      '2026-03-17',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
    ]);
  });

  it('handles single-day ranges', () => {
    expect(listWorkingDays('2026-03-02', '2026-03-02', NONE)).toEqual(['2026-03-02']);
    expect(listWorkingDays('2026-03-07', '2026-03-07', NONE)).toEqual([]);
  });

  it('agrees with workingDaysBetween over a year', () => {
    const holidays = toHolidaySet(['2026-01-01', '2026-05-01', '2026-08-17', '2026-12-25']);
    expect(listWorkingDays('2026-01-01', '2026-12-31', holidays)).toHaveLength(257);
    expect(workingDaysBetween('2025-12-31', '2026-12-31', holidays)).toBe(257);
  });

  it('throws when the range is reversed', () => {
    expect(() => listWorkingDays('2026-03-10', '2026-03-09', NONE)).toThrow(RangeError);
  });
});

describe('workingDurationBetween', () => {
  const calendar = { holidays: LEBARAN };

  it('counts time within office hours on one day', () => {
    expect(
      workingDurationBetween(wib('2026-03-02T09:00'), wib('2026-03-02T11:30'), calendar),
    ).toEqual({
      workingMinutes: 150,
      workingHours: 2.5,
      workingDays: 0.3125,
    });
  });

  it('clips a start before opening and an end after closing', () => {
    expect(
      workingDurationBetween(wib('2026-03-02T06:00'), wib('2026-03-02T18:00'), calendar),
    ).toEqual({
      workingMinutes: 480,
      workingHours: 8,
      workingDays: 1,
    });
    expect(
      workingDurationBetween(wib('2026-03-02T07:00'), wib('2026-03-02T08:00'), calendar)
        .workingMinutes,
    ).toBe(0);
    expect(
      workingDurationBetween(wib('2026-03-02T16:00'), wib('2026-03-02T20:00'), calendar)
        .workingMinutes,
    ).toBe(0);
  });

  it('gives zero for equal instants', () => {
    const instant = wib('2026-03-02T10:00');
    expect(workingDurationBetween(instant, instant, calendar).workingMinutes).toBe(0);
  });

  it('skips the weekend: Friday 14:00 → Monday 10:00 is 4 hours', () => {
    expect(
      workingDurationBetween(wib('2026-03-06T14:00'), wib('2026-03-09T10:00'), calendar)
        .workingMinutes,
    ).toBe(240);
  });

  it('counts from Monday opening for a request made on Saturday', () => {
    expect(
      workingDurationBetween(wib('2026-03-07T10:00'), wib('2026-03-09T09:00'), calendar)
        .workingMinutes,
    ).toBe(60);
  });

  it('spans an overnight gap', () => {
    expect(
      workingDurationBetween(wib('2026-03-02T23:00'), wib('2026-03-03T09:00'), calendar)
        .workingMinutes,
    ).toBe(60);
    expect(
      workingDurationBetween(wib('2026-03-02T15:30'), wib('2026-03-03T08:30'), calendar)
        .workingMinutes,
    ).toBe(60);
  });

  it('skips a Lebaran-like run of holidays', () => {
    const duration = workingDurationBetween(
      wib('2026-03-17T15:00'),
      wib('2026-03-25T09:00'),
      calendar,
    );
    expect(duration.workingMinutes).toBe(120);
    expect(duration.workingDays).toBe(0.25);
  });

  it('adds up whole days across weeks', () => {
    const twoWeeks = workingDurationBetween(wib('2026-03-02T08:00'), wib('2026-03-13T16:00'), {
      holidays: NONE,
    });
    expect(twoWeeks).toEqual({ workingMinutes: 4800, workingHours: 80, workingDays: 10 });
    const withLebaran = workingDurationBetween(
      wib('2026-03-02T08:00'),
      wib('2026-03-31T16:00'),
      calendar,
    );
    // 22 weekdays in 2–31 March, less 5 holidays.
    expect(withLebaran.workingDays).toBe(17);
  });

  it('reads days in local time, not UTC: Monday 06:00 WIB is Sunday 23:00 UTC', () => {
    const start = new Date('2026-03-01T23:00:00Z');
    const end = new Date('2026-03-02T03:00:00Z'); // Monday 10:00 WIB
    expect(workingDurationBetween(start, end, { holidays: NONE }).workingMinutes).toBe(120);
    expect(
      workingDurationBetween(start, end, { holidays: toHolidaySet(['2026-03-02']) }).workingMinutes,
    ).toBe(0);
  });

  it('uses the configured zone offset', () => {
    const start = new Date('2026-03-02T00:00:00Z');
    const end = new Date('2026-03-02T08:00:00Z');
    // 08:00–16:00 WITA, but 07:00–15:00 WIB and 09:00–17:00 WIT.
    for (const [offset, minutes] of [
      [INDONESIA_UTC_OFFSET_MINUTES.WITA, 480],
      [INDONESIA_UTC_OFFSET_MINUTES.WIB, 420],
      [INDONESIA_UTC_OFFSET_MINUTES.WIT, 420],
      [0, 0],
    ] as const) {
      expect(
        workingDurationBetween(start, end, { holidays: NONE, utcOffsetMinutes: offset })
          .workingMinutes,
      ).toBe(minutes);
    }
  });

  it('uses the configured office hours', () => {
    const officeHours = { start: '07:30', end: '16:00' };
    expect(
      workingDurationBetween(wib('2026-03-02T07:00'), wib('2026-03-03T12:00'), {
        holidays: NONE,
        officeHours,
      }),
    ).toEqual({ workingMinutes: 780, workingHours: 13, workingDays: 780 / 510 });
    const allDay = { start: '00:00', end: '24:00' };
    expect(
      workingDurationBetween(wib('2026-03-06T12:00'), wib('2026-03-09T12:00'), {
        holidays: NONE,
        officeHours: allDay,
      }).workingMinutes,
    ).toBe(1440);
    expect(DEFAULT_OFFICE_HOURS).toEqual({ start: '08:00', end: '16:00' });
  });

  it('keeps seconds as fractional minutes', () => {
    expect(
      workingDurationBetween(
        wib('2026-03-02T09:00'),
        new Date('2026-03-02T09:00:30+07:00'),
        calendar,
      ).workingMinutes,
    ).toBe(0.5);
  });

  it('throws when the end is before the start', () => {
    expect(() =>
      workingDurationBetween(wib('2026-03-02T10:00'), wib('2026-03-02T09:59'), calendar),
    ).toThrow(RangeError);
  });

  it('rejects invalid instants and calendars', () => {
    const ok = wib('2026-03-02T10:00');
    expect(() => workingDurationBetween(new Date('nope'), ok, calendar)).toThrow(/valid dates/);
    for (const officeHours of [
      { start: '8:00', end: '16:00' },
      { start: '08:00', end: '16:60' },
      { start: '08:00', end: '24:30' },
      { start: '16:00', end: '08:00' },
      { start: '08:00', end: '08:00' },
    ]) {
      expect(() => workingDurationBetween(ok, ok, { holidays: NONE, officeHours })).toThrow(
        RangeError,
      );
    }
    for (const utcOffsetMinutes of [841, 420.5, Number.NaN]) {
      expect(() => workingDurationBetween(ok, ok, { holidays: NONE, utcOffsetMinutes })).toThrow(
        RangeError,
      );
    }
  });

  it('matches a minute-by-minute reference on many spans', () => {
    const holidays = toHolidaySet(['2026-03-04', '2026-03-13']);
    const origin = wib('2026-03-01T00:00').getTime();
    let seed = 42;
    const random = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % max;
    };
    for (let i = 0; i < 150; i++) {
      const start = origin + random(21 * 1440) * 60_000;
      const end = start + random(6 * 1440) * 60_000;
      const expected = referenceMinutes(start, end, holidays);
      expect(
        workingDurationBetween(new Date(start), new Date(end), { holidays }).workingMinutes,
      ).toBe(expected);
    }
  });

  it('handles a ten-year span in one pass per day', () => {
    const holidays = toHolidaySet(['2027-01-01']);
    const duration = workingDurationBetween(wib('2026-01-01T00:00'), wib('2036-01-01T00:00'), {
      holidays,
    });
    const days = listWorkingDays('2026-01-01', '2035-12-31', holidays).length;
    expect(duration.workingDays).toBe(days);
  });
});

/** Independent check: walks every minute in WIB, 08:00–16:00, Monday to Friday. */
function referenceMinutes(startMs: number, endMs: number, holidays: ReadonlySet<string>): number {
  let minutes = 0;
  for (let t = startMs; t < endMs; t += 60_000) {
    const local = new Date(t + 7 * 3_600_000);
    const weekday = local.getUTCDay();
    const minuteOfDay = local.getUTCHours() * 60 + local.getUTCMinutes();
    const date = local.toISOString().slice(0, 10);
    if (
      weekday !== 0 &&
      weekday !== 6 &&
      !holidays.has(date) &&
      minuteOfDay >= 480 &&
      minuteOfDay < 960
    ) {
      minutes += 1;
    }
  }
  return minutes;
}

function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('addWorkingMinutes and localDateOf', () => {
  const calendar = { holidays: LEBARAN };

  it('gives the local date of an instant in WIB', () => {
    expect(localDateOf(new Date('2026-03-02T16:59:00Z'))).toBe('2026-03-02');
    expect(localDateOf(new Date('2026-03-02T17:00:00Z'))).toBe('2026-03-03');
    expect(localDateOf(new Date('2026-03-02T17:00:00Z'), 0)).toBe('2026-03-02');
  });

  it('runs out within the same office day', () => {
    // A Kartu Keluarga with a 2-working-hour standard received Monday 09:30 is due at 11:30.
    expect(addWorkingMinutes(wib('2026-03-02T09:30'), 120, calendar)).toEqual(wib('2026-03-02T11:30'));
    // Received before opening: the clock starts at 08:00.
    expect(addWorkingMinutes(wib('2026-03-02T06:00'), 60, calendar)).toEqual(wib('2026-03-02T09:00'));
    // Exactly at closing time stays at closing time.
    expect(addWorkingMinutes(wib('2026-03-02T15:00'), 60, calendar)).toEqual(wib('2026-03-02T16:00'));
  });

  it('skips evenings, weekends and holidays', () => {
    // Friday 15:00 + 2 hours: one hour on Friday, one on Monday.
    expect(addWorkingMinutes(wib('2026-03-13T15:00'), 120, calendar)).toEqual(wib('2026-03-16T09:00'));
    // Tuesday 17 March 14:00 + 3 working days: 2 h Tuesday, then Lebaran until Wednesday 25th.
    expect(addWorkingMinutes(wib('2026-03-17T14:00'), 3 * 480, calendar)).toEqual(wib('2026-03-27T14:00'));
    // Received on a holiday: the clock starts on the next working day.
    expect(addWorkingMinutes(wib('2026-03-19T10:00'), 30, calendar)).toEqual(wib('2026-03-25T08:30'));
  });

  it('is the inverse of workingDurationBetween', () => {
    const start = wib('2026-03-12T10:17');
    for (const minutes of [1, 59, 480, 1000, 4321, 9600]) {
      const end = addWorkingMinutes(start, minutes, calendar);
      expect(workingDurationBetween(start, end, calendar).workingMinutes).toBeCloseTo(minutes, 9);
    }
    expect(addWorkingMinutes(start, 0, calendar)).toEqual(start);
  });

  it('rejects negative and non-finite minutes', () => {
    expect(() => addWorkingMinutes(wib('2026-03-02T09:00'), -1, calendar)).toThrow('non-negative');
    expect(() => addWorkingMinutes(wib('2026-03-02T09:00'), Number.POSITIVE_INFINITY, calendar)).toThrow('non-negative');
  });
});
