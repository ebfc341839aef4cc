import type { Context } from '../context.js';
import { builder } from './builder.js';

/** Who answered an anonymous 360 request is kept from the person it is about, even an administrator. */
async function hiddenFromViewer(context: Context) {
  const employeeId = context.viewer?.employeeId;
  if (!employeeId) return {};
  const answers = await context.prisma.feedbackInvitation.findMany({ where: { request: { subjectId: employeeId, anonymous: true } }, select: { id: true } });
  return answers.length === 0 ? {} : { NOT: { entityType: 'FeedbackInvitation', entityId: { in: answers.map((answer) => answer.id) } } };
}

builder.prismaObject('AuditEntry', {
  description: 'One change in the audit trail: who, when, what.',
  fields: (t) => ({
    id: t.string({ resolve: (entry) => entry.id.toString() }),
    at: t.expose('at', { type: 'DateTime' }),
    actorName: t.exposeString('actorName'),
    action: t.exposeString('action', { description: '`<concept>.<verb>`, e.g. `agency.update`.' }),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId', { description: 'The database id of the changed record (the part after the type in its global id).' }),
    changes: t.string({ description: 'The changed fields as JSON `{ before, after }`.', resolve: (entry) => JSON.stringify(entry.changes) }),
    hash: t.exposeString('hash'),
  }),
});

builder.queryField('auditTrail', (t) =>
  t.prismaField({
    type: ['AuditEntry'],
    description: 'Every recorded change of one record (given by its global id), oldest first. Administrators only.',
    authScopes: { roles: ['ADMIN'] },
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (query, _parent, args, context) =>
      context.prisma.auditEntry.findMany({ ...query, where: { entityType: args.id.typename, entityId: args.id.id, ...(await hiddenFromViewer(context)) }, orderBy: { id: 'asc' } }),
  }),
);

builder.queryField('auditEntries', (t) =>
  t.prismaConnection({
    type: 'AuditEntry',
    cursor: 'id',
    description: 'The audit trail, newest first, optionally filtered. Administrators only.',
    authScopes: { roles: ['ADMIN'] },
    args: {
      action: t.arg.string({ description: 'Exact action, e.g. `employee.update`, or a concept followed by a dot (`employee.`) for all of its actions.' }),
      actorName: t.arg.string({ description: 'Exact username of who made the change (`system` for the system).' }),
      entityType: t.arg.string({ description: 'E.g. `Employee`, `Unit`, `User`.' }),
    },
    totalCount: async (_parent, args, context) => context.prisma.auditEntry.count({ where: { ...auditWhere(args), ...(await hiddenFromViewer(context)) } }),
    resolve: async (query, _parent, args, context) =>
      context.prisma.auditEntry.findMany({ ...query, where: { ...auditWhere(args), ...(await hiddenFromViewer(context)) }, orderBy: { id: 'desc' } }),
  }),
);

function auditWhere(args: { action?: string | null; actorName?: string | null; entityType?: string | null }) {
  const action = args.action?.trim();
  return {
    ...(action ? { action: action.endsWith('.') ? { startsWith: action } : action } : {}),
    ...(args.actorName?.trim() ? { actorName: args.actorName.trim().toLowerCase() } : {}),
    ...(args.entityType?.trim() ? { entityType: args.entityType.trim() } : {}),
  };
}
