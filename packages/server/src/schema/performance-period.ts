// Performance years, their evaluation periods (opened and closed by the agency's administrator),
// the agency's own goals (IKU) and units' yearly ratings.
import { OrganisationRating as SharedOrganisationRating, periodsOfYear } from '@pantau/shared';
import { z } from 'zod';
import { canAdministerAgency } from '../auth/access.js';
import { AppError, notFound } from '../errors.js';
import type { Context } from '../context.js';
import { commit } from '../performance/commit.js';
import { builder } from './builder.js';
import { AgencyNode } from './agency.js';
import { UnitNode } from './unit.js';

export const Cadence = builder.enumType('Cadence', {
  description: 'How often an agency evaluates performance within the year (the regulation’s form is quarterly).',
  values: ['MONTHLY', 'QUARTERLY', 'SEMESTER'] as const,
});

const PeriodStatus = builder.enumType('PeriodStatus', {
  description: 'PLANNED: not open yet. OPEN: realisations and appraisals are recorded. CLOSED: read-only.',
  values: ['PLANNED', 'OPEN', 'CLOSED'] as const,
});

export const OrganisationRating = builder.enumType('OrganisationRating', {
  description: 'A unit’s own yearly rating; it bounds how its employees’ predikat may be distributed.',
  values: Object.values(SharedOrganisationRating),
});

/** Dates are stored as midnight UTC; the API speaks calendar dates (YYYY-MM-DD). */
export const localDate = (date: Date) => date.toISOString().slice(0, 10);

export const PerformanceYearNode = builder.prismaNode('PerformanceYear', {
  id: { field: 'id' },
  description: 'An agency’s performance year; its cadence is the agency’s setting for that year.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    cadence: t.expose('cadence', { type: Cadence }),
    agency: t.relation('agency'),
    periods: t.relation('periods', { query: { orderBy: { index: 'asc' } } }),
  }),
});

export const EvaluationPeriodNode = builder.prismaNode('EvaluationPeriod', {
  id: { field: 'id' },
  description: 'One evaluation period of a performance year (a quarter by default).',
  fields: (t) => ({
    index: t.exposeInt('index'),
    code: t.exposeString('code', { description: 'E.g. 2026-Q1, 2026-M03, 2026-S2.' }),
    startDate: t.string({ resolve: (period) => localDate(period.startDate) }),
    endDate: t.string({ description: 'Inclusive.', resolve: (period) => localDate(period.endDate) }),
    status: t.expose('status', { type: PeriodStatus }),
    openedAt: t.expose('openedAt', { type: 'DateTime', nullable: true }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    performanceYear: t.relation('year'),
  }),
});

export const AgencyGoalNode = builder.prismaNode('AgencyGoal', {
  id: { field: 'id' },
  description: 'An agency’s own performance goal (IKU) for a year, which a head of agency’s RHK may support.',
  fields: (t) => ({
    code: t.exposeString('code'),
    title: t.exposeString('title'),
    year: t.exposeInt('year'),
    agency: t.relation('agency'),
  }),
});

builder.prismaObject('UnitRating', {
  description: 'A unit’s own rating for a year.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    rating: t.expose('rating', { type: OrganisationRating }),
    unit: t.relation('unit'),
  }),
});

const yearSchema = z.number().int().min(2000, 'must be 2000 or later').max(2100, 'must be 2100 or earlier');

builder.prismaObjectFields('Agency', (t) => ({
  performanceYear: t.prismaField({
    type: 'PerformanceYear',
    nullable: true,
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: true }) },
    resolve: (query, agency, args, context) =>
      context.prisma.performanceYear.findUnique({ ...query, where: { agencyId_year: { agencyId: agency.id, year: args.year } } }),
  }),
  performanceYears: t.relation('performanceYears', {
    description: 'The agency’s performance years, latest first.',
    authScopes: { authenticated: true },
    query: { orderBy: { year: 'desc' } },
  }),
  goals: t.relation('agencyGoals', {
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: true }) },
    query: (args) => ({ where: { year: args.year }, orderBy: { code: 'asc' } }),
  }),
}));

function assertAdministers(context: Context, agencyId: string, field: string): void {
  if (!canAdministerAgency(context, agencyId)) {
    throw new AppError('FORBIDDEN', 'Only an administrator of this agency may do this.', field);
  }
}

/**
 * Throws unless the period is open: the one check every change to realisations, feedback and
 * appraisals goes through, so that a closed period stays read-only.
 */
export function assertPeriodOpen(period: { status: string; code: string }, field: string): void {
  if (period.status === 'CLOSED') throw new AppError('PERIOD_CLOSED', `Period ${period.code} is closed and read-only.`, field);
  if (period.status !== 'OPEN') throw new AppError('PERIOD_NOT_OPEN', `Period ${period.code} has not been opened yet.`, field);
}

const CreatePerformanceYearInput = builder.inputType('CreatePerformanceYearInput', {
  fields: (t) => ({
    agencyId: t.globalID({ required: true, for: AgencyNode }),
    year: t.int({ required: true, validate: yearSchema }),
    cadence: t.field({ type: Cadence, description: 'Defaults to the cadence of the agency’s previous year, else QUARTERLY.' }),
  }),
});

const CreateAgencyGoalInput = builder.inputType('CreateAgencyGoalInput', {
  fields: (t) => ({
    agencyId: t.globalID({ required: true, for: AgencyNode }),
    year: t.int({ required: true, validate: yearSchema }),
    code: t.string({ required: true, validate: z.string().trim().regex(/^[A-Z0-9.\-_]{1,32}$/, 'use 1–32 capital letters, digits, . - or _') }),
    title: t.string({ required: true, validate: z.string().trim().min(5, 'must be at least 5 characters').max(500, 'must be at most 500 characters') }),
  }),
});

const SetUnitRatingInput = builder.inputType('SetUnitRatingInput', {
  fields: (t) => ({
    unitId: t.globalID({ required: true, for: UnitNode }),
    year: t.int({ required: true, validate: yearSchema }),
    rating: t.field({ type: OrganisationRating, required: true }),
  }),
});

async function changePeriodStatus(context: Context, id: string, from: 'PLANNED' | 'OPEN', to: 'OPEN' | 'CLOSED') {
  const period = await context.prisma.evaluationPeriod.findUnique({ where: { id }, include: { year: { select: { agencyId: true } } } });
  if (!period) throw notFound('The period', 'id');
  assertAdministers(context, period.year.agencyId, 'id');
  if (period.status !== from) {
    throw new AppError('INVALID_STATE', `Period ${period.code} is ${period.status}; only a ${from} period can become ${to}.`, 'id');
  }
  const stamp = to === 'OPEN' ? { openedAt: new Date() } : { closedAt: new Date() };
  return commit(
    context,
    (tx) => tx.evaluationPeriod.update({ where: { id }, data: { status: to, ...stamp } }),
    () => ({ action: to === 'OPEN' ? 'period.open' : 'period.close', entityType: 'EvaluationPeriod', entityId: id, before: { status: from }, after: { status: to } }),
  );
}

builder.mutationFields((t) => ({
  createPerformanceYear: t.prismaField({
    type: 'PerformanceYear',
    description: 'Creates an agency’s performance year with its evaluation periods (all PLANNED).',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: CreatePerformanceYearInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const agencyId = input.agencyId.id;
      assertAdministers(context, agencyId, 'input.agencyId');
      const existing = await context.prisma.performanceYear.findMany({ where: { agencyId }, orderBy: { year: 'desc' }, select: { year: true, cadence: true } });
      if (existing.some((row) => row.year === input.year)) {
        throw new AppError('CONFLICT', `The agency already has performance year ${input.year}.`, 'input.year');
      }
      const cadence = input.cadence ?? existing.find((row) => row.year < input.year)?.cadence ?? 'QUARTERLY';
      return commit(
        context,
        (tx) =>
          tx.performanceYear.create({
            ...query,
            data: {
            agencyId,
            year: input.year,
            cadence,
            periods: {
              create: periodsOfYear(input.year, cadence).map((period) => ({
                index: period.index,
                code: period.code,
                startDate: new Date(period.startDate),
                endDate: new Date(period.endDate),
              })),
            },
          },
        }),
        (created) => ({ action: 'performanceYear.create', entityType: 'PerformanceYear', entityId: created.id, after: { agencyId, year: input.year, cadence } }),
      );
    },
  }),
  openPeriod: t.prismaField({
    type: 'EvaluationPeriod',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { id: t.arg.globalID({ required: true, for: EvaluationPeriodNode }) },
    resolve: async (query, _parent, args, context) => {
      const { id } = await changePeriodStatus(context, args.id.id, 'PLANNED', 'OPEN');
      return context.prisma.evaluationPeriod.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  closePeriod: t.prismaField({
    type: 'EvaluationPeriod',
    description: 'Closes a period: from then on its realisations, feedback and appraisals are read-only.',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { id: t.arg.globalID({ required: true, for: EvaluationPeriodNode }) },
    resolve: async (query, _parent, args, context) => {
      const { id } = await changePeriodStatus(context, args.id.id, 'OPEN', 'CLOSED');
      return context.prisma.evaluationPeriod.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  createAgencyGoal: t.prismaField({
    type: 'AgencyGoal',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: CreateAgencyGoalInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const agencyId = input.agencyId.id;
      assertAdministers(context, agencyId, 'input.agencyId');
      const key = { agencyId, year: input.year, code: input.code };
      if (await context.prisma.agencyGoal.findUnique({ where: { agencyId_year_code: key }, select: { id: true } })) {
        throw new AppError('CONFLICT', `The agency already has goal ${input.code} for ${input.year}.`, 'input.code');
      }
      return commit(
        context,
        (tx) => tx.agencyGoal.create({ ...query, data: { ...key, title: input.title } }),
        (created) => ({ action: 'agencyGoal.create', entityType: 'AgencyGoal', entityId: created.id, after: { ...key, title: input.title } }),
      );
    },
  }),
  setUnitRating: t.prismaField({
    type: 'UnitRating',
    description: 'Sets a unit’s own rating for a year (it decides which distribution curve applies).',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: SetUnitRatingInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const unitId = input.unitId.id;
      const unit = await context.prisma.unit.findUnique({ where: { id: unitId }, select: { agencyId: true } });
      if (!unit) throw notFound('The unit', 'input.unitId');
      assertAdministers(context, unit.agencyId, 'input.unitId');
      const key = { unitId_year: { unitId, year: input.year } };
      const before = await context.prisma.unitRating.findUnique({ where: key, select: { rating: true } });
      return commit(
        context,
        (tx) => tx.unitRating.upsert({ ...query, where: key, create: { unitId, year: input.year, rating: input.rating }, update: { rating: input.rating } }),
        () => ({ action: 'unitRating.set', entityType: 'Unit', entityId: unitId, before: before ?? {}, after: { year: input.year, rating: input.rating } }),
      );
    },
  }),
}));
