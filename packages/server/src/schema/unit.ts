import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { assertAgencyAdministrator } from '../auth/access.js';
import { recordAudit } from '../audit/log.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { createsCycle } from '../organisation/employee-rules.js';
import { AgencyNode } from './agency.js';
import { builder } from './builder.js';

export const UnitNode = builder.prismaNode('Unit', {
  id: { field: 'id' },
  description: 'An organisational unit of an agency (sekretariat, bidang, seksi, UPT); units nest.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    agency: t.relation('agency'),
    parent: t.relation('parent', { nullable: true }),
    children: t.relation('children', { query: { orderBy: { code: 'asc' } } }),
    employeeCount: t.relationCount('employees', { description: 'How many employees the unit has (an aggregate, public).' }),
  }),
});

const unitFields = {
  code: z.string().trim().regex(/^[A-Z0-9_.-]{1,40}$/, 'use 1–40 capital letters, digits, _ . or -'),
  name: z.string().trim().min(3, 'must be at least 3 characters').max(200, 'must be at most 200 characters'),
};

const CreateUnitInput = builder.inputType('CreateUnitInput', {
  fields: (t) => ({
    agencyId: t.globalID({ required: true, for: AgencyNode }),
    parentId: t.globalID({ for: UnitNode, description: 'The unit above it, in the same agency; none for a top-level unit.' }),
    code: t.string({ required: true, validate: unitFields.code }),
    name: t.string({ required: true, validate: unitFields.name }),
  }),
});

const UpdateUnitInput = builder.inputType('UpdateUnitInput', {
  description: 'Renames and/or moves a unit. parentId null makes it top-level; left out keeps its place.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: UnitNode }),
    name: t.string({ validate: unitFields.name }),
    parentId: t.globalID({ for: UnitNode }),
  }),
});

/** The agency's units with their parents, to check a new parent for loops. */
async function unitParents(context: Context, agencyId: string): Promise<Map<string, string | null>> {
  const units = await context.prisma.unit.findMany({ where: { agencyId }, select: { id: true, parentId: true } });
  return new Map(units.map((unit) => [unit.id, unit.parentId]));
}

function checkParentInAgency(parents: Map<string, string | null>, parentId: string): void {
  if (!parents.has(parentId)) throw new AppError('BAD_USER_INPUT', 'input.parentId: the parent unit must belong to the same agency.', 'input.parentId');
}

builder.mutationFields((t) => ({
  createUnit: t.prismaField({
    type: 'Unit',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: CreateUnitInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const agencyId = input.agencyId.id;
      assertAgencyAdministrator(context, agencyId, 'input.agencyId');
      const parents = await unitParents(context, agencyId);
      if (input.parentId) checkParentInAgency(parents, input.parentId.id);
      if (await context.prisma.unit.findUnique({ where: { agencyId_code: { agencyId, code: input.code } }, select: { id: true } })) {
        throw new AppError('CONFLICT', `input.code: the agency already has a unit with code ${input.code}.`, 'input.code');
      }
      const data = { agencyId, parentId: input.parentId?.id ?? null, code: input.code.trim(), name: input.name.trim() };
      return context.prisma.$transaction(async (tx) => {
        const created = await tx.unit.create({ ...query, data });
        await recordAudit(tx, context.viewer, { action: 'unit.create', entityType: 'Unit', entityId: created.id, after: data });
        return created;
      });
    },
  }),
  updateUnit: t.prismaField({
    type: 'Unit',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: UpdateUnitInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const id = input.id.id;
      const existing = await context.prisma.unit.findUnique({ where: { id }, select: { agencyId: true, name: true, parentId: true } });
      if (!existing) throw notFound('The unit', 'input.id');
      assertAgencyAdministrator(context, existing.agencyId, 'input.id');
      if (input.parentId) {
        const parents = await unitParents(context, existing.agencyId);
        checkParentInAgency(parents, input.parentId.id);
        if (createsCycle(parents, id, input.parentId.id)) {
          throw new AppError('BAD_USER_INPUT', 'input.parentId: a unit cannot be moved below itself or one of its own sub-units.', 'input.parentId');
        }
      }
      const changes = {
        ...(input.name ? { name: input.name.trim() } : {}),
        ...(input.parentId !== undefined ? { parentId: input.parentId?.id ?? null } : {}),
      };
      return context.prisma.$transaction(async (tx) => {
        const updated = await tx.unit.update({ ...query, where: { id }, data: changes });
        await recordAudit(tx, context.viewer, {
          action: 'unit.update',
          entityType: 'Unit',
          entityId: id,
          before: { name: existing.name, parentId: existing.parentId },
          after: { name: existing.name, parentId: existing.parentId, ...changes },
        });
        return updated;
      });
    },
  }),
  deleteUnit: t.field({
    type: 'ID',
    description: 'Deletes an empty unit (no employees, no sub-units); returns its id.',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { id: t.arg.globalID({ required: true, for: UnitNode }) },
    resolve: async (_parent, args, context) => {
      const id = args.id.id;
      const unit = await context.prisma.unit.findUnique({
        where: { id },
        select: { agencyId: true, code: true, name: true, parentId: true, _count: { select: { employees: true, children: true } } },
      });
      if (!unit) throw notFound('The unit', 'id');
      assertAgencyAdministrator(context, unit.agencyId, 'id');
      if (unit._count.employees > 0 || unit._count.children > 0) {
        throw new AppError('CONFLICT', 'Only an empty unit can be deleted: move its employees and sub-units first.', 'id');
      }
      await context.prisma.$transaction(async (tx) => {
        await tx.unit.delete({ where: { id } });
        await recordAudit(tx, context.viewer, { action: 'unit.delete', entityType: 'Unit', entityId: id, before: { code: unit.code, name: unit.name, parentId: unit.parentId } });
      });
      return encodeGlobalID('Unit', id);
    },
  }),
}));
