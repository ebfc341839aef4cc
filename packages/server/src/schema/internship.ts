// Internships: partner universities of a region (public), students placed in a unit for a period
// with a mentor (for the agency's administrators and the mentor), and the mentor's evaluations.
// An intern who later registers as a candidate with the same e-mail address is shown to the
// agency's administrator as a former intern (Applicant.formerIntern): no NIK or other identity
// number is collected for the match.
import { isLocalDate } from '@pantau/shared';
import { z } from 'zod';
import { canAdministerAgency } from '../auth/access.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { commit } from '../performance/commit.js';
import { AgencyNode } from './agency.js';
import { builder } from './builder.js';
import { EmployeeNode } from './employee.js';
import { localDate } from './performance-period.js';
import { RegionNode } from './region.js';
import { UnitNode } from './unit.js';

const text = (min: number, max: number) => z.string().trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);
const dateSchema = z.string().refine(isLocalDate, 'must be a date written YYYY-MM-DD');
const grade = z.number().int().min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5');

const PartnerUniversityNode = builder.prismaNode('PartnerUniversity', {
  id: { field: 'id' },
  description: 'A university whose students intern with the region’s agencies. Public.',
  fields: (t) => ({
    name: t.exposeString('name'),
    city: t.exposeString('city'),
    region: t.relation('region'),
  }),
});

const mayReadPlacement = (context: Context, placement: { mentorId: string; unit: { agencyId: string } }) =>
  context.viewer?.employeeId === placement.mentorId || canAdministerAgency(context, placement.unit.agencyId);

const InternPlacementNode = builder.prismaNode('InternPlacement', {
  id: { field: 'id' },
  description: 'A student interning in a unit with a mentor: for the agency’s administrators and the mentor.',
  select: { mentorId: true, unit: { select: { agencyId: true } } },
  authScopes: (placement, context) => mayReadPlacement(context, placement),
  fields: (t) => ({
    university: t.relation('university'),
    unit: t.relation('unit'),
    mentor: t.relation('mentor'),
    internName: t.exposeString('internName'),
    internEmail: t.exposeString('internEmail'),
    studyProgramme: t.exposeString('studyProgramme'),
    startsOn: t.string({ select: { startsOn: true }, resolve: (p) => localDate(p.startsOn) }),
    endsOn: t.string({ select: { endsOn: true }, resolve: (p) => localDate(p.endsOn) }),
    evaluations: t.relation('evaluations', { query: { orderBy: { createdAt: 'asc' } } }),
  }),
});

builder.prismaObject('MentorEvaluation', {
  description: 'A mentor’s evaluation of an intern, 1–5 on each aspect.',
  fields: (t) => ({
    id: t.exposeID('id'),
    discipline: t.exposeInt('discipline'),
    skill: t.exposeInt('skill'),
    teamwork: t.exposeInt('teamwork'),
    comment: t.exposeString('comment'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  partnerUniversities: t.prismaField({
    type: ['PartnerUniversity'],
    description: 'A region’s partner universities by name. Public.',
    args: { regionId: t.arg.globalID({ required: true, for: RegionNode }) },
    resolve: (query, _parent, args, context) => context.prisma.partnerUniversity.findMany({ ...query, where: { regionId: args.regionId.id }, orderBy: { name: 'asc' } }),
  }),
  internPlacements: t.prismaConnection({
    type: 'InternPlacement',
    cursor: 'id',
    description: 'An agency’s intern placements, newest first: for its administrators.',
    args: { agencyId: t.arg.globalID({ required: true, for: AgencyNode }) },
    authScopes: (_parent, args, context) => canAdministerAgency(context, args.agencyId.id),
    totalCount: (_parent, args, context) => context.prisma.internPlacement.count({ where: { unit: { agencyId: args.agencyId.id } } }),
    resolve: (query, _parent, args, context) => context.prisma.internPlacement.findMany({ ...query, where: { unit: { agencyId: args.agencyId.id } }, orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] }),
  }),
  myMentees: t.prismaField({
    type: ['InternPlacement'],
    description: 'The interns the signed-in employee mentors, newest first.',
    authScopes: { authenticated: true },
    resolve: (query, _parent, _args, context) =>
      context.viewer!.employeeId ? context.prisma.internPlacement.findMany({ ...query, where: { mentorId: context.viewer!.employeeId }, orderBy: { startsOn: 'desc' } }) : [],
  }),
}));

const UniversityInput = builder.inputType('CreatePartnerUniversityInput', {
  fields: (t) => ({
    regionId: t.globalID({ required: true, for: RegionNode }),
    name: t.string({ required: true, validate: text(3, 150) }),
    city: t.string({ required: true, validate: text(2, 100) }),
  }),
});
const PlacementInput = builder.inputType('CreateInternPlacementInput', {
  fields: (t) => ({
    universityId: t.globalID({ required: true, for: PartnerUniversityNode }),
    unitId: t.globalID({ required: true, for: UnitNode }),
    mentorId: t.globalID({ required: true, for: EmployeeNode }),
    internName: t.string({ required: true, validate: text(3, 100) }),
    internEmail: t.string({ required: true, validate: z.string().trim().toLowerCase().max(100, 'is too long').email('must be an e-mail address') }),
    studyProgramme: t.string({ required: true, validate: text(2, 100) }),
    startsOn: t.string({ required: true, validate: dateSchema }),
    endsOn: t.string({ required: true, validate: dateSchema }),
  }),
});
const EvaluationInput = builder.inputType('RecordMentorEvaluationInput', {
  fields: (t) => ({
    placementId: t.globalID({ required: true, for: InternPlacementNode }),
    discipline: t.int({ required: true, validate: grade }),
    skill: t.int({ required: true, validate: grade }),
    teamwork: t.int({ required: true, validate: grade }),
    comment: t.string({ required: true, validate: text(3, 2000) }),
  }),
});

builder.mutationFields((t) => ({
  createPartnerUniversity: t.prismaField({
    type: 'PartnerUniversity',
    authScopes: { roles: ['ADMIN'] },
    args: { input: t.arg({ type: UniversityInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      if (!(await context.prisma.region.findUnique({ where: { id: input.regionId.id }, select: { id: true } }))) throw notFound('The region', 'input.regionId');
      if (await context.prisma.partnerUniversity.findUnique({ where: { regionId_name: { regionId: input.regionId.id, name: input.name } }, select: { id: true } })) {
        throw new AppError('CONFLICT', 'The region has this partner already.', 'input.name');
      }
      const data = { regionId: input.regionId.id, name: input.name, city: input.city };
      return commit(
        context,
        (tx) => tx.partnerUniversity.create({ ...query, data }),
        (created) => ({ action: 'partnerUniversity.create', entityType: 'PartnerUniversity', entityId: created.id, after: data }),
      );
    },
  }),
  createInternPlacement: t.prismaField({
    type: 'InternPlacement',
    description: 'The agency’s administrator places an intern in a unit with a mentor of the agency.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: PlacementInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const [unit, mentor, university] = await Promise.all([
        context.prisma.unit.findUnique({ where: { id: input.unitId.id }, select: { agencyId: true, agency: { select: { regionId: true } } } }),
        context.prisma.employee.findUnique({ where: { id: input.mentorId.id }, select: { agencyId: true } }),
        context.prisma.partnerUniversity.findUnique({ where: { id: input.universityId.id }, select: { regionId: true } }),
      ]);
      if (!unit || !canAdministerAgency(context, unit.agencyId)) throw notFound('The unit', 'input.unitId');
      if (!mentor || mentor.agencyId !== unit.agencyId) throw notFound('The mentor in the unit’s agency', 'input.mentorId');
      if (!university || university.regionId !== unit.agency.regionId) throw notFound('The partner university of the region', 'input.universityId');
      if (input.endsOn < input.startsOn) throw new AppError('BAD_USER_INPUT', 'The placement cannot end before it starts.', 'input.endsOn');
      const data = { universityId: input.universityId.id, unitId: input.unitId.id, mentorId: input.mentorId.id, internName: input.internName, internEmail: input.internEmail, studyProgramme: input.studyProgramme };
      return commit(
        context,
        (tx) => tx.internPlacement.create({ ...query, data: { ...data, startsOn: new Date(input.startsOn), endsOn: new Date(input.endsOn) } }),
        (created) => ({ action: 'internPlacement.create', entityType: 'InternPlacement', entityId: created.id, after: { ...data, startsOn: input.startsOn, endsOn: input.endsOn } }),
      );
    },
  }),
  recordMentorEvaluation: t.prismaField({
    type: 'MentorEvaluation',
    description: 'The mentor (or the agency’s administrator) evaluates the intern.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: EvaluationInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const placement = await context.prisma.internPlacement.findUnique({ where: { id: input.placementId.id }, select: { id: true, mentorId: true, unit: { select: { agencyId: true } } } });
      if (!placement || !mayReadPlacement(context, placement)) throw notFound('The placement', 'input.placementId');
      const data = { placementId: placement.id, discipline: input.discipline, skill: input.skill, teamwork: input.teamwork, comment: input.comment };
      return commit(
        context,
        (tx) => tx.mentorEvaluation.create({ ...query, data }),
        (created) => ({ action: 'mentorEvaluation.create', entityType: 'MentorEvaluation', entityId: created.id, after: data }),
      );
    },
  }),
}));
