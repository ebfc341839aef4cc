// Who may see and act on which complaint, the deadline setting, and the public metrics (complaints
// are few compared with service requests, so these are read from the complaints themselves).
import { DEFAULT_COMPLAINT_DEADLINE_DAYS, type ComplaintSeverity } from '@pantau/shared';
import { z } from 'zod';
import type { Context } from '../context.js';
import { Prisma } from '../generated/prisma/client.js';
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
  /** Of the complaints submitted in the range: verified, and verified by their verification due day. */
  verified: number;
  verifiedInTime: number;
  /** Now: complaints awaiting verification, and those past their verification due day. */
  awaitingVerification: number;
  verificationOverdue: number;
  medianResolutionDays: number | null;
  meanResolutionDays: number | null;
  byType: Array<{ type: string; count: number }>;
}

/** Complaints submitted in the range, and the region's open and overdue ones now. */
export async function loadComplaintFigures(db: Db, regionId: string, range: DayRange, today: string): Promise<ComplaintFigures> {
  return (await loadComplaintFiguresByAgency(db, regionId, range, today, { withWbs: true })).region;
}

/** Figures of complaints not yet dispositioned to an agency are keyed by null. */
export interface RegionComplaintFigures {
  region: ComplaintFigures;
  agencies: Map<string | null, ComplaintFigures>;
}

export const emptyComplaintFigures = (): ComplaintFigures => ({
  received: 0,
  finished: 0,
  answered: 0,
  open: 0,
  overdue: 0,
  answeredWithinDeadline: 0,
  verified: 0,
  verifiedInTime: 0,
  awaitingVerification: 0,
  verificationOverdue: 0,
  medianResolutionDays: null,
  meanResolutionDays: null,
  byType: [],
});

/**
 * The region's figures and each agency's, from grouped queries (GROUPING SETS: the region's row
 * and the agencies' in one pass, so a median is the region's own, not a median of medians).
 * Without `withWbs`, whistle-blowing reports are left out: counted per agency they would tell the
 * agency that it is being reported on.
 */
export async function loadComplaintFiguresByAgency(db: Db, regionId: string, range: DayRange, today: string, { withWbs }: { withWbs: boolean }): Promise<RegionComplaintFigures> {
  const { timeZone } = await db.region.findUniqueOrThrow({ where: { id: regionId }, select: { timeZone: true } });
  const types = withWbs ? Prisma.sql`` : Prisma.sql`AND type <> 'WBS'`;
  type Grouped = { whole: boolean; agencyId: string | null };
  const totals = await db.$queryRaw<
    Array<Grouped & { received: number; finished: number; answered: number; within: number; verified: number; verifiedInTime: number; median: number | null; mean: number | null }>
  >`
    SELECT GROUPING("agencyId") = 1 AS whole, "agencyId", COUNT(*)::int AS received, COUNT(*) FILTER (WHERE status IN ('CLOSED', 'NOT_OUR_REMIT'))::int AS finished,
      COUNT("answeredAt")::int AS answered,
      COUNT(*) FILTER (WHERE "answeredAt" IS NOT NULL AND "dueDate" IS NOT NULL AND ("answeredAt" AT TIME ZONE ${timeZone})::date <= "dueDate")::int AS within,
      COUNT("verifiedAt")::int AS verified,
      COUNT(*) FILTER (WHERE ("verifiedAt" AT TIME ZONE ${timeZone})::date <= "verificationDueDate")::int AS "verifiedInTime",
      percentile_disc(0.5) WITHIN GROUP (ORDER BY "resolutionDays")::float8 AS median, AVG("resolutionDays")::float8 AS mean
    FROM "Complaint" WHERE "regionId" = ${regionId} ${types} AND ("submittedAt" AT TIME ZONE ${timeZone})::date BETWEEN ${range.from}::date AND ${range.to}::date
    GROUP BY GROUPING SETS ((), ("agencyId"))`;
  // The verification filters are isAwaitingVerification's and isVerificationOverdue's rules (shared/complaints.ts) in SQL.
  const now = await db.$queryRaw<Array<Grouped & { open: number; overdue: number; awaiting: number; verificationOverdue: number }>>`
    SELECT GROUPING("agencyId") = 1 AS whole, "agencyId", COUNT(*) FILTER (WHERE status NOT IN ('CLOSED', 'NOT_OUR_REMIT'))::int AS open,
      COUNT(*) FILTER (WHERE status NOT IN ('CLOSED', 'NOT_OUR_REMIT', 'ANSWERED') AND "dueDate" < ${today}::date)::int AS overdue,
      COUNT(*) FILTER (WHERE "verifiedAt" IS NULL AND status IN ('SUBMITTED', 'POSTPONED'))::int AS awaiting,
      COUNT(*) FILTER (WHERE "verifiedAt" IS NULL AND status IN ('SUBMITTED', 'POSTPONED') AND "verificationDueDate" < ${today}::date)::int AS "verificationOverdue"
    FROM "Complaint" WHERE "regionId" = ${regionId} ${types}
    GROUP BY GROUPING SETS ((), ("agencyId"))`;
  const byType = await db.$queryRaw<Array<Grouped & { type: string; count: number }>>`
    SELECT GROUPING("agencyId") = 1 AS whole, "agencyId", type::text AS type, COUNT(*)::int AS count FROM "Complaint"
    WHERE "regionId" = ${regionId} ${types} AND ("submittedAt" AT TIME ZONE ${timeZone})::date BETWEEN ${range.from}::date AND ${range.to}::date
    GROUP BY GROUPING SETS ((type), ("agencyId", type)) ORDER BY type`;

  const region = emptyComplaintFigures();
  const agencies = new Map<string | null, ComplaintFigures>();
  const figuresOf = (row: Grouped) => {
    if (row.whole) return region;
    let figures = agencies.get(row.agencyId);
    if (!figures) agencies.set(row.agencyId, (figures = emptyComplaintFigures()));
    return figures;
  };
  for (const row of totals) {
    Object.assign(figuresOf(row), {
      received: row.received,
      finished: row.finished,
      answered: row.answered,
      answeredWithinDeadline: row.within,
      verified: row.verified,
      verifiedInTime: row.verifiedInTime,
      medianResolutionDays: row.median,
      meanResolutionDays: row.mean,
    });
  }
  for (const row of now) {
    Object.assign(figuresOf(row), { open: row.open, overdue: row.overdue, awaitingVerification: row.awaiting, verificationOverdue: row.verificationOverdue });
  }
  for (const row of byType) figuresOf(row).byType.push({ type: row.type, count: row.count });
  return { region, agencies };
}
