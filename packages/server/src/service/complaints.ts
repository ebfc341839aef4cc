// Who may see and act on which complaint, the deadline setting, and the public metrics (complaints
// are few compared with service requests, so these are read from the complaints themselves).
import { DEFAULT_COMPLAINT_DEADLINE_DAYS, type ComplaintSeverity } from '@pantau/shared';
import { z } from 'zod';
import type { Context } from '../context.js';
import { memoize } from '../context.js';
import type { Db } from './calendar.js';
import type { DayRange } from './metrics.js';

export const COMPLAINT_DEADLINE_SETTING = 'complaints.deadlineWorkingDays';

const deadlineSchema = z.object({ URGENT: z.number().int().positive(), HIGH: z.number().int().positive(), MEDIUM: z.number().int().positive(), LOW: z.number().int().positive() });

export async function loadComplaintDeadlines(db: Db): Promise<Record<ComplaintSeverity, number>> {
  const stored = await db.setting.findUnique({ where: { key: COMPLAINT_DEADLINE_SETTING } });
  const parsed = deadlineSchema.safeParse(stored?.value);
  return parsed.success ? parsed.data : { ...DEFAULT_COMPLAINT_DEADLINE_DAYS };
}

/** Regions whose whistle-blowing reports the viewer handles. */
export function wbsRegionsOf(context: Context): Promise<Set<string>> {
  const userId = context.viewer?.userId;
  if (!userId) return Promise.resolve(new Set());
  return memoize(context, `wbs:${userId}`, async () => {
    const rows = await context.prisma.wbsHandler.findMany({ where: { userId }, select: { regionId: true } });
    return new Set(rows.map((row) => row.regionId));
  });
}

interface ComplaintRef {
  type: string;
  regionId: string;
  agencyId: string | null;
}

/**
 * WBS reports: designated handlers of the region only (not even an ADMIN otherwise). Others:
 * ADMIN, the region's LEADER, and the AGENCY_ADMIN of the agency it was dispositioned to.
 */
export async function canViewComplaint(context: Context, complaint: ComplaintRef): Promise<boolean> {
  const viewer = context.viewer;
  if (!viewer) return false;
  if (complaint.type === 'WBS') return (await wbsRegionsOf(context)).has(complaint.regionId);
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role === 'LEADER') return viewer.regionId === complaint.regionId;
  if (viewer.role === 'AGENCY_ADMIN') return complaint.agencyId !== null && viewer.agencyId === complaint.agencyId;
  return false;
}

export interface ComplaintFigures {
  received: number;
  finished: number;
  answered: number;
  open: number;
  overdue: number;
  answeredWithinDeadline: number;
  medianResolutionDays: number | null;
  meanResolutionDays: number | null;
  byType: Array<{ type: string; count: number }>;
}

/** Complaints submitted in the range, and the region's open and overdue ones now. */
export async function loadComplaintFigures(db: Db, regionId: string, range: DayRange, today: string): Promise<ComplaintFigures> {
  const { timeZone } = await db.region.findUniqueOrThrow({ where: { id: regionId }, select: { timeZone: true } });
  const [totals] = await db.$queryRaw<
    Array<{ received: number; finished: number; answered: number; within: number; median: number | null; mean: number | null }>
  >`
    SELECT COUNT(*)::int AS received, COUNT(*) FILTER (WHERE status IN ('CLOSED', 'NOT_OUR_REMIT'))::int AS finished,
      COUNT("answeredAt")::int AS answered,
      COUNT(*) FILTER (WHERE "answeredAt" IS NOT NULL AND "dueDate" IS NOT NULL AND ("answeredAt" AT TIME ZONE ${timeZone})::date <= "dueDate")::int AS within,
      percentile_disc(0.5) WITHIN GROUP (ORDER BY "resolutionDays")::float8 AS median, AVG("resolutionDays")::float8 AS mean
    FROM "Complaint" WHERE "regionId" = ${regionId} AND ("submittedAt" AT TIME ZONE ${timeZone})::date BETWEEN ${range.from}::date AND ${range.to}::date`;
  const [now] = await db.$queryRaw<Array<{ open: number; overdue: number }>>`
    SELECT COUNT(*) FILTER (WHERE status NOT IN ('CLOSED', 'NOT_OUR_REMIT'))::int AS open,
      COUNT(*) FILTER (WHERE status NOT IN ('CLOSED', 'NOT_OUR_REMIT', 'ANSWERED') AND "dueDate" < ${today}::date)::int AS overdue
    FROM "Complaint" WHERE "regionId" = ${regionId}`;
  const byType = await db.$queryRaw<Array<{ type: string; count: number }>>`
    SELECT type::text AS type, COUNT(*)::int AS count FROM "Complaint"
    WHERE "regionId" = ${regionId} AND ("submittedAt" AT TIME ZONE ${timeZone})::date BETWEEN ${range.from}::date AND ${range.to}::date
    GROUP BY 1 ORDER BY 1`;
  return {
    received: totals!.received,
    finished: totals!.finished,
    answered: totals!.answered,
    answeredWithinDeadline: totals!.within,
    medianResolutionDays: totals!.median,
    meanResolutionDays: totals!.mean,
    open: now!.open,
    overdue: now!.overdue,
    byType,
  };
}
