// Agency KPIs (IKU): definitions with their published metadata, targets and realised values per
// period, achievement, and a live subscription per agency. Public, like other aggregates.
import { parsePeriodCode } from '@pantau/shared';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { recordAudit } from '../audit/log.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import type { Db } from '../service/calendar.js';
import { LIVE_AUDIENCE, publicOrSignedIn } from '../live/shared-subscriptions.js';
import { kpiPeriods, type KpiPeriodFigures } from '../service/kpi.js';
import { todayWib } from '../service/metrics.js';
import { AgencyNode } from './agency.js';
import { builder } from './builder.js';
import { ServiceTypeNode } from './service-catalogue.js';

const KpiDirectionEnum = builder.enumType('KpiDirection', { values: ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const });
const KpiCadenceEnum = builder.enumType('KpiCadence', { values: ['MONTHLY', 'QUARTERLY', 'SEMESTER', 'ANNUAL'] as const });
const KpiSourceEnum = builder.enumType('KpiSource', {
  description: 'MANUAL values are reported by the agency; the others are computed from the service figures of the period.',
  values: ['MANUAL', 'SERVICE_WITHIN_STANDARD_SHARE', 'SERVICE_MEDIAN_WORKING_DAYS', 'IKM'] as const,
});

const KpiPeriodRef = builder.objectRef<KpiPeriodFigures>('KpiPeriod').implement({
  description: 'Target, realised value and achievement of an indicator in one period.',
  fields: (t) => ({
    period: t.string({ description: 'Period code: 2026, 2026-S1, 2026-Q2 or 2026-M03.', resolve: (entry) => entry.period.code }),
    startDate: t.string({ resolve: (entry) => entry.period.startDate }),
    endDate: t.string({ resolve: (entry) => entry.period.endDate }),
    target: t.float({ nullable: true, resolve: (entry) => entry.target }),
    value: t.float({ nullable: true, resolve: (entry) => entry.value }),
    achievement: t.float({
      nullable: true,
      description: 'Percent: value ÷ target × 100 (higher is better) or (2 − value ÷ target) × 100 (lower is better), never below 0.',
      resolve: (entry) => entry.achievement,
    }),
  }),
});

const currentYear = () => Number(todayWib().slice(0, 4));

export const KpiNode = builder.prismaNode('Kpi', {
  id: { field: 'id' },
  description: 'An IKU (Indikator Kinerja Utama) of an agency, with the metadata Satu Data asks for.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    definition: t.exposeString('definition'),
    unit: t.exposeString('unit'),
    formula: t.exposeString('formula'),
    cadence: t.expose('cadence', { type: KpiCadenceEnum }),
    direction: t.expose('direction', { type: KpiDirectionEnum }),
    dataProducer: t.exposeString('dataProducer'),
    source: t.expose('source', { type: KpiSourceEnum }),
    agency: t.relation('agency'),
    serviceType: t.relation('serviceType', { nullable: true }),
    periods: t.field({
      type: [KpiPeriodRef],
      args: { year: t.arg.int({ validate: z.number().int().min(2000).max(2100) }) },
      select: { agencyId: true, serviceTypeId: true, source: true, cadence: true, direction: true, targets: true, values: true },
      resolve: (kpi, args, context) => kpiPeriods(context.prisma, kpi as never, args.year ?? currentYear()),
    }),
  }),
});

builder.prismaObjectField('Agency', 'kpis', (t) => t.relation('kpis', { description: 'The agency’s key performance indicators (IKU), by code.', query: { orderBy: { code: 'asc' } } }));

const CreateKpiInput = builder.inputType('CreateKpiInput', {
  fields: (t) => ({
    agencyId: t.globalID({ required: true, for: AgencyNode }),
    code: t.string({ required: true, validate: z.string().trim().regex(/^[A-Z0-9_.-]{2,32}$/, 'use 2–32 capital letters, digits, _ . or -') }),
    name: t.string({ required: true, validate: z.string().trim().min(3, 'must be at least 3 characters').max(300, 'is too long') }),
    definition: t.string({ required: true, validate: z.string().trim().min(3, 'must be at least 3 characters').max(4000, 'is too long') }),
    unit: t.string({ required: true, validate: z.string().trim().min(1, 'is required').max(40, 'is too long') }),
    formula: t.string({ required: true, validate: z.string().trim().min(1, 'is required').max(2000, 'is too long') }),
    cadence: t.field({ type: KpiCadenceEnum, required: true }),
    direction: t.field({ type: KpiDirectionEnum, required: true }),
    dataProducer: t.string({ required: true, validate: z.string().trim().min(2, 'must be at least 2 characters').max(200, 'is too long') }),
    source: t.field({ type: KpiSourceEnum, required: false }),
    serviceTypeId: t.globalID({ for: ServiceTypeNode }),
  }),
});

const periodCode = z.string().refine((code) => {
  try {
    parsePeriodCode(code);
    return true;
  } catch {
    return false;
  }
}, 'must be a period code such as 2026, 2026-S1, 2026-Q2 or 2026-M03');

async function editableKpi(context: Context, kpiId: string) {
  const kpi = await context.prisma.kpi.findUnique({ where: { id: kpiId }, select: { agencyId: true, cadence: true, source: true, agency: { select: { regionId: true } } } });
  if (!kpi) throw notFound('The indicator', 'kpiId');
  if (context.viewer?.role === 'AGENCY_ADMIN' && context.viewer.agencyId !== kpi.agencyId) {
    throw new AppError('FORBIDDEN', 'An agency administrator may change only their own agency’s indicators.', 'kpiId');
  }
  return kpi;
}

function assertCadence(code: string, cadence: string): void {
  if (parsePeriodCode(code).cadence !== cadence) throw new AppError('BAD_USER_INPUT', `The indicator is measured ${cadence.toLowerCase()}; use a period code of that cadence.`, 'period');
}

const notifyAgency = (context: Context, agencyId: string, regionId: string) => context.live.announce([{ agencyId, regionId, serviceTypeId: null }]);

builder.mutationFields((t) => ({
  createKpi: t.prismaField({
    type: 'Kpi',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: CreateKpiInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const agencyId = input.agencyId.id;
      if (context.viewer?.role === 'AGENCY_ADMIN' && context.viewer.agencyId !== agencyId) {
        throw new AppError('FORBIDDEN', 'An agency administrator may change only their own agency’s indicators.', 'input.agencyId');
      }
      const source = input.source ?? 'MANUAL';
      const serviceTypeId = input.serviceTypeId?.id ?? null;
      if (serviceTypeId && !(await context.prisma.serviceType.findFirst({ where: { id: serviceTypeId, agencyId }, select: { id: true } }))) {
        throw notFound('The agency’s service type', 'input.serviceTypeId');
      }
      if (await context.prisma.kpi.findUnique({ where: { agencyId_code: { agencyId, code: input.code } }, select: { id: true } })) {
        throw new AppError('CONFLICT', `The agency already has an indicator with code ${input.code}.`, 'input.code');
      }
      const data = { ...input, agencyId, source, serviceTypeId };
      return context.prisma.$transaction(async (tx) => {
        const created = await tx.kpi.create({ ...query, data });
        await recordAudit(tx, context.viewer, { action: 'kpi.create', entityType: 'Kpi', entityId: created.id, after: data });
        return created;
      });
    },
  }),
  setKpiTarget: t.field({
    type: 'Boolean',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: {
      kpiId: t.arg.globalID({ required: true, for: KpiNode }),
      period: t.arg.string({ required: true, validate: periodCode }),
      target: t.arg.float({ required: true, validate: z.number().positive('must be positive') }),
    },
    resolve: async (_parent, args, context) => {
      const kpiId = args.kpiId.id;
      const kpi = await editableKpi(context, kpiId);
      assertCadence(args.period, kpi.cadence);
      await context.prisma.$transaction(async (tx) => {
        const before = await tx.kpiTarget.findUnique({ where: { kpiId_period: { kpiId, period: args.period } } });
        await tx.kpiTarget.upsert({ where: { kpiId_period: { kpiId, period: args.period } }, create: { kpiId, period: args.period, target: args.target }, update: { target: args.target } });
        await recordAudit(tx, context.viewer, { action: 'kpi.setTarget', entityType: 'Kpi', entityId: kpiId, before, after: { period: args.period, target: args.target } });
      });
      notifyAgency(context, kpi.agencyId, kpi.agency.regionId);
      return true;
    },
  }),
  reportKpiValue: t.field({
    type: 'Boolean',
    description: 'Reports the realised value of a MANUAL indicator for a period.',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: {
      kpiId: t.arg.globalID({ required: true, for: KpiNode }),
      period: t.arg.string({ required: true, validate: periodCode }),
      value: t.arg.float({ required: true, validate: z.number().min(0, 'must not be negative') }),
    },
    resolve: async (_parent, args, context) => {
      const kpiId = args.kpiId.id;
      const kpi = await editableKpi(context, kpiId);
      if (kpi.source !== 'MANUAL') throw new AppError('CONFLICT', 'This indicator is computed from the service figures; it takes no reported values.', 'kpiId');
      assertCadence(args.period, kpi.cadence);
      await context.prisma.$transaction(async (tx) => {
        const before = await tx.kpiValue.findUnique({ where: { kpiId_period: { kpiId, period: args.period } } });
        await tx.kpiValue.upsert({ where: { kpiId_period: { kpiId, period: args.period } }, create: { kpiId, period: args.period, value: args.value }, update: { value: args.value, reportedAt: new Date() } });
        await recordAudit(tx, context.viewer, { action: 'kpi.reportValue', entityType: 'Kpi', entityId: kpiId, before, after: { period: args.period, value: args.value } });
      });
      notifyAgency(context, kpi.agencyId, kpi.agency.regionId);
      return true;
    },
  }),
}));

interface AgencyKpiSnapshot {
  agencyId: string;
  year: number;
  kpis: Array<{ id: string; code: string; name: string; unit: string; direction: string; periods: KpiPeriodFigures[] }>;
  computedAt: Date;
}

const AgencyKpiRef = builder.objectRef<AgencyKpiSnapshot['kpis'][number]>('AgencyKpiFigures').implement({
  fields: (t) => ({
    kpiId: t.id({ resolve: (kpi) => encodeGlobalID('Kpi', kpi.id) }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    unit: t.exposeString('unit'),
    direction: t.field({ type: KpiDirectionEnum, resolve: (kpi) => kpi.direction as 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' }),
    periods: t.field({ type: [KpiPeriodRef], resolve: (kpi) => kpi.periods }),
  }),
});

const AgencyKpisRef = builder.objectRef<AgencyKpiSnapshot>('AgencyKpis').implement({
  description: 'An agency’s indicators with this year’s periods, as one live value.',
  fields: (t) => ({
    agencyId: t.id({ resolve: (snapshot) => encodeGlobalID('Agency', snapshot.agencyId) }),
    year: t.exposeInt('year'),
    kpis: t.field({ type: [AgencyKpiRef], resolve: (snapshot) => snapshot.kpis }),
    computedAt: t.field({ type: 'DateTime', resolve: (snapshot) => snapshot.computedAt }),
  }),
});

async function computeAgencyKpis(db: Db, agencyId: string): Promise<AgencyKpiSnapshot> {
  const year = currentYear();
  const kpis = await db.kpi.findMany({ where: { agencyId }, include: { targets: true, values: true }, orderBy: { code: 'asc' } });
  const result: AgencyKpiSnapshot['kpis'] = [];
  for (const kpi of kpis) result.push({ id: kpi.id, code: kpi.code, name: kpi.name, unit: kpi.unit, direction: kpi.direction, periods: await kpiPeriods(db, kpi, year) });
  return { agencyId, year, kpis: result, computedAt: new Date() };
}

builder.subscriptionField('agencyKpis', (t) =>
  t.field({
    type: AgencyKpisRef,
    description: 'The agency’s indicators this year: the current value first, then updates when service figures, targets or values change.',
    args: { agencyId: t.arg.globalID({ required: true, for: AgencyNode }) },
    extensions: { [LIVE_AUDIENCE]: publicOrSignedIn },
    subscribe: async (_root, args, context) => {
      const agencyId = args.agencyId.id;
      if (!(await context.prisma.agency.findUnique({ where: { id: agencyId }, select: { id: true } }))) throw notFound('The agency', 'agencyId');
      return context.live.subscribe(`agencyKpis:${agencyId}`, () => computeAgencyKpis(context.prisma, agencyId), (change) => change.agencyId === agencyId);
    },
    resolve: (snapshot: AgencyKpiSnapshot) => snapshot,
  }),
);

