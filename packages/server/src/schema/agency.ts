import { z } from 'zod';
import { recordAudit } from '../audit/log.js';
import { AppError, notFound } from '../errors.js';
import { builder } from './builder.js';
import { RegionNode } from './region.js';

export const AgencyNode = builder.prismaNode('Agency', {
  id: { field: 'id' },
  description: 'An OPD (Organisasi Perangkat Daerah): a regional government agency such as Disdukcapil.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName'),
    region: t.relation('region'),
    units: t.relatedConnection('units', { cursor: 'id', totalCount: true, query: { orderBy: { code: 'asc' } } }),
    employeeCount: t.relationCount('employees', { description: 'How many employees the agency has (an aggregate, public).' }),
  }),
});

export const UnitNode = builder.prismaNode('Unit', {
  id: { field: 'id' },
  description: 'An organisational unit of an agency (sekretariat, bidang, seksi, UPT); units nest.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    agency: t.relation('agency'),
    parent: t.relation('parent', { nullable: true }),
    children: t.relation('children', { query: { orderBy: { code: 'asc' } } }),
  }),
});

builder.queryFields((t) => ({
  agencies: t.prismaConnection({
    type: 'Agency',
    cursor: 'id',
    description: 'The agencies of one region, by name.',
    args: { regionId: t.arg.globalID({ required: true, for: RegionNode }) },
    totalCount: (_parent, args, context) => context.prisma.agency.count({ where: { regionId: args.regionId.id } }),
    resolve: (query, _parent, args, context) =>
      context.prisma.agency.findMany({ ...query, where: { regionId: args.regionId.id }, orderBy: { name: 'asc' } }),
  }),
  agency: t.prismaField({
    type: 'Agency',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: AgencyNode }) },
    resolve: (query, _parent, args, context) => context.prisma.agency.findUnique({ ...query, where: { id: args.id.id } }),
  }),
}));

const agencyFields = {
  code: z.string().trim().regex(/^[A-Z0-9_]{2,32}$/, 'use 2–32 capital letters, digits or _'),
  name: z.string().trim().min(3, 'must be at least 3 characters').max(200, 'must be at most 200 characters'),
  shortName: z.string().trim().min(2, 'must be at least 2 characters').max(40, 'must be at most 40 characters'),
};

const CreateAgencyInput = builder.inputType('CreateAgencyInput', {
  fields: (t) => ({
    regionId: t.globalID({ required: true, for: RegionNode }),
    code: t.string({ required: true, validate: agencyFields.code }),
    name: t.string({ required: true, validate: agencyFields.name }),
    shortName: t.string({ required: true, validate: agencyFields.shortName }),
  }),
});

const UpdateAgencyInput = builder.inputType('UpdateAgencyInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: AgencyNode }),
    name: t.string({ validate: agencyFields.name }),
    shortName: t.string({ validate: agencyFields.shortName }),
  }),
});

builder.mutationFields((t) => ({
  createAgency: t.prismaField({
    type: 'Agency',
    authScopes: { roles: ['ADMIN'] },
    args: { input: t.arg({ type: CreateAgencyInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const regionId = input.regionId.id;
      if (!(await context.prisma.region.findUnique({ where: { id: regionId }, select: { id: true } }))) {
        throw notFound('The region', 'input.regionId');
      }
      if (await context.prisma.agency.findUnique({ where: { regionId_code: { regionId, code: input.code } }, select: { id: true } })) {
        throw new AppError('CONFLICT', `The region already has an agency with code ${input.code}.`, 'input.code');
      }
      const agency = await context.prisma.$transaction(async (tx) => {
        const created = await tx.agency.create({
          ...query,
          data: { regionId, code: input.code, name: input.name, shortName: input.shortName },
        });
        await recordAudit(tx, context.viewer, {
          action: 'agency.create',
          entityType: 'Agency',
          entityId: created.id,
          after: { regionId, code: input.code, name: input.name, shortName: input.shortName },
        });
        return created;
      });
      context.pubsub.publish('directory.agencyChanged', regionId, { agencyId: agency.id });
      return agency;
    },
  }),
  updateAgency: t.prismaField({
    type: 'Agency',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: UpdateAgencyInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const id = input.id.id;
      if (context.viewer?.role === 'AGENCY_ADMIN' && context.viewer.agencyId !== id) {
        throw new AppError('FORBIDDEN', 'An agency administrator may change only their own agency.', 'input.id');
      }
      const existing = await context.prisma.agency.findUnique({ where: { id }, select: { regionId: true, name: true, shortName: true } });
      if (!existing) throw notFound('The agency', 'input.id');
      const changes = { ...(input.name ? { name: input.name } : {}), ...(input.shortName ? { shortName: input.shortName } : {}) };
      const agency = await context.prisma.$transaction(async (tx) => {
        const updated = await tx.agency.update({ ...query, where: { id }, data: changes });
        await recordAudit(tx, context.viewer, { action: 'agency.update', entityType: 'Agency', entityId: id, before: existing, after: { ...existing, ...changes } });
        return updated;
      });
      context.pubsub.publish('directory.agencyChanged', existing.regionId, { agencyId: id });
      return agency;
    },
  }),
}));

builder.subscriptionField('agencyChanged', (t) =>
  t.prismaField({
    type: 'Agency',
    description: 'An agency of the region, each time one is created or changed.',
    args: { regionId: t.arg.globalID({ required: true, for: RegionNode }) },
    subscribe: (_root, args, context) => context.pubsub.subscribe('directory.agencyChanged', args.regionId.id),
    resolve: async (query, event: { agencyId: string }, _args, context) =>
      context.prisma.agency.findUniqueOrThrow({ ...query, where: { id: event.agencyId } }),
  }),
);
