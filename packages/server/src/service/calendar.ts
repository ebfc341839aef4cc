// A region's working calendar: its holidays (data, edited by administrators) and its time zone.
import { INDONESIA_UTC_OFFSET_MINUTES, toHolidaySet, type WorkingCalendar } from '@pantau/shared';
import type { Prisma } from '../generated/prisma/client.js';
import type { PrismaClient } from '../db/client.js';

export type Db = Prisma.TransactionClient | PrismaClient;

/** Indonesia's IANA zones by their fixed offset; none observes daylight saving. */
const ZONE_OFFSETS: Record<string, number> = {
  'Asia/Jakarta': INDONESIA_UTC_OFFSET_MINUTES.WIB,
  'Asia/Pontianak': INDONESIA_UTC_OFFSET_MINUTES.WIB,
  'Asia/Makassar': INDONESIA_UTC_OFFSET_MINUTES.WITA,
  'Asia/Jayapura': INDONESIA_UTC_OFFSET_MINUTES.WIT,
};

export function utcOffsetOf(timeZone: string): number {
  const offset = ZONE_OFFSETS[timeZone];
  if (offset === undefined) throw new RangeError(`Unsupported region time zone ${timeZone}`);
  return offset;
}

/** A @db.Date value as 'YYYY-MM-DD'. */
export const dayString = (date: Date): string => date.toISOString().slice(0, 10);

export async function loadCalendars(db: Db, regionIds: Iterable<string>): Promise<Map<string, WorkingCalendar>> {
  const ids = [...new Set(regionIds)];
  const regions = await db.region.findMany({
    where: { id: { in: ids } },
    select: { id: true, timeZone: true, holidays: { select: { date: true } } },
  });
  return new Map(
    regions.map((region) => [
      region.id,
      { holidays: toHolidaySet(region.holidays.map((holiday) => dayString(holiday.date))), utcOffsetMinutes: utcOffsetOf(region.timeZone) },
    ]),
  );
}
