import type { PrismaClient } from './db/client.js';
import type { Role } from './generated/prisma/enums.js';
import type { LiveTopics } from './live/live-topics.js';
import type { PubSub } from './live/pubsub.js';
import type { Sessions } from './auth/sessions.js';
import type { LoginThrottle } from './auth/login-throttle.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mail/mailer.js';

/** Who is asking: the account behind a valid session, or null for an anonymous (PUBLIC) visitor. */
export interface Viewer {
  userId: string;
  sessionId: string;
  username: string;
  role: Role;
  agencyId: string | null;
  regionId: string | null;
  employeeId: string | null;
}

export interface Context {
  prisma: PrismaClient;
  pubsub: PubSub;
  /** Live aggregates shared by all subscribers of a topic. */
  live: LiveTopics;
  sessions: Sessions;
  loginThrottle: LoginThrottle;
  /** The server's log (where e-mail verification codes go when no mailer is configured). */
  logger: Logger;
  /** Outgoing e-mail (SMTP_URL); null when the installation sends none. */
  mailer: Mailer | null;
  viewer: Viewer | null;
  /** The caller's network address (the proxy's X-Forwarded-For when TRUST_PROXY is set). */
  clientAddress: string;
  /** Set-Cookie headers to send with the HTTP response (ignored over WebSocket). */
  responseCookies: string[];
  /** Per-request memo for access checks, so one request asks the database once per question. */
  memo: Map<string, Promise<unknown>>;
}

export function memoize<T>(context: Context, key: string, compute: () => Promise<T>): Promise<T> {
  let value = context.memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    context.memo.set(key, value);
  }
  return value;
}

/** A signed-in member of staff: any role but CANDIDATE (job applicants are their own audience). */
export function isStaff(context: Pick<Context, 'viewer'>): boolean {
  return context.viewer !== null && context.viewer.role !== 'CANDIDATE';
}
