// The annual predikat, the calibration of a unit's predikat distribution against the curve for
// the unit's own rating, and locking the final annual predikat (refused while the curve is
// violated, unless an ADMIN overrides with a recorded reason).
import { checkDistribution, periodsOfYear, predikatFor, PREDIKAT_ORDER, unitHeadHasilKerja, unitHeadOf, type DistributionCheck, type Predikat as SharedPredikat } from '@pantau/shared';
import { z } from 'zod';
import { canAdministerAgency, canReadUnitAggregates, canViewPerformanceOf } from '../auth/access.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import type { OrganisationRating as OrganisationRatingValue } from '../generated/prisma/enums.js';
import { commit } from '../performance/commit.js';
import { builder } from './builder.js';
import { UnitNode } from './unit.js';
import { Predikat } from './appraisal.js';
import { OrganisationRating } from './performance-period.js';
import { SkpNode } from './skp.js';

interface AnnualRow {
  skpId: string;
  employeeId: string;
  locked: boolean;
  rating: { hasilKerja: 'DI_BAWAH' | 'SESUAI' | 'DI_ATAS'; perilakuKerja: 'DI_BAWAH' | 'SESUAI' | 'DI_ATAS'; predikat: SharedPredikat } | null;
}

/**
 * Each SKP of the unit's members for the year, with its annual predikat: the locked one, or else
 * the final (acknowledged) appraisal of the year's last period. Periodic appraisals in this product
 * are cumulative (each rates the year's work so far against the annual plan), so the last period's
 * final rating is the year's rating; an SKP whose last period is not final yet has none.
 */
async function annualRows(context: Context, unitId: string, year: number): Promise<AnnualRow[]> {
  const skps = await context.prisma.skp.findMany({
    where: { employee: { unitId }, year: { year }, status: 'APPROVED' },
    select: {
      id: true,
      employeeId: true,
      year: { select: { cadence: true } },
      annual: { select: { hasilKerja: true, perilakuKerja: true, predikat: true } },
      appraisals: {
        where: { status: 'ACKNOWLEDGED' },
        orderBy: { period: { index: 'desc' } },
        take: 1,
        select: { hasilKerja: true, perilakuKerja: true, predikat: true, period: { select: { index: true } } },
      },
    },
  });
  return skps.map((skp) => {
    if (skp.annual) return { skpId: skp.id, employeeId: skp.employeeId, locked: true, rating: skp.annual };
    const last = skp.appraisals[0];
    const isLastPeriod = last !== undefined && last.period.index === periodsOfYear(year, skp.year.cadence).length;
    const rating = isLastPeriod && last.hasilKerja && last.perilakuKerja && last.predikat ? { hasilKerja: last.hasilKerja, perilakuKerja: last.perilakuKerja, predikat: last.predikat } : null;
    return { skpId: skp.id, employeeId: skp.employeeId, locked: false, rating };
  });
}

interface Calibration {
  unitId: string;
  year: number;
  organisationRating: OrganisationRatingValue | null;
  rows: AnnualRow[];
  check: DistributionCheck | null;
}

async function calibrate(context: Context, unitId: string, year: number): Promise<Calibration> {
  const [rating, annual, members] = await Promise.all([
    context.prisma.unitRating.findUnique({ where: { unitId_year: { unitId, year } }, select: { rating: true } }),
    annualRows(context, unitId, year),
    context.prisma.employee.findMany({ where: { unitId }, select: { id: true, superiorId: true } }),
  ]);
  // The unit head's hasil kerja follows the unit's own rating (domain rule); a locked row stays as locked.
  const head = unitHeadOf(members);
  const rows = annual.map((row) => {
    if (!rating || row.locked || !row.rating || row.employeeId !== head) return row;
    const hasilKerja = unitHeadHasilKerja(rating.rating);
    return { ...row, rating: { ...row.rating, hasilKerja, predikat: predikatFor(hasilKerja, row.rating.perilakuKerja) } };
  });
  const counts = countPredikat(rows);
  return { unitId, year, organisationRating: rating?.rating ?? null, rows, check: rating ? checkDistribution(rating.rating, counts) : null };
}

function countPredikat(rows: AnnualRow[]): Record<SharedPredikat, number> {
  const counts = Object.fromEntries(PREDIKAT_ORDER.map((p) => [p, 0])) as Record<SharedPredikat, number>;
  for (const row of rows) if (row.rating) counts[row.rating.predikat]++;
  return counts;
}

const PredikatCount = builder.objectRef<{ predikat: SharedPredikat; count: number; percent: number }>('PredikatCount').implement({
  fields: (t) => ({
    predikat: t.field({ type: Predikat, resolve: (row) => row.predikat }),
    count: t.exposeInt('count'),
    percent: t.exposeFloat('percent', { description: 'Share of the rated employees, 0–100.' }),
  }),
});

const CurveViolation = builder.objectRef<DistributionCheck['violations'][number]>('CurveViolation').implement({
  description: 'One broken rule of the distribution curve, with the numbers.',
  fields: (t) => ({
    ruleId: t.exposeString('ruleId'),
    description: t.exposeString('description'),
    kind: t.string({ description: 'at_most, at_least or required_any.', resolve: (v) => v.kind }),
    predikat: t.field({ type: [Predikat], resolve: (v) => [...v.predikat] }),
    thresholdPercent: t.exposeFloat('thresholdPercent', { nullable: true }),
    actualCount: t.exposeInt('actualCount'),
    actualPercent: t.exposeFloat('actualPercent'),
    allowedCount: t.exposeInt('allowedCount', { description: 'The largest (at_most) or smallest (at_least, required_any) count that would pass.' }),
  }),
});

const CalibrationRef = builder.objectRef<Calibration>('Calibration').implement({
  description: 'A unit’s annual predikat distribution checked against the curve for the unit’s own rating. Aggregates only.',
  fields: (t) => ({
    unit: t.prismaField({ type: 'Unit', resolve: (query, c, _args, context) => context.prisma.unit.findUniqueOrThrow({ ...query, where: { id: c.unitId } }) }),
    year: t.exposeInt('year'),
    organisationRating: t.field({ type: OrganisationRating, nullable: true, description: 'Null until the unit’s rating for the year is set; the curve is then not checked.', resolve: (c) => c.organisationRating }),
    rated: t.int({ description: 'Employees with an annual predikat.', resolve: (c) => c.rows.filter((row) => row.rating).length }),
    unrated: t.int({ description: 'Employees with an approved SKP whose last period is not final yet.', resolve: (c) => c.rows.filter((row) => !row.rating).length }),
    locked: t.int({ description: 'Annual predikat already locked.', resolve: (c) => c.rows.filter((row) => row.locked).length }),
    counts: t.field({
      type: [PredikatCount],
      resolve: (c) => {
        const counts = countPredikat(c.rows);
        const total = PREDIKAT_ORDER.reduce((sum, p) => sum + counts[p], 0);
        return PREDIKAT_ORDER.map((predikat) => ({ predikat, count: counts[predikat], percent: total === 0 ? 0 : (counts[predikat] / total) * 100 }));
      },
    }),
    ok: t.boolean({ nullable: true, description: 'Null when the unit has no rating for the year.', resolve: (c) => c.check?.ok ?? null }),
    violations: t.field({ type: [CurveViolation], resolve: (c) => [...(c.check?.violations ?? [])] }),
  }),
});

async function unitAgency(context: Context, unitId: string, field: string): Promise<string> {
  const unit = await context.prisma.unit.findUnique({ where: { id: unitId }, select: { agencyId: true } });
  if (!unit) throw notFound('The unit', field);
  return unit.agencyId;
}

builder.queryField('calibration', (t) =>
  t.field({
    type: CalibrationRef,
    description:
      'The unit’s predikat distribution for a year against the curve: for the agency’s administrators, the region’s leaders and analysts, ' +
      'and the superiors of the unit’s people (its head).',
    authScopes: { authenticated: true },
    args: { unitId: t.arg.globalID({ required: true, for: UnitNode }), year: t.arg.int({ required: true }) },
    resolve: async (_parent, args, context) => {
      if (!(await canReadUnitAggregates(context, args.unitId.id, 'unitId'))) throw new AppError('FORBIDDEN', 'You may not read this unit’s figures.', 'unitId');
      return calibrate(context, args.unitId.id, args.year);
    },
  }),
);

const LockAnnualInput = builder.inputType('LockAnnualPredikatInput', {
  fields: (t) => ({
    unitId: t.globalID({ required: true, for: UnitNode }),
    year: t.int({ required: true }),
    overrideReason: t.string({
      description: 'Only for an ADMIN: lock although the curve is violated; the reason is recorded in the audit trail.',
      validate: z.string().trim().min(20, 'must explain the override (at least 20 characters)').max(2000, 'must be at most 2000 characters'),
    }),
  }),
});

const describeViolations = (check: DistributionCheck) =>
  check.violations.map((v) => `${v.description}: ${v.actualCount} of ${check.total} (${v.actualPercent.toFixed(1)}%), allowed ${v.allowedCount}`).join('; ');

builder.mutationField('lockAnnualPredikat', (t) =>
  t.field({
    type: CalibrationRef,
    description:
      'Locks the final annual predikat of the unit’s employees whose last period is final. Refused while the distribution ' +
      'violates the curve, unless an ADMIN gives an override reason.',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: LockAnnualInput, required: true }) },
    resolve: async (_parent, { input }, context) => {
      const unitId = input.unitId.id;
      const agencyId = await unitAgency(context, unitId, 'input.unitId');
      if (!canAdministerAgency(context, agencyId)) throw new AppError('FORBIDDEN', 'Only an administrator of this agency may lock its ratings.', 'input.unitId');
      const calibration = await calibrate(context, unitId, input.year);
      if (!calibration.check) throw new AppError('INVALID_STATE', `Set the unit’s own rating for ${input.year} first; it decides which curve applies.`, 'input.unitId');
      const toLock = calibration.rows.filter((row) => !row.locked && row.rating);
      if (toLock.length === 0) throw new AppError('INVALID_STATE', 'No annual predikat is ready to lock: the last period’s appraisals are not final yet.', 'input.unitId');
      const override = input.overrideReason ?? null;
      if (!calibration.check.ok) {
        if (!override) throw new AppError('CURVE_VIOLATED', `The distribution breaks the curve for a ${calibration.organisationRating} unit: ${describeViolations(calibration.check)}.`, 'input.unitId');
        if (context.viewer?.role !== 'ADMIN') throw new AppError('FORBIDDEN', 'Only an ADMIN may lock despite a violated curve.', 'input.overrideReason');
      } else if (override) {
        throw new AppError('BAD_USER_INPUT', 'The curve is respected; no override is needed.', 'input.overrideReason');
      }
      await commit(
        context,
        (tx) => tx.annualAppraisal.createMany({ data: toLock.map((row) => ({ skpId: row.skpId, ...row.rating!, lockedById: context.viewer!.userId, overrideReason: override })) }),
        () => ({
          action: 'annual.lock',
          entityType: 'Unit',
          entityId: unitId,
          after: { year: input.year, locked: toLock.length, overrideReason: override, violations: calibration.check!.violations.map((v) => v.ruleId) },
        }),
      );
      return calibrate(context, unitId, input.year);
    },
  }),
);

builder.prismaObject('AnnualAppraisal', {
  description: 'The locked final annual predikat of an SKP.',
  fields: (t) => ({
    predikat: t.expose('predikat', { type: Predikat }),
    lockedAt: t.expose('lockedAt', { type: 'DateTime' }),
    overrideReason: t.exposeString('overrideReason', { nullable: true }),
  }),
});

builder.prismaObjectFields(SkpNode, (t) => ({
  annual: t.relation('annual', {
    nullable: true,
    description: 'The locked final annual predikat, once the unit is calibrated and locked.',
    authScopes: (skp, _args, context) => canViewPerformanceOf(context, skp.employee),
  }),
}));
