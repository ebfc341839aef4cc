// Reward and merit: recognitions (employee of the month, awards), the merit list for promotion and
// training priority from consecutive final predikat (meritList in packages/shared), and the final
// annual ratings as CSV for reconciling with the national e-Kinerja.
import { isLocalDate, meritList, type Predikat as SharedPredikat } from '@pantau/shared';
import { z } from 'zod';
import { canAdministerAgency, canListAgencyEmployees, canViewPerformanceOf } from '../auth/access.js';
import { recordAudit } from '../audit/log.js';
import { AppError, notFound } from '../errors.js';
import { commit } from '../performance/commit.js';
import { eKinerjaCsv } from '../performance/e-kinerja-export.js';
import { yearRange } from '../performance/training.js';
import { AgencyNode } from './agency.js';
import { Predikat } from './appraisal.js';
import { builder } from './builder.js';
import { EmployeeNode } from './employee.js';
import { localDate } from './performance-period.js';

const RecognitionKind = builder.enumType('RecognitionKind', { values: ['EMPLOYEE_OF_THE_MONTH', 'AWARD'] as const });
const yearArg = z.number().int().min(2000, 'must be from 2000 to 2100').max(2100, 'must be from 2000 to 2100');

builder.prismaNode('Recognition', {
  id: { field: 'id' },
  description: 'A recognition of an employee: for the person, their superiors, their agency’s administrators and region’s leaders.',
  select: { id: true, employee: { select: { id: true, agencyId: true } } },
  authScopes: (recognition, context) => canViewPerformanceOf(context, recognition.employee),
  fields: (t) => ({
    kind: t.expose('kind', { type: RecognitionKind }),
    title: t.exposeString('title'),
    citation: t.exposeString('citation'),
    awardedOn: t.string({ select: { awardedOn: true }, resolve: (recognition) => localDate(recognition.awardedOn) }),
    employee: t.relation('employee'),
  }),
});

builder.prismaObjectFields(EmployeeNode, (t) => ({
  recognitions: t.relation('recognitions', {
    description: 'Recognitions, newest first.',
    authScopes: (employee, _args, context) => canViewPerformanceOf(context, employee),
    query: { orderBy: { awardedOn: 'desc' } },
  }),
}));

builder.queryFields((t) => ({
  myRecognitions: t.prismaField({
    type: ['Recognition'],
    authScopes: { authenticated: true },
    resolve: (query, _parent, _args, context) =>
      context.prisma.recognition.findMany({ ...query, where: { employeeId: context.viewer!.employeeId ?? '-' }, orderBy: { awardedOn: 'desc' } }),
  }),
  agencyRecognitions: t.prismaField({
    type: ['Recognition'],
    description: 'An agency’s recognitions of a year, newest first: for its administrators and the region’s leaders.',
    args: { agencyId: t.arg.globalID({ required: true, for: AgencyNode }), year: t.arg.int({ required: true, validate: yearArg }) },
    authScopes: (_parent, args, context) => canListAgencyEmployees(context, args.agencyId.id),
    resolve: (query, _parent, args, context) =>
      context.prisma.recognition.findMany({ ...query, where: { employee: { agencyId: args.agencyId.id }, awardedOn: yearRange(args.year) }, orderBy: [{ awardedOn: 'desc' }, { id: 'asc' }] }),
  }),
}));

const RecogniseInput = builder.inputType('RecogniseEmployeeInput', {
  fields: (t) => ({
    employeeId: t.globalID({ required: true, for: EmployeeNode }),
    kind: t.field({ type: RecognitionKind, required: true }),
    title: t.string({ required: true, validate: z.string().trim().min(3, 'must be at least 3 characters').max(200, 'must be at most 200 characters') }),
    citation: t.string({ required: true, validate: z.string().trim().min(10, 'must be at least 10 characters').max(2000, 'must be at most 2000 characters') }),
    awardedOn: t.string({ required: true, validate: z.string().refine(isLocalDate, 'must be a date written YYYY-MM-DD') }),
  }),
});

builder.mutationField('recogniseEmployee', (t) =>
  t.prismaField({
    type: 'Recognition',
    description: 'The agency’s administrator records a recognition; one employee of the month per agency and month.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RecogniseInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const employee = await context.prisma.employee.findUnique({ where: { id: input.employeeId.id }, select: { id: true, agencyId: true, unitId: true } });
      if (!employee || !(await canViewPerformanceOf(context, employee))) throw notFound('The employee', 'input.employeeId');
      if (!canAdministerAgency(context, employee.agencyId)) throw new AppError('FORBIDDEN', 'Only an administrator of the person’s agency records recognitions.', 'input.employeeId');
      if (input.kind === 'EMPLOYEE_OF_THE_MONTH') {
        const month = input.awardedOn.slice(0, 7);
        const next = new Date(`${month}-01`);
        next.setUTCMonth(next.getUTCMonth() + 1);
        const taken = await context.prisma.recognition.findFirst({ where: { kind: 'EMPLOYEE_OF_THE_MONTH', employee: { agencyId: employee.agencyId }, awardedOn: { gte: new Date(`${month}-01`), lt: next } }, select: { id: true } });
        if (taken) throw new AppError('CONFLICT', `The agency already has an employee of the month for ${month}.`, 'input.awardedOn');
      }
      const data = { employeeId: employee.id, kind: input.kind, title: input.title, citation: input.citation, awardedOn: input.awardedOn };
      return commit(
        context,
        (tx) => tx.recognition.create({ ...query, data: { ...data, awardedOn: new Date(data.awardedOn) } }),
        (created) => ({ action: 'recognition.create', entityType: 'Recognition', entityId: created.id, after: data }),
      );
    },
  }),
);

interface MeritRow {
  employeeId: string;
  rank: number;
  sangatBaikYears: number;
  baikOrBetterYears: number;
  predikat: SharedPredikat;
}

const MeritEntryRef = builder.objectRef<MeritRow>('MeritEntry').implement({
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: 'Equal runs share a rank (1, 1, 3, …).' }),
    employee: t.prismaField({ type: 'Employee', resolve: (query, row, _args, context) => context.prisma.employee.findUniqueOrThrow({ ...query, where: { id: row.employeeId } }) }),
    sangatBaikYears: t.exposeInt('sangatBaikYears', { description: 'Unbroken years up to the list’s year with a final Sangat Baik.' }),
    baikOrBetterYears: t.exposeInt('baikOrBetterYears', { description: 'Unbroken years up to the list’s year with a final Baik or Sangat Baik.' }),
    predikat: t.field({ type: Predikat, description: 'The final predikat of the list’s year.', resolve: (row) => row.predikat }),
  }),
});

/** Locked final annual ratings of an agency's employees, up to `year`. */
function finalRatings(context: { prisma: import('../db/client.js').PrismaClient }, agencyId: string, where: { lte?: number; equals?: number }) {
  return context.prisma.annualAppraisal.findMany({
    where: { skp: { employee: { agencyId }, year: { year: where } } },
    select: {
      hasilKerja: true,
      perilakuKerja: true,
      predikat: true,
      skp: { select: { year: { select: { year: true } }, employee: { select: { id: true, nip: true, name: true, positionTitle: true, unit: { select: { name: true } } } } } },
    },
  });
}

builder.queryField('meritList', (t) =>
  t.field({
    type: [MeritEntryRef],
    description:
      'Priority for promotion and training in a year: everyone whose locked final predikat that year is Baik or better, ordered by unbroken ' +
      'Sangat Baik years ending that year, then unbroken Baik-or-better years. For the agency’s administrators and the region’s leaders.',
    args: { agencyId: t.arg.globalID({ required: true, for: AgencyNode }), year: t.arg.int({ required: true, validate: yearArg }) },
    authScopes: (_parent, args, context) => canListAgencyEmployees(context, args.agencyId.id),
    resolve: async (_parent, args, context) => {
      const ratings = await finalRatings(context, args.agencyId.id, { lte: args.year });
      const byEmployee = new Map<string, Map<number, SharedPredikat>>();
      for (const rating of ratings) {
        const years = byEmployee.get(rating.skp.employee.id) ?? new Map<number, SharedPredikat>();
        years.set(rating.skp.year.year, rating.predikat);
        byEmployee.set(rating.skp.employee.id, years);
      }
      return meritList([...byEmployee].map(([id, predikatByYear]) => ({ id, predikatByYear })), args.year).map((entry) => ({
        employeeId: entry.id,
        rank: entry.rank,
        sangatBaikYears: entry.sangatBaikYears,
        baikOrBetterYears: entry.baikOrBetterYears,
        predikat: byEmployee.get(entry.id)!.get(args.year)!,
      }));
    },
  }),
);

const ExportRef = builder.objectRef<{ filename: string; rows: number; csv: string }>('RatingsExport').implement({
  fields: (t) => ({
    filename: t.exposeString('filename'),
    mediaType: t.string({ resolve: () => 'text/csv; charset=utf-8' }),
    rows: t.exposeInt('rows'),
    csv: t.exposeString('csv', { description: 'Columns NIP, NAMA, JABATAN, UNIT_KERJA, TAHUN, PERIODE, RATING_HASIL_KERJA, RATING_PERILAKU_KERJA, PREDIKAT_KINERJA; CRLF lines.' }),
  }),
});

builder.mutationField('exportFinalRatings', (t) =>
  t.field({
    type: ExportRef,
    description:
      'The agency’s locked final annual ratings of a year as CSV, to reconcile with e-Kinerja. A mutation because the export of personal data is ' +
      'recorded in the audit trail. For the agency’s administrators only.',
    authScopes: { authenticated: true },
    args: { agencyId: t.arg.globalID({ required: true, for: AgencyNode }), year: t.arg.int({ required: true, validate: yearArg }) },
    resolve: async (_parent, args, context) => {
      const agencyId = args.agencyId.id;
      const agency = await context.prisma.agency.findUnique({ where: { id: agencyId }, select: { code: true } });
      if (!agency) throw notFound('The agency', 'agencyId');
      if (!canAdministerAgency(context, agencyId)) throw new AppError('FORBIDDEN', 'Only an administrator of this agency exports its ratings.', 'agencyId');
      const ratings = await finalRatings(context, agencyId, { equals: args.year });
      const csv = eKinerjaCsv(
        ratings.map((r) => ({ nip: r.skp.employee.nip, name: r.skp.employee.name, positionTitle: r.skp.employee.positionTitle, unitName: r.skp.employee.unit.name, year: args.year, hasilKerja: r.hasilKerja, perilakuKerja: r.perilakuKerja, predikat: r.predikat })),
      );
      await context.prisma.$transaction((tx) => recordAudit(tx, context.viewer, { action: 'ratings.export', entityType: 'Agency', entityId: agencyId, after: { year: args.year, rows: ratings.length } }));
      return { filename: `e-kinerja-${agency.code}-${args.year}.csv`, rows: ratings.length, csv };
    },
  }),
);
