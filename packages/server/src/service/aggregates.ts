// The maintained aggregates of service delivery. A request contributes to the daily rows of its
// agency × service by its folded state; when an event changes that state, the old contribution is
// taken away and the new one added, so the rows always equal a fresh count over all requests
// (rebuildServiceAggregates computes exactly that, for repair and for the demo data).
import { durationBucket, HISTOGRAM_GROWTH, type FoldedServiceRequest } from '@pantau/shared';
import type { Db } from './calendar.js';

export interface RequestScope {
  agencyId: string;
  serviceTypeId: string;
  regionId: string;
}

type Counter = 'received' | 'completed' | 'rejected' | 'cancelled' | 'withinStandard' | 'workingMinutesSum' | 'openDue';
const COUNTERS: readonly Counter[] = ['received', 'completed', 'rejected', 'cancelled', 'withinStandard', 'workingMinutesSum', 'openDue'];

/** Pending changes to the aggregate rows, summed over a batch before they are written. */
export class AggregateDelta {
  private readonly daily = new Map<string, { scope: RequestScope; day: string; counts: Record<Counter, number> }>();
  private readonly buckets = new Map<string, { scope: RequestScope; day: string; bucket: number; count: number }>();

  /** Adds (sign 1) or removes (sign −1) one request's contribution. */
  apply(scope: RequestScope, folded: FoldedServiceRequest, sign: 1 | -1): void {
    if (!folded.receivedDay) return; // counted once its receipt is known
    this.add(scope, folded.receivedDay, 'received', sign);
    if (folded.status === 'OPEN') {
      if (folded.dueDate) this.add(scope, folded.dueDate, 'openDue', sign);
      return;
    }
    const closedDay = folded.closedDay!;
    if (folded.status === 'REJECTED') this.add(scope, closedDay, 'rejected', sign);
    if (folded.status === 'CANCELLED') this.add(scope, closedDay, 'cancelled', sign);
    if (folded.status !== 'COMPLETED' || folded.workingMinutes === null) return;
    this.add(scope, closedDay, 'completed', sign);
    this.add(scope, closedDay, 'workingMinutesSum', sign * folded.workingMinutes);
    if (folded.withinStandard) this.add(scope, closedDay, 'withinStandard', sign);
    const bucket = durationBucket(folded.workingMinutes);
    const key = `${scope.serviceTypeId}|${closedDay}|${bucket}`;
    const entry = this.buckets.get(key) ?? { scope, day: closedDay, bucket, count: 0 };
    entry.count += sign;
    this.buckets.set(key, entry);
  }

  private add(scope: RequestScope, day: string, counter: Counter, amount: number): void {
    const key = `${scope.serviceTypeId}|${day}`;
    let entry = this.daily.get(key);
    if (!entry) {
      entry = { scope, day, counts: Object.fromEntries(COUNTERS.map((name) => [name, 0])) as Record<Counter, number> };
      this.daily.set(key, entry);
    }
    entry.counts[counter] += amount;
  }

  /** Writes the non-zero changes with one upsert per table. */
  async write(db: Db): Promise<void> {
    const rows = [...this.daily.values()].filter((row) => COUNTERS.some((name) => row.counts[name] !== 0));
    if (rows.length > 0) {
      const column = (name: Counter) => rows.map((row) => row.counts[name]);
      await db.$executeRaw`
        INSERT INTO "ServiceDailyAggregate" ("agencyId", "serviceTypeId", "regionId", "day", "received", "completed", "rejected",
          "cancelled", "withinStandard", "workingMinutesSum", "openDue")
        SELECT * FROM unnest(${rows.map((row) => row.scope.agencyId)}::text[], ${rows.map((row) => row.scope.serviceTypeId)}::text[],
          ${rows.map((row) => row.scope.regionId)}::text[], ${rows.map((row) => row.day)}::date[], ${column('received')}::int[],
          ${column('completed')}::int[], ${column('rejected')}::int[], ${column('cancelled')}::int[], ${column('withinStandard')}::int[],
          ${column('workingMinutesSum')}::bigint[], ${column('openDue')}::int[])
        ON CONFLICT ("agencyId", "serviceTypeId", "day") DO UPDATE SET
          "received" = "ServiceDailyAggregate"."received" + EXCLUDED."received",
          "completed" = "ServiceDailyAggregate"."completed" + EXCLUDED."completed",
          "rejected" = "ServiceDailyAggregate"."rejected" + EXCLUDED."rejected",
          "cancelled" = "ServiceDailyAggregate"."cancelled" + EXCLUDED."cancelled",
          "withinStandard" = "ServiceDailyAggregate"."withinStandard" + EXCLUDED."withinStandard",
          "workingMinutesSum" = "ServiceDailyAggregate"."workingMinutesSum" + EXCLUDED."workingMinutesSum",
          "openDue" = "ServiceDailyAggregate"."openDue" + EXCLUDED."openDue"`;
    }
    const buckets = [...this.buckets.values()].filter((entry) => entry.count !== 0);
    if (buckets.length > 0) {
      await db.$executeRaw`
        INSERT INTO "ServiceDurationBucket" ("agencyId", "serviceTypeId", "day", "bucket", "count")
        SELECT * FROM unnest(${buckets.map((entry) => entry.scope.agencyId)}::text[], ${buckets.map((entry) => entry.scope.serviceTypeId)}::text[],
          ${buckets.map((entry) => entry.day)}::date[], ${buckets.map((entry) => entry.bucket)}::int[], ${buckets.map((entry) => entry.count)}::int[])
        ON CONFLICT ("agencyId", "serviceTypeId", "day", "bucket") DO UPDATE SET "count" = "ServiceDurationBucket"."count" + EXCLUDED."count"`;
    }
  }
}

/**
 * Recomputes every aggregate row from the requests' stored folded state in one SQL pass per
 * table. The bucket formula is durationBucket's (shared/service-time.ts), written in SQL.
 */
export async function rebuildServiceAggregates(db: Db): Promise<void> {
  await db.$executeRaw`DELETE FROM "ServiceDailyAggregate"`;
  await db.$executeRaw`DELETE FROM "ServiceDurationBucket"`;
  await db.$executeRaw`
    INSERT INTO "ServiceDailyAggregate" ("agencyId", "serviceTypeId", "regionId", "day", "received", "completed", "rejected",
      "cancelled", "withinStandard", "workingMinutesSum", "openDue")
    SELECT c."agencyId", c."serviceTypeId", a."regionId", c.day, SUM(c.received)::int, SUM(c.completed)::int, SUM(c.rejected)::int,
      SUM(c.cancelled)::int, SUM(c.within)::int, SUM(c.minutes)::bigint, SUM(c.open_due)::int
    FROM (
      SELECT "agencyId", "serviceTypeId", "receivedDay" AS day, 1 AS received, 0 AS completed, 0 AS rejected, 0 AS cancelled,
        0 AS within, 0 AS minutes, 0 AS open_due
      FROM "ServiceRequest" WHERE "receivedDay" IS NOT NULL
      UNION ALL
      SELECT "agencyId", "serviceTypeId", "closedDay", 0, (status = 'COMPLETED')::int, (status = 'REJECTED')::int,
        (status = 'CANCELLED')::int, (status = 'COMPLETED' AND "workingMinutes" <= "targetMinutes")::int,
        CASE WHEN status = 'COMPLETED' THEN "workingMinutes" ELSE 0 END, 0
      FROM "ServiceRequest" WHERE "receivedDay" IS NOT NULL AND status <> 'OPEN'
      UNION ALL
      SELECT "agencyId", "serviceTypeId", "dueDate", 0, 0, 0, 0, 0, 0, 1
      FROM "ServiceRequest" WHERE "receivedDay" IS NOT NULL AND status = 'OPEN' AND "dueDate" IS NOT NULL
    ) c JOIN "Agency" a ON a.id = c."agencyId"
    GROUP BY c."agencyId", c."serviceTypeId", a."regionId", c.day`;
  await db.$executeRaw`
    INSERT INTO "ServiceDurationBucket" ("agencyId", "serviceTypeId", "day", "bucket", "count")
    SELECT "agencyId", "serviceTypeId", "closedDay",
      CASE WHEN "workingMinutes" < 1 THEN 0 ELSE floor(ln("workingMinutes") / ln(${HISTOGRAM_GROWTH}::float8) + 1e-9)::int + 1 END AS bucket,
      COUNT(*)::int
    FROM "ServiceRequest" WHERE "receivedDay" IS NOT NULL AND status = 'COMPLETED'
    GROUP BY 1, 2, 3, 4`;
}

