// The service catalogue: an agency's services, their published standards (versioned by
// validFrom), and each region's calendar of public holidays and collective leave.
import { isLocalDate, localDateOf } from '@pantau/shared';
import { z } from 'zod';
import { recordAudit } from '../audit/log.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { dayString } from '../service/calendar.js';
import { AgencyNode } from './agency.js';
import { builder } from './builder.js';
import { RegionNode } from './region.js';

export const ServiceTargetUnitEnum = builder.enumType('ServiceTargetUnit', {
  description: 'Unit of a service standard’s time target, counted in working time (office hours of working days).',
  values: ['HOURS', 'DAYS'] as const,
});

export const ServiceTypeNode = builder.prismaNode('ServiceType', {
  id: { field: 'id' },
  description: 'A service an agency delivers to citizens (KTP-el, Kartu Keluarga, Akta Kelahiran, …).',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    agency: t.relation('agency'),
    standards: t.relation('standards', { description: 'Every version of the service standard, newest first.', query: { orderBy: { validFrom: 'desc' } } }),
    currentStandard: t.prismaField({
      type: 'ServiceStandard',
      nullable: true,
      description: 'The standard in force now.',
      resolve: (query, service, _args, context) =>
        context.prisma.serviceStandard.findFirst({ ...query, where: { serviceTypeId: service.id, validFrom: { lte: new Date() } }, orderBy: { validFrom: 'desc' } }),
    }),
  }),
});

builder.prismaObject('ServiceStandard', {
  description: 'A published service standard; it applies to requests received from validFrom until the next version.',
  fields: (t) => ({
    validFrom: t.expose('validFrom', { type: 'DateTime' }),
    targetValue: t.exposeInt('targetValue'),
    targetUnit: t.expose('targetUnit', { type: ServiceTargetUnitEnum }),
    cost: t.exposeInt('cost', { description: 'Cost in rupiah (0: free of charge).' }),
    requirements: t.exposeString('requirements'),
  }),
});

builder.prismaObject('Holiday', {
  description: 'A public holiday or collective leave day (cuti bersama) of a region: not a working day.',
  fields: (t) => ({
    date: t.string({ description: 'YYYY-MM-DD', resolve: (holiday) => dayString(holiday.date) }),
    name: t.exposeString('name'),
    collectiveLeave: t.exposeBoolean('collectiveLeave'),
  }),
});

builder.prismaObjectField('Agency', 'serviceTypes', (t) =>
  t.relation('services', { description: 'The services the agency delivers, by name.', query: { orderBy: { name: 'asc' } } }),
);

builder.queryFields((t) => ({
  holidays: t.prismaField({
    type: ['Holiday'],
    description: 'The holidays and collective leave days of a region in one year.',
    args: { regionId: t.arg.globalID({ required: true, for: RegionNode }), year: t.arg.int({ required: true, validate: z.number().int().min(2000).max(2100) }) },
    resolve: (query, _parent, args, context) =>
      context.prisma.holiday.findMany({
        ...query,
        where: { regionId: args.regionId.id, date: { gte: new Date(`${args.year}-01-01`), lte: new Date(`${args.year}-12-31`) } },
        orderBy: { date: 'asc' },
      }),
  }),
}));

/** Agency administrators manage only their own agency's catalogue. */
function assertOwnAgency(context: Context, agencyId: string, field: string): void {
  if (context.viewer?.role === 'AGENCY_ADMIN' && context.viewer.agencyId !== agencyId) {
    throw new AppError('FORBIDDEN', 'An agency administrator may change only their own agency’s services.', field);
  }
}

const localDate = z.string().refine(isLocalDate, 'must be a date written YYYY-MM-DD');
const todayWib = () => localDateOf(new Date());

const StandardFields = (t: PothosInputFieldBuilder) => ({
  targetValue: t.int({ required: true, validate: z.number().int().min(1, 'must be at least 1').max(10_000, 'is too large') }),
  targetUnit: t.field({ type: ServiceTargetUnitEnum, required: true }),
  cost: t.int({ required: false, validate: z.number().int().min(0, 'must not be negative') }),
  requirements: t.string({ required: true, validate: z.string().trim().min(1, 'is required').max(4000, 'is too long') }),
});
type PothosInputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const CreateServiceTypeInput = builder.inputType('CreateServiceTypeInput', {
  fields: (t) => ({
    agencyId: t.globalID({ required: true, for: AgencyNode }),
    code: t.string({ required: true, validate: z.string().trim().regex(/^[A-Z0-9_-]{2,32}$/, 'use 2–32 capital letters, digits, _ or -') }),
    name: t.string({ required: true, validate: z.string().trim().min(2, 'must be at least 2 characters').max(200, 'must be at most 200 characters') }),
    ...StandardFields(t),
  }),
});

const SetServiceStandardInput = builder.inputType('SetServiceStandardInput', {
  description: 'A new version of a standard. It takes effect from validFrom (today or later, WIB): past requests keep the standard they were received under.',
  fields: (t) => ({
    serviceTypeId: t.globalID({ required: true, for: ServiceTypeNode }),
    validFrom: t.string({ required: true, description: 'First day (YYYY-MM-DD) it applies, from 00:00 WIB.', validate: localDate }),
    ...StandardFields(t),
  }),
});

const RenameServiceTypeInput = builder.inputType('RenameServiceTypeInput', {
  description: 'A service’s new name; its code, standards and figures stay as they are.',
  fields: (t) => ({
    serviceTypeId: t.globalID({ required: true, for: ServiceTypeNode }),
    name: t.string({ required: true, validate: z.string().trim().min(2, 'must be at least 2 characters').max(200, 'must be at most 200 characters') }),
  }),
});

const HolidayInput = builder.inputType('HolidayInput', {
  description: 'A holiday of a region. Only today or later: past working time stays as it was counted.',
  fields: (t) => ({
    regionId: t.globalID({ required: true, for: RegionNode }),
    date: t.string({ required: true, validate: localDate }),
    name: t.string({ required: true, validate: z.string().trim().min(2, 'must be at least 2 characters').max(200, 'is too long') }),
    collectiveLeave: t.boolean({ required: false }),
  }),
});

const wibMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`);

function assertNotPast(day: string, field: string): void {
  if (day < todayWib()) {
    throw new AppError('BAD_USER_INPUT', 'must be today or later: figures already counted do not change retroactively.', field);
  }
}

builder.mutationFields((t) => ({
  createServiceType: t.prismaField({
    type: 'ServiceType',
    description: 'Adds a service to an agency’s catalogue with its first standard, in force from now.',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: CreateServiceTypeInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const agencyId = input.agencyId.id;
      assertOwnAgency(context, agencyId, 'input.agencyId');
      if (!(await context.prisma.agency.findUnique({ where: { id: agencyId }, select: { id: true } }))) throw notFound('The agency', 'input.agencyId');
      if (await context.prisma.serviceType.findUnique({ where: { agencyId_code: { agencyId, code: input.code } }, select: { id: true } })) {
        throw new AppError('CONFLICT', `The agency already has a service with code ${input.code}.`, 'input.code');
      }
      return context.prisma.$transaction(async (tx) => {
        const standard = { validFrom: new Date(), targetValue: input.targetValue, targetUnit: input.targetUnit, cost: input.cost ?? 0, requirements: input.requirements };
        const created = await tx.serviceType.create({ ...query, data: { agencyId, code: input.code, name: input.name, standards: { create: standard } } });
        await recordAudit(tx, context.viewer, { action: 'serviceType.create', entityType: 'ServiceType', entityId: created.id, after: { agencyId, code: input.code, name: input.name, standard } });
        return created;
      });
    },
  }),
  renameServiceType: t.prismaField({
    type: 'ServiceType',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: RenameServiceTypeInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const id = input.serviceTypeId.id;
      const service = await context.prisma.serviceType.findUnique({ where: { id }, select: { agencyId: true, name: true } });
      if (!service) throw notFound('The service type', 'input.serviceTypeId');
      assertOwnAgency(context, service.agencyId, 'input.serviceTypeId');
      const name = input.name.trim();
      return context.prisma.$transaction(async (tx) => {
        const renamed = await tx.serviceType.update({ ...query, where: { id }, data: { name } });
        await recordAudit(tx, context.viewer, { action: 'serviceType.rename', entityType: 'ServiceType', entityId: id, before: { name: service.name }, after: { name } });
        return renamed;
      });
    },
  }),
  setServiceStandard: t.prismaField({
    type: 'ServiceStandard',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: SetServiceStandardInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const serviceTypeId = input.serviceTypeId.id;
      const service = await context.prisma.serviceType.findUnique({ where: { id: serviceTypeId }, select: { agencyId: true } });
      if (!service) throw notFound('The service type', 'input.serviceTypeId');
      assertOwnAgency(context, service.agencyId, 'input.serviceTypeId');
      assertNotPast(input.validFrom, 'input.validFrom');
      const data = { validFrom: wibMidnight(input.validFrom), targetValue: input.targetValue, targetUnit: input.targetUnit, cost: input.cost ?? 0, requirements: input.requirements };
      return context.prisma.$transaction(async (tx) => {
        const before = await tx.serviceStandard.findUnique({ where: { serviceTypeId_validFrom: { serviceTypeId, validFrom: data.validFrom } } });
        const saved = await tx.serviceStandard.upsert({ ...query, where: { serviceTypeId_validFrom: { serviceTypeId, validFrom: data.validFrom } }, create: { serviceTypeId, ...data }, update: data });
        await recordAudit(tx, context.viewer, { action: 'serviceStandard.set', entityType: 'ServiceType', entityId: serviceTypeId, before, after: data });
        return saved;
      });
    },
  }),
  addHoliday: t.prismaField({
    type: 'Holiday',
    authScopes: { roles: ['ADMIN'] },
    args: { input: t.arg({ type: HolidayInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const regionId = input.regionId.id;
      assertNotPast(input.date, 'input.date');
      if (!(await context.prisma.region.findUnique({ where: { id: regionId }, select: { id: true } }))) throw notFound('The region', 'input.regionId');
      const date = new Date(`${input.date}T00:00:00Z`);
      if (await context.prisma.holiday.findUnique({ where: { regionId_date: { regionId, date } }, select: { id: true } })) {
        throw new AppError('CONFLICT', `The region already has a holiday on ${input.date}.`, 'input.date');
      }
      return context.prisma.$transaction(async (tx) => {
        const created = await tx.holiday.create({ ...query, data: { regionId, date, name: input.name, collectiveLeave: input.collectiveLeave ?? false } });
        await recordAudit(tx, context.viewer, { action: 'holiday.add', entityType: 'Region', entityId: regionId, after: { date: input.date, name: input.name } });
        return created;
      });
    },
  }),
  removeHoliday: t.boolean({
    authScopes: { roles: ['ADMIN'] },
    args: { regionId: t.arg.globalID({ required: true, for: RegionNode }), date: t.arg.string({ required: true, validate: localDate }) },
    resolve: async (_parent, args, context) => {
      assertNotPast(args.date, 'date');
      const where = { regionId_date: { regionId: args.regionId.id, date: new Date(`${args.date}T00:00:00Z`) } };
      const existing = await context.prisma.holiday.findUnique({ where, select: { name: true } });
      if (!existing) throw notFound('The holiday', 'date');
      await context.prisma.$transaction(async (tx) => {
        await tx.holiday.delete({ where });
        await recordAudit(tx, context.viewer, { action: 'holiday.remove', entityType: 'Region', entityId: args.regionId.id, before: { date: args.date, name: existing.name } });
      });
      return true;
    },
  }),
}));
