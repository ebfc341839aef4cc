// Internal field oversight (Kertapati): an oversight team visits a unit, records findings and
// recommendations, and the follow-up is tracked to its due date (overdue once past it and not done).
import { isLocalDate } from '@pantau/shared';
import { z } from 'zod';
import { canAdministerAgency, canListAgencyEmployees } from '../auth/access.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { commit } from '../performance/commit.js';
import { todayIn } from '../performance/working-days.js';
import { AgencyNode } from './agency.js';
import { builder } from './builder.js';
import { localDate } from './performance-period.js';
import { UnitNode } from './unit.js';

const FollowUpStatus = builder.enumType('FollowUpStatus', { values: ['OPEN', 'IN_PROGRESS', 'DONE'] as const });
const dateSchema = z.string().refine(isLocalDate, 'must be a date written YYYY-MM-DD');
const text = (min: number, max: number) => z.string().trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);

/** Readers: the agency's administrators and the region's leaders (visit reports may name people). */
async function unitAgency(context: Context, unitId: string, field: string): Promise<{ agencyId: string; timeZone: string }> {
  const unit = await context.prisma.unit.findUnique({ where: { id: unitId }, select: { agencyId: true, agency: { select: { region: { select: { timeZone: true } } } } } });
  if (!unit || !(await canListAgencyEmployees(context, unit.agencyId))) throw notFound('The unit', field);
  return { agencyId: unit.agencyId, timeZone: unit.agency.region.timeZone };
}

const OversightVisitNode = builder.prismaNode('OversightVisit', {
  id: { field: 'id' },
  description: 'An oversight visit to a unit: for the agency’s administrators and the region’s leaders.',
  select: { id: true, unit: { select: { agencyId: true, agency: { select: { region: { select: { timeZone: true } } } } } } },
  authScopes: (visit, context) => canListAgencyEmployees(context, visit.unit.agencyId),
  fields: (t) => ({
    unit: t.relation('unit'),
    team: t.exposeString('team'),
    visitedOn: t.string({ select: { visitedOn: true }, resolve: (visit) => localDate(visit.visitedOn) }),
    findings: t.exposeString('findings'),
    recommendations: t.exposeString('recommendations'),
    followUpStatus: t.expose('followUpStatus', { type: FollowUpStatus }),
    followUpDueDate: t.string({ select: { followUpDueDate: true }, resolve: (visit) => localDate(visit.followUpDueDate) }),
    followUpNote: t.exposeString('followUpNote', { nullable: true }),
    followUpDoneOn: t.string({ nullable: true, select: { followUpDoneOn: true }, resolve: (visit) => (visit.followUpDoneOn ? localDate(visit.followUpDoneOn) : null) }),
    overdue: t.boolean({
      description: 'The follow-up is not done and its due date has passed (the region’s date).',
      select: { followUpStatus: true, followUpDueDate: true },
      resolve: (visit) => visit.followUpStatus !== 'DONE' && localDate(visit.followUpDueDate) < todayIn(visit.unit.agency.region.timeZone),
    }),
  }),
});

builder.queryField('oversightVisits', (t) =>
  t.prismaConnection({
    type: 'OversightVisit',
    cursor: 'id',
    description: 'An agency’s oversight visits, newest first; `openOnly` leaves out those whose follow-up is done.',
    args: { agencyId: t.arg.globalID({ required: true, for: AgencyNode }), openOnly: t.arg.boolean() },
    authScopes: (_parent, args, context) => canListAgencyEmployees(context, args.agencyId.id),
    totalCount: (_parent, args, context) => context.prisma.oversightVisit.count({ where: { unit: { agencyId: args.agencyId.id }, ...(args.openOnly ? { followUpStatus: { not: 'DONE' } } : {}) } }),
    resolve: (query, _parent, args, context) =>
      context.prisma.oversightVisit.findMany({
        ...query,
        where: { unit: { agencyId: args.agencyId.id }, ...(args.openOnly ? { followUpStatus: { not: 'DONE' as const } } : {}) },
        orderBy: [{ visitedOn: 'desc' }, { id: 'asc' }],
      }),
  }),
);

const RecordVisitInput = builder.inputType('RecordOversightVisitInput', {
  fields: (t) => ({
    unitId: t.globalID({ required: true, for: UnitNode }),
    team: t.string({ required: true, validate: text(3, 500) }),
    visitedOn: t.string({ required: true, validate: dateSchema }),
    findings: t.string({ required: true, validate: text(10, 8000) }),
    recommendations: t.string({ required: true, validate: text(10, 8000) }),
    followUpDueDate: t.string({ required: true, validate: dateSchema }),
  }),
});

const UpdateFollowUpInput = builder.inputType('UpdateOversightFollowUpInput', {
  fields: (t) => ({
    visitId: t.globalID({ required: true, for: OversightVisitNode }),
    status: t.field({ type: FollowUpStatus, required: true }),
    note: t.string({ required: true, validate: text(5, 4000) }),
    dueDate: t.string({ description: 'A new due date, when the follow-up is rescheduled.', validate: dateSchema }),
  }),
});

builder.mutationFields((t) => ({
  recordOversightVisit: t.prismaField({
    type: 'OversightVisit',
    description: 'The agency’s administrator records an oversight visit to one of its units.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RecordVisitInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const unit = await unitAgency(context, input.unitId.id, 'input.unitId');
      if (!canAdministerAgency(context, unit.agencyId)) throw new AppError('FORBIDDEN', 'Only an administrator of this agency records its oversight visits.', 'input.unitId');
      if (input.visitedOn > todayIn(unit.timeZone)) throw new AppError('BAD_USER_INPUT', 'The visit cannot be in the future.', 'input.visitedOn');
      if (input.followUpDueDate < input.visitedOn) throw new AppError('BAD_USER_INPUT', 'The follow-up cannot be due before the visit.', 'input.followUpDueDate');
      const data = { unitId: input.unitId.id, team: input.team, visitedOn: input.visitedOn, findings: input.findings, recommendations: input.recommendations, followUpDueDate: input.followUpDueDate };
      return commit(
        context,
        (tx) => tx.oversightVisit.create({ ...query, data: { ...data, visitedOn: new Date(data.visitedOn), followUpDueDate: new Date(data.followUpDueDate) } }),
        (created) => ({ action: 'oversight.record', entityType: 'OversightVisit', entityId: created.id, after: data }),
      );
    },
  }),
  updateOversightFollowUp: t.prismaField({
    type: 'OversightVisit',
    description: 'The agency’s administrator records progress on a visit’s follow-up; DONE closes it today.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateFollowUpInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const visit = await context.prisma.oversightVisit.findUnique({ where: { id: input.visitId.id }, select: { id: true, unitId: true, visitedOn: true, followUpStatus: true, followUpDueDate: true, followUpNote: true } });
      if (!visit) throw notFound('The visit', 'input.visitId');
      const unit = await unitAgency(context, visit.unitId, 'input.visitId');
      if (!canAdministerAgency(context, unit.agencyId)) throw new AppError('FORBIDDEN', 'Only an administrator of this agency updates its follow-ups.', 'input.visitId');
      if (visit.followUpStatus === 'DONE') throw new AppError('INVALID_STATE', 'The follow-up is done.', 'input.visitId');
      if (input.dueDate && input.dueDate < localDate(visit.visitedOn)) throw new AppError('BAD_USER_INPUT', 'The follow-up cannot be due before the visit.', 'input.dueDate');
      const after = { followUpStatus: input.status, followUpNote: input.note, followUpDueDate: input.dueDate ?? localDate(visit.followUpDueDate), followUpDoneOn: input.status === 'DONE' ? todayIn(unit.timeZone) : null };
      return commit(
        context,
        (tx) =>
          tx.oversightVisit.update({
            ...query,
            where: { id: visit.id },
            data: { ...after, followUpDueDate: new Date(after.followUpDueDate), followUpDoneOn: after.followUpDoneOn ? new Date(after.followUpDoneOn) : null },
          }),
        () => ({ action: 'oversight.followUp', entityType: 'OversightVisit', entityId: visit.id, before: { followUpStatus: visit.followUpStatus, followUpNote: visit.followUpNote, followUpDueDate: localDate(visit.followUpDueDate) }, after }),
      );
    },
  }),
}));
