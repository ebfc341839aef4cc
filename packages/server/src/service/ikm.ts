// IKM from the maintained per-day sums: exact (the sums are the regulation's inputs), with the
// number of responses and whether the sample is large enough for the population served (the
// requests received in the same period, from the service aggregates).
import { computeIkmFromSums, IKM_ELEMENT_CODES, isSampleSufficient, requiredSampleSize, type IkmResult, type LocalDate } from '@pantau/shared';
import { Prisma } from '../generated/prisma/client.js';
import type { Db } from './calendar.js';
import type { RequestScope } from './aggregates.js';
import type { DayRange, MetricsFilter } from './metrics.js';

export interface IkmFigures {
  from: LocalDate;
  to: LocalDate;
  responses: number;
  result: IkmResult | null;
  populationServed: number;
  requiredSample: number;
  sampleSufficient: boolean;
}

const COLUMNS = IKM_ELEMENT_CODES.map((code) => code.toLowerCase());

/** Adds one response (nine scores 1–4, validated by the caller) to its day's sums. */
export async function addSurveyResponseToAggregates(db: Db, scope: RequestScope, day: LocalDate, scores: readonly number[]): Promise<void> {
  const columns = Prisma.raw(COLUMNS.map((column) => `"${column}"`).join(', '));
  const updates = Prisma.raw(COLUMNS.map((column) => `"${column}" = "IkmDailyAggregate"."${column}" + EXCLUDED."${column}"`).join(', '));
  await db.$executeRaw`
    INSERT INTO "IkmDailyAggregate" ("agencyId", "serviceTypeId", "regionId", "day", "responses", ${columns})
    VALUES (${scope.agencyId}, ${scope.serviceTypeId}, ${scope.regionId}, ${day}::date, 1, ${Prisma.join(scores.map((score) => Prisma.sql`${score}::int`))})
    ON CONFLICT ("agencyId", "serviceTypeId", "day") DO UPDATE SET "responses" = "IkmDailyAggregate"."responses" + 1, ${updates}`;
}

function where(filter: MetricsFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.serviceTypeId) parts.push(Prisma.sql`"serviceTypeId" = ${filter.serviceTypeId}`);
  if (filter.agencyId) parts.push(Prisma.sql`"agencyId" = ${filter.agencyId}`);
  if (filter.regionId) parts.push(Prisma.sql`"regionId" = ${filter.regionId}`);
  return Prisma.join(parts, ' AND ');
}

/** IKM per group (one agency, or everything as 'all') over a range of days. */
export async function loadIkm(db: Db, filter: MetricsFilter, range: DayRange, by: 'agency' | 'all'): Promise<Map<string, IkmFigures>> {
  const key = Prisma.raw(by === 'agency' ? `"agencyId"` : `'all'`);
  const days = Prisma.sql`"day" BETWEEN ${range.from}::date AND ${range.to}::date`;
  const sums = Prisma.raw(COLUMNS.map((column) => `SUM("${column}")::int AS "${column}"`).join(', '));
  const rows = await db.$queryRaw<Array<Record<string, number> & { key: string; responses: number }>>`
    SELECT ${key} AS key, SUM("responses")::int AS responses, ${sums} FROM "IkmDailyAggregate" WHERE ${where(filter)} AND ${days} GROUP BY 1`;
  const population = await db.$queryRaw<Array<{ key: string; received: number }>>`
    SELECT ${key} AS key, SUM("received")::int AS received FROM "ServiceDailyAggregate" WHERE ${where(filter)} AND ${days} GROUP BY 1`;
  const served = new Map(population.map((row) => [row.key, row.received]));
  return new Map(
    rows.map((row) => {
      const populationServed = served.get(row.key) ?? 0;
      const result =
        row.responses > 0
          ? computeIkmFromSums(Object.fromEntries(IKM_ELEMENT_CODES.map((code, index) => [code, { sum: row[COLUMNS[index]!]!, count: row.responses }])))
          : null;
      return [
        row.key,
        {
          ...range,
          responses: row.responses,
          result,
          populationServed,
          requiredSample: requiredSampleSize(populationServed),
          sampleSufficient: isSampleSufficient(row.responses, populationServed),
        },
      ];
    }),
  );
}

/** Recomputes the IKM sums from the stored responses in one SQL pass (repair, demo data). */
export async function rebuildIkmAggregates(db: Db): Promise<void> {
  const columns = Prisma.raw(COLUMNS.map((column) => `"${column}"`).join(', '));
  const sums = Prisma.raw(COLUMNS.map((_column, index) => `SUM(s.scores[${index + 1}])::int`).join(', '));
  await db.$executeRaw`DELETE FROM "IkmDailyAggregate"`;
  await db.$executeRaw`
    INSERT INTO "IkmDailyAggregate" ("agencyId", "serviceTypeId", "regionId", "day", "responses", ${columns})
    SELECT s."agencyId", s."serviceTypeId", a."regionId", (s."submittedAt" AT TIME ZONE r."timeZone")::date, COUNT(*)::int, ${sums}
    FROM "SurveyResponse" s JOIN "Agency" a ON a.id = s."agencyId" JOIN "Region" r ON r.id = a."regionId"
    GROUP BY 1, 2, 3, 4`;
}
