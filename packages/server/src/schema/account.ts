import { z } from 'zod';
import { UNUSABLE_PASSWORD_HASH, verifyPassword } from '../auth/password.js';
import { AppError } from '../errors.js';
import { exportPersonalData } from '../privacy/personal-data.js';
import { builder } from './builder.js';
import type { Context } from '../context.js';
import type { User } from '../generated/prisma/client.js';

export const RoleEnum = builder.enumType('Role', {
  description:
    'ADMIN: the whole installation. AGENCY_ADMIN: one agency. LEADER: reads everything in a region. ' +
    'SUPERVISOR and EMPLOYEE: their own work and their subordinates. ANALYST: aggregates only. ' +
    'CANDIDATE: a job applicant, who registers on the public pages and sees only their own applications, never employee data. ' +
    'Anonymous visitors (PUBLIC) have no account.',
  values: ['ADMIN', 'AGENCY_ADMIN', 'LEADER', 'SUPERVISOR', 'EMPLOYEE', 'ANALYST', 'CANDIDATE'] as const,
});

export const UserNode = builder.prismaNode('User', {
  id: { field: 'id' },
  description: 'A user account.',
  // An account is seen by its owner, ADMINs, and the AGENCY_ADMIN of its agency.
  authScopes: (user, context) =>
    context.viewer !== null &&
    (context.viewer.role === 'ADMIN' ||
      context.viewer.userId === user.id ||
      (context.viewer.role === 'AGENCY_ADMIN' && user.agencyId !== null && context.viewer.agencyId === user.agencyId)),
  select: { id: true, agencyId: true },
  fields: (t) => ({
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    role: t.expose('role', { type: RoleEnum }),
    agency: t.relation('agency', { nullable: true }),
    region: t.relation('region', { nullable: true }),
    employee: t.relation('employee', { nullable: true }),
    disabled: t.boolean({ select: { disabledAt: true }, resolve: (user) => user.disabledAt !== null }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastLoginAt: t.expose('lastLoginAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The logged-in account, or null for an anonymous visitor.',
    resolve: (query, _parent, _args, context) =>
      context.viewer ? context.prisma.user.findUnique({ ...query, where: { id: context.viewer.userId } }) : null,
  }),
);

const LoginInput = builder.inputType('LoginInput', {
  fields: (t) => ({
    username: t.string({ required: true, validate: z.string().trim().min(1, 'is required').max(100, 'is too long') }),
    password: t.string({ required: true, validate: z.string().min(1, 'is required').max(1024, 'is too long') }),
  }),
});

export const LoginPayload = builder.objectRef<{ userId: string }>('LoginPayload').implement({
  fields: (t) => ({
    user: t.prismaField({
      type: 'User',
      resolve: (query, payload, _args, context) => context.prisma.user.findUniqueOrThrow({ ...query, where: { id: payload.userId } }),
    }),
  }),
});

/** Starts a session for the account in the response's cookie. */
export async function signIn(context: Context, user: User): Promise<{ userId: string }> {
  // A new session for every login, and the old one ended: a session id planted before login is useless after it.
  if (context.viewer) await context.sessions.end(context.viewer);
  const session = await context.sessions.start(user);
  context.responseCookies.push(session.setCookie);
  context.viewer = session.viewer;
  context.memo.clear();
  await context.prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { userId: user.id };
}

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    description: 'Checks the password and starts a session in an httpOnly cookie.',
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: async (_parent, { input }, context) => {
      const username = input.username.trim().toLowerCase();
      await context.loginThrottle.check(username, context.clientAddress);
      const user = await context.prisma.user.findUnique({ where: { username } });
      // Verify even for unknown usernames so response time does not reveal which accounts exist.
      const valid = await verifyPassword(input.password, user?.passwordHash ?? UNUSABLE_PASSWORD_HASH);
      if (!user || !valid) {
        await context.loginThrottle.failed(username, context.clientAddress);
        throw new AppError('INVALID_CREDENTIALS', 'The username or password is wrong.', 'input.password');
      }
      if (user.role === 'CANDIDATE' && !user.emailVerifiedAt) {
        throw new AppError('EMAIL_NOT_VERIFIED', 'Confirm your e-mail address with the code we sent before signing in.', 'input.username');
      }
      if (user.disabledAt) throw new AppError('ACCOUNT_DISABLED', 'This account has been disabled. Ask your administrator.', 'input.username');
      await context.loginThrottle.succeeded(username, context.clientAddress);
      return signIn(context, user);
    },
  }),
  logout: t.boolean({
    description: 'Ends the current session. True when there was one.',
    resolve: async (_parent, _args, context) => {
      if (!context.viewer) return false;
      context.responseCookies.push(await context.sessions.end(context.viewer));
      return true;
    },
  }),
  logoutEverywhere: t.int({
    description: "Ends every session of the logged-in account, on every device (open live connections close too). Returns how many ended.",
    authScopes: { signedIn: true },
    resolve: async (_parent, _args, context) => {
      const count = await context.sessions.endAll(context.viewer!.userId);
      context.responseCookies.push(context.sessions.clearingCookie());
      return count;
    },
  }),
}));

builder.queryField('myPersonalData', (t) =>
  t.string({
    description:
      'Everything the product holds about the logged-in person, as one JSON document (the right of access under UU 27/2022 PDP). ' +
      'Only ever the caller\'s own data.',
    authScopes: { signedIn: true },
    resolve: async (_parent, _args, context) => JSON.stringify(await exportPersonalData(context, context.viewer!), null, 2),
  }),
);
