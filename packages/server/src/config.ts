// Configuration comes from environment variables only, validated once at start so that a typo
// fails loudly with the variable's name instead of surfacing later as odd behaviour.
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  REDIS_PREFIX: z.string().regex(/^[\w.-]{1,40}$/, 'use up to 40 letters, digits, _ . or -').default('pantau'),
  SMTP_URL: z
    .string()
    .refine((value) => {
      try {
        const url = new URL(value);
        return ['smtp:', 'smtps:'].includes(url.protocol) && url.hostname !== '';
      } catch {
        return false;
      }
    }, 'must be an smtp:// or smtps:// URL with a host (smtp://user:password@host:587)')
    .optional(),
  /** Sender of outgoing e-mail: `Name <address>` or a bare address, on one line. */
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'must be an address or "Name <address>" on one line')
    .default('Pantau Kinerja <no-reply@localhost>'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 90).default(12),
  COOKIE_SECURE: booleanFlag.default(false),
  TRUST_PROXY: booleanFlag.default(false),
  RATE_LIMIT_ACCOUNT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  RATE_LIMIT_ADDRESS_PER_MINUTE: z.coerce.number().int().positive().default(300),
  DEMO_DATA: z.enum(['small', 'large', 'off']).default('small'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  WEB_DIST: z.string().optional(),
  DB_OPEN_TIMEOUT_SECONDS: z.coerce.number().positive().default(60),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().positive().default(10),
  WS_MAX_BUFFERED_BYTES: z.coerce.number().int().min(1024, 'must be at least 1024 (bytes)').default(4 * 1024 * 1024),
  /** Largest GraphQL request body (the service-events CSV travels as a 20 MB string). */
  GRAPHQL_MAX_BODY_BYTES: z.coerce.number().int().min(65536, 'must be at least 65536 (bytes)').default(25 * 1024 * 1024),
});

export type Config = Omit<z.infer<typeof schema>, 'DATA_DIR'> & { DATA_DIR: string };

/** Parses the environment; relative paths are taken from where the user ran `pnpm`, not from the package folder. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new AppError('CONFIG_INVALID', `Invalid configuration (see the README's Configuration section):\n${problems}`);
  }
  const config = parsed.data;
  if (config.NODE_ENV === 'production' && !config.SESSION_SECRET) {
    throw new AppError('CONFIG_INVALID', 'Invalid configuration:\n  SESSION_SECRET: required when NODE_ENV=production');
  }
  const base = env.INIT_CWD ?? process.cwd();
  return { ...config, DATA_DIR: isAbsolute(config.DATA_DIR) ? config.DATA_DIR : resolve(base, config.DATA_DIR) };
}
