import { builder } from './builder.js';

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
    resolve: (query, _parent, args, context) =>
      context.prisma.auditEntry.findMany({ ...query, where: { entityType: args.id.typename, entityId: args.id.id }, orderBy: { id: 'asc' } }),
  }),
);
