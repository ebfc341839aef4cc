// Complaints (SP4N-LAPOR! style): anyone submits one and follows it by its tracking code; staff
// verify it (setting its severity, hence its deadline in working days), disposition it to an
// agency, answer and close it. Whistle-blowing reports (WBS) are seen and handled only by the
// region's designated handlers. Public metrics never show a complaint's text.
import { randomBytes } from 'node:crypto';
import {
  canMoveComplaint,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  COMPLAINT_TYPES,
  complaintDueDate,
  complaintVerificationDueDate,
  isComplaintFinished,
  isComplaintOverdue,
  isVerificationOverdue,
  isLocalDate,
  localDateOf,
  workingDaysBetween,
  type ComplaintStatus,
} from '@pantau/shared';
import { z } from 'zod';
import { recordAudit } from '../audit/log.js';
import { isStaff, type Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { dayString, loadCalendars } from '../service/calendar.js';
import { canViewComplaint, loadComplaintDeadlines, loadComplaintFigures, wbsRegionsOf, type ComplaintFigures } from '../service/complaints.js';
import { lastDays, todayWib } from '../service/metrics.js';
import { loadMinimumGroupSize } from '../service/publication.js';
import { UserNode } from './account.js';
import { AgencyNode } from './agency.js';
import { builder } from './builder.js';
import { RegionNode } from './region.js';

const ComplaintTypeEnum = builder.enumType('ComplaintType', { values: COMPLAINT_TYPES });
const ComplaintStatusEnum = builder.enumType('ComplaintStatus', { values: COMPLAINT_STATUSES });
const ComplaintSeverityEnum = builder.enumType('ComplaintSeverity', {
  description: 'Sets the deadline: by default URGENT 2, HIGH 5, MEDIUM 14, LOW 60 working days (setting complaints.deadlineWorkingDays).',
  values: COMPLAINT_SEVERITIES,
});

const overdue = (complaint: { status: ComplaintStatus; dueDate: Date | null }) =>
  isComplaintOverdue(complaint.status, complaint.dueDate ? dayString(complaint.dueDate) : null, todayWib());

const verificationOverdue = (complaint: { status: ComplaintStatus; verificationDueDate: Date | null; verifiedAt: Date | null }) =>
  isVerificationOverdue(
    complaint.verifiedAt ? localDateOf(complaint.verifiedAt) : null,
    complaint.status,
    complaint.verificationDueDate ? dayString(complaint.verificationDueDate) : null,
    todayWib(),
  );

const ComplaintNode = builder.prismaNode('Complaint', {
  id: { field: 'id' },
  description: 'A complaint, for the staff handling it. WBS reports: designated handlers only.',
  authScopes: async (complaint, context) => canViewComplaint(context, complaint),
  select: { id: true, type: true, regionId: true, agencyId: true },
  fields: (t) => ({
    trackingCode: t.exposeString('trackingCode'),
    type: t.expose('type', { type: ComplaintTypeEnum }),
    severity: t.expose('severity', { type: ComplaintSeverityEnum }),
    status: t.expose('status', { type: ComplaintStatusEnum }),
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    answer: t.exposeString('answer', { nullable: true }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    dueDate: t.string({ nullable: true, select: { dueDate: true }, resolve: (complaint) => (complaint.dueDate ? dayString(complaint.dueDate) : null) }),
    overdue: t.boolean({ select: { status: true, dueDate: true }, resolve: (complaint) => overdue(complaint) }),
    resolutionDays: t.exposeInt('resolutionDays', { nullable: true, description: 'Working days from submission to the answer.' }),
    verificationDueDate: t.string({
      nullable: true,
      description: 'Day (YYYY-MM-DD) by which it must be verified: 3 working days after submission.',
      select: { verificationDueDate: true },
      resolve: (complaint) => (complaint.verificationDueDate ? dayString(complaint.verificationDueDate) : null),
    }),
    verifiedAt: t.expose('verifiedAt', { type: 'DateTime', nullable: true, description: 'When it was verified, dispositioned or declared outside the remit.' }),
    verificationOverdue: t.boolean({
      description: 'Still awaiting verification after its verification due day.',
      select: { status: true, verificationDueDate: true, verifiedAt: true },
      resolve: (complaint) => verificationOverdue(complaint),
    }),
    region: t.relation('region'),
    agency: t.relation('agency', { nullable: true }),
  }),
});

interface PublicStatus {
  trackingCode: string;
  type: string;
  status: ComplaintStatus;
  submittedAt: Date;
  dueDate: Date | null;
  answer: string | null;
}

const ComplaintTrackingRef = builder.objectRef<PublicStatus>('ComplaintTracking').implement({
  description: 'What the citizen sees of their complaint through its tracking code.',
  fields: (t) => ({
    trackingCode: t.exposeString('trackingCode'),
    type: t.field({ type: ComplaintTypeEnum, resolve: (complaint) => complaint.type as (typeof COMPLAINT_TYPES)[number] }),
    status: t.field({ type: ComplaintStatusEnum, resolve: (complaint) => complaint.status }),
    submittedAt: t.field({ type: 'DateTime', resolve: (complaint) => complaint.submittedAt }),
    dueDate: t.string({ nullable: true, resolve: (complaint) => (complaint.dueDate ? dayString(complaint.dueDate) : null) }),
    overdue: t.boolean({ resolve: (complaint) => overdue(complaint) }),
    answer: t.exposeString('answer', { nullable: true }),
  }),
});

export const ComplaintMetricsRef = builder.objectRef<{ figures: ComplaintFigures; suppressed: boolean; from: string; to: string }>('ComplaintMetrics').implement({
  description: 'A region’s complaint figures (counts only). Withheld from anonymous visitors below the publication threshold of complaints.',
  fields: (t) => {
    const figure = (pick: (figures: ComplaintFigures) => number | null) => t.float({ nullable: true, resolve: (metrics) => (metrics.suppressed ? null : pick(metrics.figures)) });
    return {
      from: t.exposeString('from'),
      to: t.exposeString('to'),
      suppressed: t.exposeBoolean('suppressed'),
      received: figure((figures) => figures.received),
      answered: figure((figures) => figures.answered),
      finished: figure((figures) => figures.finished),
      open: figure((figures) => figures.open),
      overdue: figure((figures) => figures.overdue),
      answeredWithinDeadlineShare: figure((figures) => (figures.answered > 0 ? figures.answeredWithinDeadline / figures.answered : null)),
      awaitingVerification: figure((figures) => figures.awaitingVerification),
      verificationOverdue: figure((figures) => figures.verificationOverdue),
      verifiedInTimeShare: figure((figures) => (figures.verified > 0 ? figures.verifiedInTime / figures.verified : null)),
      medianResolutionDays: figure((figures) => figures.medianResolutionDays),
      meanResolutionDays: figure((figures) => figures.meanResolutionDays),
      byType: t.field({
        type: [builder.objectRef<{ type: string; count: number }>('ComplaintTypeCount').implement({ fields: (f) => ({ type: f.exposeString('type'), count: f.exposeInt('count') }) })],
        nullable: true,
        resolve: (metrics) => (metrics.suppressed ? null : metrics.figures.byType),
      }),
    };
  },
});

const localDate = z.string().refine(isLocalDate, 'must be a date written YYYY-MM-DD');

builder.queryFields((t) => ({
  complaintByTrackingCode: t.field({
    type: ComplaintTrackingRef,
    nullable: true,
    description: 'A complaint’s status, for whoever holds its tracking code.',
    args: { trackingCode: t.arg.string({ required: true, validate: z.string().trim().min(1, 'is required').max(40, 'is too long') }) },
    resolve: (_parent, args, context) =>
      context.prisma.complaint.findUnique({
        where: { trackingCode: args.trackingCode },
        select: { trackingCode: true, type: true, status: true, submittedAt: true, dueDate: true, answer: true },
      }),
  }),
  complaints: t.prismaConnection({
    type: 'Complaint',
    cursor: 'id',
    description: 'Complaints of a region that the viewer may handle, newest first (WBS reports only for designated handlers).',
    authScopes: { authenticated: true },
    args: { regionId: t.arg.globalID({ required: true, for: RegionNode }), status: t.arg({ type: ComplaintStatusEnum }) },
    totalCount: async (_parent, args, context) => context.prisma.complaint.count({ where: await visibleComplaints(context, args.regionId.id, args.status ?? null) }),
    resolve: async (query, _parent, args, context) =>
      context.prisma.complaint.findMany({ ...query, where: await visibleComplaints(context, args.regionId.id, args.status ?? null), orderBy: { submittedAt: 'desc' } }),
  }),
  complaintMetrics: t.field({
    type: ComplaintMetricsRef,
    description: 'A region’s complaint figures over a window (default: the last 30 days). Public.',
    args: { regionId: t.arg.globalID({ required: true, for: RegionNode }), from: t.arg.string({ validate: localDate }), to: t.arg.string({ validate: localDate }) },
    resolve: async (_parent, args, context) => {
      const regionId = args.regionId.id;
      if (!(await context.prisma.region.findUnique({ where: { id: regionId }, select: { id: true } }))) throw notFound('The region', 'regionId');
      const fallback = lastDays(30);
      const range = { from: args.from ?? fallback.from, to: args.to ?? fallback.to };
      const figures = await loadComplaintFigures(context.prisma, regionId, range, todayWib());
      const minimum = await loadMinimumGroupSize(context.prisma);
      return { figures, ...range, suppressed: !isStaff(context) && figures.received < minimum.requests };
    },
  }),
}));

/** The filter that keeps to what the viewer may see (the same rule as canViewComplaint). */
async function visibleComplaints(context: Context, regionId: string, status: ComplaintStatus | null): Promise<Prisma.ComplaintWhereInput> {
  const viewer = context.viewer!;
  const handlesWbs = (await wbsRegionsOf(context)).has(regionId);
  const others: Prisma.ComplaintWhereInput | null =
    viewer.role === 'ADMIN' || (viewer.role === 'LEADER' && viewer.regionId === regionId)
      ? { type: { not: 'WBS' } }
      : viewer.role === 'AGENCY_ADMIN' && viewer.agencyId
        ? { type: { not: 'WBS' }, agencyId: viewer.agencyId }
        : null;
  const visible = [...(others ? [others] : []), ...(handlesWbs ? [{ type: 'WBS' as const }] : [])];
  return { regionId, ...(status ? { status } : {}), OR: visible.length > 0 ? visible : [{ id: { in: [] } }] };
}

const SubmitComplaintInput = builder.inputType('SubmitComplaintInput', {
  fields: (t) => ({
    regionId: t.globalID({ required: true, for: RegionNode }),
    type: t.field({ type: ComplaintTypeEnum, required: true }),
    title: t.string({ required: true, validate: z.string().trim().min(5, 'must be at least 5 characters').max(200, 'must be at most 200 characters') }),
    body: t.string({ required: true, validate: z.string().trim().min(10, 'must be at least 10 characters').max(10_000, 'must be at most 10,000 characters') }),
  }),
});

const MoveComplaintInput = builder.inputType('MoveComplaintInput', {
  description: 'The next step: VERIFIED needs severity, DISPOSITIONED needs agencyId, ANSWERED needs answer.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: ComplaintNode }),
    status: t.field({ type: ComplaintStatusEnum, required: true }),
    severity: t.field({ type: ComplaintSeverityEnum }),
    agencyId: t.globalID({ for: AgencyNode }),
    answer: t.string({ validate: z.string().trim().min(10, 'must be at least 10 characters').max(10_000, 'is too long') }),
  }),
});

const SubmittedComplaint = builder.objectRef<{ trackingCode: string }>('SubmittedComplaint').implement({ fields: (t) => ({ trackingCode: t.exposeString('trackingCode') }) });

/** Who may take a complaint to a status: handlers for WBS; else ADMIN, or the agency's AGENCY_ADMIN for its answers. */
async function assertMayMove(context: Context, complaint: { type: string; regionId: string; agencyId: string | null }, to: ComplaintStatus): Promise<void> {
  const viewer = context.viewer!;
  const allowed =
    complaint.type === 'WBS'
      ? (await wbsRegionsOf(context)).has(complaint.regionId)
      : viewer.role === 'ADMIN' || (viewer.role === 'AGENCY_ADMIN' && viewer.agencyId === complaint.agencyId && (to === 'ANSWERED' || to === 'POSTPONED'));
  if (!allowed) throw new AppError('FORBIDDEN', 'You may not handle this complaint at this step.', 'input.id');
}

builder.mutationFields((t) => ({
  submitComplaint: t.field({
    type: SubmittedComplaint,
    description: 'Submits a complaint (open to anyone). Keep the tracking code: it is the only way to follow it.',
    args: { input: t.arg({ type: SubmitComplaintInput, required: true }) },
    resolve: async (_parent, { input }, context) => {
      const regionId = input.regionId.id;
      if (!(await context.prisma.region.findUnique({ where: { id: regionId }, select: { id: true } }))) throw notFound('The region', 'input.regionId');
      const trackingCode = `LPR-${randomBytes(6).toString('hex').toUpperCase()}`;
      const calendar = (await loadCalendars(context.prisma, [regionId])).get(regionId)!;
      const verificationDueDate = complaintVerificationDueDate(localDateOf(new Date(), calendar.utcOffsetMinutes), calendar.holidays);
      await context.prisma.$transaction(async (tx) => {
        const created = await tx.complaint.create({
          data: { trackingCode, regionId, type: input.type, title: input.title, body: input.body, verificationDueDate: new Date(`${verificationDueDate}T00:00:00Z`), history: { create: { status: 'SUBMITTED' } } },
          select: { id: true },
        });
        await recordAudit(tx, context.viewer, { action: 'complaint.submit', entityType: 'Complaint', entityId: created.id, after: { regionId, type: input.type } });
      });
      return { trackingCode };
    },
  }),
  moveComplaint: t.prismaField({
    type: 'Complaint',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN', 'LEADER', 'SUPERVISOR', 'EMPLOYEE', 'ANALYST'] },
    args: { input: t.arg({ type: MoveComplaintInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const id = input.id.id;
      const complaint = await context.prisma.complaint.findUnique({ where: { id } });
      if (!complaint || !(await canViewComplaint(context, complaint))) throw notFound('The complaint', 'input.id');
      const to = input.status;
      await assertMayMove(context, complaint, to);
      if (!canMoveComplaint(complaint.status, to)) throw new AppError('CONFLICT', `A complaint cannot go from ${complaint.status} to ${to}.`, 'input.status');
      const data: Prisma.ComplaintUpdateInput = { status: to };
      const calendar = (await loadCalendars(context.prisma, [complaint.regionId])).get(complaint.regionId)!;
      const submittedDay = localDateOf(complaint.submittedAt, calendar.utcOffsetMinutes);
      if (to === 'VERIFIED') {
        if (!input.severity) throw new AppError('BAD_USER_INPUT', 'Verifying a complaint sets its severity.', 'input.severity');
        data.severity = input.severity;
        data.dueDate = new Date(`${complaintDueDate(submittedDay, input.severity, calendar.holidays, await loadComplaintDeadlines(context.prisma))}T00:00:00Z`);
      }
      if (to === 'DISPOSITIONED') {
        const agencyId = input.agencyId?.id;
        if (!agencyId) throw new AppError('BAD_USER_INPUT', 'A disposition names the agency.', 'input.agencyId');
        if (!(await context.prisma.agency.findFirst({ where: { id: agencyId, regionId: complaint.regionId }, select: { id: true } }))) throw notFound('The agency of the region', 'input.agencyId');
        data.agency = { connect: { id: agencyId } };
      }
      if (to === 'ANSWERED') {
        if (!input.answer) throw new AppError('BAD_USER_INPUT', 'An answer needs its text.', 'input.answer');
        const now = new Date();
        data.answer = input.answer;
        data.answeredAt = now;
        data.resolutionDays = workingDaysBetween(submittedDay, localDateOf(now, calendar.utcOffsetMinutes), calendar.holidays);
      }
      // Verifying, dispositioning or declaring it outside the remit is the verification decision.
      if (complaint.verifiedAt === null && (to === 'VERIFIED' || to === 'DISPOSITIONED' || to === 'NOT_OUR_REMIT')) data.verifiedAt = new Date();
      if (isComplaintFinished(to)) data.finishedAt = new Date();
      return context.prisma.$transaction(async (tx) => {
        const updated = await tx.complaint.update({ ...query, where: { id }, data: { ...data, history: { create: { status: to, actorId: context.viewer!.userId } } } });
        await recordAudit(tx, context.viewer, {
          action: 'complaint.move',
          entityType: 'Complaint',
          entityId: id,
          before: { status: complaint.status },
          after: { status: to, ...(input.severity ? { severity: input.severity } : {}), ...(input.agencyId ? { agencyId: input.agencyId.id } : {}) },
        });
        return updated;
      });
    },
  }),
  designateWbsHandler: t.boolean({
    description: 'Designates an account to handle (and alone see) the region’s whistle-blowing reports.',
    authScopes: { roles: ['ADMIN'] },
    args: { userId: t.arg.globalID({ required: true, for: UserNode }), regionId: t.arg.globalID({ required: true, for: RegionNode }) },
    resolve: async (_parent, args, context) => {
      const userId = args.userId.id;
      const regionId = args.regionId.id;
      if (!(await context.prisma.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound('The account', 'userId');
      await context.prisma.$transaction(async (tx) => {
        await tx.wbsHandler.upsert({ where: { userId_regionId: { userId, regionId } }, create: { userId, regionId }, update: {} });
        await recordAudit(tx, context.viewer, { action: 'wbs.designate', entityType: 'User', entityId: userId, after: { regionId } });
      });
      return true;
    },
  }),
}));
