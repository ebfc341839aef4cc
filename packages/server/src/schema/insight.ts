// Region-wide overviews for the leader dashboard and the public pages, aggregates only: each
// agency's SKP completion and predikat distribution (for those who read the region's
// aggregates), each agency's complaint handling (public, small groups suppressed), and the
// national holidays every region's calendar starts from.
import { NATIONAL_HOLIDAYS, PREDIKAT_ORDER, isLocalDate } from '@pantau/shared';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { isStaff, type Context } from '../context.js';
import { notFound } from '../errors.js';
import { coalesce } from '../live/coalesce.js';
import { computeRegionProgress, SKP_STATUSES, type AgencyPerformanceProgress, type RegionPerformanceProgress } from '../live/performance-progress.js';
import { emptyComplaintFigures, loadComplaintFiguresByAgency, type ComplaintFigures } from '../service/complaints.js';
import { lastDays, todayWib } from '../service/metrics.js';
import { loadMinimumGroupSize } from '../service/publication.js';
import { Predikat } from './appraisal.js';
import { builder } from './builder.js';
import { ComplaintMetricsRef } from './complaint.js';
import { RegionNode } from './region.js';

/** Changes within this window are sent as one update. */
const COALESCE_MS = 1_000;

interface Named {
  agencyId: string;
  name: string;
  shortName: string;
}

const AgencyProgressRef = builder.objectRef<AgencyPerformanceProgress>('AgencyPerformanceProgress').implement({
  description: 'An agency’s SKP completion and predikat distribution for a year. Counts only.',
  fields: (t) => ({
    agencyId: t.id({ resolve: (row) => encodeGlobalID('Agency', row.agencyId) }),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName'),
    employees: t.exposeInt('employees'),
    skpByStatus: t.field({
      type: [builder.objectRef<{ status: string; count: number }>('AgencySkpStatusCount').implement({ fields: (f) => ({ status: f.exposeString('status'), count: f.exposeInt('count') }) })],
      resolve: (row) => SKP_STATUSES.map((status) => ({ status, count: row.skpByStatus[status] })),
    }),
    approvedShare: t.float({
      nullable: true,
      description: 'Share (0–1) of the agency’s employees with an APPROVED SKP; null without employees.',
      resolve: (row) => (row.employees === 0 ? null : row.skpByStatus.APPROVED / row.employees),
    }),
    predikat: t.field({
      type: [builder.objectRef<{ predikat: (typeof PREDIKAT_ORDER)[number]; count: number }>('AgencyPredikatTally').implement({ fields: (f) => ({ predikat: f.field({ type: Predikat, resolve: (r) => r.predikat }), count: f.exposeInt('count') }) })],
      description: 'Each SKP’s most recent rated period.',
      resolve: (row) => PREDIKAT_ORDER.map((predikat) => ({ predikat, count: row.predikat[predikat] })),
    }),
  }),
});

const RegionProgressRef = builder.objectRef<RegionPerformanceProgress>('RegionPerformanceProgress').implement({
  description: 'Every agency’s performance cycle in a region at a glance. Aggregates only.',
  fields: (t) => ({
    regionId: t.id({ resolve: (progress) => encodeGlobalID('Region', progress.regionId) }),
    year: t.exposeInt('year'),
    agencies: t.field({ type: [AgencyProgressRef], resolve: (progress) => progress.agencies }),
    computedAt: t.expose('computedAt', { type: 'DateTime' }),
  }),
});

/** ADMIN, and the region's LEADER and ANALYST (aggregates). */
function mayReadRegion(context: Context, regionId: string): boolean {
  const viewer = context.viewer;
  if (!viewer) return false;
  return viewer.role === 'ADMIN' || ((viewer.role === 'LEADER' || viewer.role === 'ANALYST') && viewer.regionId === regionId);
}

const regionProgress = (context: Context, regionId: string, year: number) => computeRegionProgress(context.prisma, regionId, year);

const currentYear = () => new Date().getUTCFullYear();

const progressArgs = builder.args((t) => ({
  regionId: t.globalID({ required: true, for: RegionNode }),
  year: t.int({ description: 'Defaults to the current year.', validate: z.number().int().min(2000).max(2100) }),
}));

builder.queryField('regionPerformanceProgress', (t) =>
  t.field({
    type: RegionProgressRef,
    description: 'Each agency’s SKP completion and predikat distribution (ADMIN; the region’s LEADER and ANALYST).',
    args: progressArgs,
    authScopes: (_parent, args, context) => mayReadRegion(context, args.regionId.id),
    resolve: (_parent, args, context) => regionProgress(context, args.regionId.id, args.year ?? currentYear()),
  }),
);

builder.subscriptionField('regionPerformanceProgress', (t) =>
  t.field({
    type: RegionProgressRef,
    description: 'The region’s overview now, then again after each change to a plan, realisation, report or rating in it.',
    args: progressArgs,
    authScopes: (_parent, args, context) => mayReadRegion(context, args.regionId.id),
    subscribe: async function* (_root, args, context) {
      const regionId = args.regionId.id;
      const year = args.year ?? currentYear();
      // Listen before computing the first value, so that no change in between is missed.
      const changes = coalesce(context.pubsub.subscribe('performance.regionChanged', regionId), COALESCE_MS);
      try {
        yield await regionProgress(context, regionId, year);
        for await (const _change of changes) yield await regionProgress(context, regionId, year);
      } finally {
        await changes.return(undefined);
      }
    },
    resolve: (progress) => progress,
  }),
);

type Metrics = { figures: ComplaintFigures; suppressed: boolean; from: string; to: string };

const AgencyComplaintsRef = builder.objectRef<{ agency: Named | null; metrics: Metrics }>('AgencyComplaintMetrics').implement({
  description: 'One agency’s complaint handling; agency null: complaints not yet dispositioned to an agency.',
  fields: (t) => ({
    agencyId: t.id({ nullable: true, resolve: (row) => (row.agency ? encodeGlobalID('Agency', row.agency.agencyId) : null) }),
    name: t.string({ nullable: true, resolve: (row) => row.agency?.name ?? null }),
    shortName: t.string({ nullable: true, resolve: (row) => row.agency?.shortName ?? null }),
    metrics: t.field({ type: ComplaintMetricsRef, resolve: (row) => row.metrics }),
  }),
});

const RegionComplaintsRef = builder.objectRef<{ from: string; to: string; computedAt: Date; total: Metrics; agencies: Array<{ agency: Named | null; metrics: Metrics }> }>('RegionComplaintMetrics').implement({
  description: 'Complaint handling per agency of a region (whistle-blowing reports left out). Counts only, never a complaint’s text.',
  fields: (t) => ({
    from: t.exposeString('from'),
    to: t.exposeString('to'),
    computedAt: t.expose('computedAt', { type: 'DateTime' }),
    total: t.field({ type: ComplaintMetricsRef, resolve: (row) => row.total }),
    agencies: t.field({ type: [AgencyComplaintsRef], resolve: (row) => row.agencies }),
  }),
});

const localDate = z.string().refine(isLocalDate, 'must be a date written YYYY-MM-DD');

const NationalHolidayRef = builder.objectRef<(typeof NATIONAL_HOLIDAYS)[number]>('NationalHoliday').implement({
  description: 'A national public holiday or cuti bersama (SKB 3 Menteri): every region’s calendar starts from these.',
  fields: (t) => ({
    date: t.string({ description: 'YYYY-MM-DD', resolve: ([date]) => date }),
    name: t.string({ resolve: ([, name]) => name }),
    collectiveLeave: t.boolean({ resolve: ([, , collectiveLeave]) => collectiveLeave ?? false }),
  }),
});

builder.queryFields((t) => ({
  agencyComplaintMetrics: t.field({
    type: RegionComplaintsRef,
    description: 'Each agency’s complaint handling over a window (default: the last 365 days). Public; groups below the publication threshold are withheld from anonymous visitors.',
    args: { regionId: t.arg.globalID({ required: true, for: RegionNode }), from: t.arg.string({ validate: localDate }), to: t.arg.string({ validate: localDate }) },
    resolve: async (_parent, args, context) => {
      const regionId = args.regionId.id;
      if (!(await context.prisma.region.findUnique({ where: { id: regionId }, select: { id: true } }))) throw notFound('The region', 'regionId');
      const fallback = lastDays(365);
      const range = { from: args.from ?? fallback.from, to: args.to ?? fallback.to };
      const [figures, minimum, agencies] = await Promise.all([
        loadComplaintFiguresByAgency(context.prisma, regionId, range, todayWib(), { withWbs: false }),
        loadMinimumGroupSize(context.prisma),
        context.prisma.agency.findMany({ where: { regionId }, orderBy: { name: 'asc' }, select: { id: true, name: true, shortName: true } }),
      ]);
      const metrics = (group: ComplaintFigures): Metrics => ({ figures: group, ...range, suppressed: !isStaff(context) && group.received < minimum.requests });
      const rows = agencies.map((agency) => ({ agency: { agencyId: agency.id, name: agency.name, shortName: agency.shortName }, metrics: metrics(figures.agencies.get(agency.id) ?? emptyComplaintFigures()) }));
      const unassigned = figures.agencies.get(null);
      return { ...range, computedAt: new Date(), total: metrics(figures.region), agencies: unassigned ? [...rows, { agency: null, metrics: metrics(unassigned) }] : rows };
    },
  }),
  nationalHolidays: t.field({
    type: [NationalHolidayRef],
    description: 'The national holidays and cuti bersama of a year, as decreed (empty for a year not yet known).',
    args: { year: t.arg.int({ required: true, validate: z.number().int().min(2000).max(2100) }) },
    resolve: (_parent, args) => NATIONAL_HOLIDAYS.filter(([date]) => date.startsWith(`${args.year}-`)),
  }),
}));
