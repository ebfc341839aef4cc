// 360-degree feedback: the employee or their direct superior asks colleagues of the same agency
// for a score (1–5) and a comment; requests expire; anonymous answers are shown without rater or
// relation, only once final and from three answers on (anonymousResultReleased in packages/shared).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { anonymousAverage, anonymousResultReleased, MIN_ANONYMOUS_RESPONSES } from '@pantau/shared';
import { z } from 'zod';
import { canViewPerformanceOf, isDeciderFor } from '../auth/access.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { commit } from '../performance/commit.js';
import { builder } from './builder.js';
import { EmployeeNode } from './employee.js';

const RaterRelation = builder.enumType('RaterRelation', {
  description: 'The rater’s relation to the person, derived from the hierarchy.',
  values: ['SUPERIOR', 'PEER', 'SUBORDINATE', 'OTHER'] as const,
});

interface Response {
  score: number;
  comment: string | null;
  relation: string | null;
  raterName: string | null;
}

const ResponseRef = builder.objectRef<Response>('FeedbackResponse').implement({
  fields: (t) => ({
    score: t.exposeInt('score'),
    comment: t.exposeString('comment', { nullable: true }),
    relation: t.field({ type: RaterRelation, nullable: true, description: 'Null for an anonymous request.', resolve: (response) => response.relation as 'PEER' | null }),
    raterName: t.exposeString('raterName', { nullable: true, description: 'Null for an anonymous request.' }),
  }),
});

const answersSelect = {
  anonymous: true,
  expiresAt: true,
  invitations: { select: { raterId: true, respondedAt: true, score: true, comment: true, relation: true, rater: { select: { name: true } } } },
} as const;

interface Answers {
  anonymous: boolean;
  expiresAt: Date;
  invitations: Array<{ raterId: string; respondedAt: Date | null; score: number | null; comment: string | null; relation: string; rater: { name: string } }>;
}

/** The answered invitations the viewer may see: all of a named request's; an anonymous one's only once released. */
function releasedAnswers(request: Answers, context: Context): Answers['invitations'] | undefined {
  const answered = request.invitations.filter((invitation) => invitation.respondedAt !== null);
  if (!request.anonymous) return answered;
  const released = anonymousResultReleased({
    invited: request.invitations.length,
    responded: answered.length,
    viewerResponded: answered.some((invitation) => invitation.raterId === context.viewer?.employeeId),
    expired: request.expiresAt <= new Date(),
  });
  return released ? answered : undefined;
}

builder.prismaNode('FeedbackRequest', {
  id: { field: 'id' },
  description: 'A 360-degree feedback request about one person. Visible to the person and their superiors.',
  select: { id: true, subject: { select: { id: true, agencyId: true } } },
  authScopes: (request, context) => canViewPerformanceOf(context, request.subject),
  fields: (t) => ({
    topic: t.exposeString('topic'),
    anonymous: t.exposeBoolean('anonymous'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    subject: t.relation('subject'),
    invited: t.relationCount('invitations'),
    responded: t.relationCount('invitations', { where: { respondedAt: { not: null } } }),
    averageScore: t.float({
      nullable: true,
      description: `The mean score. For an anonymous request null until its answers are final (expired, or every rater answered) and at least ${MIN_ANONYMOUS_RESPONSES} come from raters other than the viewer.`,
      select: answersSelect,
      resolve: (request, _args, context) => {
        const scores = releasedAnswers(request, context)?.map((invitation) => invitation.score!) ?? [];
        if (request.anonymous) return scores.length === 0 ? null : anonymousAverage(scores);
        return scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length;
      },
    }),
    responses: t.field({
      type: [ResponseRef],
      description: 'Named requests: each response with its rater. Anonymous ones: under the same rule as averageScore, the responses without rater or relation, in no particular order.',
      select: answersSelect,
      resolve: (request, _args, context) => {
        const responses = (releasedAnswers(request, context) ?? []).map((invitation) => ({
          score: invitation.score!,
          comment: invitation.comment,
          // A relation can name the rater (a person has one direct superior), so anonymous answers carry none.
          relation: request.anonymous ? null : invitation.relation,
          raterName: request.anonymous ? null : invitation.rater.name,
        }));
        // Sorted by content, so that the order does not reveal who answered when.
        return request.anonymous ? responses.sort((a, b) => a.score - b.score || (a.comment ?? '').localeCompare(b.comment ?? '')) : responses;
      },
    }),
  }),
});

const InvitationNode = builder.prismaNode('FeedbackInvitation', {
  id: { field: 'id' },
  description: 'An invitation to give feedback; visible to the rater only.',
  select: { id: true, raterId: true },
  authScopes: (invitation, context) => context.viewer?.employeeId === invitation.raterId,
  fields: (t) => ({
    topic: t.string({ select: { request: { select: { topic: true } } }, resolve: (invitation) => invitation.request.topic }),
    subjectName: t.string({ select: { request: { select: { subject: { select: { name: true } } } } }, resolve: (invitation) => invitation.request.subject.name }),
    anonymous: t.boolean({ select: { request: { select: { anonymous: true } } }, resolve: (invitation) => invitation.request.anonymous }),
    expiresAt: t.field({ type: 'DateTime', select: { request: { select: { expiresAt: true } } }, resolve: (invitation) => invitation.request.expiresAt }),
    relation: t.expose('relation', { type: RaterRelation }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObjectFields(EmployeeNode, (t) => ({
  feedbackRequests: t.relation('feedbackAbout', {
    description: '360-degree feedback requests about this person, newest first.',
    authScopes: (employee, _args, context) => canViewPerformanceOf(context, employee),
    query: { orderBy: { createdAt: 'desc' } },
  }),
}));

builder.queryField('myFeedbackInvitations', (t) =>
  t.prismaField({
    type: ['FeedbackInvitation'],
    description: 'Open invitations for the viewer to give feedback, soonest to expire first.',
    authScopes: { authenticated: true },
    resolve: (query, _parent, _args, context) =>
      context.prisma.feedbackInvitation.findMany({
        ...query,
        where: { raterId: context.viewer!.employeeId ?? '-', respondedAt: null, request: { expiresAt: { gt: new Date() } } },
        orderBy: { request: { expiresAt: 'asc' } },
      }),
  }),
);

type Person = { id: string; superiorId: string | null };

function relationOf(rater: Person, subject: Person): 'SUPERIOR' | 'PEER' | 'SUBORDINATE' | 'OTHER' {
  if (rater.id === subject.superiorId) return 'SUPERIOR';
  if (rater.superiorId === subject.id) return 'SUBORDINATE';
  if (rater.superiorId !== null && rater.superiorId === subject.superiorId) return 'PEER';
  return 'OTHER';
}

interface RaterCandidate {
  id: string;
  name: string;
  positionTitle: string;
  relation: ReturnType<typeof relationOf>;
}

const RaterCandidateRef = builder.objectRef<RaterCandidate>('FeedbackRaterCandidate').implement({
  description: 'A colleague the viewer may ask for 360-degree feedback about themselves: a name and a position, nothing else.',
  fields: (t) => ({
    employeeId: t.id({ description: 'The colleague’s Employee id, for RequestFeedbackInput.raterIds (not readable as a node by the viewer).', resolve: (candidate) => encodeGlobalID('Employee', candidate.id) }),
    name: t.exposeString('name'),
    positionTitle: t.exposeString('positionTitle'),
    relation: t.field({ type: RaterRelation, resolve: (candidate) => candidate.relation }),
  }),
});

builder.queryField('myFeedbackRaterCandidates', (t) =>
  t.field({
    type: [RaterCandidateRef],
    description:
      'Whom the viewer may ask for 360-degree feedback about themselves: their direct superior, their peers (the same superior or the same unit) and ' +
      'their direct subordinates, by relation then name (at most 100). Empty for an account not linked to an employee.',
    authScopes: { authenticated: true },
    resolve: async (_parent, _args, context) => {
      const ownId = context.viewer?.employeeId;
      if (!ownId) return [];
      const own = await context.prisma.employee.findUnique({ where: { id: ownId }, select: { id: true, agencyId: true, unitId: true, superiorId: true } });
      if (!own) return [];
      const colleagues = await context.prisma.employee.findMany({
        where: {
          agencyId: own.agencyId,
          id: { not: own.id },
          OR: [{ superiorId: own.id }, { unitId: own.unitId }, ...(own.superiorId ? [{ id: own.superiorId }, { superiorId: own.superiorId }] : [])],
        },
        select: { id: true, name: true, positionTitle: true, superiorId: true },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: 100,
      });
      const order = ['SUPERIOR', 'PEER', 'SUBORDINATE', 'OTHER'];
      return colleagues
        .map((colleague) => ({ id: colleague.id, name: colleague.name, positionTitle: colleague.positionTitle, relation: relationOf(colleague, own) }))
        .sort((a, b) => order.indexOf(a.relation) - order.indexOf(b.relation));
    },
  }),
);

const RequestFeedbackInput = builder.inputType('RequestFeedbackInput', {
  fields: (t) => ({
    subjectId: t.globalID({ required: true, for: EmployeeNode, description: 'The viewer themselves, or one of their direct subordinates.' }),
    topic: t.string({ required: true, validate: z.string().trim().min(5, 'must be at least 5 characters').max(500, 'must be at most 500 characters') }),
    raterIds: t.globalIDList({ required: true, for: EmployeeNode, validate: z.array(z.unknown()).min(1, 'must name at least one rater').max(30, 'must name at most 30 raters') }),
    anonymous: t.boolean({ required: true }),
    expiresAt: t.field({ type: 'DateTime', required: true }),
  }),
});

const RespondInput = builder.inputType('RespondToFeedbackInput', {
  fields: (t) => ({
    invitationId: t.globalID({ required: true, for: InvitationNode }),
    score: t.int({ required: true, validate: z.number().int().min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5') }),
    comment: t.string({ validate: z.string().trim().max(2000, 'must be at most 2000 characters') }),
  }),
});

async function assertMayRequest(context: Context, subject: { id: string; agencyId: string; superiorId: string | null }): Promise<void> {
  if (context.viewer?.employeeId === subject.id || (await isDeciderFor(context, subject))) return;
  throw new AppError('FORBIDDEN', 'Feedback about a person is requested by the person or their direct superior.', 'input.subjectId');
}

builder.mutationFields((t) => ({
  requestFeedback: t.prismaField({
    type: 'FeedbackRequest',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RequestFeedbackInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const subject = await context.prisma.employee.findUnique({ where: { id: input.subjectId.id }, select: { id: true, agencyId: true, superiorId: true } });
      if (!subject) throw notFound('The employee', 'input.subjectId');
      await assertMayRequest(context, subject);
      if (input.expiresAt <= new Date()) throw new AppError('BAD_USER_INPUT', 'The request must expire in the future.', 'input.expiresAt');
      const raterIds = [...new Set(input.raterIds.map((id) => id.id))];
      if (raterIds.includes(subject.id)) throw new AppError('BAD_USER_INPUT', 'A person does not rate themselves here.', 'input.raterIds');
      const raters = await context.prisma.employee.findMany({ where: { id: { in: raterIds }, agencyId: subject.agencyId }, select: { id: true, superiorId: true } });
      if (raters.length !== raterIds.length) throw new AppError('BAD_USER_INPUT', 'Every rater must work in the same agency.', 'input.raterIds');
      const data = {
        subjectId: subject.id,
        requestedById: context.viewer!.userId,
        topic: input.topic,
        anonymous: input.anonymous,
        expiresAt: input.expiresAt,
        invitations: { create: raters.map((rater) => ({ raterId: rater.id, relation: relationOf(rater, subject) })) },
      };
      return commit(
        context,
        (tx) => tx.feedbackRequest.create({ ...query, data }),
        (created) => ({ action: 'feedback360.request', entityType: 'FeedbackRequest', entityId: created.id, after: { subjectId: subject.id, topic: input.topic, anonymous: input.anonymous, raters: raterIds.length } }),
      );
    },
  }),
  respondToFeedback: t.boolean({
    description: 'The invited rater answers once, before the request expires.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RespondInput, required: true }) },
    resolve: async (_parent, { input }, context) => {
      const invitation = await context.prisma.feedbackInvitation.findUnique({
        where: { id: input.invitationId.id },
        select: { id: true, raterId: true, respondedAt: true, request: { select: { expiresAt: true, anonymous: true } } },
      });
      if (!invitation || invitation.raterId !== context.viewer?.employeeId) throw notFound('The invitation', 'input.invitationId');
      if (invitation.respondedAt) throw new AppError('CONFLICT', 'You have already answered.', 'input.invitationId');
      if (invitation.request.expiresAt <= new Date()) throw new AppError('INVALID_STATE', 'The request has expired.', 'input.invitationId');
      const data = { score: input.score, comment: input.comment ?? null, respondedAt: new Date() };
      await commit(
        context,
        (tx) => tx.feedbackInvitation.update({ where: { id: invitation.id }, data }),
        // An anonymous answer's content stays out of the audit trail, which names the actor.
        () => ({ action: 'feedback360.respond', entityType: 'FeedbackInvitation', entityId: invitation.id, after: invitation.request.anonymous ? { responded: true } : { score: data.score, comment: data.comment } }),
      );
      return true;
    },
  }),
}));
