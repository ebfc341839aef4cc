// Service metrics and the region dashboard: read from the maintained aggregates, public (small
// groups suppressed for anonymous visitors), and live through subscriptions whose value is
// computed once per topic and shared by every subscriber (src/live/live-topics.ts).
import { isLocalDate, type IkmResult, IKM_ELEMENTS } from '@pantau/shared';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { isStaff, type Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import type { ServiceChange } from '../live/pubsub.js';
import { LIVE_AUDIENCE, publicOrSignedIn } from '../live/shared-subscriptions.js';
import type { Db } from '../service/calendar.js';
import { loadIkm, type IkmFigures } from '../service/ikm.js';
import {
  backlogOf,
  emptyFigures,
  lastDays,
  loadBacklog,
  todayWib,
  loadFigures,
  minutesToDays,
  minutesToHours,
  type Backlog,
  type DayRange,
  type Granularity,
  type MetricsFilter,
  type ServiceFigures,
} from '../service/metrics.js';
import { loadMinimumGroupSize, type MinimumGroupSize } from '../service/publication.js';
import { AgencyNode } from './agency.js';
import { builder } from './builder.js';
import { RegionNode } from './region.js';
import { ServiceTypeNode } from './service-catalogue.js';

/** A group's figures as computed (shared by all subscribers), with what suppression needs. */
interface MetricsGroup {
  figures: ServiceFigures;
  backlog: Backlog | null;
  minimum: MinimumGroupSize;
}

interface IkmGroup {
  figures: IkmFigures;
  minimum: MinimumGroupSize;
}

/** Small groups are hidden from anonymous visitors; signed-in users see every figure. */
const requestsSuppressed = (group: MetricsGroup, context: Context) =>
  !isStaff(context) && Math.max(group.figures.received, group.figures.completed) < group.minimum.requests;
const ikmSuppressed = (group: IkmGroup, context: Context) => !isStaff(context) && group.figures.responses < group.minimum.surveyResponses;

const Granularity = builder.enumType('MetricsGranularity', { values: ['DAY', 'WEEK', 'MONTH'] as const });

const ServiceMetrics = builder.objectRef<MetricsGroup>('ServiceMetrics').implement({
  description:
    'Service delivery figures of a group (all services of an agency, one service, or a period). Processing times are working time from receipt to completion; medians and p90 come from a histogram with ±2.5 % relative error, means are exact. Figures of groups smaller than the publication threshold are null for anonymous visitors, with suppressed = true.',
  fields: (t) => {
    const count = (name: keyof ServiceFigures & ('received' | 'completed' | 'rejected' | 'cancelled' | 'completedWithinStandard'), description: string) =>
      t.int({ nullable: true, description, resolve: (group, _args, context) => (requestsSuppressed(group, context) ? null : group.figures[name]) });
    const float = (description: string, pick: (group: MetricsGroup) => number | null) =>
      t.float({ nullable: true, description, resolve: (group, _args, context) => (requestsSuppressed(group, context) ? null : pick(group)) });
    return {
      from: t.string({ description: 'First day (YYYY-MM-DD, WIB) of the group.', resolve: (group) => group.figures.from }),
      to: t.string({ description: 'Last day (YYYY-MM-DD, WIB) of the group.', resolve: (group) => group.figures.to }),
      suppressed: t.boolean({ description: 'True when the group is too small to publish and the figures are withheld.', resolve: (group, _args, context) => requestsSuppressed(group, context) }),
      received: count('received', 'Requests received in the period.'),
      completed: count('completed', 'Requests completed in the period.'),
      rejected: count('rejected', 'Requests rejected in the period.'),
      cancelled: count('cancelled', 'Requests cancelled in the period.'),
      completedWithinStandard: count('completedWithinStandard', 'Completed within the standard in force at their receipt.'),
      withinStandardShare: float('Share (0–1) of completed requests that met their standard.', (group) => group.figures.withinStandardShare),
      medianWorkingDays: float('Median processing time in working days (8 office hours each).', (group) => minutesToDays(group.figures.medianWorkingMinutes)),
      p90WorkingDays: float('90th percentile of processing time in working days.', (group) => minutesToDays(group.figures.p90WorkingMinutes)),
      meanWorkingDays: float('Mean processing time in working days.', (group) => minutesToDays(group.figures.meanWorkingMinutes)),
      medianWorkingHours: float('Median processing time in working hours.', (group) => minutesToHours(group.figures.medianWorkingMinutes)),
      p90WorkingHours: float('90th percentile of processing time in working hours.', (group) => minutesToHours(group.figures.p90WorkingMinutes)),
      meanWorkingHours: float('Mean processing time in working hours.', (group) => minutesToHours(group.figures.meanWorkingMinutes)),
      throughputPerDay: float('Completed requests per calendar day of the period.', (group) => group.figures.throughputPerDay),
      openBacklog: t.int({
        nullable: true,
        description: 'Requests open now (not for a past period: null in series).',
        resolve: (group, _args, context) => (requestsSuppressed(group, context) ? null : (group.backlog?.open ?? null)),
      }),
      overdue: t.int({
        nullable: true,
        description: 'Open requests whose standard ran out before today (WIB).',
        resolve: (group, _args, context) => (requestsSuppressed(group, context) ? null : (group.backlog?.overdue ?? null)),
      }),
    };
  },
});

const IkmElementScore = builder.objectRef<{ code: string; name: string; nrr: number }>('IkmElementScore').implement({
  fields: (t) => ({ code: t.exposeString('code'), name: t.exposeString('name'), nrr: t.exposeFloat('nrr', { description: 'Nilai rata-rata: the mean score, 1–4.' }) }),
});

const IkmGradeEnum = builder.enumType('IkmGrade', { values: ['A', 'B', 'C', 'D'] as const });

export const IkmSummary = builder.objectRef<IkmGroup>('IkmSummary').implement({
  description:
    'Indeks Kepuasan Masyarakat (PermenPANRB 14/2017) over a period: NRR per element, equal weights 1/9, ×25, grade A–D. Withheld (null, suppressed = true) from anonymous visitors below the publication threshold of responses.',
  fields: (t) => {
    const result = <T>(group: IkmGroup, context: Context, pick: (result: IkmResult) => T): T | null =>
      ikmSuppressed(group, context) || !group.figures.result ? null : pick(group.figures.result);
    return {
      from: t.string({ resolve: (group) => group.figures.from }),
      to: t.string({ resolve: (group) => group.figures.to }),
      suppressed: t.boolean({ resolve: (group, _args, context) => ikmSuppressed(group, context) }),
      responses: t.int({ nullable: true, resolve: (group, _args, context) => (ikmSuppressed(group, context) ? null : group.figures.responses) }),
      ikm: t.float({ nullable: true, description: 'Σ NRR × weight (1–4).', resolve: (group, _args, context) => result(group, context, (r) => r.ikm) }),
      converted: t.float({ nullable: true, description: 'IKM × 25, rounded to 2 decimals (25–100).', resolve: (group, _args, context) => result(group, context, (r) => r.convertedRounded) }),
      grade: t.field({ type: IkmGradeEnum, nullable: true, resolve: (group, _args, context) => result(group, context, (r) => r.grade) }),
      gradeLabel: t.string({ nullable: true, description: 'Sangat Baik, Baik, Kurang Baik or Tidak Baik.', resolve: (group, _args, context) => result(group, context, (r) => r.gradeLabel) }),
      elements: t.field({
        type: [IkmElementScore],
        nullable: true,
        resolve: (group, _args, context) =>
          result(group, context, (r) => IKM_ELEMENTS.map((element) => ({ code: element.code, name: element.name, nrr: r.nrrPerElement[element.code] ?? 0 }))),
      }),
      populationServed: t.int({ description: 'Requests received in the period: the population the sample is drawn from.', nullable: true, resolve: (group, _args, context) => (ikmSuppressed(group, context) ? null : group.figures.populationServed) }),
      requiredSample: t.int({
        nullable: true,
        description: 'Responses the Krejcie–Morgan table asks for that population.',
        resolve: (group, _args, context) => (ikmSuppressed(group, context) ? null : group.figures.requiredSample),
      }),
      sampleSufficient: t.boolean({ nullable: true, resolve: (group, _args, context) => (ikmSuppressed(group, context) ? null : group.figures.sampleSufficient) }),
    };
  },
});

interface ServiceMetricsReport {
  agencyId: string;
  serviceTypeId: string | null;
  window: MetricsGroup;
  series: MetricsGroup[];
  ikm: IkmGroup;
  computedAt: Date;
}

const ServiceMetricsReportRef = builder.objectRef<ServiceMetricsReport>('ServiceMetricsReport').implement({
  description: 'An agency’s (or one service’s) figures over a window of days, with the current backlog and a series per period for trends.',
  fields: (t) => ({
    agencyId: t.id({ resolve: (report) => encodeGlobalID('Agency', report.agencyId) }),
    serviceTypeId: t.id({ nullable: true, resolve: (report) => (report.serviceTypeId ? encodeGlobalID('ServiceType', report.serviceTypeId) : null) }),
    window: t.field({ type: ServiceMetrics, resolve: (report) => report.window }),
    series: t.field({ type: [ServiceMetrics], description: 'One entry per period with activity, oldest first.', resolve: (report) => report.series }),
    ikm: t.field({ type: IkmSummary, resolve: (report) => report.ikm }),
    computedAt: t.field({ type: 'DateTime', resolve: (report) => report.computedAt }),
  }),
});

interface AgencyHeadline {
  agencyId: string;
  name: string;
  shortName: string;
  metrics: MetricsGroup;
  ikm: IkmGroup;
}

interface RegionDashboard {
  regionId: string;
  range: DayRange;
  total: MetricsGroup;
  agencies: AgencyHeadline[];
  computedAt: Date;
}

const AgencyHeadlineRef = builder.objectRef<AgencyHeadline>('AgencyServiceHeadline').implement({
  fields: (t) => ({
    agencyId: t.id({ resolve: (row) => encodeGlobalID('Agency', row.agencyId) }),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName'),
    metrics: t.field({ type: ServiceMetrics, resolve: (row) => row.metrics }),
    ikm: t.field({ type: IkmSummary, resolve: (row) => row.ikm }),
  }),
});

const RegionDashboardRef = builder.objectRef<RegionDashboard>('RegionServiceDashboard').implement({
  description: 'Headline service figures of every agency of a region that delivers services, over the last 30 days.',
  fields: (t) => ({
    regionId: t.id({ resolve: (dashboard) => encodeGlobalID('Region', dashboard.regionId) }),
    from: t.string({ resolve: (dashboard) => dashboard.range.from }),
    to: t.string({ resolve: (dashboard) => dashboard.range.to }),
    total: t.field({ type: ServiceMetrics, resolve: (dashboard) => dashboard.total }),
    agencies: t.field({ type: [AgencyHeadlineRef], resolve: (dashboard) => dashboard.agencies }),
    computedAt: t.field({ type: 'DateTime', resolve: (dashboard) => dashboard.computedAt }),
  }),
});

const emptyIkm = (range: DayRange, minimum: MinimumGroupSize): IkmGroup => ({
  figures: { ...range, responses: 0, result: null, populationServed: 0, requiredSample: 0, sampleSufficient: false },
  minimum,
});

export async function computeServiceMetricsReport(
  db: Db,
  filter: { agencyId: string; serviceTypeId: string | null },
  range: DayRange,
  granularity: Granularity,
): Promise<ServiceMetricsReport> {
  const where: MetricsFilter = { agencyId: filter.agencyId, ...(filter.serviceTypeId ? { serviceTypeId: filter.serviceTypeId } : {}) };
  const [minimum, totals, backlog, series, ikm] = await sequential([
    () => loadMinimumGroupSize(db),
    () => loadFigures(db, where, range, 'all'),
    () => loadBacklog(db, where, 'all'),
    () => loadFigures(db, where, range, granularity),
    () => loadIkm(db, where, range, 'all'),
  ] as const);
  return {
    agencyId: filter.agencyId,
    serviceTypeId: filter.serviceTypeId,
    window: { figures: totals.get('all') ?? emptyFigures(range), backlog: backlogOf(backlog, 'all'), minimum },
    series: [...series.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, figures]) => ({ figures, backlog: null, minimum })),
    ikm: ikm.has('all') ? { figures: ikm.get('all')!, minimum } : emptyIkm(range, minimum),
    computedAt: new Date(),
  };
}

export async function computeRegionDashboard(db: Db, regionId: string, range: DayRange = lastDays(30)): Promise<RegionDashboard> {
  const filter = { regionId };
  const [minimum, agencies, figures, total, backlog, ikm] = await sequential([
    () => loadMinimumGroupSize(db),
    () => db.agency.findMany({ where: { regionId, services: { some: {} } }, select: { id: true, name: true, shortName: true }, orderBy: { name: 'asc' } }),
    () => loadFigures(db, filter, range, 'agency'),
    () => loadFigures(db, filter, range, 'all'),
    () => loadBacklog(db, filter, 'agency'),
    () => loadIkm(db, filter, range, 'agency'),
  ] as const);
  const totalBacklog = [...backlog.values()].reduce((sum, entry) => ({ open: sum.open + entry.open, overdue: sum.overdue + entry.overdue }), { open: 0, overdue: 0 });
  return {
    regionId,
    range,
    total: { figures: total.get('all') ?? emptyFigures(range), backlog: totalBacklog, minimum },
    agencies: agencies.map((agency) => ({
      agencyId: agency.id,
      name: agency.name,
      shortName: agency.shortName,
      metrics: { figures: figures.get(agency.id) ?? emptyFigures(range), backlog: backlogOf(backlog, agency.id), minimum },
      ikm: ikm.has(agency.id) ? { figures: ikm.get(agency.id)!, minimum } : emptyIkm(range, minimum),
    })),
    computedAt: new Date(),
  };
}

/** Runs reads one after another: the embedded database serves one query at a time anyway. */
async function sequential<T extends readonly (() => Promise<unknown>)[]>(tasks: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}

const localDateArg = z.string().refine(isLocalDate, 'must be a date written YYYY-MM-DD');
const MAX_RANGE_DAYS = 3 * 366;

function rangeOf(from: string | null | undefined, to: string | null | undefined): DayRange {
  const fallback = lastDays(30);
  const range = { from: from ?? fallback.from, to: to ?? fallback.to };
  if (range.to < range.from) throw new AppError('BAD_USER_INPUT', 'to must not be before from.', 'to');
  if ((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 > MAX_RANGE_DAYS) throw new AppError('BAD_USER_INPUT', 'A range covers at most three years.', 'from');
  return range;
}

async function serviceOfAgency(context: Context, agencyId: string, serviceTypeId: string | null): Promise<void> {
  if (!(await context.prisma.agency.findUnique({ where: { id: agencyId }, select: { id: true } }))) throw notFound('The agency', 'agencyId');
  if (serviceTypeId && !(await context.prisma.serviceType.findFirst({ where: { id: serviceTypeId, agencyId }, select: { id: true } }))) {
    throw notFound('The agency’s service type', 'serviceTypeId');
  }
}

builder.queryFields((t) => ({
  serviceMetrics: t.field({
    type: ServiceMetricsReportRef,
    description: 'Service figures of an agency (or one of its services) over a window of days (default: the last 30 days, WIB). Public.',
    args: {
      agencyId: t.arg.globalID({ required: true, for: AgencyNode }),
      serviceTypeId: t.arg.globalID({ for: ServiceTypeNode }),
      from: t.arg.string({ validate: localDateArg }),
      to: t.arg.string({ validate: localDateArg }),
      granularity: t.arg({ type: Granularity, defaultValue: 'DAY' }),
    },
    resolve: async (_parent, args, context) => {
      const serviceTypeId = args.serviceTypeId?.id ?? null;
      await serviceOfAgency(context, args.agencyId.id, serviceTypeId);
      return computeServiceMetricsReport(context.prisma, { agencyId: args.agencyId.id, serviceTypeId }, rangeOf(args.from, args.to), args.granularity ?? 'DAY');
    },
  }),
  regionServiceDashboard: t.field({
    type: RegionDashboardRef,
    description: 'Headline service figures per agency of a region over the last 30 days. Public.',
    args: { regionId: t.arg.globalID({ required: true, for: RegionNode }) },
    // Served from memory until an announced change of the region (or the day) ends it: the
    // transparency page is read far more often than the figures change.
    resolve: (_parent, args, context) => {
      const regionId = args.regionId.id;
      return context.live.cached(
        `regionDashboard:${regionId}:${todayWib()}`,
        async () => {
          if (!(await context.prisma.region.findUnique({ where: { id: regionId }, select: { id: true } }))) throw notFound('The region', 'regionId');
          return computeRegionDashboard(context.prisma, regionId);
        },
        (change: ServiceChange) => change.regionId === regionId,
      );
    },
  }),
}));

builder.subscriptionFields((t) => ({
  serviceMetrics: t.field({
    type: ServiceMetricsReportRef,
    description: 'The figures of an agency (or one service) over the last 30 days: the current value first, then a new one after every change (coalesced to a few per second).',
    args: { agencyId: t.arg.globalID({ required: true, for: AgencyNode }), serviceTypeId: t.arg.globalID({ for: ServiceTypeNode }) },
    // Suppression is the only thing that depends on the viewer: one payload per audience.
    extensions: { [LIVE_AUDIENCE]: publicOrSignedIn },
    subscribe: async (_root, args, context) => {
      const agencyId = args.agencyId.id;
      const serviceTypeId = args.serviceTypeId?.id ?? null;
      await serviceOfAgency(context, agencyId, serviceTypeId);
      return context.live.subscribe(
        `serviceMetrics:${agencyId}:${serviceTypeId ?? '*'}`,
        () => computeServiceMetricsReport(context.prisma, { agencyId, serviceTypeId }, lastDays(30), 'DAY'),
        (change: ServiceChange) => change.agencyId === agencyId && (serviceTypeId === null || change.serviceTypeId === serviceTypeId),
      );
    },
    resolve: (report: ServiceMetricsReport) => report,
  }),
  regionDashboard: t.field({
    type: RegionDashboardRef,
    description: 'The region’s headline figures per agency: the current value first, then updates.',
    args: { regionId: t.arg.globalID({ required: true, for: RegionNode }) },
    extensions: { [LIVE_AUDIENCE]: publicOrSignedIn },
    subscribe: async (_root, args, context) => {
      const regionId = args.regionId.id;
      if (!(await context.prisma.region.findUnique({ where: { id: regionId }, select: { id: true } }))) throw notFound('The region', 'regionId');
      return context.live.subscribe(
        `regionDashboard:${regionId}`,
        () => computeRegionDashboard(context.prisma, regionId),
        (change: ServiceChange) => change.regionId === regionId,
      );
    },
    resolve: (dashboard: RegionDashboard) => dashboard,
  }),
}));
