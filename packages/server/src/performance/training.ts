// Training hours against the annual target (a setting, 20 JP by default) and the competency gaps
// and programme recommendations of one person (the rule itself is competencyGaps in packages/shared).
import { competencyGaps, DEFAULT_ANNUAL_TRAINING_HOURS, recommendProgrammes, type CompetencyGap, type CoreValue, type Expectation } from '@pantau/shared';
import { z } from 'zod';
import type { Db } from '../service/calendar.js';
import { todayIn } from './working-days.js';

export const TRAINING_TARGET_SETTING = 'training.annualTargetHours';
export const trainingTargetSchema = z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500');

export async function loadTrainingTarget(db: Db): Promise<number> {
  const stored = await db.setting.findUnique({ where: { key: TRAINING_TARGET_SETTING } });
  const parsed = trainingTargetSchema.safeParse(stored?.value);
  return parsed.success ? parsed.data : DEFAULT_ANNUAL_TRAINING_HOURS;
}

export const yearRange = (year: number) => ({ gte: new Date(`${year}-01-01`), lt: new Date(`${year + 1}-01-01`) });

/** Completed lesson hours (JP) per employee in a year; employees without any are absent. */
export async function hoursByEmployee(db: Db, employeeIds: readonly string[], year: number): Promise<Map<string, number>> {
  const rows = await db.trainingEnrolment.groupBy({
    by: ['employeeId'],
    where: { employeeId: { in: [...employeeIds] }, status: 'COMPLETED', completedOn: yearRange(year) },
    _sum: { hours: true },
  });
  return new Map(rows.map((row) => [row.employeeId, row._sum.hours ?? 0]));
}

export interface TrainingNeeds {
  gaps: CompetencyGap[];
  recommendations: Array<{ programmeId: string; closes: string[] }>;
}

/** The person's competency gaps and the upcoming programmes of their agency that close them. */
export async function trainingNeedsOf(db: Db, employeeId: string, now = new Date()): Promise<TrainingNeeds> {
  const employee = await db.employee.findUniqueOrThrow({
    where: { id: employeeId },
    select: { agencyId: true, positionTitle: true, agency: { select: { region: { select: { timeZone: true } } } } },
  });
  const today = todayIn(employee.agency.region.timeZone, now);
  const [competencies, latest, enrolments, requirements, programmes] = await Promise.all([
    db.competency.findMany({ select: { id: true, kind: true, coreValue: true }, orderBy: { code: 'asc' } }),
    db.appraisal.findFirst({
      where: { skp: { employeeId }, hasilKerja: { not: null }, ratedAt: { not: null } },
      orderBy: { ratedAt: 'desc' },
      select: { hasilKerja: true, ratedAt: true, behaviour: { select: { value: true, expectation: true } } },
    }),
    db.trainingEnrolment.findMany({
      where: { employeeId, status: { not: 'CANCELLED' } },
      select: { programmeId: true, status: true, completedOn: true, programme: { select: { competencies: { select: { id: true } } } } },
    }),
    db.competencyRequirement.findMany({ where: { agencyId: employee.agencyId, positionTitle: employee.positionTitle }, select: { competencyId: true } }),
    db.trainingProgramme.findMany({
      where: { agencyId: employee.agencyId, startDate: { gte: new Date(today) } },
      select: { id: true, startDate: true, competencies: { select: { id: true } } },
    }),
  ]);
  const completed = enrolments.filter((enrolment) => enrolment.status === 'COMPLETED');
  const competenciesOf = (list: typeof completed) => new Set(list.flatMap((enrolment) => enrolment.programme.competencies.map((c) => c.id)));
  const ratedDay = latest?.ratedAt ? latest.ratedAt.toISOString().slice(0, 10) : null;
  const gaps = competencyGaps({
    competencies,
    latestRating: latest
      ? {
          hasilKerja: latest.hasilKerja as Expectation,
          behaviour: Object.fromEntries(latest.behaviour.map((row) => [row.value, row.expectation])) as Partial<Record<CoreValue, Expectation>>,
        }
      : null,
    completedSinceRating: competenciesOf(completed.filter((enrolment) => ratedDay !== null && enrolment.completedOn!.toISOString().slice(0, 10) >= ratedDay)),
    requiredForPosition: new Set(requirements.map((row) => row.competencyId)),
    completedEver: competenciesOf(completed),
  });
  const recommendations = recommendProgrammes(
    gaps,
    programmes.map((programme) => ({ id: programme.id, startDate: programme.startDate.toISOString().slice(0, 10), competencyIds: programme.competencies.map((c) => c.id) })),
    new Set(enrolments.map((enrolment) => enrolment.programmeId)),
    today,
  );
  return { gaps, recommendations };
}
