import { z } from 'zod';
import { UNUSABLE_PASSWORD_HASH, verifyPassword } from '../auth/password.js';
import { AppError } from '../errors.js';
import { builder } from './builder.js';

const Role = builder.enumType('Role', {
  description:
    'ADMIN: the whole installation. AGENCY_ADMIN: one agency. LEADER: reads everything in a region. ' +
    'SUPERVISOR and EMPLOYEE: their own work and their subordinates. ANALYST: aggregates only. ' +
    'Anonymous visitors (PUBLIC) have no account.',
  values: ['ADMIN', 'AGENCY_ADMIN', 'LEADER', 'SUPERVISOR', 'EMPLOYEE', 'ANALYST'] as const,
});

export const UserNode = builder.prismaNode('User', {
  id: { field: 'id' },
  description: 'A user account.',
  authScopes: (user, context) => context.viewer !== null && (context.viewer.role === 'ADMIN' || context.viewer.userId === user.id),
  select: { id: true },
  fields: (t) => ({
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    role: t.expose('role', { type: Role }),
    agency: t.relation('agency', { nullable: true }),
    region: t.relation('region', { nullable: true }),
    employee: t.relation('employee', { nullable: true }),
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

const LoginPayload = builder.objectRef<{ userId: string }>('LoginPayload').implement({
  fields: (t) => ({
    user: t.prismaField({
      type: 'User',
      resolve: (query, payload, _args, context) => context.prisma.user.findUniqueOrThrow({ ...query, where: { id: payload.userId } }),
    }),
  }),
});

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    description: 'Checks the password and starts a session in an httpOnly cookie.',
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: async (_parent, { input }, context) => {
      const user = await context.prisma.user.findUnique({ where: { username: input.username.trim().toLowerCase() } });
      // Verify even for unknown usernames so response time does not reveal which accounts exist.
      const valid = await verifyPassword(input.password, user?.passwordHash ?? UNUSABLE_PASSWORD_HASH);
      if (!user || !valid) throw new AppError('INVALID_CREDENTIALS', 'The username or password is wrong.', 'input.password');
      if (user.disabledAt) throw new AppError('ACCOUNT_DISABLED', 'This account has been disabled. Ask your administrator.', 'input.username');
      if (context.viewer) await context.sessions.end(context.viewer.sessionId);
      const session = await context.sessions.start(user);
      context.responseCookies.push(session.setCookie);
      context.viewer = session.viewer;
      context.memo.clear();
      await context.prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
      return { userId: user.id };
    },
  }),
  logout: t.boolean({
    description: 'Ends the current session. True when there was one.',
    resolve: async (_parent, _args, context) => {
      if (!context.viewer) return false;
      context.responseCookies.push(await context.sessions.end(context.viewer.sessionId));
      return true;
    },
  }),
}));
