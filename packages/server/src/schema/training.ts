// Training and competency development: the competency dictionary (ADMIN), each agency's programmes
// (its AGENCY_ADMIN), enrolment and completion with a certificate, hours (JP) per person per year
// against the annual target setting, and suggested programmes for a person's competency gaps.
import { CompetencyKind as SharedCompetencyKind, GapReason as SharedGapReason, isLocalDate } from '@pantau/shared';
import { z } from 'zod';
import { canAdministerAgency, canDownloadFilesOf, canReadAgencyAggregates, canViewPerformanceOf, isDeciderFor, subordinateIds } from '../auth/access.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { registerFileAccess, storeFile } from '../files/store.js';
import { commit } from '../performance/commit.js';
import { hoursByEmployee, loadTrainingTarget, TRAINING_TARGET_SETTING, trainingNeedsOf, trainingTargetSchema, yearRange } from '../performance/training.js';
import { todayIn } from '../performance/working-days.js';
import { AgencyNode } from './agency.js';
import { CoreValue } from './appraisal.js';
import { builder } from './builder.js';
import { EmployeeNode } from './employee.js';
import { localDate } from './performance-period.js';
import { httpLink } from './realisation.js';

const CompetencyKind = builder.enumType('CompetencyKind', {
  description: 'The competency groups of the ASN standard: technical, managerial, socio-cultural.',
  values: Object.values(SharedCompetencyKind),
});
const TrainingDelivery = builder.enumType('TrainingDelivery', { description: 'INTERNAL: the agency’s own trainers. EXTERNAL: another organiser.', values: ['INTERNAL', 'EXTERNAL'] as const });
const EnrolmentStatus = builder.enumType('EnrolmentStatus', { values: ['ENROLLED', 'COMPLETED', 'CANCELLED'] as const });
const GapReason = builder.enumType('CompetencyGapReason', {
  description:
    'HASIL_KERJA_BELOW: the latest rated hasil kerja is below expectations (technical competencies). CORE_VALUE_BELOW: a BerAKHLAK value the ' +
    'competency develops was rated below expectations. POSITION_REQUIREMENT: the position requires it and no completed programme addressed it.',
  values: Object.values(SharedGapReason),
});

const dateSchema = z.string().refine(isLocalDate, 'must be a date written YYYY-MM-DD');
const name = (max: number) => z.string().trim().min(3, 'must be at least 3 characters').max(max, `must be at most ${max} characters`);
const yearArg = z.number().int().min(2000, 'must be from 2000 to 2100').max(2100, 'must be from 2000 to 2100');

export const CompetencyNode = builder.prismaNode('Competency', {
  id: { field: 'id' },
  description: 'A competency of the national ASN standard.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: CompetencyKind }),
    coreValue: t.expose('coreValue', { type: CoreValue, nullable: true, description: 'The BerAKHLAK value it develops, if any.' }),
  }),
});

export const TrainingProgrammeNode = builder.prismaNode('TrainingProgramme', {
  id: { field: 'id' },
  description: 'A training programme of an agency; no personal data.',
  fields: (t) => ({
    title: t.exposeString('title'),
    delivery: t.expose('delivery', { type: TrainingDelivery }),
    provider: t.exposeString('provider'),
    hours: t.exposeInt('hours', { description: 'Lesson hours (JP) credited on completion.' }),
    startDate: t.string({ select: { startDate: true }, resolve: (programme) => localDate(programme.startDate) }),
    endDate: t.string({ select: { endDate: true }, resolve: (programme) => localDate(programme.endDate) }),
    agency: t.relation('agency'),
    competencies: t.relation('competencies', { query: { orderBy: { code: 'asc' } } }),
    enrolled: t.relationCount('enrolments', { where: { status: { not: 'CANCELLED' } } }),
  }),
});

const ownerSelect = { employee: { select: { id: true, agencyId: true, unitId: true, superiorId: true } } } as const;

export const TrainingEnrolmentNode = builder.prismaNode('TrainingEnrolment', {
  id: { field: 'id' },
  description: 'One person on one programme: for the person, their superiors, their agency’s administrators and region’s leaders.',
  select: { id: true, ...ownerSelect },
  authScopes: (enrolment, context) => canViewPerformanceOf(context, enrolment.employee),
  fields: (t) => ({
    programme: t.relation('programme'),
    employee: t.relation('employee'),
    status: t.expose('status', { type: EnrolmentStatus }),
    enrolledAt: t.expose('enrolledAt', { type: 'DateTime' }),
    completedOn: t.string({ nullable: true, select: { completedOn: true }, resolve: (enrolment) => (enrolment.completedOn ? localDate(enrolment.completedOn) : null) }),
    hours: t.exposeInt('hours', { nullable: true, description: 'JP credited, set on completion.' }),
    certificateUrl: t.exposeString('certificateUrl', { nullable: true, description: 'A link to the certificate.' }),
    certificateFile: t.relation('certificateFile', { nullable: true, description: 'The uploaded certificate: downloadable by the person, their superiors and their agency’s administrator.' }),
  }),
});

interface Hours {
  year: number;
  hours: number;
  targetHours: number;
}
const TrainingHours = builder.objectRef<Hours>('TrainingHours').implement({
  description: 'Completed lesson hours (JP) in a year against the annual target.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    hours: t.exposeInt('hours'),
    targetHours: t.exposeInt('targetHours', { description: 'The annual target (setting training.annualTargetHours, 20 JP by default).' }),
    remainingHours: t.int({ resolve: (h) => Math.max(0, h.targetHours - h.hours) }),
    met: t.boolean({ resolve: (h) => h.hours >= h.targetHours }),
  }),
});

const CompetencyGapRef = builder.objectRef<{ competencyId: string; reasons: SharedGapReason[] }>('CompetencyGap').implement({
  fields: (t) => ({
    competency: t.prismaField({ type: 'Competency', resolve: (query, gap, _args, context) => context.prisma.competency.findUniqueOrThrow({ ...query, where: { id: gap.competencyId } }) }),
    reasons: t.field({ type: [GapReason], resolve: (gap) => gap.reasons }),
  }),
});

const RecommendationRef = builder.objectRef<{ programmeId: string; closes: string[] }>('TrainingRecommendation').implement({
  description: 'An upcoming programme of the person’s agency that addresses their competency gaps.',
  fields: (t) => ({
    programme: t.prismaField({ type: 'TrainingProgramme', resolve: (query, r, _args, context) => context.prisma.trainingProgramme.findUniqueOrThrow({ ...query, where: { id: r.programmeId } }) }),
    closes: t.prismaField({ type: ['Competency'], description: 'The gaps it addresses.', resolve: (query, r, _args, context) => context.prisma.competency.findMany({ ...query, where: { id: { in: r.closes } }, orderBy: { code: 'asc' } }) }),
  }),
});

const TrainingNeedsRef = builder.objectRef<Awaited<ReturnType<typeof trainingNeedsOf>>>('TrainingNeeds').implement({
  description: 'A person’s competency gaps (see CompetencyGapReason) and the programmes suggested for them.',
  fields: (t) => ({
    gaps: t.field({ type: [CompetencyGapRef], resolve: (needs) => needs.gaps }),
    recommendations: t.field({ type: [RecommendationRef], resolve: (needs) => needs.recommendations }),
  }),
});

async function hoursOf(context: Context, employeeId: string, year: number): Promise<Hours> {
  const [byEmployee, targetHours] = await Promise.all([hoursByEmployee(context.prisma, [employeeId], year), loadTrainingTarget(context.prisma)]);
  return { year, hours: byEmployee.get(employeeId) ?? 0, targetHours };
}

/** Enrolments of a year: completed in it, or not completed and starting in it. */
const ofYear = (year: number | null | undefined) =>
  year ? { OR: [{ completedOn: yearRange(year) }, { completedOn: null, programme: { startDate: yearRange(year) } }] } : {};

builder.prismaObjectFields(EmployeeNode, (t) => ({
  trainingHours: t.field({
    type: TrainingHours,
    args: { year: t.arg.int({ required: true, validate: yearArg }) },
    authScopes: (employee, _args, context) => canViewPerformanceOf(context, employee),
    resolve: (employee, args, context) => hoursOf(context, employee.id, args.year),
  }),
  trainingEnrolments: t.relation('trainingEnrolments', {
    description: 'Enrolments, newest first; with a year, those completed in it or (not completed) starting in it.',
    args: { year: t.arg.int({ validate: yearArg }) },
    authScopes: (employee, _args, context) => canViewPerformanceOf(context, employee),
    query: (args) => ({ where: ofYear(args.year), orderBy: { enrolledAt: 'desc' } }),
  }),
  trainingNeeds: t.field({
    type: TrainingNeedsRef,
    authScopes: (employee, _args, context) => canViewPerformanceOf(context, employee),
    resolve: (employee, _args, context) => trainingNeedsOf(context.prisma, employee.id),
  }),
}));

const ownEmployeeId = (context: Context) => {
  const id = context.viewer?.employeeId;
  if (!id) throw new AppError('FORBIDDEN', 'This account is not linked to an employee.');
  return id;
};

builder.queryFields((t) => ({
  competencies: t.prismaField({
    type: ['Competency'],
    description: 'The competency dictionary.',
    authScopes: { authenticated: true },
    resolve: (query, _parent, _args, context) => context.prisma.competency.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
  trainingProgrammes: t.prismaConnection({
    type: 'TrainingProgramme',
    cursor: 'id',
    description: 'An agency’s programmes, soonest first; `from` (YYYY-MM-DD) leaves out those starting earlier.',
    args: { agencyId: t.arg.globalID({ required: true, for: AgencyNode }), from: t.arg.string({ validate: dateSchema }) },
    authScopes: { authenticated: true },
    resolve: (query, _parent, args, context) =>
      context.prisma.trainingProgramme.findMany({
        ...query,
        where: { agencyId: args.agencyId.id, ...(args.from ? { startDate: { gte: new Date(args.from) } } : {}) },
        orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      }),
  }),
  annualTrainingTarget: t.int({
    description: 'The annual training target in lesson hours (JP) per person (setting training.annualTargetHours).',
    authScopes: { authenticated: true },
    resolve: (_parent, _args, context) => loadTrainingTarget(context.prisma),
  }),
  myTrainingHours: t.field({
    type: TrainingHours,
    args: { year: t.arg.int({ required: true, validate: yearArg }) },
    authScopes: { authenticated: true },
    resolve: (_parent, args, context) => hoursOf(context, ownEmployeeId(context), args.year),
  }),
  myTrainingEnrolments: t.prismaField({
    type: ['TrainingEnrolment'],
    args: { year: t.arg.int({ validate: yearArg }) },
    authScopes: { authenticated: true },
    resolve: (query, _parent, args, context) =>
      context.prisma.trainingEnrolment.findMany({ ...query, where: { employeeId: ownEmployeeId(context), ...ofYear(args.year) }, orderBy: { enrolledAt: 'desc' } }),
  }),
  myTrainingNeeds: t.field({
    type: TrainingNeedsRef,
    authScopes: { authenticated: true },
    resolve: (_parent, _args, context) => trainingNeedsOf(context.prisma, ownEmployeeId(context)),
  }),
}));

const TeamMemberHours = builder.objectRef<{ employeeId: string } & Hours>('TeamMemberTrainingHours').implement({
  fields: (t) => ({
    employee: t.prismaField({ type: 'Employee', resolve: (query, row, _args, context) => context.prisma.employee.findUniqueOrThrow({ ...query, where: { id: row.employeeId } }) }),
    hours: t.field({ type: TrainingHours, resolve: (row) => row }),
  }),
});

builder.queryField('myTeamTrainingHours', (t) =>
  t.field({
    type: [TeamMemberHours],
    description: 'Each of the viewer’s direct and indirect subordinates with their hours in the year, fewest hours first.',
    args: { year: t.arg.int({ required: true, validate: yearArg }) },
    authScopes: { authenticated: true },
    resolve: async (_parent, args, context) => {
      const ids = [...(await subordinateIds(context))];
      const [byEmployee, targetHours] = await Promise.all([hoursByEmployee(context.prisma, ids, args.year), loadTrainingTarget(context.prisma)]);
      return ids
        .map((employeeId) => ({ employeeId, year: args.year, hours: byEmployee.get(employeeId) ?? 0, targetHours }))
        .sort((a, b) => a.hours - b.hours || a.employeeId.localeCompare(b.employeeId));
    },
  }),
);

interface TrainingSummary {
  year: number;
  employees: number;
  targetHours: number;
  totalHours: number;
  meetingTarget: number;
  completions: number;
  internalHours: number;
  externalHours: number;
}

const TrainingSummaryRef = builder.objectRef<TrainingSummary>('AgencyTrainingSummary').implement({
  description: 'An agency’s training in a year. Aggregates only.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    employees: t.exposeInt('employees'),
    targetHours: t.exposeInt('targetHours'),
    totalHours: t.exposeInt('totalHours'),
    meanHours: t.float({ resolve: (s) => (s.employees === 0 ? 0 : s.totalHours / s.employees) }),
    meetingTarget: t.exposeInt('meetingTarget', { description: 'Employees with at least the target hours.' }),
    meetingTargetPercent: t.float({ resolve: (s) => (s.employees === 0 ? 0 : (s.meetingTarget / s.employees) * 100) }),
    completions: t.exposeInt('completions'),
    internalHours: t.exposeInt('internalHours'),
    externalHours: t.exposeInt('externalHours'),
  }),
});

builder.queryField('agencyTrainingSummary', (t) =>
  t.field({
    type: TrainingSummaryRef,
    description: 'For the agency’s administrators and the region’s leaders and analysts.',
    args: { agencyId: t.arg.globalID({ required: true, for: AgencyNode }), year: t.arg.int({ required: true, validate: yearArg }) },
    authScopes: (_parent, args, context) => canReadAgencyAggregates(context, args.agencyId.id),
    resolve: async (_parent, args, context) => {
      const agencyId = args.agencyId.id;
      const completed = { employee: { agencyId }, status: 'COMPLETED' as const, completedOn: yearRange(args.year) };
      const [employees, perEmployee, byDelivery, targetHours] = await Promise.all([
        context.prisma.employee.count({ where: { agencyId } }),
        context.prisma.trainingEnrolment.groupBy({ by: ['employeeId'], where: completed, _sum: { hours: true }, _count: { _all: true } }),
        context.prisma.trainingProgramme.findMany({ where: { enrolments: { some: completed } }, select: { delivery: true, enrolments: { where: completed, select: { hours: true } } } }),
        loadTrainingTarget(context.prisma),
      ]);
      const sumOf = (delivery: string) =>
        byDelivery.filter((p) => p.delivery === delivery).reduce((sum, p) => sum + p.enrolments.reduce((s, e) => s + (e.hours ?? 0), 0), 0);
      return {
        year: args.year,
        employees,
        targetHours,
        totalHours: perEmployee.reduce((sum, row) => sum + (row._sum.hours ?? 0), 0),
        meetingTarget: perEmployee.filter((row) => (row._sum.hours ?? 0) >= targetHours).length,
        completions: perEmployee.reduce((sum, row) => sum + row._count._all, 0),
        internalHours: sumOf('INTERNAL'),
        externalHours: sumOf('EXTERNAL'),
      };
    },
  }),
);

interface PositionRequirement {
  positionTitle: string;
  competencyIds: string[];
}

const PositionRequirementRef = builder.objectRef<PositionRequirement>('PositionRequirement').implement({
  description: 'The competencies a position title requires in an agency.',
  fields: (t) => ({
    positionTitle: t.exposeString('positionTitle'),
    competencies: t.prismaField({
      type: ['Competency'],
      resolve: (query, requirement, _args, context) => context.prisma.competency.findMany({ ...query, where: { id: { in: requirement.competencyIds } }, orderBy: { code: 'asc' } }),
    }),
  }),
});

builder.prismaObjectFields('Agency', (t) => ({
  positionRequirements: t.field({
    type: [PositionRequirementRef],
    description: 'The competencies each position title of the agency requires (set by its administrator), by title.',
    authScopes: { authenticated: true },
    resolve: async (agency, _args, context) => {
      const rows = await context.prisma.competencyRequirement.findMany({ where: { agencyId: agency.id }, select: { positionTitle: true, competencyId: true }, orderBy: { positionTitle: 'asc' } });
      const byTitle = new Map<string, string[]>();
      for (const row of rows) byTitle.set(row.positionTitle, [...(byTitle.get(row.positionTitle) ?? []), row.competencyId]);
      return [...byTitle].map(([positionTitle, competencyIds]) => ({ positionTitle, competencyIds }));
    },
  }),
}));

const CreateCompetencyInput = builder.inputType('CreateCompetencyInput', {
  fields: (t) => ({
    code: t.string({ required: true, validate: z.string().trim().regex(/^[A-Z0-9][A-Z0-9_.-]{1,31}$/, 'must be 2–32 capital letters, digits, _ . or -') }),
    name: t.string({ required: true, validate: name(200) }),
    kind: t.field({ type: CompetencyKind, required: true }),
    coreValue: t.field({ type: CoreValue }),
  }),
});

const CreateProgrammeInput = builder.inputType('CreateTrainingProgrammeInput', {
  fields: (t) => ({
    agencyId: t.globalID({ required: true, for: AgencyNode }),
    title: t.string({ required: true, validate: name(300) }),
    delivery: t.field({ type: TrainingDelivery, required: true }),
    provider: t.string({ required: true, validate: name(200) }),
    hours: t.int({ required: true, validate: z.number().int().min(1, 'must be from 1 to 500 JP').max(500, 'must be from 1 to 500 JP') }),
    startDate: t.string({ required: true, validate: dateSchema }),
    endDate: t.string({ required: true, validate: dateSchema }),
    competencyIds: t.globalIDList({ required: true, for: CompetencyNode, validate: z.array(z.unknown()).min(1, 'must name at least one competency').max(20, 'must name at most 20 competencies') }),
  }),
});

const SetRequirementsInput = builder.inputType('SetPositionCompetenciesInput', {
  fields: (t) => ({
    agencyId: t.globalID({ required: true, for: AgencyNode }),
    positionTitle: t.string({ required: true, validate: name(200) }),
    competencyIds: t.globalIDList({ required: true, for: CompetencyNode, validate: z.array(z.unknown()).max(50, 'must name at most 50 competencies') }),
  }),
});

const EnrolInput = builder.inputType('EnrolInTrainingInput', {
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: TrainingProgrammeNode }),
    employeeId: t.globalID({ required: true, for: EmployeeNode, description: 'The viewer, a direct subordinate, or (for an agency administrator) anyone of the agency.' }),
  }),
});

const CompleteInput = builder.inputType('CompleteTrainingInput', {
  fields: (t) => ({
    enrolmentId: t.globalID({ required: true, for: TrainingEnrolmentNode }),
    completedOn: t.string({ required: true, validate: dateSchema }),
    certificateUrl: t.string({ description: 'A link to the certificate; http or https only. This or certificateFile is required.', validate: httpLink }),
    certificateFile: t.field({ type: 'File', description: 'The certificate (PDF, PNG or JPEG, at most 5 MiB).' }),
  }),
});

registerFileAccess('CERTIFICATE', async (context, fileId) => {
  const enrolment = await context.prisma.trainingEnrolment.findUnique({ where: { certificateFileId: fileId }, select: { employee: { select: { id: true, agencyId: true } } } });
  return enrolment !== null && canDownloadFilesOf(context, enrolment.employee);
});

/** Resolves the competency ids, refusing unknown ones. */
async function competenciesExist(context: Context, ids: readonly string[], field: string): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = await context.prisma.competency.count({ where: { id: { in: unique } } });
  if (found !== unique.length) throw new AppError('BAD_USER_INPUT', 'Every competency must exist.', field);
  return unique;
}

/** The enrolment's person, if the viewer is that person, decides for them, or administers their agency. */
async function assertMayManageTrainingOf(context: Context, employee: { id: string; agencyId: string; superiorId: string | null }, field: string): Promise<void> {
  if (context.viewer?.employeeId === employee.id || canAdministerAgency(context, employee.agencyId) || (await isDeciderFor(context, employee))) return;
  throw new AppError('FORBIDDEN', 'Training is arranged by the person, their direct superior or their agency’s administrator.', field);
}

builder.mutationFields((t) => ({
  createCompetency: t.prismaField({
    type: 'Competency',
    authScopes: { roles: ['ADMIN'] },
    args: { input: t.arg({ type: CreateCompetencyInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      if (await context.prisma.competency.findUnique({ where: { code: input.code }, select: { id: true } })) {
        throw new AppError('CONFLICT', `A competency ${input.code} exists already.`, 'input.code');
      }
      const data = { code: input.code, name: input.name, kind: input.kind, coreValue: input.coreValue ?? null };
      return commit(
        context,
        (tx) => tx.competency.create({ ...query, data }),
        (created) => ({ action: 'competency.create', entityType: 'Competency', entityId: created.id, after: data }),
      );
    },
  }),
  createTrainingProgramme: t.prismaField({
    type: 'TrainingProgramme',
    description: 'The agency’s administrator adds a programme to its catalogue.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateProgrammeInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const agencyId = input.agencyId.id;
      if (!canAdministerAgency(context, agencyId)) throw new AppError('FORBIDDEN', 'Only an administrator of this agency adds its programmes.', 'input.agencyId');
      if (input.endDate < input.startDate) throw new AppError('BAD_USER_INPUT', 'The programme cannot end before it starts.', 'input.endDate');
      const competencyIds = await competenciesExist(context, input.competencyIds.map((id) => id.id), 'input.competencyIds');
      const data = { agencyId, title: input.title, delivery: input.delivery, provider: input.provider, hours: input.hours, startDate: input.startDate, endDate: input.endDate };
      return commit(
        context,
        (tx) =>
          tx.trainingProgramme.create({
            ...query,
            data: { ...data, startDate: new Date(data.startDate), endDate: new Date(data.endDate), competencies: { connect: competencyIds.map((id) => ({ id })) } },
          }),
        (created) => ({ action: 'trainingProgramme.create', entityType: 'TrainingProgramme', entityId: created.id, after: { ...data, competencyIds } }),
      );
    },
  }),
  setPositionCompetencies: t.prismaField({
    type: ['Competency'],
    description: 'The agency’s administrator sets the competencies a position title requires (replacing the previous list).',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: SetRequirementsInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const agencyId = input.agencyId.id;
      if (!canAdministerAgency(context, agencyId)) throw new AppError('FORBIDDEN', 'Only an administrator of this agency sets its requirements.', 'input.agencyId');
      const competencyIds = await competenciesExist(context, input.competencyIds.map((id) => id.id), 'input.competencyIds');
      const where = { agencyId, positionTitle: input.positionTitle };
      const before = await context.prisma.competencyRequirement.findMany({ where, select: { competencyId: true } });
      return commit(
        context,
        async (tx) => {
          await tx.competencyRequirement.deleteMany({ where });
          await tx.competencyRequirement.createMany({ data: competencyIds.map((competencyId) => ({ ...where, competencyId })) });
          return tx.competency.findMany({ ...query, where: { id: { in: competencyIds } }, orderBy: { code: 'asc' } });
        },
        () => ({ action: 'competencyRequirement.set', entityType: 'Agency', entityId: agencyId, before: { positionTitle: input.positionTitle, competencyIds: before.map((row) => row.competencyId) }, after: { positionTitle: input.positionTitle, competencyIds } }),
      );
    },
  }),
  setAnnualTrainingTarget: t.int({
    description: 'An ADMIN changes the annual training target in JP (20 by default).',
    authScopes: { roles: ['ADMIN'] },
    args: { hours: t.arg.int({ required: true, validate: trainingTargetSchema }) },
    resolve: async (_parent, args, context) => {
      const before = await loadTrainingTarget(context.prisma);
      await commit(
        context,
        (tx) => tx.setting.upsert({ where: { key: TRAINING_TARGET_SETTING }, create: { key: TRAINING_TARGET_SETTING, value: args.hours }, update: { value: args.hours } }),
        () => ({ action: 'setting.update', entityType: 'Setting', entityId: TRAINING_TARGET_SETTING, before: { value: before }, after: { value: args.hours } }),
      );
      return args.hours;
    },
  }),
  enrolInTraining: t.prismaField({
    type: 'TrainingEnrolment',
    description: 'Enrols a person of the programme’s agency: by the person, their direct superior or the agency’s administrator.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: EnrolInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const employee = await context.prisma.employee.findUnique({ where: { id: input.employeeId.id }, select: { id: true, agencyId: true, unitId: true, superiorId: true } });
      if (!employee || !(await canViewPerformanceOf(context, employee))) throw notFound('The employee', 'input.employeeId');
      await assertMayManageTrainingOf(context, employee, 'input.employeeId');
      const programme = await context.prisma.trainingProgramme.findUnique({ where: { id: input.programmeId.id }, select: { id: true, agencyId: true, endDate: true } });
      if (!programme) throw notFound('The programme', 'input.programmeId');
      if (programme.agencyId !== employee.agencyId) throw new AppError('BAD_USER_INPUT', 'The programme belongs to another agency.', 'input.programmeId');
      const existing = await context.prisma.trainingEnrolment.findUnique({ where: { programmeId_employeeId: { programmeId: programme.id, employeeId: employee.id } }, select: { id: true, status: true } });
      if (existing && existing.status !== 'CANCELLED') throw new AppError('CONFLICT', `The person is already ${existing.status.toLowerCase()} on this programme.`, 'input.programmeId');
      const data = { programmeId: programme.id, employeeId: employee.id, status: 'ENROLLED' as const, enrolledAt: new Date() };
      return commit(
        context,
        (tx) => (existing ? tx.trainingEnrolment.update({ ...query, where: { id: existing.id }, data }) : tx.trainingEnrolment.create({ ...query, data })),
        (row) => ({ action: 'training.enrol', entityType: 'TrainingEnrolment', entityId: row.id, after: { programmeId: programme.id, employeeId: employee.id } }),
        { unitId: employee.unitId, employeeId: employee.id },
      );
    },
  }),
  cancelTrainingEnrolment: t.prismaField({
    type: 'TrainingEnrolment',
    authScopes: { authenticated: true },
    args: { enrolmentId: t.arg.globalID({ required: true, for: TrainingEnrolmentNode }) },
    resolve: async (query, _parent, args, context) => {
      const enrolment = await context.prisma.trainingEnrolment.findUnique({ where: { id: args.enrolmentId.id }, select: { id: true, status: true, ...ownerSelect } });
      if (!enrolment || !(await canViewPerformanceOf(context, enrolment.employee))) throw notFound('The enrolment', 'enrolmentId');
      await assertMayManageTrainingOf(context, enrolment.employee, 'enrolmentId');
      if (enrolment.status !== 'ENROLLED') throw new AppError('INVALID_STATE', `The enrolment is ${enrolment.status}.`, 'enrolmentId');
      return commit(
        context,
        (tx) => tx.trainingEnrolment.update({ ...query, where: { id: enrolment.id }, data: { status: 'CANCELLED' } }),
        () => ({ action: 'training.cancel', entityType: 'TrainingEnrolment', entityId: enrolment.id, before: { status: 'ENROLLED' }, after: { status: 'CANCELLED' } }),
        { unitId: enrolment.employee.unitId, employeeId: enrolment.employee.id },
      );
    },
  }),
  completeTraining: t.prismaField({
    type: 'TrainingEnrolment',
    description: 'Records completion with the certificate; the programme’s hours count for the year of completion.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CompleteInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const enrolment = await context.prisma.trainingEnrolment.findUnique({
        where: { id: input.enrolmentId.id },
        select: { id: true, status: true, programme: { select: { hours: true, startDate: true } }, employee: { select: { ...ownerSelect.employee.select, agency: { select: { region: { select: { timeZone: true } } } } } } },
      });
      if (!enrolment || !(await canViewPerformanceOf(context, enrolment.employee))) throw notFound('The enrolment', 'input.enrolmentId');
      await assertMayManageTrainingOf(context, enrolment.employee, 'input.enrolmentId');
      if (enrolment.status !== 'ENROLLED') throw new AppError('INVALID_STATE', `The enrolment is ${enrolment.status}.`, 'input.enrolmentId');
      if (input.completedOn < localDate(enrolment.programme.startDate)) throw new AppError('BAD_USER_INPUT', 'Completion cannot be before the programme starts.', 'input.completedOn');
      if (input.completedOn > todayIn(enrolment.employee.agency.region.timeZone)) throw new AppError('BAD_USER_INPUT', 'Completion cannot be in the future.', 'input.completedOn');
      if (!input.certificateUrl && !input.certificateFile) throw new AppError('BAD_USER_INPUT', 'Completion needs the certificate: a link or a file.', 'input.certificateFile');
      const data = { status: 'COMPLETED' as const, completedOn: input.completedOn, hours: enrolment.programme.hours, certificateUrl: input.certificateUrl ?? null };
      let certificate: { id: string; sha256: string } | null = null;
      return commit(
        context,
        async (tx) => {
          if (input.certificateFile) certificate = await storeFile(tx, { file: input.certificateFile, purpose: 'CERTIFICATE', uploadedBy: context.viewer!.userId, field: 'input.certificateFile' });
          return tx.trainingEnrolment.update({ ...query, where: { id: enrolment.id }, data: { ...data, completedOn: new Date(data.completedOn), certificateFileId: certificate?.id ?? null } });
        },
        () => ({ action: 'training.complete', entityType: 'TrainingEnrolment', entityId: enrolment.id, before: { status: 'ENROLLED' }, after: { ...data, certificateFileId: certificate?.id ?? null, certificateSha256: certificate?.sha256 ?? null } }),
        { unitId: enrolment.employee.unitId, employeeId: enrolment.employee.id },
      );
    },
  }),
}));
