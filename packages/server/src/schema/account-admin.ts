// Administration of accounts: who may sign in, with which role and scope. ADMINs manage every
// account; an AGENCY_ADMIN manages the SUPERVISOR and EMPLOYEE accounts of their own agency.
import { z } from 'zod';
import { checkPasswordStrength, USERNAME_PATTERN } from '../auth/password-rules.js';
import { generatePassword, hashPassword, verifyPassword } from '../auth/password.js';
import { recordAudit } from '../audit/log.js';
import type { Context } from '../context.js';
import { AppError, notFound } from '../errors.js';
import type { Role } from '../generated/prisma/enums.js';
import { RoleEnum, UserNode } from './account.js';
import { AgencyNode } from './agency.js';
import { builder } from './builder.js';
import { EmployeeNode } from './employee.js';
import { RegionNode } from './region.js';

const AGENCY_ROLES: readonly Role[] = ['AGENCY_ADMIN', 'SUPERVISOR', 'EMPLOYEE'];
const REGION_ROLES: readonly Role[] = ['LEADER', 'ANALYST'];
/** What an AGENCY_ADMIN may hand out. */
const AGENCY_ADMIN_GRANTS: readonly Role[] = ['SUPERVISOR', 'EMPLOYEE'];

function accountWhere(context: Context, search: string | null | undefined) {
  const text = search?.trim();
  return {
    ...(context.viewer?.role === 'AGENCY_ADMIN' ? { agencyId: context.viewer.agencyId ?? '' } : {}),
    ...(text
      ? { OR: [{ username: { contains: text.toLowerCase() } }, { displayName: { contains: text, mode: 'insensitive' as const } }] }
      : {}),
  };
}

builder.queryField('accounts', (t) =>
  t.prismaConnection({
    type: 'User',
    cursor: 'id',
    description: 'Accounts by username: all of them for an ADMIN, those of their agency for an AGENCY_ADMIN.',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { search: t.arg.string({ description: 'Part of the username or display name.' }) },
    totalCount: (_parent, args, context) => context.prisma.user.count({ where: accountWhere(context, args.search) }),
    resolve: (query, _parent, args, context) =>
      context.prisma.user.findMany({ ...query, where: accountWhere(context, args.search), orderBy: { username: 'asc' } }),
  }),
);

const passwordRule = z.string().max(1024, 'must be at most 1024 characters long');

const CreateAccountInput = builder.inputType('CreateAccountInput', {
  fields: (t) => ({
    username: t.string({ required: true, validate: z.string().trim().toLowerCase().regex(USERNAME_PATTERN, 'use 3–64 of a-z 0-9 . _ -') }),
    displayName: t.string({ required: true, validate: z.string().trim().min(2, 'must be at least 2 characters').max(200, 'must be at most 200 characters') }),
    role: t.field({ type: RoleEnum, required: true }),
    agencyId: t.globalID({ for: AgencyNode, description: 'Required for AGENCY_ADMIN, SUPERVISOR and EMPLOYEE.' }),
    regionId: t.globalID({ for: RegionNode, description: 'Required for LEADER and ANALYST.' }),
    employeeId: t.globalID({ for: EmployeeNode, description: 'The employee who signs in with it (same agency).' }),
    password: t.string({ validate: passwordRule, description: 'Left out: one is generated and returned once.' }),
  }),
});

const ChangeAccountRoleInput = builder.inputType('ChangeAccountRoleInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: UserNode }),
    role: t.field({ type: RoleEnum, required: true }),
    agencyId: t.globalID({ for: AgencyNode }),
    regionId: t.globalID({ for: RegionNode }),
  }),
});

const AccountPasswordPayload = builder.objectRef<{ userId: string; generatedPassword: string | null }>('AccountPasswordPayload').implement({
  description: 'An account whose password was just set; a generated password is shown here once and never again.',
  fields: (t) => ({
    account: t.prismaField({
      type: 'User',
      resolve: (query, payload, _args, context) => context.prisma.user.findUniqueOrThrow({ ...query, where: { id: payload.userId } }),
    }),
    generatedPassword: t.string({ nullable: true, resolve: (payload) => payload.generatedPassword }),
  }),
});

interface Scope {
  agencyId: string | null;
  regionId: string | null;
}

/** The scope a role needs, from the input; refuses what the viewer may not grant. */
async function checkRoleAndScope(context: Context, role: Role, input: { agencyId?: { id: string } | null; regionId?: { id: string } | null }): Promise<Scope> {
  const viewer = context.viewer!;
  if (role === 'CANDIDATE') throw new AppError('BAD_USER_INPUT', 'Candidates register themselves on the public recruitment page.', 'input.role');
  if (viewer.role === 'AGENCY_ADMIN') {
    if (!AGENCY_ADMIN_GRANTS.includes(role)) throw new AppError('FORBIDDEN', 'An agency administrator may give only the SUPERVISOR or EMPLOYEE role.', 'input.role');
    if (input.agencyId && input.agencyId.id !== viewer.agencyId) throw new AppError('FORBIDDEN', 'An agency administrator may manage only accounts of their own agency.', 'input.agencyId');
    return { agencyId: viewer.agencyId, regionId: null };
  }
  if (AGENCY_ROLES.includes(role)) {
    if (!input.agencyId) throw new AppError('BAD_USER_INPUT', `input.agencyId: is required for the role ${role}.`, 'input.agencyId');
    if (!(await context.prisma.agency.findUnique({ where: { id: input.agencyId.id }, select: { id: true } }))) throw notFound('The agency', 'input.agencyId');
    return { agencyId: input.agencyId.id, regionId: null };
  }
  if (REGION_ROLES.includes(role)) {
    if (!input.regionId) throw new AppError('BAD_USER_INPUT', `input.regionId: is required for the role ${role}.`, 'input.regionId');
    if (!(await context.prisma.region.findUnique({ where: { id: input.regionId.id }, select: { id: true } }))) throw notFound('The region', 'input.regionId');
    return { agencyId: null, regionId: input.regionId.id };
  }
  return { agencyId: null, regionId: null };
}

/** The account, if the viewer may manage it (AGENCY_ADMIN: SUPERVISOR/EMPLOYEE accounts of their agency). */
async function managedAccount(context: Context, id: string, field: string) {
  const account = await context.prisma.user.findUnique({ where: { id } });
  const viewer = context.viewer!;
  const visible = account && (viewer.role === 'ADMIN' || account.agencyId === viewer.agencyId);
  if (!account || !visible) throw notFound('The account', field);
  if (viewer.role === 'AGENCY_ADMIN' && !AGENCY_ADMIN_GRANTS.includes(account.role)) {
    throw new AppError('FORBIDDEN', 'An agency administrator may manage only SUPERVISOR and EMPLOYEE accounts.', field);
  }
  return account;
}

function passwordOrGenerated(password: string | null | undefined, username: string, field: string): { password: string; generated: boolean } {
  if (!password) return { password: generatePassword(), generated: true };
  const weakness = checkPasswordStrength(password, username);
  if (weakness) throw new AppError('BAD_USER_INPUT', `${field}: ${weakness}.`, field);
  return { password, generated: false };
}

const revokeSessions = (tx: Pick<Context['prisma'], 'session'>, userId: string, except?: string) =>
  tx.session.updateMany({ where: { userId, revokedAt: null, ...(except ? { id: { not: except } } : {}) }, data: { revokedAt: new Date() } });

/** After the sessions are ended (and committed), their open WebSockets close too, on every server process. */
const closeLiveConnections = (context: Context, userId: string, exceptSessionId?: string) =>
  context.pubsub.publish('auth.sessionsRevoked', { userId, ...(exceptSessionId ? { exceptSessionId } : {}) });

builder.mutationFields((t) => ({
  createAccount: t.field({
    type: AccountPasswordPayload,
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: CreateAccountInput, required: true }) },
    resolve: async (_parent, { input }, context) => {
      const username = input.username.trim().toLowerCase();
      const scope = await checkRoleAndScope(context, input.role, input);
      if (input.employeeId) {
        const employee = await context.prisma.employee.findUnique({ where: { id: input.employeeId.id }, select: { agencyId: true } });
        if (!employee || employee.agencyId !== scope.agencyId) {
          throw new AppError('BAD_USER_INPUT', 'input.employeeId: the employee must work in the account\'s agency.', 'input.employeeId');
        }
        if (await context.prisma.user.findUnique({ where: { employeeId: input.employeeId.id }, select: { id: true } })) {
          throw new AppError('CONFLICT', 'input.employeeId: this employee already has an account.', 'input.employeeId');
        }
      }
      if (await context.prisma.user.findUnique({ where: { username }, select: { id: true } })) {
        throw new AppError('CONFLICT', 'input.username: this username is taken.', 'input.username');
      }
      const { password, generated } = passwordOrGenerated(input.password, username, 'input.password');
      const passwordHash = await hashPassword(password);
      const data = { username, displayName: input.displayName.trim(), role: input.role, ...scope, employeeId: input.employeeId?.id ?? null };
      const user = await context.prisma.$transaction(async (tx) => {
        const created = await tx.user.create({ data: { ...data, passwordHash } });
        await recordAudit(tx, context.viewer, { action: 'account.create', entityType: 'User', entityId: created.id, after: data });
        return created;
      });
      return { userId: user.id, generatedPassword: generated ? password : null };
    },
  }),
  setAccountDisabled: t.prismaField({
    type: 'User',
    description: 'Disables an account (ending all its sessions at once) or enables it again.',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { id: t.arg.globalID({ required: true, for: UserNode }), disabled: t.arg.boolean({ required: true }) },
    resolve: async (query, _parent, args, context) => {
      const id = args.id.id;
      if (id === context.viewer!.userId) throw new AppError('FORBIDDEN', 'You cannot disable your own account.', 'id');
      const account = await managedAccount(context, id, 'id');
      const updated = await context.prisma.$transaction(async (tx) => {
        const changed = await tx.user.update({ ...query, where: { id }, data: { disabledAt: args.disabled ? (account.disabledAt ?? new Date()) : null } });
        if (args.disabled) await revokeSessions(tx, id);
        await recordAudit(tx, context.viewer, {
          action: args.disabled ? 'account.disable' : 'account.enable',
          entityType: 'User',
          entityId: id,
          before: { disabled: account.disabledAt !== null },
          after: { disabled: args.disabled },
        });
        return changed;
      });
      if (args.disabled) closeLiveConnections(context, id);
      return updated;
    },
  }),
  resetAccountPassword: t.field({
    type: AccountPasswordPayload,
    description: 'Sets a new password (given, or generated and returned once) and ends the account\'s sessions.',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { id: t.arg.globalID({ required: true, for: UserNode }), password: t.arg.string({ validate: passwordRule }) },
    resolve: async (_parent, args, context) => {
      const id = args.id.id;
      const account = await managedAccount(context, id, 'id');
      const { password, generated } = passwordOrGenerated(args.password, account.username, 'password');
      const passwordHash = await hashPassword(password);
      await context.prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id }, data: { passwordHash } });
        await revokeSessions(tx, id);
        await recordAudit(tx, context.viewer, { action: 'account.resetPassword', entityType: 'User', entityId: id, after: { passwordChanged: true } });
      });
      closeLiveConnections(context, id);
      return { userId: id, generatedPassword: generated ? password : null };
    },
  }),
  changeAccountRole: t.prismaField({
    type: 'User',
    description: 'Gives an account another role and scope.',
    authScopes: { roles: ['ADMIN', 'AGENCY_ADMIN'] },
    args: { input: t.arg({ type: ChangeAccountRoleInput, required: true }) },
    resolve: async (query, _parent, { input }, context) => {
      const id = input.id.id;
      if (id === context.viewer!.userId) throw new AppError('FORBIDDEN', 'You cannot change your own role.', 'input.role');
      const account = await managedAccount(context, id, 'input.id');
      const scope = await checkRoleAndScope(context, input.role, input);
      // A link to an employee outside the new agency would let the account act for a stranger.
      const employeeId = account.employeeId && scope.agencyId === account.agencyId ? account.employeeId : null;
      const updated = await context.prisma.$transaction(async (tx) => {
        const changed = await tx.user.update({ ...query, where: { id }, data: { role: input.role, ...scope, employeeId } });
        // Sessions carry the role they were started with; the new one applies at the next sign-in.
        await revokeSessions(tx, id);
        await recordAudit(tx, context.viewer, {
          action: 'account.changeRole',
          entityType: 'User',
          entityId: id,
          before: { role: account.role, agencyId: account.agencyId, regionId: account.regionId, employeeId: account.employeeId },
          after: { role: input.role, ...scope, employeeId },
        });
        return changed;
      });
      closeLiveConnections(context, id);
      return updated;
    },
  }),
  changeOwnPassword: t.boolean({
    description: 'Changes the signed-in user\'s password; their other sessions end.',
    authScopes: { signedIn: true },
    args: {
      currentPassword: t.arg.string({ required: true, validate: passwordRule }),
      newPassword: t.arg.string({ required: true, validate: passwordRule }),
    },
    resolve: async (_parent, args, context) => {
      const viewer = context.viewer!;
      const user = await context.prisma.user.findUniqueOrThrow({ where: { id: viewer.userId } });
      if (!(await verifyPassword(args.currentPassword, user.passwordHash))) {
        throw new AppError('INVALID_CREDENTIALS', 'The current password is wrong.', 'currentPassword');
      }
      const weakness = checkPasswordStrength(args.newPassword, user.username);
      if (weakness) throw new AppError('BAD_USER_INPUT', `newPassword: ${weakness}.`, 'newPassword');
      const passwordHash = await hashPassword(args.newPassword);
      await context.prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
        await revokeSessions(tx, user.id, viewer.sessionId);
        await recordAudit(tx, viewer, { action: 'account.changeOwnPassword', entityType: 'User', entityId: user.id, after: { passwordChanged: true } });
      });
      closeLiveConnections(context, user.id, viewer.sessionId);
      return true;
    },
  }),
}));
