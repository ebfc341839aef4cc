// Service metrics read from the maintained aggregates only (never from the requests): totals and
// processing-time percentiles over a range of days, the current backlog, and series per period.
import { histogramQuantile, localDateOf, OFFICE_DAY_MINUTES, type LocalDate } from '@pantau/shared';
import { Prisma } from '../generated/prisma/client.js';
import type { Db } from './calendar.js';

export interface MetricsFilter {
  regionId?: string;
  agencyId?: string;
  serviceTypeId?: string;
}

export interface DayRange {
  from: LocalDate;
  to: LocalDate;
}

export type Granularity = 'DAY' | 'WEEK' | 'MONTH';

/** The figures of one group (all of a filter, one agency, or one period). */
export interface ServiceFigures {
  from: LocalDate;
  to: LocalDate;
  received: number;
  completed: number;
  rejected: number;
  cancelled: number;
  completedWithinStandard: number;
  /** Share of completed requests that met the standard in force at their receipt (0–1). */
  withinStandardShare: number | null;
  medianWorkingMinutes: number | null;
  p90WorkingMinutes: number | null;
  meanWorkingMinutes: number | null;
  /** Completed requests per calendar day of the range. */
  throughputPerDay: number;
}

export interface Backlog {
  open: number;
  overdue: number;
}

const EMPTY_BACKLOG: Backlog = { open: 0, overdue: 0 };

function whereOf(filter: MetricsFilter, alias = ''): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}"${name}"`);
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.serviceTypeId) parts.push(Prisma.sql`${column('serviceTypeId')} = ${filter.serviceTypeId}`);
  if (filter.agencyId) parts.push(Prisma.sql`${column('agencyId')} = ${filter.agencyId}`);
  if (filter.regionId) parts.push(Prisma.sql`${column('agencyId')} IN (SELECT id FROM "Agency" WHERE "regionId" = ${filter.regionId})`);
  return Prisma.join(parts, ' AND ');
}

/** SQL for the group key: one agency, one period start, or everything as one group. */
function groupKey(by: 'agency' | 'all' | Granularity): Prisma.Sql {
  if (by === 'agency') return Prisma.raw(`"agencyId"`);
  if (by === 'all') return Prisma.raw(`'all'`);
  return Prisma.raw(`to_char(date_trunc('${by.toLowerCase()}', "day"), 'YYYY-MM-DD')`);
}

const daysIn = (range: DayRange) => Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000) + 1;

/** Figures per group over a range of days: three indexed aggregate reads, whatever the volume. */
export async function loadFigures(db: Db, filter: MetricsFilter, range: DayRange, by: 'agency' | 'all' | Granularity): Promise<Map<string, ServiceFigures>> {
  const key = groupKey(by);
  const where = whereOf(filter);
  const days = Prisma.sql`"day" BETWEEN ${range.from}::date AND ${range.to}::date`;
  const totals = await db.$queryRaw<
    Array<{ key: string; received: number; completed: number; rejected: number; cancelled: number; within: number; minutes: number }>
  >`
    SELECT ${key} AS key, SUM("received")::int AS received, SUM("completed")::int AS completed, SUM("rejected")::int AS rejected,
      SUM("cancelled")::int AS cancelled, SUM("withinStandard")::int AS within, SUM("workingMinutesSum")::float8 AS minutes
    FROM "ServiceDailyAggregate" WHERE ${where} AND ${days} GROUP BY 1`;
  const buckets = await db.$queryRaw<Array<{ key: string; bucket: number; count: number }>>`
    SELECT ${key} AS key, "bucket", SUM("count")::int AS count
    FROM "ServiceDurationBucket" WHERE ${where} AND ${days} GROUP BY 1, 2`;
  const histograms = new Map<string, Map<number, number>>();
  for (const row of buckets) {
    const histogram = histograms.get(row.key) ?? new Map<number, number>();
    histogram.set(row.bucket, row.count);
    histograms.set(row.key, histogram);
  }
  const result = new Map<string, ServiceFigures>();
  for (const row of totals) {
    const histogram = histograms.get(row.key) ?? new Map();
    const groupRange = by === 'agency' || by === 'all' ? range : periodRange(row.key, by, range);
    result.set(row.key, {
      ...groupRange,
      received: row.received,
      completed: row.completed,
      rejected: row.rejected,
      cancelled: row.cancelled,
      completedWithinStandard: row.within,
      withinStandardShare: row.completed > 0 ? row.within / row.completed : null,
      medianWorkingMinutes: histogramQuantile(histogram, 0.5),
      p90WorkingMinutes: histogramQuantile(histogram, 0.9),
      meanWorkingMinutes: row.completed > 0 ? row.minutes / row.completed : null,
      throughputPerDay: row.completed / daysIn(groupRange),
    });
  }
  return result;
}

export function emptyFigures(range: DayRange): ServiceFigures {
  return {
    ...range,
    received: 0,
    completed: 0,
    rejected: 0,
    cancelled: 0,
    completedWithinStandard: 0,
    withinStandardShare: null,
    medianWorkingMinutes: null,
    p90WorkingMinutes: null,
    meanWorkingMinutes: null,
    throughputPerDay: 0,
  };
}

/** The part of a period (starting on `start`) that lies inside the range. */
function periodRange(start: LocalDate, granularity: Granularity, range: DayRange): DayRange {
  const date = new Date(`${start}T00:00:00Z`);
  if (granularity === 'WEEK') date.setUTCDate(date.getUTCDate() + 6);
  if (granularity === 'MONTH') date.setUTCMonth(date.getUTCMonth() + 1, 0);
  const end = date.toISOString().slice(0, 10);
  return { from: start < range.from ? range.from : start, to: end > range.to ? range.to : end };
}

/** Open requests now, and those past their due date, per group (over all days, not a range). */
export async function loadBacklog(db: Db, filter: MetricsFilter, by: 'agency' | 'all', today: LocalDate = todayWib()): Promise<Map<string, Backlog>> {
  const rows = await db.$queryRaw<Array<{ key: string; open: number; overdue: number }>>`
    SELECT ${groupKey(by)} AS key, SUM("received" - "completed" - "rejected" - "cancelled")::int AS open,
      COALESCE(SUM("openDue") FILTER (WHERE "day" < ${today}::date), 0)::int AS overdue
    FROM "ServiceDailyAggregate" WHERE ${whereOf(filter)} GROUP BY 1`;
  return new Map(rows.map((row) => [row.key, { open: row.open, overdue: row.overdue }]));
}

export const backlogOf = (backlogs: Map<string, Backlog>, key: string): Backlog => backlogs.get(key) ?? EMPTY_BACKLOG;

export function todayWib(now: Date = new Date()): LocalDate {
  return localDateOf(now);
}

/** The default window: the last 30 days up to today. */
export function lastDays(count: number, today: LocalDate = todayWib()): DayRange {
  const from = new Date(`${today}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - (count - 1));
  return { from: from.toISOString().slice(0, 10), to: today };
}

export const minutesToDays = (minutes: number | null) => (minutes === null ? null : minutes / OFFICE_DAY_MINUTES);
export const minutesToHours = (minutes: number | null) => (minutes === null ? null : minutes / 60);
