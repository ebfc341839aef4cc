// SKP (Sasaran Kinerja Pegawai): one plan per employee per year, its RHK (cascaded from the
// superior's RHK) and their indicators, and the lifecycle DRAFT → SUBMITTED → APPROVED or RETURNED
// decided by the direct superior.
import { z } from 'zod';
import { canViewEmployee, isDeciderFor } from '../auth/access.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { commit } from '../performance/commit.js';
import { builder } from './builder.js';
import { AgencyGoalNode } from './performance-period.js';

const SkpStatus = builder.enumType('SkpStatus', {
  description: 'DRAFT → SUBMITTED → APPROVED, or RETURNED (with a reason) for changes and a new submission.',
  values: ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const,
});

const RhkKind = builder.enumType('RhkKind', {
  description: 'UTAMA: a main work result. TAMBAHAN: an additional one.',
  values: ['UTAMA', 'TAMBAHAN'] as const,
});

const IndicatorAspect = builder.enumType('IndicatorAspect', {
  description: 'The aspect an individual indicator measures: quantity, quality or time.',
  values: ['QUANTITY', 'QUALITY', 'TIME'] as const,
});

/** The owner of a plan, as the access rules need it. */
export interface SkpOwner {
  id: string;
  agencyId: string;
  superiorId: string | null;
}

const ownerSelect = { select: { id: true, agencyId: true, unitId: true, superiorId: true } } as const;

export const SkpNode = builder.prismaNode('Skp', {
  id: { field: 'id' },
  description:
    'An employee’s annual work plan. Visible to the employee, their superiors (and direct subordinates, who cascade from it), ' +
    'the administrators of their agency and the leaders of their region.',
  select: { id: true, employee: ownerSelect },
  authScopes: (skp, context) => canViewEmployee(context, skp.employee),
  fields: (t) => ({
    status: t.expose('status', { type: SkpStatus }),
    returnReason: t.exposeString('returnReason', { nullable: true, description: 'Why the superior returned it, while RETURNED.' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    employee: t.relation('employee'),
    performanceYear: t.relation('year'),
    year: t.int({ select: { year: { select: { year: true } } }, resolve: (skp) => skp.year.year }),
    rhk: t.relation('rhk', { query: { orderBy: [{ kind: 'asc' }, { createdAt: 'asc' }] } }),
  }),
});

export const RhkNode = builder.prismaNode('Rhk', {
  id: { field: 'id' },
  description: 'Rencana Hasil Kerja: a planned work result of an SKP.',
  select: { id: true, skp: { select: { employee: ownerSelect } } },
  authScopes: (rhk, context) => canViewEmployee(context, rhk.skp.employee),
  fields: (t) => ({
    kind: t.expose('kind', { type: RhkKind }),
    title: t.exposeString('title'),
    skp: t.relation('skp'),
    parentRhk: t.relation('parentRhk', { nullable: true, description: 'The superior’s RHK this one supports (the cascade).' }),
    agencyGoal: t.relation('agencyGoal', { nullable: true, description: 'For a head of agency: the agency goal (IKU) it supports.' }),
    indicators: t.relation('indicators', { query: { orderBy: { aspect: 'asc' } } }),
  }),
});

export const RhkIndicatorNode = builder.prismaNode('RhkIndicator', {
  id: { field: 'id' },
  description: 'Indikator kinerja individu: one aspect of an RHK with its target.',
  select: { id: true, rhk: { select: { skp: { select: { employee: ownerSelect } } } } },
  authScopes: (indicator, context) => canViewEmployee(context, indicator.rhk.skp.employee),
  fields: (t) => ({
    aspect: t.expose('aspect', { type: IndicatorAspect }),
    description: t.exposeString('description'),
    target: t.exposeFloat('target'),
    unit: t.exposeString('unit'),
    rhk: t.relation('rhk'),
  }),
});

builder.prismaObjectFields('Employee', (t) => ({
  skp: t.prismaField({
    type: 'Skp',
    nullable: true,
    description: 'The person’s SKP for a year, or null when there is none yet.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (query, employee, args, context) =>
      context.prisma.skp.findFirst({ ...query, where: { employeeId: employee.id, year: { year: args.year } } }),
  }),
}));

builder.queryFields((t) => ({
  skpsAwaitingMyDecision: t.prismaConnection({
    type: 'Skp',
    cursor: 'id',
    description: 'Submitted SKPs of the viewer’s direct subordinates (or, for a leader, of the heads of agency in the region).',
    authScopes: { authenticated: true },
    totalCount: (_parent, _args, context) => context.prisma.skp.count({ where: awaitingWhere(context) }),
    resolve: (query, _parent, _args, context) =>
      context.prisma.skp.findMany({ ...query, where: awaitingWhere(context), orderBy: { submittedAt: 'asc' } }),
  }),
}));

function awaitingWhere(context: Context) {
  const viewer = context.viewer!;
  if (viewer.role === 'LEADER' && viewer.regionId) {
    return { status: 'SUBMITTED' as const, employee: { superiorId: null, agency: { regionId: viewer.regionId } } };
  }
  // A viewer without an employee record has no subordinates: match nothing.
  return { status: 'SUBMITTED' as const, employee: { superiorId: viewer.employeeId ?? '-' } };
}

/** The SKP with what the rules need; NOT_FOUND when missing or invisible to the viewer. */
export async function loadSkp(context: Context, skpId: string, field: string) {
  const skp = await context.prisma.skp.findUnique({
    where: { id: skpId },
    include: { employee: ownerSelect, year: { select: { id: true, year: true, agencyId: true } } },
  });
  if (!skp || !(await canViewEmployee(context, skp.employee))) throw notFound('The SKP', field);
  return skp;
}

/** Throws unless the viewer is the SKP's owner. */
export function assertOwner(context: Context, owner: SkpOwner, field: string): void {
  if (context.viewer?.employeeId !== owner.id) throw new AppError('FORBIDDEN', 'Only the employee may change their own SKP.', field);
}

const EDITABLE = new Set(['DRAFT', 'RETURNED']);

async function loadEditableSkp(context: Context, skpId: string, field: string) {
  const skp = await loadSkp(context, skpId, field);
  assertOwner(context, skp.employee, field);
  if (!EDITABLE.has(skp.status)) {
    throw new AppError('INVALID_STATE', `The SKP is ${skp.status}; it can be changed only while DRAFT or RETURNED.`, field);
  }
  return skp;
}

/** The superior's SKP for the same year, or null for someone with no superior. */
function superiorSkpOf(context: Context, owner: SkpOwner, year: number) {
  if (owner.superiorId === null) return Promise.resolve(null);
  return context.prisma.skp.findFirst({ where: { employeeId: owner.superiorId, year: { year } }, select: { id: true, status: true } });
}

const title = z.string().trim().min(5, 'must be at least 5 characters').max(500, 'must be at most 500 characters');

const CreateSkpInput = builder.inputType('CreateSkpInput', {
  fields: (t) => ({ year: t.int({ required: true }) }),
});

const AddRhkInput = builder.inputType('AddRhkInput', {
  fields: (t) => ({
    skpId: t.globalID({ required: true, for: SkpNode }),
    kind: t.field({ type: RhkKind, required: true }),
    title: t.string({ required: true, validate: title }),
    parentRhkId: t.globalID({ for: RhkNode, description: 'The superior’s RHK it supports; required for UTAMA when the employee has a superior.' }),
    agencyGoalId: t.globalID({ for: AgencyGoalNode, description: 'Only for a head of agency: the agency goal (IKU) it supports.' }),
  }),
});

const UpdateRhkInput = builder.inputType('UpdateRhkInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: RhkNode }),
    title: t.string({ validate: title }),
  }),
});

const AddIndicatorInput = builder.inputType('AddIndicatorInput', {
  fields: (t) => ({
    rhkId: t.globalID({ required: true, for: RhkNode }),
    aspect: t.field({ type: IndicatorAspect, required: true }),
    description: t.string({ required: true, validate: title }),
    target: t.float({ required: true, validate: z.number().positive('must be greater than 0').max(1e9, 'is too large') }),
    unit: t.string({ required: true, validate: z.string().trim().min(1, 'is required').max(50, 'must be at most 50 characters') }),
  }),
});

const ReturnSkpInput = builder.inputType('ReturnSkpInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: SkpNode }),
    reason: t.string({ required: true, validate: z.string().trim().min(10, 'must say what to change (at least 10 characters)').max(2000, 'must be at most 2000 characters') }),
  }),
});

async function rhkForEdit(context: Context, rhkId: string, field: string) {
  const rhk = await context.prisma.rhk.findUnique({ where: { id: rhkId }, select: { id: true, title: true, kind: true, skpId: true } });
  if (!rhk) throw notFound('The RHK', field);
  await loadEditableSkp(context, rhk.skpId, field);
  return rhk;
}

async function decide(context: Context, skpId: string, outcome: 'APPROVED' | 'RETURNED', reason: string | null, field: string) {
  const skp = await loadSkp(context, skpId, field);
  if (!(await isDeciderFor(context, skp.employee))) {
    throw new AppError('FORBIDDEN', 'Only the employee’s direct superior may approve or return this SKP.', field);
  }
  if (skp.status !== 'SUBMITTED') {
    throw new AppError('INVALID_STATE', `The SKP is ${skp.status}; only a SUBMITTED SKP can be approved or returned.`, field);
  }
  await commit(
    context,
    (tx) => tx.skp.update({ where: { id: skp.id }, data: { status: outcome, returnReason: reason, decidedById: context.viewer!.userId, decidedAt: new Date() } }),
    () => ({
      action: outcome === 'APPROVED' ? 'skp.approve' : 'skp.return',
      entityType: 'Skp',
      entityId: skp.id,
      before: { status: skp.status },
      after: { status: outcome, ...(reason ? { returnReason: reason } : {}) },
    }),
    { unitId: skp.employee.unitId, employeeId: skp.employee.id },
  );
  return skp.id;
}

builder.mutationFields((t) => ({
  createSkp: t.prismaField({
    type: 'Skp',
    description: 'Drafts the viewer’s own SKP for a year. The superior’s SKP for that year must exist first.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateSkpInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const employeeId = context.viewer!.employeeId;
      if (!employeeId) throw new AppError('FORBIDDEN', 'Only an account linked to an employee has an SKP.', 'input.year');
      const owner = await context.prisma.employee.findUniqueOrThrow({ where: { id: employeeId }, ...ownerSelect });
      const year = await context.prisma.performanceYear.findUnique({ where: { agencyId_year: { agencyId: owner.agencyId, year: input.year } }, select: { id: true } });
      if (!year) throw new AppError('NOT_FOUND', `Your agency has not opened performance year ${input.year}.`, 'input.year');
      if (await context.prisma.skp.findUnique({ where: { employeeId_yearId: { employeeId, yearId: year.id } }, select: { id: true } })) {
        throw new AppError('CONFLICT', `You already have an SKP for ${input.year}.`, 'input.year');
      }
      if (owner.superiorId !== null && !(await superiorSkpOf(context, owner, input.year))) {
        throw new AppError('SUPERIOR_SKP_MISSING', `Your superior has no SKP for ${input.year} yet; yours cascades from it and can be drafted only after it exists.`, 'input.year');
      }
      return commit(
        context,
        (tx) => tx.skp.create({ ...query, data: { employeeId, yearId: year.id } }),
        (row) => ({ action: 'skp.create', entityType: 'Skp', entityId: row.id, after: { employeeId, year: input.year, status: 'DRAFT' } }),
        { unitId: owner.unitId, employeeId },
      );
    },
  }),
  addRhk: t.prismaField({
    type: 'Rhk',
    description: 'Adds an RHK to the viewer’s own SKP while DRAFT or RETURNED.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AddRhkInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const skp = await loadEditableSkp(context, input.skpId.id, 'input.skpId');
      const parentRhkId = input.parentRhkId?.id ?? null;
      const agencyGoalId = input.agencyGoalId?.id ?? null;
      if (skp.employee.superiorId === null) {
        if (parentRhkId) throw new AppError('BAD_USER_INPUT', 'A head of agency has no superior’s RHK to support; link an agency goal instead.', 'input.parentRhkId');
        if (agencyGoalId) {
          const goal = await context.prisma.agencyGoal.findUnique({ where: { id: agencyGoalId }, select: { agencyId: true, year: true } });
          if (!goal || goal.agencyId !== skp.year.agencyId || goal.year !== skp.year.year) {
            throw new AppError('BAD_USER_INPUT', `The goal is not one of your agency’s goals for ${skp.year.year}.`, 'input.agencyGoalId');
          }
        }
      } else {
        if (agencyGoalId) throw new AppError('BAD_USER_INPUT', 'Only a head of agency links RHK to agency goals; link your superior’s RHK instead.', 'input.agencyGoalId');
        if (!parentRhkId && input.kind === 'UTAMA') {
          throw new AppError('BAD_USER_INPUT', 'A main (UTAMA) RHK must name the superior’s RHK it supports.', 'input.parentRhkId');
        }
        if (parentRhkId) {
          const superiorSkp = await superiorSkpOf(context, skp.employee, skp.year.year);
          const parent = await context.prisma.rhk.findUnique({ where: { id: parentRhkId }, select: { skpId: true } });
          if (!parent || parent.skpId !== superiorSkp?.id) {
            throw new AppError('BAD_USER_INPUT', `The RHK you support must be one of your direct superior’s RHK for ${skp.year.year}.`, 'input.parentRhkId');
          }
        }
      }
      const data = { skpId: skp.id, kind: input.kind, title: input.title, parentRhkId, agencyGoalId };
      return commit(
        context,
        (tx) => tx.rhk.create({ ...query, data }),
        (created) => ({ action: 'rhk.create', entityType: 'Rhk', entityId: created.id, after: data }),
      );
    },
  }),
  updateRhk: t.prismaField({
    type: 'Rhk',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateRhkInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const rhk = await rhkForEdit(context, input.id.id, 'input.id');
      const changes = input.title ? { title: input.title } : {};
      return commit(
        context,
        (tx) => tx.rhk.update({ ...query, where: { id: rhk.id }, data: changes }),
        () => ({ action: 'rhk.update', entityType: 'Rhk', entityId: rhk.id, before: { title: rhk.title }, after: { title: rhk.title, ...changes } }),
      );
    },
  }),
  removeRhk: t.boolean({
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ required: true, for: RhkNode }) },
    resolve: async (_parent, args, context) => {
      const rhk = await rhkForEdit(context, args.id.id, 'id');
      if (await context.prisma.rhk.findFirst({ where: { parentRhkId: rhk.id }, select: { id: true } })) {
        throw new AppError('CONFLICT', 'Subordinates’ RHK support this RHK; it cannot be removed.', 'id');
      }
      await commit(context, (tx) => tx.rhk.delete({ where: { id: rhk.id } }), () => ({ action: 'rhk.delete', entityType: 'Rhk', entityId: rhk.id, before: rhk }));
      return true;
    },
  }),
  addIndicator: t.prismaField({
    type: 'RhkIndicator',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AddIndicatorInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const rhk = await rhkForEdit(context, input.rhkId.id, 'input.rhkId');
      const data = { rhkId: rhk.id, aspect: input.aspect, description: input.description, target: input.target, unit: input.unit };
      return commit(
        context,
        (tx) => tx.rhkIndicator.create({ ...query, data }),
        (created) => ({ action: 'indicator.create', entityType: 'RhkIndicator', entityId: created.id, after: data }),
      );
    },
  }),
  removeIndicator: t.boolean({
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ required: true, for: RhkIndicatorNode }) },
    resolve: async (_parent, args, context) => {
      const indicator = await context.prisma.rhkIndicator.findUnique({ where: { id: args.id.id } });
      if (!indicator) throw notFound('The indicator', 'id');
      await rhkForEdit(context, indicator.rhkId, 'id');
      await commit(
        context,
        (tx) => tx.rhkIndicator.delete({ where: { id: indicator.id } }),
        () => ({ action: 'indicator.delete', entityType: 'RhkIndicator', entityId: indicator.id, before: indicator }),
      );
      return true;
    },
  }),
  submitSkp: t.prismaField({
    type: 'Skp',
    description: 'Submits the viewer’s SKP to the direct superior, whose own SKP must already be APPROVED.',
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ required: true, for: SkpNode }) },
    resolve: async (query, _parent, args, context) => {
      const skp = await loadEditableSkp(context, args.id.id, 'id');
      const rhk = await context.prisma.rhk.findMany({ where: { skpId: skp.id }, select: { kind: true, title: true, _count: { select: { indicators: true } } } });
      if (!rhk.some((item) => item.kind === 'UTAMA')) throw new AppError('INVALID_STATE', 'The SKP needs at least one main (UTAMA) RHK before it is submitted.', 'id');
      const bare = rhk.find((item) => item._count.indicators === 0);
      if (bare) throw new AppError('INVALID_STATE', `RHK "${bare.title}" has no indicator; every RHK needs at least one.`, 'id');
      const superiorSkp = await superiorSkpOf(context, skp.employee, skp.year.year);
      if (skp.employee.superiorId !== null && superiorSkp?.status !== 'APPROVED') {
        throw new AppError(
          'SUPERIOR_SKP_NOT_APPROVED',
          `Your superior’s SKP for ${skp.year.year} is ${superiorSkp?.status ?? 'missing'}; you can submit yours once it is APPROVED.`,
          'id',
        );
      }
      return commit(
        context,
        (tx) => tx.skp.update({ ...query, where: { id: skp.id }, data: { status: 'SUBMITTED', submittedAt: new Date(), returnReason: null } }),
        () => ({ action: 'skp.submit', entityType: 'Skp', entityId: skp.id, before: { status: skp.status }, after: { status: 'SUBMITTED' } }),
        { unitId: skp.employee.unitId, employeeId: skp.employee.id },
      );
    },
  }),
  approveSkp: t.prismaField({
    type: 'Skp',
    description: 'The direct superior approves a SUBMITTED SKP (a leader of the region does it for a head of agency).',
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ required: true, for: SkpNode }) },
    resolve: async (query, _parent, args, context) =>
      context.prisma.skp.findUniqueOrThrow({ ...query, where: { id: await decide(context, args.id.id, 'APPROVED', null, 'id') } }),
  }),
  returnSkp: t.prismaField({
    type: 'Skp',
    description: 'The direct superior returns a SUBMITTED SKP with the reason; the employee changes it and submits again.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: ReturnSkpInput, required: true }) },
    resolve: async (query, _parent, { input }, context) =>
      context.prisma.skp.findUniqueOrThrow({ ...query, where: { id: await decide(context, input.id.id, 'RETURNED', input.reason, 'input.id') } }),
  }),
}));
