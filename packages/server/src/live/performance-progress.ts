// The live progress of a unit's performance cycle: SKP completion, daily reports filed today and
// the predikat distribution. Computed with a handful of aggregate queries, whichever the unit's size.
import { PREDIKAT_ORDER, type Predikat } from '@pantau/shared';
import type { PrismaClient } from '../db/client.js';
import type { SkpStatus } from '../generated/prisma/enums.js';
import { todayIn } from '../performance/working-days.js';

export const SKP_STATUSES: readonly SkpStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'];

export interface PerformanceProgress {
  unitId: string;
  year: number;
  employees: number;
  skpByStatus: Record<SkpStatus, number>;
  reportsToday: number;
  reportersToday: number;
  /** Each SKP's most recent rated period. */
  predikat: Record<Predikat, number>;
  computedAt: Date;
}

export async function computeProgress(prisma: PrismaClient, unitId: string, year: number, now = new Date()): Promise<PerformanceProgress> {
  const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitId }, select: { agency: { select: { region: { select: { timeZone: true } } } } } });
  const today = new Date(todayIn(unit.agency.region.timeZone, now));
  const inUnit = { employee: { unitId } };
  const [employees, statuses, reports, reporters, latest] = await Promise.all([
    prisma.employee.count({ where: { unitId } }),
    prisma.skp.groupBy({ by: ['status'], where: { ...inUnit, year: { year } }, _count: { _all: true } }),
    prisma.dailyReport.count({ where: { ...inUnit, date: today } }),
    prisma.dailyReport.groupBy({ by: ['employeeId'], where: { ...inUnit, date: today } }),
    prisma.appraisal.findMany({
      where: { skp: { ...inUnit, year: { year } }, predikat: { not: null } },
      distinct: ['skpId'],
      orderBy: [{ skpId: 'asc' }, { period: { index: 'desc' } }],
      select: { predikat: true },
    }),
  ]);
  const skpByStatus = Object.fromEntries(SKP_STATUSES.map((status) => [status, 0])) as Record<SkpStatus, number>;
  for (const row of statuses) skpByStatus[row.status] = row._count._all;
  const predikat = Object.fromEntries(PREDIKAT_ORDER.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const row of latest) if (row.predikat) predikat[row.predikat]++;
  return { unitId, year, employees, skpByStatus, reportsToday: reports, reportersToday: reporters.length, predikat, computedAt: now };
}
