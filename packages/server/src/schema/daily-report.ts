// Laporan kinerja harian: what an employee did on a day, linked to an RHK of their SKP, and the
// supervisor's team view with each subordinate's missing working days.
import { isLocalDate, isWorkingDay, type LocalDate } from '@pantau/shared';
import { z } from 'zod';
import { canViewPerformanceOf } from '../auth/access.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { missingWorkingDays, regionHolidays, todayIn } from '../performance/working-days.js';
import { commit } from '../performance/commit.js';
import { builder } from './builder.js';
import { localDate } from './performance-period.js';
import { RhkNode } from './skp.js';

/** The longest range the team view covers in one request. */
const MAX_RANGE_DAYS = 93;

const dateSchema = z.string().refine(isLocalDate, 'must be a date written YYYY-MM-DD');

export const DailyReportNode = builder.prismaNode('DailyReport', {
  id: { field: 'id' },
  description: 'Laporan kinerja harian: one activity of an employee on a working day.',
  select: { id: true, employee: { select: { id: true, agencyId: true } } },
  authScopes: (report, context) => canViewPerformanceOf(context, report.employee),
  fields: (t) => ({
    date: t.string({ select: { date: true }, resolve: (report) => localDate(report.date) }),
    activity: t.exposeString('activity'),
    output: t.exposeString('output'),
    durationMinutes: t.exposeInt('durationMinutes'),
    rhk: t.relation('rhk', { nullable: true }),
    employee: t.relation('employee'),
  }),
});

function parseRange(from: string, to: string): void {
  if (to < from) throw new AppError('BAD_USER_INPUT', 'The range ends before it starts.', 'to');
  if ((new Date(to).getTime() - new Date(from).getTime()) / 86_400_000 >= MAX_RANGE_DAYS) {
    throw new AppError('BAD_USER_INPUT', `The range may cover at most ${MAX_RANGE_DAYS} days.`, 'to');
  }
}

builder.prismaObjectFields('Employee', (t) => ({
  dailyReports: t.relatedConnection('dailyReports', {
    cursor: 'id',
    totalCount: true,
    description: 'Daily reports in a date range, by date: for the person, their superiors, and their agency’s administrators and region’s leaders.',
    args: { from: t.arg.string({ required: true, validate: dateSchema }), to: t.arg.string({ required: true, validate: dateSchema }) },
    authScopes: (employee, args, context) => {
      parseRange(args.from, args.to);
      return canViewPerformanceOf(context, employee);
    },
    query: (args) => ({ where: { date: { gte: new Date(args.from), lte: new Date(args.to) } }, orderBy: [{ date: 'asc' }, { createdAt: 'asc' }] }),
  }),
}));

interface TeamMember {
  employeeId: string;
  reportCount: number;
  totalMinutes: number;
  missingDays: LocalDate[];
}

const TeamMemberRef = builder.objectRef<TeamMember>('TeamMemberReports').implement({
  description: 'One subordinate’s daily reports over a range; missing days are working days (up to today) with no report.',
  fields: (t) => ({
    employee: t.prismaField({ type: 'Employee', resolve: (query, member, _args, context) => context.prisma.employee.findUniqueOrThrow({ ...query, where: { id: member.employeeId } }) }),
    reportCount: t.exposeInt('reportCount'),
    totalMinutes: t.exposeInt('totalMinutes'),
    missingDays: t.exposeStringList('missingDays'),
  }),
});

builder.queryField('teamDailyReports', (t) =>
  t.field({
    type: [TeamMemberRef],
    description: 'The viewer’s direct subordinates with their reports and missing working days in a date range (at most 93 days).',
    authScopes: { authenticated: true },
    args: { from: t.arg.string({ required: true, validate: dateSchema }), to: t.arg.string({ required: true, validate: dateSchema }) },
    resolve: async (_parent, args, context) => {
      parseRange(args.from, args.to);
      const superiorId = context.viewer!.employeeId;
      if (!superiorId) return [];
      const team = await context.prisma.employee.findMany({
        where: { superiorId },
        orderBy: { name: 'asc' },
        select: { id: true, agency: { select: { regionId: true, region: { select: { timeZone: true } } } } },
      });
      if (team.length === 0) return [];
      const reports = await context.prisma.dailyReport.groupBy({
        by: ['employeeId', 'date'],
        where: { employeeId: { in: team.map((member) => member.id) }, date: { gte: new Date(args.from), lte: new Date(args.to) } },
        _count: { _all: true },
        _sum: { durationMinutes: true },
      });
      const { regionId, region } = team[0]!.agency;
      const today = todayIn(region.timeZone);
      const until = args.to < today ? args.to : today;
      const off = await regionHolidays(context.prisma, regionId, args.from, args.to);
      return team.map((member): TeamMember => {
        const own = reports.filter((row) => row.employeeId === member.id);
        return {
          employeeId: member.id,
          reportCount: own.reduce((sum, row) => sum + row._count._all, 0),
          totalMinutes: own.reduce((sum, row) => sum + (row._sum.durationMinutes ?? 0), 0),
          missingDays: missingWorkingDays(args.from, until, new Set(own.map((row) => localDate(row.date))), off),
        };
      });
    },
  }),
);

const FileDailyReportInput = builder.inputType('FileDailyReportInput', {
  fields: (t) => ({
    date: t.string({ required: true, validate: dateSchema }),
    activity: t.string({ required: true, validate: z.string().trim().min(5, 'must be at least 5 characters').max(1000, 'must be at most 1000 characters') }),
    output: t.string({ required: true, validate: z.string().trim().min(2, 'must be at least 2 characters').max(1000, 'must be at most 1000 characters') }),
    rhkId: t.globalID({ for: RhkNode, description: 'An RHK of the employee’s own SKP for that year.' }),
    durationMinutes: t.int({ required: true, validate: z.number().int().min(1, 'must be at least 1 minute').max(24 * 60, 'must be at most 24 hours') }),
  }),
});

/** The evaluation period containing the date must not be closed. */
async function assertDateWritable(context: Context, agencyId: string, date: Date, field: string): Promise<void> {
  const period = await context.prisma.evaluationPeriod.findFirst({
    where: { year: { agencyId }, startDate: { lte: date }, endDate: { gte: date } },
    select: { status: true, code: true },
  });
  if (period?.status === 'CLOSED') throw new AppError('PERIOD_CLOSED', `Period ${period.code} is closed and read-only.`, field);
}

builder.mutationFields((t) => ({
  fileDailyReport: t.prismaField({
    type: 'DailyReport',
    description: 'Files one of the viewer’s own daily activities for a working day up to today.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: FileDailyReportInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const employeeId = context.viewer!.employeeId;
      if (!employeeId) throw new AppError('FORBIDDEN', 'Only an account linked to an employee files daily reports.', 'input.date');
      const employee = await context.prisma.employee.findUniqueOrThrow({
        where: { id: employeeId },
        select: { agencyId: true, unitId: true, agency: { select: { regionId: true, region: { select: { timeZone: true } } } } },
      });
      if (input.date > todayIn(employee.agency.region.timeZone)) throw new AppError('BAD_USER_INPUT', 'A daily report cannot be filed for a future date.', 'input.date');
      const off = await regionHolidays(context.prisma, employee.agency.regionId, input.date, input.date);
      if (!isWorkingDay(input.date, off)) throw new AppError('BAD_USER_INPUT', `${input.date} is not a working day.`, 'input.date');
      const date = new Date(input.date);
      await assertDateWritable(context, employee.agencyId, date, 'input.date');
      const rhkId = input.rhkId?.id ?? null;
      if (rhkId) {
        const rhk = await context.prisma.rhk.findUnique({ where: { id: rhkId }, select: { skp: { select: { employeeId: true, year: { select: { year: true } } } } } });
        if (!rhk || rhk.skp.employeeId !== employeeId || rhk.skp.year.year !== date.getUTCFullYear()) {
          throw new AppError('BAD_USER_INPUT', `The RHK must be one of your own SKP for ${date.getUTCFullYear()}.`, 'input.rhkId');
        }
      }
      const data = { employeeId, date, activity: input.activity, output: input.output, rhkId, durationMinutes: input.durationMinutes };
      return commit(
        context,
        (tx) => tx.dailyReport.create({ ...query, data }),
        (row) => ({ action: 'dailyReport.create', entityType: 'DailyReport', entityId: row.id, after: { ...data, date: input.date } }),
        { unitId: employee.unitId, employeeId },
      );
    },
  }),
  deleteDailyReport: t.boolean({
    description: 'Removes one of the viewer’s own daily reports, unless its period is closed.',
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ required: true, for: DailyReportNode }) },
    resolve: async (_parent, args, context) => {
      const report = await context.prisma.dailyReport.findUnique({ where: { id: args.id.id }, include: { employee: { select: { agencyId: true, unitId: true } } } });
      if (!report || report.employeeId !== context.viewer!.employeeId) throw notFound('The daily report', 'id');
      await assertDateWritable(context, report.employee.agencyId, report.date, 'id');
      const { employee, ...before } = report;
      await commit(
        context,
        (tx) => tx.dailyReport.delete({ where: { id: report.id } }),
        () => ({ action: 'dailyReport.delete', entityType: 'DailyReport', entityId: report.id, before: { ...before, date: localDate(report.date) } }),
        { unitId: employee.unitId, employeeId: report.employeeId },
      );
      return true;
    },
  }),
}));
