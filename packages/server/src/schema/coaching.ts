// Dialog kinerja (performance dialogue) and coaching (pembinaan): the direct superior records
// dialogues, plans coaching after a rating below Baik and records its sessions; the employee rates
// each session.
import { isBelowBaik, isLocalDate } from '@pantau/shared';
import { z } from 'zod';
import { canViewPerformanceOf, isDeciderFor } from '../auth/access.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { commit } from '../performance/commit.js';
import { AppraisalNode } from './appraisal.js';
import { builder } from './builder.js';
import { EmployeeNode } from './employee.js';
import { localDate } from './performance-period.js';

const dateSchema = z.string().refine(isLocalDate, 'must be a date written YYYY-MM-DD');
const text = z.string().trim().min(5, 'must be at least 5 characters').max(4000, 'must be at most 4000 characters');
const ownerSelect = { employee: { select: { id: true, agencyId: true } } } as const;

const CoachingStatus = builder.enumType('CoachingStatus', { values: ['OPEN', 'COMPLETED'] as const });

builder.prismaObject('PerformanceDialogue', {
  description: 'A recorded performance dialogue (dialog kinerja) between an employee and their direct superior.',
  fields: (t) => ({
    date: t.string({ resolve: (dialogue) => localDate(dialogue.date) }),
    topics: t.exposeString('topics'),
    agreedActions: t.exposeString('agreedActions'),
    followUpDate: t.string({ nullable: true, resolve: (dialogue) => (dialogue.followUpDate ? localDate(dialogue.followUpDate) : null) }),
    recordedByName: t.string({ select: { recordedBy: { select: { displayName: true } } }, resolve: (dialogue) => dialogue.recordedBy.displayName }),
  }),
});

const CoachingPlanNode = builder.prismaNode('CoachingPlan', {
  id: { field: 'id' },
  description: 'A coaching plan following an appraisal below Baik.',
  select: { id: true, ...ownerSelect },
  authScopes: (plan, context) => canViewPerformanceOf(context, plan.employee),
  fields: (t) => ({
    goals: t.exposeString('goals'),
    actions: t.exposeString('actions'),
    dueDate: t.string({ select: { dueDate: true }, resolve: (plan) => localDate(plan.dueDate) }),
    status: t.expose('status', { type: CoachingStatus }),
    appraisal: t.relation('appraisal'),
    sessions: t.relation('sessions', { query: { orderBy: { date: 'asc' } } }),
  }),
});

const CoachingSessionNode = builder.prismaNode('CoachingSession', {
  id: { field: 'id' },
  description: 'One coaching session, with the employee’s rating of it.',
  select: { id: true, plan: { select: ownerSelect } },
  authScopes: (session, context) => canViewPerformanceOf(context, session.plan.employee),
  fields: (t) => ({
    date: t.string({ select: { date: true }, resolve: (session) => localDate(session.date) }),
    notes: t.exposeString('notes'),
    employeeScore: t.exposeInt('employeeScore', { nullable: true, description: 'The employee’s rating of the session, 1 (poor) to 5 (excellent).' }),
    employeeComment: t.exposeString('employeeComment', { nullable: true }),
  }),
});

builder.prismaObjectFields('Employee', (t) => ({
  dialogues: t.relatedConnection('dialogues', {
    cursor: 'id',
    totalCount: true,
    description: 'Recorded performance dialogues, newest first.',
    authScopes: (employee, _args, context) => canViewPerformanceOf(context, employee),
    query: { orderBy: [{ date: 'desc' }, { createdAt: 'desc' }] },
  }),
  coachingPlans: t.relation('coachingPlans', {
    description: 'Coaching plans, newest first.',
    authScopes: (employee, _args, context) => canViewPerformanceOf(context, employee),
    query: { orderBy: { createdAt: 'desc' } },
  }),
}));

/** The employee, if the viewer is their direct superior (or, for a head of agency, a leader of the region). */
async function employeeDecidedByViewer(context: Context, employeeId: string, field: string) {
  const employee = await context.prisma.employee.findUnique({ where: { id: employeeId }, select: { id: true, agencyId: true, unitId: true, superiorId: true } });
  if (!employee || !(await canViewPerformanceOf(context, employee))) throw notFound('The employee', field);
  if (!(await isDeciderFor(context, employee))) throw new AppError('FORBIDDEN', 'Only the employee’s direct superior does this.', field);
  return employee;
}

const RecordDialogueInput = builder.inputType('RecordDialogueInput', {
  fields: (t) => ({
    employeeId: t.globalID({ required: true, for: EmployeeNode }),
    date: t.string({ required: true, validate: dateSchema }),
    topics: t.string({ required: true, validate: text }),
    agreedActions: t.string({ required: true, validate: text }),
    followUpDate: t.string({ validate: dateSchema }),
  }),
});

const CreateCoachingPlanInput = builder.inputType('CreateCoachingPlanInput', {
  fields: (t) => ({
    appraisalId: t.globalID({ required: true, for: AppraisalNode }),
    goals: t.string({ required: true, validate: text }),
    actions: t.string({ required: true, validate: text }),
    dueDate: t.string({ required: true, validate: dateSchema }),
  }),
});

const RecordSessionInput = builder.inputType('RecordCoachingSessionInput', {
  fields: (t) => ({
    planId: t.globalID({ required: true, for: CoachingPlanNode }),
    date: t.string({ required: true, validate: dateSchema }),
    notes: t.string({ required: true, validate: text }),
    completesPlan: t.boolean({ description: 'Marks the plan COMPLETED with this session.' }),
  }),
});

const RateSessionInput = builder.inputType('RateCoachingSessionInput', {
  fields: (t) => ({
    sessionId: t.globalID({ required: true, for: CoachingSessionNode }),
    score: t.int({ required: true, validate: z.number().int().min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5') }),
    comment: t.string({ validate: z.string().trim().max(2000, 'must be at most 2000 characters') }),
  }),
});

builder.mutationFields((t) => ({
  recordDialogue: t.prismaField({
    type: 'PerformanceDialogue',
    description: 'The direct superior records a performance dialogue with the employee.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RecordDialogueInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const employee = await employeeDecidedByViewer(context, input.employeeId.id, 'input.employeeId');
      if (input.followUpDate && input.followUpDate < input.date) {
        throw new AppError('BAD_USER_INPUT', 'The follow-up cannot be before the dialogue.', 'input.followUpDate');
      }
      const data = {
        employeeId: employee.id,
        recordedById: context.viewer!.userId,
        date: new Date(input.date),
        topics: input.topics,
        agreedActions: input.agreedActions,
        followUpDate: input.followUpDate ? new Date(input.followUpDate) : null,
      };
      return commit(
        context,
        (tx) => tx.performanceDialogue.create({ ...query, data }),
        (created) => ({ action: 'dialogue.create', entityType: 'PerformanceDialogue', entityId: created.id, after: { ...data, date: input.date, followUpDate: input.followUpDate ?? null } }),
      );
    },
  }),
  createCoachingPlan: t.prismaField({
    type: 'CoachingPlan',
    description: 'The direct superior plans coaching after a final appraisal below Baik (one plan per appraisal).',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateCoachingPlanInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const appraisal = await context.prisma.appraisal.findUnique({
        where: { id: input.appraisalId.id },
        select: { id: true, status: true, predikat: true, skp: { select: { employeeId: true } }, coachingPlan: { select: { id: true } } },
      });
      if (!appraisal) throw notFound('The appraisal', 'input.appraisalId');
      const employee = await employeeDecidedByViewer(context, appraisal.skp.employeeId, 'input.appraisalId');
      if (appraisal.status !== 'ACKNOWLEDGED' || !appraisal.predikat || !isBelowBaik(appraisal.predikat)) {
        throw new AppError('INVALID_STATE', 'Coaching is planned after a final appraisal below Baik.', 'input.appraisalId');
      }
      if (appraisal.coachingPlan) throw new AppError('CONFLICT', 'This appraisal already has a coaching plan.', 'input.appraisalId');
      const data = { appraisalId: appraisal.id, employeeId: employee.id, createdById: context.viewer!.userId, goals: input.goals, actions: input.actions, dueDate: new Date(input.dueDate) };
      return commit(
        context,
        (tx) => tx.coachingPlan.create({ ...query, data }),
        (created) => ({ action: 'coachingPlan.create', entityType: 'CoachingPlan', entityId: created.id, after: { ...data, dueDate: input.dueDate } }),
      );
    },
  }),
  recordCoachingSession: t.prismaField({
    type: 'CoachingSession',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RecordSessionInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const plan = await context.prisma.coachingPlan.findUnique({ where: { id: input.planId.id }, select: { id: true, employeeId: true, status: true } });
      if (!plan) throw notFound('The coaching plan', 'input.planId');
      await employeeDecidedByViewer(context, plan.employeeId, 'input.planId');
      if (plan.status !== 'OPEN') throw new AppError('INVALID_STATE', 'The coaching plan is completed.', 'input.planId');
      return commit(
        context,
        async (tx) => {
          if (input.completesPlan) await tx.coachingPlan.update({ where: { id: plan.id }, data: { status: 'COMPLETED' } });
          return tx.coachingSession.create({ ...query, data: { planId: plan.id, date: new Date(input.date), notes: input.notes } });
        },
        (created) => ({ action: 'coachingSession.create', entityType: 'CoachingSession', entityId: created.id, after: { planId: plan.id, date: input.date, notes: input.notes, completesPlan: input.completesPlan ?? false } }),
      );
    },
  }),
  rateCoachingSession: t.prismaField({
    type: 'CoachingSession',
    description: 'The coached employee rates a session once.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RateSessionInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const session = await context.prisma.coachingSession.findUnique({ where: { id: input.sessionId.id }, select: { id: true, ratedAt: true, plan: { select: { employeeId: true } } } });
      if (!session || session.plan.employeeId !== context.viewer?.employeeId) throw notFound('The coaching session', 'input.sessionId');
      if (session.ratedAt) throw new AppError('CONFLICT', 'You have already rated this session.', 'input.sessionId');
      const data = { employeeScore: input.score, employeeComment: input.comment ?? null, ratedAt: new Date() };
      return commit(
        context,
        (tx) => tx.coachingSession.update({ ...query, where: { id: session.id }, data }),
        () => ({ action: 'coachingSession.rate', entityType: 'CoachingSession', entityId: session.id, after: { employeeScore: input.score, employeeComment: data.employeeComment } }),
      );
    },
  }),
}));
