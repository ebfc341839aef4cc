// Onboarding: a PASSED applicant is hired into a unit under a superior (becoming an employee, and
// their candidate account an EMPLOYEE account), with an orientation checklist whose soft-skills
// item is an enrolment in one of the agency's training programmes. Progress is for the new hire,
// their superior and the agency's administrator.
import { canAdministerAgency, isDeciderFor } from '../auth/access.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { formatNipPrefix } from '../organisation/nip.js';
import { commit } from '../performance/commit.js';
import { todayIn } from '../performance/working-days.js';
import { AgencyNode } from './agency.js';
import { builder } from './builder.js';
import { EmployeeNode } from './employee.js';
import { ApplicationNode } from './recruitment.js';
import { TrainingProgrammeNode } from './training.js';
import { UnitNode } from './unit.js';

/** The checklist every new hire starts with; the soft-skills training is added when a programme is found. */
const ORIENTATION_ITEMS = [
  'Menerima SK pengangkatan dan menandatangani pakta integritas',
  'Perkenalan dengan atasan langsung dan rekan unit kerja',
  'Mempelajari kode etik ASN dan nilai dasar BerAKHLAK',
  'Menyusun SKP pertama bersama atasan langsung',
] as const;

const OrientationItemNode = builder.prismaNode('OrientationItem', {
  id: { field: 'id' },
  description: 'An item of a new hire’s orientation: for the person, their superior and their agency’s administrator.',
  select: { employee: { select: { id: true, agencyId: true, superiorId: true } } },
  authScopes: (item, context) => mayFollowOrientation(context, item.employee),
  fields: (t) => ({
    position: t.exposeInt('position'),
    title: t.exposeString('title'),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    enrolment: t.relation('enrolment', { nullable: true, description: 'The soft-skills training this item is; it is ticked once the training is completed.' }),
  }),
});

async function mayFollowOrientation(context: Context, employee: { id: string; agencyId: string; superiorId: string | null }): Promise<boolean> {
  return context.viewer?.employeeId === employee.id || canAdministerAgency(context, employee.agencyId) || (await isDeciderFor(context, employee));
}

interface Progress {
  employeeId: string;
  hiredAt: Date;
  done: number;
  total: number;
}
const OrientationProgressRef = builder.objectRef<Progress>('OrientationProgress').implement({
  fields: (t) => ({
    employee: t.prismaField({ type: 'Employee', resolve: (query, p, _args, context) => context.prisma.employee.findUniqueOrThrow({ ...query, where: { id: p.employeeId } }) }),
    hiredAt: t.expose('hiredAt', { type: 'DateTime' }),
    done: t.exposeInt('done'),
    total: t.exposeInt('total'),
  }),
});

builder.queryFields((t) => ({
  myOrientation: t.prismaField({
    type: ['OrientationItem'],
    description: 'The signed-in new hire’s orientation checklist (empty for those not hired through recruitment).',
    authScopes: { authenticated: true },
    resolve: (query, _parent, _args, context) =>
      context.viewer!.employeeId ? context.prisma.orientationItem.findMany({ ...query, where: { employeeId: context.viewer!.employeeId }, orderBy: { position: 'asc' } }) : [],
  }),
  agencyOrientationProgress: t.field({
    type: [OrientationProgressRef],
    description: 'Each new hire of the agency with their orientation progress, newest first: for the agency’s administrators.',
    args: { agencyId: t.arg.globalID({ required: true, for: AgencyNode }) },
    authScopes: (_parent, args, context) => canAdministerAgency(context, args.agencyId.id),
    resolve: async (_parent, args, context) => {
      const hires = await context.prisma.application.findMany({
        where: { status: 'HIRED', employee: { agencyId: args.agencyId.id } },
        orderBy: { hiredAt: 'desc' },
        select: { hiredAt: true, employee: { select: { id: true, orientationItems: { select: { completedAt: true } } } } },
      });
      return hires.map((hire) => ({
        employeeId: hire.employee!.id,
        hiredAt: hire.hiredAt!,
        done: hire.employee!.orientationItems.filter((item) => item.completedAt).length,
        total: hire.employee!.orientationItems.length,
      }));
    },
  }),
}));

const HireInput = builder.inputType('HireApplicantInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationNode }),
    unitId: t.globalID({ required: true, for: UnitNode }),
    superiorId: t.globalID({ required: true, for: EmployeeNode }),
    trainingProgrammeId: t.globalID({ for: TrainingProgrammeNode, description: 'The soft-skills programme; by default the agency’s next one with a socio-cultural competency.' }),
  }),
});

/** The next free NIP for the person: the NIP's prefix with the lowest unused sequence number. */
async function nextNip(tx: Prisma.TransactionClient, birthDate: Date, hiredOn: string, sex: 'MALE' | 'FEMALE'): Promise<string> {
  const prefix = formatNipPrefix(birthDate, Number(hiredOn.slice(0, 4)), Number(hiredOn.slice(5, 7)), sex);
  const taken = new Set((await tx.employee.findMany({ where: { nip: { startsWith: prefix } }, select: { nip: true } })).map((row) => row.nip));
  for (let sequence = 1; sequence <= 999; sequence += 1) {
    const nip = `${prefix}${String(sequence).padStart(3, '0')}`;
    if (!taken.has(nip)) return nip;
  }
  throw new AppError('CONFLICT', `All NIP sequence numbers for ${prefix} are taken.`, 'input.applicationId');
}

async function softSkillsProgramme(context: Context, agencyId: string, requested: string | undefined, today: string) {
  if (requested) {
    const programme = await context.prisma.trainingProgramme.findUnique({ where: { id: requested }, select: { id: true, title: true, agencyId: true } });
    if (!programme || programme.agencyId !== agencyId) throw notFound('The programme', 'input.trainingProgrammeId');
    return programme;
  }
  return context.prisma.trainingProgramme.findFirst({
    where: { agencyId, endDate: { gte: new Date(today) }, competencies: { some: { kind: 'SOCIOCULTURAL' } } },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    select: { id: true, title: true, agencyId: true },
  });
}

builder.mutationFields((t) => ({
  hireApplicant: t.prismaField({
    type: 'Application',
    description:
      'Appoints a PASSED applicant: creates the employee (position, status and grade of the opening; NIP formed from birth date, this month and sex, ' +
      'correctable later), turns the candidate account into an EMPLOYEE account of the agency, and starts the orientation checklist with a soft-skills enrolment.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: HireInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const application = await context.prisma.application.findUnique({
        where: { id: input.applicationId.id },
        include: { opening: { include: { agency: { select: { region: { select: { timeZone: true } } } } } }, candidate: { include: { candidateProfile: true } } },
      });
      if (!application || !canAdministerAgency(context, application.opening.agencyId)) throw notFound('The application', 'input.applicationId');
      if (application.status !== 'PASSED') throw new AppError('INVALID_STATE', `Only a PASSED applicant is hired; this one is ${application.status}.`, 'input.applicationId');
      const agencyId = application.opening.agencyId;
      const [unit, superior] = await Promise.all([
        context.prisma.unit.findUnique({ where: { id: input.unitId.id }, select: { id: true, agencyId: true } }),
        context.prisma.employee.findUnique({ where: { id: input.superiorId.id }, select: { id: true, agencyId: true } }),
      ]);
      if (!unit || unit.agencyId !== agencyId) throw notFound('The unit of the opening’s agency', 'input.unitId');
      if (!superior || superior.agencyId !== agencyId) throw notFound('The superior in the opening’s agency', 'input.superiorId');
      const profile = application.candidate.candidateProfile!;
      const today = todayIn(application.opening.agency.region.timeZone);
      const programme = await softSkillsProgramme(context, agencyId, input.trainingProgrammeId?.id, today);
      const now = new Date();
      let employeeId = '';
      const result = await commit(
        context,
        async (tx) => {
          const employee = await tx.employee.create({
            data: {
              nip: await nextNip(tx, profile.birthDate, today, profile.sex),
              name: profile.fullName,
              sex: profile.sex,
              birthDate: profile.birthDate,
              status: application.opening.employmentStatus,
              positionTitle: application.opening.positionTitle,
              rankGrade: application.opening.rankGrade,
              agencyId,
              unitId: unit.id,
              superiorId: superior.id,
            },
            select: { id: true },
          });
          employeeId = employee.id;
          await tx.user.update({ where: { id: application.candidateId }, data: { role: 'EMPLOYEE', agencyId, employeeId: employee.id } });
          await tx.orientationItem.createMany({ data: ORIENTATION_ITEMS.map((title, index) => ({ employeeId: employee.id, position: index + 1, title })) });
          if (programme) {
            const enrolment = await tx.trainingEnrolment.create({ data: { programmeId: programme.id, employeeId: employee.id }, select: { id: true } });
            await tx.orientationItem.create({ data: { employeeId: employee.id, position: ORIENTATION_ITEMS.length + 1, title: `Pelatihan soft skills: ${programme.title}`, enrolmentId: enrolment.id } });
          }
          return tx.application.update({ ...query, where: { id: application.id }, data: { status: 'HIRED', hiredAt: now, employeeId: employee.id } });
        },
        () => ({
          action: 'application.hire',
          entityType: 'Application',
          entityId: application.id,
          before: { status: 'PASSED', role: 'CANDIDATE' },
          after: { status: 'HIRED', employeeId, unitId: unit.id, superiorId: superior.id, role: 'EMPLOYEE', trainingProgrammeId: programme?.id ?? null },
        }),
      );
      return result;
    },
  }),
  completeOrientationItem: t.prismaField({
    type: 'OrientationItem',
    description: 'Ticks an orientation item: by the new hire, their superior or the agency’s administrator. A training item needs its training completed.',
    authScopes: { authenticated: true },
    args: { itemId: t.arg.globalID({ required: true, for: OrientationItemNode }) },
    resolve: async (query, _parent, args, context) => {
      const item = await context.prisma.orientationItem.findUnique({
        where: { id: args.itemId.id },
        select: { id: true, completedAt: true, enrolment: { select: { status: true } }, employee: { select: { id: true, agencyId: true, unitId: true, superiorId: true } } },
      });
      if (!item || !(await mayFollowOrientation(context, item.employee))) throw notFound('The orientation item', 'itemId');
      if (item.completedAt) throw new AppError('INVALID_STATE', 'The item is ticked already.', 'itemId');
      if (item.enrolment && item.enrolment.status !== 'COMPLETED') throw new AppError('INVALID_STATE', 'Complete the training first (with its certificate).', 'itemId');
      return commit(
        context,
        (tx) => tx.orientationItem.update({ ...query, where: { id: item.id }, data: { completedAt: new Date() } }),
        () => ({ action: 'orientation.complete', entityType: 'OrientationItem', entityId: item.id, after: { employeeId: item.employee.id } }),
      );
    },
  }),
}));
