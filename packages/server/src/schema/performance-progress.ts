// The live progress of a unit's performance cycle, as a query and as a subscription that first
// sends the current value and then a new one whenever a plan, realisation, report or rating of
// the unit's employees changes (bursts coalesced).
import { PREDIKAT_ORDER } from '@pantau/shared';
import { canReadUnitAggregates } from '../auth/access.js';
import { coalesce } from '../live/coalesce.js';
import { computeProgress, SKP_STATUSES, type PerformanceProgress } from '../live/performance-progress.js';
import { builder } from './builder.js';
import { UnitNode } from './unit.js';
import { Predikat } from './appraisal.js';

/** Changes within this window are sent as one update. */
const COALESCE_MS = 500;

const SkpStatusCount = builder.objectRef<{ status: string; count: number }>('SkpStatusCount').implement({
  fields: (t) => ({ status: t.exposeString('status'), count: t.exposeInt('count') }),
});

const PredikatTally = builder.objectRef<{ predikat: (typeof PREDIKAT_ORDER)[number]; count: number }>('PredikatTally').implement({
  fields: (t) => ({ predikat: t.field({ type: Predikat, resolve: (row) => row.predikat }), count: t.exposeInt('count') }),
});

const ProgressRef = builder.objectRef<PerformanceProgress>('PerformanceProgress').implement({
  description: 'A unit’s performance cycle at a glance. Aggregates only.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    employees: t.exposeInt('employees'),
    skpByStatus: t.field({ type: [SkpStatusCount], resolve: (p) => SKP_STATUSES.map((status) => ({ status, count: p.skpByStatus[status] })) }),
    withoutSkp: t.int({ resolve: (p) => p.employees - SKP_STATUSES.reduce((sum, status) => sum + p.skpByStatus[status], 0) }),
    approvedPercent: t.float({ description: 'Share of the unit’s employees with an APPROVED SKP, 0–100.', resolve: (p) => (p.employees === 0 ? 0 : (p.skpByStatus.APPROVED / p.employees) * 100) }),
    reportsToday: t.exposeInt('reportsToday', { description: 'Daily reports filed for today (the region’s date).' }),
    reportersToday: t.exposeInt('reportersToday', { description: 'Employees who filed at least one report for today.' }),
    predikat: t.field({ type: [PredikatTally], description: 'Each SKP’s most recent rated period.', resolve: (p) => PREDIKAT_ORDER.map((predikat) => ({ predikat, count: p.predikat[predikat] })) }),
    trainingHours: t.exposeInt('trainingHours', { description: 'Lesson hours (JP) of training the unit’s employees completed in the year.' }),
    meetingTrainingTarget: t.exposeInt('meetingTrainingTarget', { description: 'Employees with at least the annual training target.' }),
    computedAt: t.expose('computedAt', { type: 'DateTime' }),
  }),
});

const currentYear = () => new Date().getUTCFullYear();

builder.queryField('performanceProgress', (t) =>
  t.field({
    type: ProgressRef,
    args: { unitId: t.arg.globalID({ required: true, for: UnitNode }), year: t.arg.int({ description: 'Defaults to the current year.' }) },
    authScopes: (_parent, args, context) => canReadUnitAggregates(context, args.unitId.id, 'unitId'),
    resolve: (_parent, args, context) => computeProgress(context.prisma, args.unitId.id, args.year ?? currentYear()),
  }),
);

builder.subscriptionField('performanceProgress', (t) =>
  t.field({
    type: ProgressRef,
    description: 'The unit’s progress now, then again after each change to its employees’ plans, realisations, reports, ratings or training.',
    args: { unitId: t.arg.globalID({ required: true, for: UnitNode }), year: t.arg.int({ description: 'Defaults to the current year.' }) },
    authScopes: (_parent, args, context) => canReadUnitAggregates(context, args.unitId.id, 'unitId'),
    subscribe: async function* (_root, args, context) {
      const unitId = args.unitId.id;
      const year = args.year ?? currentYear();
      // Listen before computing the first value, so that no change in between is missed.
      const changes = coalesce(context.pubsub.subscribe('performance.changed', unitId), COALESCE_MS);
      try {
        yield await computeProgress(context.prisma, unitId, year);
        for await (const _change of changes) yield await computeProgress(context.prisma, unitId, year);
      } finally {
        await changes.return(undefined);
      }
    },
    resolve: (progress) => progress,
  }),
);
