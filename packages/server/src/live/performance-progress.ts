// The live progress of a unit's performance cycle: SKP completion, daily reports filed today and
// the predikat distribution. Computed with a handful of aggregate queries, whichever the unit's size.
import { PREDIKAT_ORDER, type Predikat } from '@pantau/shared';
import type { PrismaClient } from '../db/client.js';
import type { SkpStatus } from '../generated/prisma/enums.js';
import { loadTrainingTarget, yearRange } from '../performance/training.js';
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
  /** Lesson hours (JP) of training completed this year, and employees at or above the annual target. */
  trainingHours: number;
  meetingTrainingTarget: number;
  computedAt: Date;
}

export async function computeProgress(prisma: PrismaClient, unitId: string, year: number, now = new Date()): Promise<PerformanceProgress> {
  const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitId }, select: { agency: { select: { region: { select: { timeZone: true } } } } } });
  const today = new Date(todayIn(unit.agency.region.timeZone, now));
  const inUnit = { employee: { unitId } };
  const [employees, statuses, reports, reporters, latest, training, trainingTarget] = await Promise.all([
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
    prisma.trainingEnrolment.groupBy({ by: ['employeeId'], where: { ...inUnit, status: 'COMPLETED', completedOn: yearRange(year) }, _sum: { hours: true } }),
    loadTrainingTarget(prisma),
  ]);
  const skpByStatus = Object.fromEntries(SKP_STATUSES.map((status) => [status, 0])) as Record<SkpStatus, number>;
  for (const row of statuses) skpByStatus[row.status] = row._count._all;
  const predikat = Object.fromEntries(PREDIKAT_ORDER.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const row of latest) if (row.predikat) predikat[row.predikat]++;
  const hours = training.map((row) => row._sum.hours ?? 0);
  return {
    unitId,
    year,
    employees,
    skpByStatus,
    reportsToday: reports,
    reportersToday: reporters.length,
    predikat,
    trainingHours: hours.reduce((sum, h) => sum + h, 0),
    meetingTrainingTarget: hours.filter((h) => h >= trainingTarget).length,
    computedAt: now,
  };
}

/** One agency's SKP completion and predikat distribution: counts only. */
export interface AgencyPerformanceProgress {
  agencyId: string;
  name: string;
  shortName: string;
  employees: number;
  skpByStatus: Record<SkpStatus, number>;
  predikat: Record<Predikat, number>;
}

export interface RegionPerformanceProgress {
  regionId: string;
  year: number;
  agencies: AgencyPerformanceProgress[];
  computedAt: Date;
}

const emptyAgency = (agency: { id: string; name: string; shortName: string }): AgencyPerformanceProgress => ({
  agencyId: agency.id,
  name: agency.name,
  shortName: agency.shortName,
  employees: 0,
  skpByStatus: Object.fromEntries(SKP_STATUSES.map((status) => [status, 0])) as Record<SkpStatus, number>,
  predikat: Object.fromEntries(PREDIKAT_ORDER.map((p) => [p, 0])) as Record<Predikat, number>,
});

/** Every agency of the region (by name), with the same aggregate queries whatever its size. */
export async function computeRegionProgress(prisma: PrismaClient, regionId: string, year: number, now = new Date()): Promise<RegionPerformanceProgress> {
  const inRegion = { agency: { regionId } };
  const [agencies, employees, years] = await Promise.all([
    prisma.agency.findMany({ where: { regionId }, orderBy: { name: 'asc' }, select: { id: true, name: true, shortName: true } }),
    prisma.employee.groupBy({ by: ['agencyId'], where: inRegion, _count: { _all: true } }),
    prisma.performanceYear.findMany({ where: { ...inRegion, year }, select: { id: true, agencyId: true } }),
  ]);
  const yearIds = years.map((row) => row.id);
  const [statuses, latest] = await Promise.all([
    prisma.skp.groupBy({ by: ['yearId', 'status'], where: { yearId: { in: yearIds } }, _count: { _all: true } }),
    prisma.appraisal.findMany({
      where: { skp: { yearId: { in: yearIds } }, predikat: { not: null } },
      distinct: ['skpId'],
      orderBy: [{ skpId: 'asc' }, { period: { index: 'desc' } }],
      select: { predikat: true, skp: { select: { yearId: true } } },
    }),
  ]);
  const byAgency = new Map(agencies.map((agency) => [agency.id, emptyAgency(agency)]));
  const agencyOfYear = new Map(years.map((row) => [row.id, row.agencyId]));
  for (const row of employees) byAgency.get(row.agencyId)!.employees = row._count._all;
  for (const row of statuses) byAgency.get(agencyOfYear.get(row.yearId)!)!.skpByStatus[row.status] = row._count._all;
  for (const row of latest) if (row.predikat) byAgency.get(agencyOfYear.get(row.skp.yearId)!)!.predikat[row.predikat]++;
  return { regionId, year, agencies: [...byAgency.values()], computedAt: now };
}
