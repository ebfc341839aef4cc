// Recruitment: each region's rounds and the agencies' openings (formasi, public), candidate
// accounts (registration with an e-mail code), profiles, documents and applications (one per
// round), and the selection by the agency's administrator: administrative check, SKD and
// interview scores, ranking (packages/shared/src/recruitment.ts), announcement and objections.
// Candidates are their own audience (role CANDIDATE): they reach only their own records under
// `my*` fields, never employee data.
import {
  ageOn,
  DEFAULT_SKD_THRESHOLDS,
  DEFAULT_STAGE_WEIGHTS,
  EDUCATION_LEVELS,
  isLocalDate,
  isValidSkd,
  isValidWeights,
  meetsEducation,
  passesSkd,
  rankApplicants,
  SKD_MAX,
  type RankedSheet,
} from '@pantau/shared';
import { z } from 'zod';
import { canAdministerAgency } from '../auth/access.js';
import { hashPassword } from '../auth/password.js';
import { checkPasswordStrength } from '../auth/password-rules.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { registerFileAccess, storeFile } from '../files/store.js';
import type { Prisma } from '../generated/prisma/client.js';
import { commit } from '../performance/commit.js';
import { todayIn } from '../performance/working-days.js';
import { CODE_MAX_ATTEMPTS, CODE_TTL_MINUTES, codeMatches, deliver, deliverAccountNotice, hashCode, newCode } from '../recruitment/verification.js';
import { LoginPayload, signIn } from './account.js';
import { AgencyNode } from './agency.js';
import { builder } from './builder.js';
import { EmploymentStatus, Sex } from './employee.js';
import { localDate } from './performance-period.js';
import { RegionNode } from './region.js';

const EducationLevel = builder.enumType('EducationLevel', { description: 'SMA/SMK, D3, S1/D4, S2, S3. An opening accepts its level and above.', values: EDUCATION_LEVELS });
const ApplicationStatus = builder.enumType('ApplicationStatus', {
  description:
    'DRAFT: started, not yet submitted. SUBMITTED: awaiting the administrative check. ADMIN_REJECTED / ADMIN_PASSED: its result. ' +
    'SKD_FAILED / SKD_PASSED: the written test (every sub-test at or above its threshold). PASSED / NOT_PASSED: announced, within the positions or not. HIRED: appointed.',
  values: ['DRAFT', 'SUBMITTED', 'ADMIN_REJECTED', 'ADMIN_PASSED', 'SKD_FAILED', 'SKD_PASSED', 'PASSED', 'NOT_PASSED', 'HIRED'] as const,
});
const DocumentKind = builder.enumType('CandidateDocumentKind', { values: ['IJAZAH', 'TRANSKRIP', 'KTP', 'PASFOTO', 'OTHER'] as const });
const ObjectionStage = builder.enumType('ObjectionStage', { description: 'ADMIN_CHECK: against a rejection at the administrative check. RESULT: against the announced result.', values: ['ADMIN_CHECK', 'RESULT'] as const });
const ObjectionStatus = builder.enumType('ObjectionStatus', { values: ['OPEN', 'ACCEPTED', 'REJECTED'] as const });

const dateSchema = z.string().refine(isLocalDate, 'must be a date written YYYY-MM-DD');
const text = (min: number, max: number) => z.string().trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);
const emailSchema = z.string().trim().toLowerCase().max(100, 'is too long').email('must be an e-mail address');

// ---------------------------------------------------------------------------------------------
// Access

const asCandidate = (context: Context): string => {
  if (context.viewer?.role !== 'CANDIDATE') throw new AppError('FORBIDDEN', 'Only a candidate account does this.');
  return context.viewer.userId;
};

/** May the viewer read a candidate's profile and documents: the candidate, or an administrator of an agency they applied to (submitted). */
async function canReadCandidate(context: Context, candidateId: string): Promise<boolean> {
  const viewer = context.viewer;
  if (!viewer) return false;
  if (viewer.userId === candidateId || viewer.role === 'ADMIN') return true;
  if (viewer.role !== 'AGENCY_ADMIN' || !viewer.agencyId) return false;
  const application = await context.prisma.application.findFirst({ where: { candidateId, status: { not: 'DRAFT' }, opening: { agencyId: viewer.agencyId } }, select: { id: true } });
  return application !== null;
}

registerFileAccess('CANDIDATE_DOCUMENT', async (context, fileId) => {
  const document = await context.prisma.candidateDocument.findUnique({ where: { fileId }, select: { userId: true } });
  return document !== null && (await canReadCandidate(context, document.userId));
});

// ---------------------------------------------------------------------------------------------
// Types

const SkdThresholdsRef = builder.objectRef<{ twk: number; tiu: number; tkp: number }>('SkdScores').implement({
  description: 'SKD sub-test scores (or thresholds): TWK 0–150, TIU 0–175, TKP 0–225.',
  fields: (t) => ({ twk: t.exposeInt('twk'), tiu: t.exposeInt('tiu'), tkp: t.exposeInt('tkp'), total: t.int({ resolve: (s) => s.twk + s.tiu + s.tkp }) }),
});

export const RecruitmentRoundNode = builder.prismaNode('RecruitmentRound', {
  id: { field: 'id' },
  description: 'A region’s recruitment round. Public.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    name: t.exposeString('name'),
    region: t.relation('region'),
    registrationOpens: t.string({ select: { registrationOpens: true }, resolve: (round) => localDate(round.registrationOpens) }),
    registrationCloses: t.string({ select: { registrationCloses: true }, resolve: (round) => localDate(round.registrationCloses) }),
    objectionDays: t.exposeInt('objectionDays', { description: 'Days after a decision during which the candidate may object.' }),
    skdThresholds: t.field({ type: SkdThresholdsRef, select: { twkThreshold: true, tiuThreshold: true, tkpThreshold: true }, resolve: (round) => ({ twk: round.twkThreshold, tiu: round.tiuThreshold, tkp: round.tkpThreshold }) }),
    skdWeight: t.exposeInt('skdWeight', { description: 'Percent of the final score from the SKD (scaled to 0–100).' }),
    interviewWeight: t.exposeInt('interviewWeight', { description: 'Percent of the final score from the interview/field test (0–100).' }),
    openings: t.relation('openings', { query: { orderBy: [{ positionTitle: 'asc' }, { id: 'asc' }] } }),
  }),
});

const JobOpeningNode = builder.prismaNode('JobOpening', {
  id: { field: 'id' },
  description: 'A formasi: positions of one title in one agency, with its requirements and selection schedule. Public.',
  select: { id: true, agencyId: true },
  fields: (t) => ({
    round: t.relation('round'),
    agency: t.relation('agency'),
    positionTitle: t.exposeString('positionTitle'),
    rankGrade: t.exposeString('rankGrade'),
    employmentStatus: t.expose('employmentStatus', { type: EmploymentStatus }),
    positions: t.exposeInt('positions'),
    educationLevel: t.expose('educationLevel', { type: EducationLevel }),
    majors: t.exposeStringList('majors', { description: 'Accepted majors; empty accepts any.' }),
    minAge: t.exposeInt('minAge'),
    maxAge: t.exposeInt('maxAge'),
    description: t.exposeString('description'),
    adminCheckOn: t.string({ select: { adminCheckOn: true }, resolve: (o) => localDate(o.adminCheckOn) }),
    writtenTestOn: t.string({ select: { writtenTestOn: true }, resolve: (o) => localDate(o.writtenTestOn) }),
    interviewOn: t.string({ select: { interviewOn: true }, resolve: (o) => localDate(o.interviewOn) }),
    announcementOn: t.string({ select: { announcementOn: true }, resolve: (o) => localDate(o.announcementOn) }),
    announced: t.boolean({ select: { announcedAt: true }, resolve: (o) => o.announcedAt !== null }),
    applications: t.relatedConnection('applications', {
      cursor: 'id',
      totalCount: true,
      description: 'Submitted applications, best ranked first: for the agency’s administrators.',
      authScopes: (opening, _args, context) => canAdministerAgency(context, opening.agencyId),
      query: { where: { status: { not: 'DRAFT' } }, orderBy: [{ rank: { sort: 'asc', nulls: 'last' } }, { submittedAt: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

const CandidateProfileRef = builder.prismaObject('CandidateProfile', {
  description: 'A candidate’s own details: for the candidate and the administrators of agencies they applied to.',
  fields: (t) => ({
    fullName: t.exposeString('fullName'),
    birthDate: t.string({ resolve: (p) => localDate(p.birthDate) }),
    sex: t.expose('sex', { type: Sex }),
    phone: t.exposeString('phone'),
    educationLevel: t.expose('educationLevel', { type: EducationLevel }),
    major: t.exposeString('major'),
    institution: t.exposeString('institution'),
  }),
});

builder.prismaNode('CandidateDocument', {
  id: { field: 'id' },
  description: 'A document a candidate uploaded (PDF, PNG or JPEG, at most 5 MiB).',
  select: { userId: true },
  authScopes: (document, context) => canReadCandidate(context, document.userId),
  fields: (t) => ({
    kind: t.expose('kind', { type: DocumentKind }),
    file: t.relation('file'),
    uploadedAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const ObjectionRef = builder.prismaObject('ApplicationObjection', {
  fields: (t) => ({
    id: t.exposeID('id'),
    stage: t.expose('stage', { type: ObjectionStage }),
    reason: t.exposeString('reason'),
    status: t.expose('status', { type: ObjectionStatus }),
    response: t.exposeString('response', { nullable: true }),
    filedAt: t.expose('filedAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
  }),
});

const ApplicantRef = builder.objectRef<{ candidateId: string }>('Applicant').implement({
  description: 'Who applied, as the agency’s administrator sees them.',
  fields: (t) => ({
    displayName: t.string({ resolve: async (a, _args, context) => (await context.prisma.user.findUniqueOrThrow({ where: { id: a.candidateId }, select: { displayName: true } })).displayName }),
    email: t.string({ resolve: async (a, _args, context) => (await context.prisma.user.findUniqueOrThrow({ where: { id: a.candidateId }, select: { username: true } })).username }),
    profile: t.prismaField({ type: 'CandidateProfile', nullable: true, resolve: (query, a, _args, context) => context.prisma.candidateProfile.findUnique({ ...query, where: { userId: a.candidateId } }) }),
    documents: t.prismaField({ type: ['CandidateDocument'], resolve: (query, a, _args, context) => context.prisma.candidateDocument.findMany({ ...query, where: { userId: a.candidateId }, orderBy: { createdAt: 'asc' } }) }),
    formerIntern: t.boolean({
      description: 'True when an internship placement was recorded under the candidate’s (verified) e-mail address.',
      resolve: async (a, _args, context) => {
        const user = await context.prisma.user.findUniqueOrThrow({ where: { id: a.candidateId }, select: { username: true } });
        return (await context.prisma.internPlacement.count({ where: { internEmail: user.username } })) > 0;
      },
    }),
  }),
});

const applicationOwner = { candidateId: true, opening: { select: { agencyId: true } } } as const;
const mayReadApplication = (context: Context, application: { candidateId: string; opening: { agencyId: string } }) =>
  context.viewer !== null && (context.viewer.userId === application.candidateId || canAdministerAgency(context, application.opening.agencyId));

export const ApplicationNode = builder.prismaNode('Application', {
  id: { field: 'id' },
  description: 'A candidate’s application: for the candidate and the administrators of the opening’s agency.',
  select: { id: true, ...applicationOwner },
  authScopes: (application, context) => mayReadApplication(context, application),
  fields: (t) => ({
    opening: t.relation('opening'),
    round: t.relation('round'),
    status: t.expose('status', { type: ApplicationStatus }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    adminCheckedAt: t.expose('adminCheckedAt', { type: 'DateTime', nullable: true }),
    rejectionReason: t.exposeString('rejectionReason', { nullable: true }),
    skd: t.field({
      type: SkdThresholdsRef,
      nullable: true,
      select: { twkScore: true, tiuScore: true, tkpScore: true },
      resolve: (a) => (a.twkScore === null || a.tiuScore === null || a.tkpScore === null ? null : { twk: a.twkScore, tiu: a.tiuScore, tkp: a.tkpScore }),
    }),
    interviewScore: t.exposeFloat('interviewScore', { nullable: true }),
    finalScore: t.exposeFloat('finalScore', { nullable: true, description: 'Set when the results are announced.' }),
    rank: t.exposeInt('rank', { nullable: true, description: 'Place in the opening’s ranking, set when the results are announced.' }),
    announcedAt: t.expose('announcedAt', { type: 'DateTime', nullable: true }),
    hiredAt: t.expose('hiredAt', { type: 'DateTime', nullable: true }),
    objectionDeadline: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Until when the candidate may object to the latest decision (a rejection at the check, or the announced result); null when there is nothing to object to.',
      select: { status: true, adminCheckedAt: true, announcedAt: true, round: { select: { objectionDays: true } } },
      resolve: (a) => objectionWindow(a)?.deadline ?? null,
    }),
    objections: t.relation('objections', { query: { orderBy: { filedAt: 'asc' } } }),
    applicant: t.field({ type: ApplicantRef, resolve: (a) => ({ candidateId: a.candidateId }) }),
  }),
});

/** Applications whose SKD is scored: the ones a ranking orders. */
const SKD_SCORED = ['SKD_FAILED', 'SKD_PASSED', 'PASSED', 'NOT_PASSED', 'HIRED'] as const;

/** The opening's ranking from the stored scores (the same before and after the announcement, which freezes them). */
async function rankingOf(context: Context, opening: { id: string; positions: number; round: { twkThreshold: number; tiuThreshold: number; tkpThreshold: number; skdWeight: number; interviewWeight: number } }): Promise<RankedSheet[]> {
  const applications = await context.prisma.application.findMany({
    where: { openingId: opening.id, status: { in: [...SKD_SCORED] } },
    select: { id: true, twkScore: true, tiuScore: true, tkpScore: true, interviewScore: true, submittedAt: true },
  });
  const r = opening.round;
  return rankApplicants(
    applications.map((a) => ({ id: a.id, skd: { twk: a.twkScore!, tiu: a.tiuScore!, tkp: a.tkpScore! }, interview: a.interviewScore, submittedAt: a.submittedAt! })),
    { twk: r.twkThreshold, tiu: r.tiuThreshold, tkp: r.tkpThreshold },
    { skd: r.skdWeight, interview: r.interviewWeight },
    opening.positions,
  ).sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || Number(b.passedSkd) - Number(a.passedSkd));
}

const RankingRowRef = builder.objectRef<RankedSheet>('RankingRow').implement({
  description: 'An application’s place in its opening’s ranking.',
  fields: (t) => ({
    application: t.prismaField({ type: 'Application', resolve: (query, row, _args, context) => context.prisma.application.findUniqueOrThrow({ ...query, where: { id: row.id } }) }),
    rank: t.exposeInt('rank', { nullable: true, description: 'Null for an SKD failure or one not yet interviewed.' }),
    finalScore: t.exposeFloat('finalScore', { nullable: true }),
    passedSkd: t.exposeBoolean('passedSkd'),
    withinPositions: t.exposeBoolean('withinPositions', { description: 'Ranked within the opening’s positions.' }),
  }),
});

builder.prismaObjectFields(JobOpeningNode, (t) => ({
  ranking: t.field({
    type: [RankingRowRef],
    description:
      'The SKD-scored applications ranked as they stand (frozen once announced), best first: final score, ties by TKP, TIU, TWK, then the earlier submission. For the agency’s administrators.',
    select: { positions: true, round: { select: { twkThreshold: true, tiuThreshold: true, tkpThreshold: true, skdWeight: true, interviewWeight: true } } },
    authScopes: (opening, _args, context) => canAdministerAgency(context, opening.agencyId),
    resolve: (opening, _args, context) => rankingOf(context, opening),
  }),
}));

// ---------------------------------------------------------------------------------------------
// Public queries

const OpeningFilter = builder.inputType('JobOpeningFilter', {
  fields: (t) => ({
    regionId: t.globalID({ for: RegionNode }),
    agencyId: t.globalID({ for: AgencyNode }),
    roundId: t.globalID({ for: RecruitmentRoundNode }),
    search: t.string({ description: 'Part of the position title or of the agency’s name.', validate: z.string().max(100, 'is too long') }),
    education: t.field({ type: EducationLevel, description: 'Openings a candidate with this education may apply to.' }),
  }),
});

function openingWhere(filter: { regionId?: { id: string } | null; agencyId?: { id: string } | null; roundId?: { id: string } | null; search?: string | null; education?: (typeof EDUCATION_LEVELS)[number] | null } | null | undefined): Prisma.JobOpeningWhereInput {
  const search = filter?.search?.trim();
  return {
    ...(filter?.regionId ? { round: { regionId: filter.regionId.id } } : {}),
    ...(filter?.agencyId ? { agencyId: filter.agencyId.id } : {}),
    ...(filter?.roundId ? { roundId: filter.roundId.id } : {}),
    ...(filter?.education ? { educationLevel: { in: EDUCATION_LEVELS.filter((level) => meetsEducation(filter.education!, level)) } } : {}),
    ...(search
      ? { OR: [{ positionTitle: { contains: search, mode: 'insensitive' as const } }, { agency: { name: { contains: search, mode: 'insensitive' as const } } }, { agency: { shortName: { contains: search, mode: 'insensitive' as const } } }] }
      : {}),
  };
}

builder.queryFields((t) => ({
  recruitmentRounds: t.prismaField({
    type: ['RecruitmentRound'],
    description: 'A region’s recruitment rounds, newest first. Public.',
    args: { regionId: t.arg.globalID({ required: true, for: RegionNode }) },
    resolve: (query, _parent, args, context) => context.prisma.recruitmentRound.findMany({ ...query, where: { regionId: args.regionId.id }, orderBy: [{ year: 'desc' }, { registrationOpens: 'desc' }] }),
  }),
  jobOpenings: t.prismaConnection({
    type: 'JobOpening',
    cursor: 'id',
    description: 'Openings (formasi) of every round, newest round first. Public; filter by region, agency, round, text or the candidate’s education.',
    args: { filter: t.arg({ type: OpeningFilter }) },
    totalCount: (_parent, args, context) => context.prisma.jobOpening.count({ where: openingWhere(args.filter) }),
    resolve: (query, _parent, args, context) =>
      context.prisma.jobOpening.findMany({ ...query, where: openingWhere(args.filter), orderBy: [{ round: { registrationOpens: 'desc' } }, { positionTitle: 'asc' }, { id: 'asc' }] }),
  }),
  myCandidateProfile: t.prismaField({
    type: 'CandidateProfile',
    nullable: true,
    authScopes: { candidate: true },
    resolve: (query, _parent, _args, context) => context.prisma.candidateProfile.findUnique({ ...query, where: { userId: context.viewer!.userId } }),
  }),
  myCandidateDocuments: t.prismaField({
    type: ['CandidateDocument'],
    authScopes: { candidate: true },
    resolve: (query, _parent, _args, context) => context.prisma.candidateDocument.findMany({ ...query, where: { userId: context.viewer!.userId }, orderBy: { createdAt: 'asc' } }),
  }),
  myApplications: t.prismaField({
    type: ['Application'],
    description: 'The candidate’s applications, newest first (the account keeps them after being hired).',
    authScopes: { signedIn: true },
    resolve: (query, _parent, _args, context) => context.prisma.application.findMany({ ...query, where: { candidateId: context.viewer!.userId }, orderBy: { createdAt: 'desc' } }),
  }),
}));

// ---------------------------------------------------------------------------------------------
// Registration

const RegisterInput = builder.inputType('RegisterCandidateInput', {
  fields: (t) => ({
    email: t.string({ required: true, validate: emailSchema }),
    password: t.string({ required: true, validate: z.string().max(1024, 'is too long') }),
    name: t.string({ required: true, validate: text(3, 100) }),
  }),
});
const VerifyInput = builder.inputType('VerifyCandidateEmailInput', {
  fields: (t) => ({
    email: t.string({ required: true, validate: emailSchema }),
    code: t.string({ required: true, validate: z.string().regex(/^\d{6}$/, 'must be the six digits of the code') }),
  }),
});

builder.mutationFields((t) => ({
  registerCandidate: t.boolean({
    description:
      'Creates an unverified candidate account (the e-mail address is its username) and sends a six-digit code, valid 30 minutes for 5 attempts ' +
      '(by e-mail when SMTP_URL is set, otherwise to the server log). Registering an unverified address again replaces its password and code. ' +
      'An address that already has an account gets a notice instead of a code and the account stays as it is; the answer is the same ' +
      'either way (true: a code was sent if the address can register), so registration does not reveal which addresses exist. Rate-limited like login.',
    args: { input: t.arg({ type: RegisterInput, required: true }) },
    resolve: async (_parent, { input }, context) => {
      const email = input.email;
      await context.loginThrottle.check(email, context.clientAddress);
      const weakness = checkPasswordStrength(input.password, email.split('@')[0]!);
      if (weakness) throw new AppError('BAD_USER_INPUT', `input.password: ${weakness}.`, 'input.password');
      // Each registration counts like a failed login, so codes (and notices) cannot be requested without limit.
      await context.loginThrottle.failed(email, context.clientAddress);
      // Hashed in both branches, so the answer takes as long for a taken address as for a new one.
      const passwordHash = await hashPassword(input.password);
      const existing = await context.prisma.user.findUnique({ where: { username: email }, select: { id: true, role: true, emailVerifiedAt: true } });
      if (existing && (existing.role !== 'CANDIDATE' || existing.emailVerifiedAt)) {
        await deliverAccountNotice(context, email);
        return true;
      }
      const code = newCode();
      const expiresAt = new Date(Date.now() + CODE_TTL_MINUTES * 60_000);
      await commit(
        context,
        async (tx) => {
          const user = existing
            ? await tx.user.update({ where: { id: existing.id }, data: { passwordHash, displayName: input.name }, select: { id: true } })
            : await tx.user.create({ data: { username: email, displayName: input.name, passwordHash, role: 'CANDIDATE' }, select: { id: true } });
          const verification = { codeHash: hashCode(user.id, code), expiresAt, attempts: 0 };
          await tx.emailVerification.upsert({ where: { userId: user.id }, create: { userId: user.id, ...verification }, update: verification });
          return user;
        },
        (user) => ({ action: 'candidate.register', entityType: 'User', entityId: user.id, after: { email, name: input.name } }),
      );
      // Sent after the commit: no code for a registration that rolled back, and no transaction held open while the mail server answers.
      await deliver(context, email, code);
      return true;
    },
  }),
  verifyCandidateEmail: t.field({
    type: LoginPayload,
    description: 'Confirms the address with the code and signs the candidate in.',
    args: { input: t.arg({ type: VerifyInput, required: true }) },
    resolve: async (_parent, { input }, context) => {
      await context.loginThrottle.check(input.email, context.clientAddress);
      const user = await context.prisma.user.findUnique({ where: { username: input.email }, include: { emailVerification: true } });
      const pending = user?.role === 'CANDIDATE' ? user.emailVerification : null;
      const refuse = async (message: string) => {
        await context.loginThrottle.failed(input.email, context.clientAddress);
        return new AppError('BAD_USER_INPUT', message, 'input.code');
      };
      if (!user || !pending) throw await refuse('There is no pending verification for this address.');
      if (pending.expiresAt <= new Date() || pending.attempts >= CODE_MAX_ATTEMPTS) throw await refuse('The code has expired or was tried too often; register again for a new code.');
      if (!codeMatches(user.id, input.code, pending.codeHash)) {
        await context.prisma.emailVerification.update({ where: { userId: user.id }, data: { attempts: { increment: 1 } } });
        throw await refuse('The code is wrong.');
      }
      const verified = await commit(
        context,
        async (tx) => {
          await tx.emailVerification.delete({ where: { userId: user.id } });
          return tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
        },
        () => ({ action: 'candidate.verifyEmail', entityType: 'User', entityId: user.id, after: { email: input.email } }),
      );
      await context.loginThrottle.succeeded(input.email, context.clientAddress);
      return signIn(context, verified);
    },
  }),
}));

// ---------------------------------------------------------------------------------------------
// Candidate: profile, documents, applications, objections

const ProfileInput = builder.inputType('CandidateProfileInput', {
  fields: (t) => ({
    fullName: t.string({ required: true, validate: text(3, 100) }),
    birthDate: t.string({ required: true, validate: dateSchema }),
    sex: t.field({ type: Sex, required: true }),
    phone: t.string({ required: true, validate: z.string().trim().regex(/^\+?[0-9 -]{8,20}$/, 'must be a phone number') }),
    educationLevel: t.field({ type: EducationLevel, required: true }),
    major: t.string({ required: true, validate: text(2, 100) }),
    institution: t.string({ required: true, validate: text(3, 150) }),
  }),
});

const ownApplication = async (context: Context, applicationId: string, field: string) => {
  const candidateId = asCandidate(context);
  const application = await context.prisma.application.findUnique({
    where: { id: applicationId },
    select: { id: true, status: true, candidateId: true, adminCheckedAt: true, announcedAt: true, round: { select: { objectionDays: true } } },
  });
  if (!application || application.candidateId !== candidateId) throw notFound('The application', field);
  return application;
};

/** The decision a candidate may object to now, with its deadline. */
function objectionWindow(a: { status: string; adminCheckedAt: Date | null; announcedAt: Date | null; round: { objectionDays: number } }): { stage: 'ADMIN_CHECK' | 'RESULT'; deadline: Date } | null {
  const days = a.round.objectionDays * 86_400_000;
  if (a.status === 'ADMIN_REJECTED' && a.adminCheckedAt) return { stage: 'ADMIN_CHECK', deadline: new Date(a.adminCheckedAt.getTime() + days) };
  if ((a.status === 'NOT_PASSED' || a.status === 'SKD_FAILED') && a.announcedAt) return { stage: 'RESULT', deadline: new Date(a.announcedAt.getTime() + days) };
  return null;
}

builder.mutationFields((t) => ({
  saveCandidateProfile: t.prismaField({
    type: 'CandidateProfile',
    authScopes: { candidate: true },
    args: { input: t.arg({ type: ProfileInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const userId = asCandidate(context);
      if (input.birthDate > todayIn('Asia/Jakarta')) throw new AppError('BAD_USER_INPUT', 'The birth date cannot be in the future.', 'input.birthDate');
      const data = { ...input, birthDate: new Date(input.birthDate) };
      return commit(
        context,
        (tx) => tx.candidateProfile.upsert({ ...query, where: { userId }, create: { userId, ...data }, update: data }),
        () => ({ action: 'candidate.profile', entityType: 'User', entityId: userId, after: { educationLevel: input.educationLevel, major: input.major } }),
      );
    },
  }),
  uploadCandidateDocument: t.prismaField({
    type: 'CandidateDocument',
    description: 'Adds a document (PDF, PNG or JPEG, at most 5 MiB; the type is read from the content).',
    authScopes: { candidate: true },
    args: { kind: t.arg({ type: DocumentKind, required: true }), file: t.arg({ type: 'File', required: true }) },
    resolve: async (query, _parent, args, context) => {
      const userId = asCandidate(context);
      return commit(
        context,
        async (tx) => {
          const stored = await storeFile(tx, { file: args.file, purpose: 'CANDIDATE_DOCUMENT', uploadedBy: userId, field: 'file' });
          return tx.candidateDocument.create({ ...query, data: { userId, kind: args.kind, fileId: stored.id } });
        },
        (document) => ({ action: 'candidate.document', entityType: 'CandidateDocument', entityId: document.id, after: { kind: args.kind } }),
      );
    },
  }),
  applyToOpening: t.prismaField({
    type: 'Application',
    description: 'Starts the candidate’s application (DRAFT) to an opening during registration; one per round. Checks education, major and age (on the closing day).',
    authScopes: { candidate: true },
    args: { openingId: t.arg.globalID({ required: true, for: JobOpeningNode }) },
    resolve: async (query, _parent, args, context) => {
      const candidateId = asCandidate(context);
      const opening = await context.prisma.jobOpening.findUnique({ where: { id: args.openingId.id }, include: { round: { include: { region: { select: { timeZone: true } } } } } });
      if (!opening) throw notFound('The opening', 'openingId');
      const today = todayIn(opening.round.region.timeZone);
      if (today < localDate(opening.round.registrationOpens) || today > localDate(opening.round.registrationCloses)) {
        throw new AppError('INVALID_STATE', 'Registration for this round is not open.', 'openingId');
      }
      const profile = await context.prisma.candidateProfile.findUnique({ where: { userId: candidateId } });
      if (!profile) throw new AppError('INVALID_STATE', 'Complete your profile first.', 'openingId');
      if (!meetsEducation(profile.educationLevel, opening.educationLevel)) throw new AppError('BAD_USER_INPUT', `The opening requires ${opening.educationLevel} or higher.`, 'openingId');
      if (opening.majors.length > 0 && !opening.majors.some((major) => major.toLowerCase() === profile.major.trim().toLowerCase())) {
        throw new AppError('BAD_USER_INPUT', `The opening accepts these majors: ${opening.majors.join(', ')}.`, 'openingId');
      }
      const age = ageOn(localDate(profile.birthDate), localDate(opening.round.registrationCloses));
      if (age < opening.minAge || age > opening.maxAge) throw new AppError('BAD_USER_INPUT', `The opening is for ages ${opening.minAge} to ${opening.maxAge}.`, 'openingId');
      const existing = await context.prisma.application.findUnique({ where: { roundId_candidateId: { roundId: opening.roundId, candidateId } }, select: { id: true } });
      if (existing) throw new AppError('CONFLICT', 'You have applied in this round already: one application per round.', 'openingId');
      return commit(
        context,
        (tx) => tx.application.create({ ...query, data: { roundId: opening.roundId, openingId: opening.id, candidateId } }),
        (application) => ({ action: 'application.create', entityType: 'Application', entityId: application.id, after: { openingId: opening.id } }),
      );
    },
  }),
  submitApplication: t.prismaField({
    type: 'Application',
    description: 'Completes the application online: it then goes to the administrative check. Needs at least one document.',
    authScopes: { candidate: true },
    args: { applicationId: t.arg.globalID({ required: true, for: ApplicationNode }) },
    resolve: async (query, _parent, args, context) => {
      const application = await ownApplication(context, args.applicationId.id, 'applicationId');
      if (application.status !== 'DRAFT') throw new AppError('INVALID_STATE', 'The application was submitted already.', 'applicationId');
      if ((await context.prisma.candidateDocument.count({ where: { userId: application.candidateId } })) === 0) {
        throw new AppError('INVALID_STATE', 'Upload your documents (at least the ijazah) before submitting.', 'applicationId');
      }
      return commit(
        context,
        (tx) => tx.application.update({ ...query, where: { id: application.id }, data: { status: 'SUBMITTED', submittedAt: new Date() } }),
        () => ({ action: 'application.submit', entityType: 'Application', entityId: application.id, before: { status: 'DRAFT' }, after: { status: 'SUBMITTED' } }),
      );
    },
  }),
  fileApplicationObjection: t.prismaField({
    type: 'ApplicationObjection',
    description: 'The candidate objects to a rejection at the check or to the announced result, within the round’s objection days.',
    authScopes: { candidate: true },
    args: { applicationId: t.arg.globalID({ required: true, for: ApplicationNode }), reason: t.arg.string({ required: true, validate: text(10, 2000) }) },
    resolve: async (query, _parent, args, context) => {
      const application = await ownApplication(context, args.applicationId.id, 'applicationId');
      const window = objectionWindow(application);
      if (!window) throw new AppError('INVALID_STATE', 'There is no decision to object to.', 'applicationId');
      if (new Date() > window.deadline) throw new AppError('INVALID_STATE', `The objection deadline passed on ${window.deadline.toISOString()}.`, 'applicationId');
      const existing = await context.prisma.applicationObjection.findUnique({ where: { applicationId_stage: { applicationId: application.id, stage: window.stage } }, select: { id: true } });
      if (existing) throw new AppError('CONFLICT', 'You objected to this decision already.', 'applicationId');
      return commit(
        context,
        (tx) => tx.applicationObjection.create({ ...query, data: { applicationId: application.id, stage: window.stage, reason: args.reason } }),
        (objection) => ({ action: 'application.objection', entityType: 'ApplicationObjection', entityId: objection.id, after: { applicationId: application.id, stage: window.stage } }),
      );
    },
  }),
}));

// ---------------------------------------------------------------------------------------------
// Administration: rounds, openings, selection

const RoundInput = builder.inputType('CreateRecruitmentRoundInput', {
  fields: (t) => ({
    regionId: t.globalID({ required: true, for: RegionNode }),
    year: t.int({ required: true, validate: z.number().int().min(2000, 'must be from 2000 to 2100').max(2100, 'must be from 2000 to 2100') }),
    name: t.string({ required: true, validate: text(3, 120) }),
    registrationOpens: t.string({ required: true, validate: dateSchema }),
    registrationCloses: t.string({ required: true, validate: dateSchema }),
    objectionDays: t.int({ required: true, validate: z.number().int().min(1, 'must be from 1 to 30').max(30, 'must be from 1 to 30') }),
    twkThreshold: t.int({ description: `Default ${DEFAULT_SKD_THRESHOLDS.twk}.`, validate: z.number().int().min(0).max(SKD_MAX.twk) }),
    tiuThreshold: t.int({ description: `Default ${DEFAULT_SKD_THRESHOLDS.tiu}.`, validate: z.number().int().min(0).max(SKD_MAX.tiu) }),
    tkpThreshold: t.int({ description: `Default ${DEFAULT_SKD_THRESHOLDS.tkp}.`, validate: z.number().int().min(0).max(SKD_MAX.tkp) }),
    skdWeight: t.int({ description: `Default ${DEFAULT_STAGE_WEIGHTS.skd}; with interviewWeight it sums to 100.` }),
    interviewWeight: t.int({ description: `Default ${DEFAULT_STAGE_WEIGHTS.interview}.` }),
  }),
});

const OpeningInput = builder.inputType('CreateJobOpeningInput', {
  fields: (t) => ({
    roundId: t.globalID({ required: true, for: RecruitmentRoundNode }),
    agencyId: t.globalID({ required: true, for: AgencyNode }),
    positionTitle: t.string({ required: true, validate: text(3, 150) }),
    rankGrade: t.string({ required: true, validate: text(1, 60) }),
    employmentStatus: t.field({ type: EmploymentStatus, required: true }),
    positions: t.int({ required: true, validate: z.number().int().min(1, 'must be from 1 to 1000').max(1000, 'must be from 1 to 1000') }),
    educationLevel: t.field({ type: EducationLevel, required: true }),
    majors: t.stringList({ required: true, validate: z.array(text(2, 100)).max(20, 'at most 20 majors') }),
    minAge: t.int({ required: true, validate: z.number().int().min(17, 'must be from 17 to 60').max(60, 'must be from 17 to 60') }),
    maxAge: t.int({ required: true, validate: z.number().int().min(17, 'must be from 17 to 60').max(60, 'must be from 17 to 60') }),
    description: t.string({ required: true, validate: text(3, 4000) }),
    adminCheckOn: t.string({ required: true, validate: dateSchema }),
    writtenTestOn: t.string({ required: true, validate: dateSchema }),
    interviewOn: t.string({ required: true, validate: dateSchema }),
    announcementOn: t.string({ required: true, validate: dateSchema }),
  }),
});

/** The application, if the viewer administers its opening's agency; NOT_FOUND otherwise (ids cannot be probed). */
async function administeredApplication(context: Context, applicationId: string, field: string) {
  const application = await context.prisma.application.findUnique({
    where: { id: applicationId },
    include: { opening: { select: { agencyId: true, announcedAt: true, positions: true } }, round: true },
  });
  if (!application || !canAdministerAgency(context, application.opening.agencyId)) throw notFound('The application', field);
  return application;
}

const assertStatus = (status: string, allowed: readonly string[], field: string) => {
  if (!allowed.includes(status)) throw new AppError('INVALID_STATE', `The application is ${status}.`, field);
};

builder.mutationFields((t) => ({
  createRecruitmentRound: t.prismaField({
    type: 'RecruitmentRound',
    description: 'An ADMIN opens a region’s round, with its SKD thresholds and stage weights (national defaults when left out).',
    authScopes: { roles: ['ADMIN'] },
    args: { input: t.arg({ type: RoundInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      if (!(await context.prisma.region.findUnique({ where: { id: input.regionId.id }, select: { id: true } }))) throw notFound('The region', 'input.regionId');
      if (input.registrationCloses < input.registrationOpens) throw new AppError('BAD_USER_INPUT', 'Registration cannot close before it opens.', 'input.registrationCloses');
      const weights = { skd: input.skdWeight ?? DEFAULT_STAGE_WEIGHTS.skd, interview: input.interviewWeight ?? DEFAULT_STAGE_WEIGHTS.interview };
      if (!isValidWeights(weights)) throw new AppError('BAD_USER_INPUT', 'The weights must be whole percentages summing to 100.', 'input.skdWeight');
      if (await context.prisma.recruitmentRound.findUnique({ where: { regionId_name: { regionId: input.regionId.id, name: input.name } }, select: { id: true } })) {
        throw new AppError('CONFLICT', 'The region has a round of this name already.', 'input.name');
      }
      const data = {
        regionId: input.regionId.id,
        year: input.year,
        name: input.name,
        registrationOpens: input.registrationOpens,
        registrationCloses: input.registrationCloses,
        objectionDays: input.objectionDays,
        twkThreshold: input.twkThreshold ?? DEFAULT_SKD_THRESHOLDS.twk,
        tiuThreshold: input.tiuThreshold ?? DEFAULT_SKD_THRESHOLDS.tiu,
        tkpThreshold: input.tkpThreshold ?? DEFAULT_SKD_THRESHOLDS.tkp,
        skdWeight: weights.skd,
        interviewWeight: weights.interview,
      };
      return commit(
        context,
        (tx) => tx.recruitmentRound.create({ ...query, data: { ...data, registrationOpens: new Date(data.registrationOpens), registrationCloses: new Date(data.registrationCloses) } }),
        (round) => ({ action: 'recruitmentRound.create', entityType: 'RecruitmentRound', entityId: round.id, after: data }),
      );
    },
  }),
  createJobOpening: t.prismaField({
    type: 'JobOpening',
    description: 'The agency’s administrator publishes a formasi in a round of its region.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: OpeningInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const agencyId = input.agencyId.id;
      if (!canAdministerAgency(context, agencyId)) throw new AppError('FORBIDDEN', 'Only an administrator of this agency publishes its openings.', 'input.agencyId');
      const [agency, round] = await Promise.all([
        context.prisma.agency.findUnique({ where: { id: agencyId }, select: { regionId: true } }),
        context.prisma.recruitmentRound.findUnique({ where: { id: input.roundId.id }, select: { regionId: true } }),
      ]);
      if (!agency) throw notFound('The agency', 'input.agencyId');
      if (!round) throw notFound('The round', 'input.roundId');
      if (round.regionId !== agency.regionId) throw new AppError('BAD_USER_INPUT', 'The round belongs to another region.', 'input.roundId');
      if (input.maxAge < input.minAge) throw new AppError('BAD_USER_INPUT', 'The maximum age is below the minimum.', 'input.maxAge');
      const schedule = [input.adminCheckOn, input.writtenTestOn, input.interviewOn, input.announcementOn];
      if (schedule.some((day, index) => index > 0 && day < schedule[index - 1]!)) throw new AppError('BAD_USER_INPUT', 'The stages must follow each other: check, written test, interview, announcement.', 'input.announcementOn');
      const data = { ...input, roundId: input.roundId.id, agencyId, majors: [...new Set(input.majors.map((major) => major.trim()))] };
      return commit(
        context,
        (tx) =>
          tx.jobOpening.create({
            ...query,
            data: { ...data, adminCheckOn: new Date(data.adminCheckOn), writtenTestOn: new Date(data.writtenTestOn), interviewOn: new Date(data.interviewOn), announcementOn: new Date(data.announcementOn) },
          }),
        (opening) => ({ action: 'jobOpening.create', entityType: 'JobOpening', entityId: opening.id, after: data }),
      );
    },
  }),
  recordAdministrativeCheck: t.prismaField({
    type: 'Application',
    description: 'The result of the administrative check; a rejection needs its reason (shown to the candidate).',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.globalID({ required: true, for: ApplicationNode }),
      passed: t.arg.boolean({ required: true }),
      rejectionReason: t.arg.string({ validate: text(5, 1000) }),
    },
    resolve: async (query, _parent, args, context) => {
      const application = await administeredApplication(context, args.applicationId.id, 'applicationId');
      assertStatus(application.status, ['SUBMITTED', 'ADMIN_PASSED', 'ADMIN_REJECTED'], 'applicationId');
      if (!args.passed && !args.rejectionReason) throw new AppError('BAD_USER_INPUT', 'A rejection needs its reason.', 'rejectionReason');
      const after = { status: args.passed ? ('ADMIN_PASSED' as const) : ('ADMIN_REJECTED' as const), rejectionReason: args.passed ? null : args.rejectionReason! };
      return commit(
        context,
        (tx) => tx.application.update({ ...query, where: { id: application.id }, data: { ...after, adminCheckedAt: new Date() } }),
        () => ({ action: 'application.adminCheck', entityType: 'Application', entityId: application.id, before: { status: application.status }, after }),
      );
    },
  }),
  recordSkdScores: t.prismaField({
    type: 'Application',
    description: 'The SKD sub-test scores; the application passes when every one meets the round’s threshold. Correctable until the announcement.',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.globalID({ required: true, for: ApplicationNode }),
      twk: t.arg.int({ required: true }),
      tiu: t.arg.int({ required: true }),
      tkp: t.arg.int({ required: true }),
    },
    resolve: async (query, _parent, args, context) => {
      const application = await administeredApplication(context, args.applicationId.id, 'applicationId');
      assertStatus(application.status, ['ADMIN_PASSED', 'SKD_PASSED', 'SKD_FAILED'], 'applicationId');
      if (application.opening.announcedAt) throw new AppError('INVALID_STATE', 'The results are announced already.', 'applicationId');
      const scores = { twk: args.twk, tiu: args.tiu, tkp: args.tkp };
      if (!isValidSkd(scores)) throw new AppError('BAD_USER_INPUT', `Scores must be whole numbers within TWK 0–${SKD_MAX.twk}, TIU 0–${SKD_MAX.tiu}, TKP 0–${SKD_MAX.tkp}.`, 'twk');
      const r = application.round;
      const status = passesSkd(scores, { twk: r.twkThreshold, tiu: r.tiuThreshold, tkp: r.tkpThreshold }) ? ('SKD_PASSED' as const) : ('SKD_FAILED' as const);
      const after = { status, twkScore: scores.twk, tiuScore: scores.tiu, tkpScore: scores.tkp, ...(status === 'SKD_FAILED' ? { interviewScore: null } : {}) };
      return commit(
        context,
        (tx) => tx.application.update({ ...query, where: { id: application.id }, data: { ...after, skdScoredAt: new Date() } }),
        () => ({ action: 'application.skd', entityType: 'Application', entityId: application.id, before: { status: application.status, twk: application.twkScore, tiu: application.tiuScore, tkp: application.tkpScore }, after }),
      );
    },
  }),
  recordInterviewScore: t.prismaField({
    type: 'Application',
    description: 'The interview/field test score (0–100) of one who passed the SKD. Correctable until the announcement.',
    authScopes: { authenticated: true },
    args: { applicationId: t.arg.globalID({ required: true, for: ApplicationNode }), score: t.arg.float({ required: true, validate: z.number().min(0, 'must be from 0 to 100').max(100, 'must be from 0 to 100') }) },
    resolve: async (query, _parent, args, context) => {
      const application = await administeredApplication(context, args.applicationId.id, 'applicationId');
      assertStatus(application.status, ['SKD_PASSED'], 'applicationId');
      if (application.opening.announcedAt) throw new AppError('INVALID_STATE', 'The results are announced already.', 'applicationId');
      const score = Math.round(args.score * 100) / 100;
      return commit(
        context,
        (tx) => tx.application.update({ ...query, where: { id: application.id }, data: { interviewScore: score } }),
        () => ({ action: 'application.interview', entityType: 'Application', entityId: application.id, before: { interviewScore: application.interviewScore }, after: { interviewScore: score } }),
      );
    },
  }),
  announceResults: t.prismaField({
    type: 'JobOpening',
    description:
      'Ranks the opening’s applicants (see rankApplicants: final score, ties by TKP, TIU, TWK, then the earlier submission) and announces: ' +
      'those ranked within the positions PASSED, the other SKD passers NOT_PASSED. Every SKD passer needs an interview score first.',
    authScopes: { authenticated: true },
    args: { openingId: t.arg.globalID({ required: true, for: JobOpeningNode }) },
    resolve: async (query, _parent, args, context) => {
      const opening = await context.prisma.jobOpening.findUnique({ where: { id: args.openingId.id }, include: { round: true } });
      if (!opening || !canAdministerAgency(context, opening.agencyId)) throw notFound('The opening', 'openingId');
      if (opening.announcedAt) throw new AppError('INVALID_STATE', 'The results are announced already.', 'openingId');
      const pending = await context.prisma.application.count({ where: { openingId: opening.id, OR: [{ status: { in: ['SUBMITTED', 'ADMIN_PASSED'] } }, { status: 'SKD_PASSED', interviewScore: null }] } });
      if (pending > 0) throw new AppError('INVALID_STATE', `${pending} application(s) are not fully scored yet.`, 'openingId');
      const ranked = await rankingOf(context, opening);
      const now = new Date();
      return commit(
        context,
        async (tx) => {
          for (const row of ranked) {
            const status = row.rank === null ? 'SKD_FAILED' : row.withinPositions ? 'PASSED' : 'NOT_PASSED';
            await tx.application.update({ where: { id: row.id }, data: { status, rank: row.rank, finalScore: row.finalScore, announcedAt: now } });
          }
          return tx.jobOpening.update({ ...query, where: { id: opening.id }, data: { announcedAt: now } });
        },
        () => ({ action: 'jobOpening.announce', entityType: 'JobOpening', entityId: opening.id, after: { ranking: ranked.filter((row) => row.rank !== null).map((row) => ({ applicationId: row.id, rank: row.rank, finalScore: row.finalScore })) } }),
      );
    },
  }),
  decideApplicationObjection: t.prismaField({
    type: 'ApplicationObjection',
    description: 'The agency’s administrator answers an objection. Accepting one against a rejection at the check passes the check.',
    authScopes: { authenticated: true },
    args: {
      objectionId: t.arg.id({ required: true }),
      accept: t.arg.boolean({ required: true }),
      response: t.arg.string({ required: true, validate: text(5, 2000) }),
    },
    resolve: async (query, _parent, args, context) => {
      const objection = await context.prisma.applicationObjection.findUnique({ where: { id: String(args.objectionId) }, include: { application: { include: { opening: { select: { agencyId: true } } } } } });
      if (!objection || !canAdministerAgency(context, objection.application.opening.agencyId)) throw notFound('The objection', 'objectionId');
      if (objection.status !== 'OPEN') throw new AppError('INVALID_STATE', 'The objection was decided already.', 'objectionId');
      const status = args.accept ? ('ACCEPTED' as const) : ('REJECTED' as const);
      const reopens = args.accept && objection.stage === 'ADMIN_CHECK';
      return commit(
        context,
        async (tx) => {
          if (reopens) await tx.application.update({ where: { id: objection.applicationId }, data: { status: 'ADMIN_PASSED', rejectionReason: null } });
          return tx.applicationObjection.update({ ...query, where: { id: objection.id }, data: { status, response: args.response, decidedAt: new Date() } });
        },
        () => ({ action: 'application.objectionDecided', entityType: 'ApplicationObjection', entityId: objection.id, before: { status: 'OPEN' }, after: { status, response: args.response, ...(reopens ? { applicationStatus: 'ADMIN_PASSED' } : {}) } }),
      );
    },
  }),
}));
