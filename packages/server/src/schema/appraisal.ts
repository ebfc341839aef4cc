// Periodic appraisal: the employee's self-assessment first, then the direct superior rates hasil
// kerja and the seven BerAKHLAK values (perilaku kerja follows from them), the predikat follows
// from the matrix; the employee acknowledges or objects (keberatan), and the superior's superior
// decides the objection.
import { CORE_VALUES, perilakuFromCoreValues, predikatFor, type CoreValue as SharedCoreValue, type Expectation as SharedExpectation } from '@pantau/shared';
import { z } from 'zod';
import { canViewPerformanceOf, isDeciderFor } from '../auth/access.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { commit, type Mover } from '../performance/commit.js';
import { builder } from './builder.js';
import { EvaluationPeriodNode } from './performance-period.js';
import { openPeriodOfYear } from './realisation.js';
import { assertOwner, loadSkp, SkpNode } from './skp.js';

export const Expectation = builder.enumType('Expectation', {
  description: 'Below (DI_BAWAH), as (SESUAI) or above (DI_ATAS) the expectations agreed at planning.',
  values: ['DI_BAWAH', 'SESUAI', 'DI_ATAS'] as const,
});

export const Predikat = builder.enumType('Predikat', {
  description: 'The performance rating from the matrix of hasil kerja × perilaku kerja (PermenPANRB 6/2022).',
  values: ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const,
});

export const CoreValue = builder.enumType('CoreValue', {
  description: 'The seven BerAKHLAK core values.',
  values: CORE_VALUES,
});

const AppraisalStatus = builder.enumType('AppraisalStatus', {
  description: 'SELF_ASSESSED → RATED → ACKNOWLEDGED (final), or RATED → OBJECTED → ACKNOWLEDGED once the objection is decided.',
  values: ['SELF_ASSESSED', 'RATED', 'OBJECTED', 'ACKNOWLEDGED'] as const,
});

const ObjectionDecision = builder.enumType('ObjectionDecision', {
  description: 'UPHELD: the rating stands. REVISED: the decider sets a new rating.',
  values: ['UPHELD', 'REVISED'] as const,
});

const ownerSelect = { select: { employee: { select: { id: true, agencyId: true } } } } as const;

export const AppraisalNode = builder.prismaNode('Appraisal', {
  id: { field: 'id' },
  description: 'The appraisal of one SKP in one period. Never visible to the employee’s subordinates or to analysts.',
  select: { id: true, skp: ownerSelect },
  authScopes: (appraisal, context) => canViewPerformanceOf(context, appraisal.skp.employee),
  fields: (t) => ({
    status: t.expose('status', { type: AppraisalStatus }),
    selfAssessment: t.exposeString('selfAssessment'),
    selfAssessedAt: t.expose('selfAssessedAt', { type: 'DateTime' }),
    hasilKerja: t.expose('hasilKerja', { type: Expectation, nullable: true }),
    perilakuKerja: t.expose('perilakuKerja', { type: Expectation, nullable: true, description: 'Derived from the seven core-value ratings (see README), or set by an objection’s revision.' }),
    predikat: t.expose('predikat', { type: Predikat, nullable: true }),
    raterComment: t.exposeString('raterComment', { nullable: true }),
    ratedAt: t.expose('ratedAt', { type: 'DateTime', nullable: true }),
    acknowledgedAt: t.expose('acknowledgedAt', { type: 'DateTime', nullable: true }),
    objectionReason: t.exposeString('objectionReason', { nullable: true }),
    objectionDecision: t.expose('objectionDecision', { type: ObjectionDecision, nullable: true }),
    objectionNote: t.exposeString('objectionNote', { nullable: true }),
    originalPredikat: t.expose('originalPredikat', { type: Predikat, nullable: true, description: 'The superior’s predikat before an objection revised it.' }),
    isFinal: t.boolean({ select: { status: true }, resolve: (appraisal) => appraisal.status === 'ACKNOWLEDGED' }),
    behaviour: t.relation('behaviour', { query: { orderBy: { value: 'asc' } } }),
    period: t.relation('period'),
    skp: t.relation('skp'),
  }),
});

builder.prismaObject('BehaviourRating', {
  description: 'Perilaku kerja on one BerAKHLAK value, with the superior’s comment.',
  fields: (t) => ({
    value: t.expose('value', { type: CoreValue }),
    expectation: t.expose('expectation', { type: Expectation }),
    comment: t.exposeString('comment'),
  }),
});

builder.prismaObjectFields(SkpNode, (t) => ({
  appraisals: t.relation('appraisals', {
    description: 'Periodic appraisals, by period.',
    authScopes: (skp, _args, context) => canViewPerformanceOf(context, skp.employee),
    query: { orderBy: { period: { index: 'asc' } } },
  }),
}));

const text = (min: number, what: string) => z.string().trim().min(min, `must ${what} (at least ${min} characters)`).max(4000, 'must be at most 4000 characters');

const SelfAssessmentInput = builder.inputType('SelfAssessmentInput', {
  fields: (t) => ({
    skpId: t.globalID({ required: true, for: SkpNode }),
    periodId: t.globalID({ required: true, for: EvaluationPeriodNode }),
    selfAssessment: t.string({ required: true, validate: text(10, 'describe the period’s work') }),
  }),
});

const BehaviourInput = builder.inputType('BehaviourInput', {
  fields: (t) => ({
    value: t.field({ type: CoreValue, required: true }),
    expectation: t.field({ type: Expectation, required: true }),
    comment: t.string({ required: true, validate: text(3, 'say why') }),
  }),
});

const RateAppraisalInput = builder.inputType('RateAppraisalInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: AppraisalNode }),
    hasilKerja: t.field({ type: Expectation, required: true }),
    behaviour: t.field({
      type: [BehaviourInput],
      required: true,
      description: 'Each of the seven BerAKHLAK values exactly once.',
      validate: z
        .array(z.object({ value: z.string() }).passthrough())
        .refine((rows) => rows.length === CORE_VALUES.length && new Set(rows.map((row) => row.value)).size === CORE_VALUES.length, 'must rate each of the seven BerAKHLAK values exactly once'),
    }),
    comment: t.string({ validate: z.string().trim().max(4000, 'must be at most 4000 characters') }),
  }),
});

const ObjectInput = builder.inputType('ObjectToAppraisalInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: AppraisalNode }),
    reason: t.string({ required: true, validate: text(10, 'say why you object') }),
  }),
});

const DecideObjectionInput = builder.inputType('DecideObjectionInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: AppraisalNode }),
    decision: t.field({ type: ObjectionDecision, required: true }),
    hasilKerja: t.field({ type: Expectation, description: 'Required when REVISED.' }),
    perilakuKerja: t.field({ type: Expectation, description: 'Required when REVISED.' }),
    note: t.string({ required: true, validate: text(10, 'explain the decision') }),
  }),
});

/** The appraisal with its SKP, owner and period, checked visible to the viewer. */
async function loadAppraisal(context: Context, id: string, field: string) {
  const appraisal = await context.prisma.appraisal.findUnique({ where: { id }, select: { id: true, skpId: true, periodId: true, status: true, predikat: true } });
  if (!appraisal) throw notFound('The appraisal', field);
  const skp = await loadSkp(context, appraisal.skpId, field);
  if (!(await canViewPerformanceOf(context, skp.employee))) throw notFound('The appraisal', field);
  await openPeriodOfYear(context, appraisal.periodId, skp.year.id, field);
  return { appraisal, skp };
}

function assertStatus(status: string, allowed: string[], action: string, field: string): void {
  if (!allowed.includes(status)) throw new AppError('INVALID_STATE', `The appraisal is ${status}; it can be ${action} only when ${allowed.join(' or ')}.`, field);
}

async function saveAppraisal(context: Context, id: string, action: string, before: object, data: Record<string, unknown>, moves: Mover) {
  await commit(context, (tx) => tx.appraisal.update({ where: { id }, data }), () => ({ action, entityType: 'Appraisal', entityId: id, before, after: data }), moves);
  return id;
}

builder.mutationFields((t) => ({
  submitSelfAssessment: t.prismaField({
    type: 'Appraisal',
    description: 'The employee’s self-assessment for an open period; it starts the period’s appraisal and can be revised until the superior rates.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: SelfAssessmentInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const skp = await loadSkp(context, input.skpId.id, 'input.skpId');
      assertOwner(context, skp.employee, 'input.skpId');
      if (skp.status !== 'APPROVED') throw new AppError('INVALID_STATE', `The SKP is ${skp.status}; only an APPROVED SKP is appraised.`, 'input.skpId');
      const period = await openPeriodOfYear(context, input.periodId.id, skp.year.id, 'input.periodId');
      const existing = await context.prisma.appraisal.findUnique({ where: { skpId_periodId: { skpId: skp.id, periodId: period.id } }, select: { id: true, status: true, selfAssessment: true } });
      if (existing) assertStatus(existing.status, ['SELF_ASSESSED'], 'self-assessed again', 'input.periodId');
      const data = { selfAssessment: input.selfAssessment, selfAssessedAt: new Date() };
      return commit(
        context,
        (tx) =>
          tx.appraisal.upsert({
            ...query,
            where: { skpId_periodId: { skpId: skp.id, periodId: period.id } },
            create: { skpId: skp.id, periodId: period.id, status: 'SELF_ASSESSED', ...data },
            update: data,
          }),
        (saved) => ({ action: 'appraisal.selfAssess', entityType: 'Appraisal', entityId: saved.id, before: existing ?? {}, after: { selfAssessment: input.selfAssessment } }),
      );
    },
  }),
  rateAppraisal: t.prismaField({
    type: 'Appraisal',
    description: 'The direct superior rates hasil kerja and the seven BerAKHLAK values after the self-assessment; the predikat follows from the matrix.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RateAppraisalInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const { appraisal, skp } = await loadAppraisal(context, input.id.id, 'input.id');
      if (!(await isDeciderFor(context, skp.employee))) throw new AppError('FORBIDDEN', 'Only the employee’s direct superior rates this appraisal.', 'input.id');
      assertStatus(appraisal.status, ['SELF_ASSESSED', 'RATED'], 'rated', 'input.id');
      const byValue = Object.fromEntries(input.behaviour.map((row) => [row.value, row.expectation])) as Record<SharedCoreValue, SharedExpectation>;
      const perilakuKerja = perilakuFromCoreValues(byValue);
      const rating = { hasilKerja: input.hasilKerja, perilakuKerja, predikat: predikatFor(input.hasilKerja, perilakuKerja) };
      await commit(
        context,
        async (tx) => {
          await tx.behaviourRating.deleteMany({ where: { appraisalId: appraisal.id } });
          await tx.behaviourRating.createMany({ data: input.behaviour.map((row) => ({ appraisalId: appraisal.id, value: row.value, expectation: row.expectation, comment: row.comment })) });
          await tx.appraisal.update({ where: { id: appraisal.id }, data: { status: 'RATED', ...rating, raterComment: input.comment ?? null, ratedById: context.viewer!.userId, ratedAt: new Date() } });
        },
        () => ({ action: 'appraisal.rate', entityType: 'Appraisal', entityId: appraisal.id, before: { status: appraisal.status, predikat: appraisal.predikat }, after: { ...rating, behaviour: byValue } }),
        { unitId: skp.employee.unitId, employeeId: skp.employee.id },
      );
      return context.prisma.appraisal.findUniqueOrThrow({ ...query, where: { id: appraisal.id } });
    },
  }),
  acknowledgeAppraisal: t.prismaField({
    type: 'Appraisal',
    description: 'The employee accepts the rating; it becomes final.',
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ required: true, for: AppraisalNode }) },
    resolve: async (query, _parent, args, context) => {
      const { appraisal, skp } = await loadAppraisal(context, args.id.id, 'id');
      assertOwner(context, skp.employee, 'id');
      assertStatus(appraisal.status, ['RATED'], 'acknowledged', 'id');
      const id = await saveAppraisal(context, appraisal.id, 'appraisal.acknowledge', { status: appraisal.status }, { status: 'ACKNOWLEDGED', acknowledgedAt: new Date() }, { unitId: skp.employee.unitId, employeeId: skp.employee.id });
      return context.prisma.appraisal.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  objectToAppraisal: t.prismaField({
    type: 'Appraisal',
    description: 'The employee files an objection (keberatan) with the reason; the superior’s superior decides it.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: ObjectInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const { appraisal, skp } = await loadAppraisal(context, input.id.id, 'input.id');
      assertOwner(context, skp.employee, 'input.id');
      assertStatus(appraisal.status, ['RATED'], 'objected to', 'input.id');
      const id = await saveAppraisal(context, appraisal.id, 'appraisal.object', { status: appraisal.status }, { status: 'OBJECTED', objectionReason: input.reason, objectedAt: new Date() }, { unitId: skp.employee.unitId, employeeId: skp.employee.id });
      return context.prisma.appraisal.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  decideObjection: t.prismaField({
    type: 'Appraisal',
    description: 'The superior’s superior upholds the rating or revises it; either way the appraisal becomes final.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: DecideObjectionInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const { appraisal, skp } = await loadAppraisal(context, input.id.id, 'input.id');
      const superior = skp.employee.superiorId
        ? await context.prisma.employee.findUniqueOrThrow({ where: { id: skp.employee.superiorId }, select: { agencyId: true, superiorId: true } })
        : null;
      if (!(await isDeciderFor(context, superior ?? skp.employee))) {
        throw new AppError('FORBIDDEN', 'An objection is decided by the superior’s superior, not by the rater or the employee.', 'input.id');
      }
      assertStatus(appraisal.status, ['OBJECTED'], 'decided', 'input.id');
      let revision = {};
      if (input.decision === 'REVISED') {
        if (!input.hasilKerja) throw new AppError('BAD_USER_INPUT', 'A revision needs the new hasil kerja rating.', 'input.hasilKerja');
        if (!input.perilakuKerja) throw new AppError('BAD_USER_INPUT', 'A revision needs the new perilaku kerja rating.', 'input.perilakuKerja');
        revision = { hasilKerja: input.hasilKerja, perilakuKerja: input.perilakuKerja, predikat: predikatFor(input.hasilKerja, input.perilakuKerja), originalPredikat: appraisal.predikat };
      }
      const data = {
        status: 'ACKNOWLEDGED' as const,
        objectionDecision: input.decision,
        objectionNote: input.note,
        objectionDecidedById: context.viewer!.userId,
        objectionDecidedAt: new Date(),
        acknowledgedAt: new Date(),
        ...revision,
      };
      const id = await saveAppraisal(context, appraisal.id, 'appraisal.decideObjection', { status: appraisal.status, predikat: appraisal.predikat }, data, { unitId: skp.employee.unitId, employeeId: skp.employee.id });
      return context.prisma.appraisal.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));

// Ekspektasi khusus pimpinan: the direct superior's specific expectation on a BerAKHLAK value,
// part of the plan (visible as the SKP is) and shown beside that value's rating in the appraisal.
builder.prismaObject('SpecialExpectation', {
  fields: (t) => ({ value: t.expose('value', { type: CoreValue }), expectation: t.exposeString('expectation') }),
});

builder.prismaObjectFields(SkpNode, (t) => ({
  specialExpectations: t.relation('specialExpectations', { description: 'Ekspektasi khusus pimpinan, by core value.', query: { orderBy: { value: 'asc' } } }),
}));

builder.prismaObjectFields('BehaviourRating', (t) => ({
  specialExpectation: t.string({
    nullable: true,
    description: 'The leader’s special expectation on this value in the SKP, if one was set.',
    select: { value: true, appraisal: { select: { skp: { select: { specialExpectations: { select: { value: true, expectation: true } } } } } } },
    resolve: (rating) => rating.appraisal.skp.specialExpectations.find((special) => special.value === rating.value)?.expectation ?? null,
  }),
}));

const SpecialExpectationInput = builder.inputType('SetSpecialExpectationInput', {
  fields: (t) => ({
    skpId: t.globalID({ required: true, for: SkpNode }),
    value: t.field({ type: CoreValue, required: true }),
    expectation: t.string({ description: 'Empty removes it.', required: true, validate: z.string().trim().max(2000, 'must be at most 2000 characters') }),
  }),
});

builder.mutationField('setSpecialExpectation', (t) =>
  t.prismaField({
    type: 'Skp',
    description: 'The direct superior sets (or, with an empty text, removes) a special expectation on one BerAKHLAK value of an SKP whose year is not locked.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: SpecialExpectationInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const skp = await loadSkp(context, input.skpId.id, 'input.skpId');
      if (!(await isDeciderFor(context, skp.employee))) throw new AppError('FORBIDDEN', 'Only the employee’s direct superior sets special expectations.', 'input.skpId');
      if (await context.prisma.annualAppraisal.findUnique({ where: { skpId: skp.id }, select: { id: true } })) throw new AppError('INVALID_STATE', 'The SKP’s annual predikat is locked.', 'input.skpId');
      const key = { skpId_value: { skpId: skp.id, value: input.value } };
      const before = await context.prisma.specialExpectation.findUnique({ where: key, select: { expectation: true } });
      const text = input.expectation.trim();
      return commit(
        context,
        async (tx) => {
          if (text === '') await tx.specialExpectation.deleteMany({ where: { skpId: skp.id, value: input.value } });
          else await tx.specialExpectation.upsert({ where: key, create: { skpId: skp.id, value: input.value, expectation: text }, update: { expectation: text } });
          return tx.skp.findUniqueOrThrow({ ...query, where: { id: skp.id } });
        },
        () => ({ action: 'specialExpectation.set', entityType: 'Skp', entityId: skp.id, before: { value: input.value, expectation: before?.expectation ?? null }, after: { value: input.value, expectation: text || null } }),
      );
    },
  }),
);
