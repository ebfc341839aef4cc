// Server-side sessions behind an httpOnly cookie. The cookie holds a random token; the database
// keeps only its HMAC (keyed by SESSION_SECRET), so neither a copy of the database nor of the
// cookie jar alone lets anyone forge a session.
import { createHmac, randomBytes } from 'node:crypto';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { PrismaClient } from '../db/client.js';
import type { User } from '../generated/prisma/client.js';
import type { Viewer } from '../context.js';
import type { PubSub } from '../live/pubsub.js';

export const SESSION_COOKIE = 'pk_session';

export interface SessionOptions {
  secret: string;
  ttlHours: number;
  secureCookie: boolean;
}

export class Sessions {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly pubsub: PubSub,
    private readonly options: SessionOptions,
  ) {}

  private digest(token: string): string {
    return createHmac('sha256', this.options.secret).update(token).digest('base64url');
  }

  /** Starts a session; returns its viewer and the Set-Cookie header that carries it. */
  async start(user: User): Promise<{ viewer: Viewer; setCookie: string }> {
    const token = randomBytes(32).toString('base64url');
    const maxAgeSeconds = Math.round(this.options.ttlHours * 3600);
    const session = await this.prisma.session.create({
      data: { userId: user.id, tokenHash: this.digest(token), expiresAt: new Date(Date.now() + maxAgeSeconds * 1000) },
    });
    const setCookie = stringifySetCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: this.options.secureCookie,
      maxAge: maxAgeSeconds,
    });
    return { viewer: viewerOf(user, session.id), setCookie };
  }

  /** Ends a session and returns the Set-Cookie header that clears the cookie. */
  async end(viewer: Pick<Viewer, 'userId' | 'sessionId'>): Promise<string> {
    await this.prisma.session.updateMany({ where: { id: viewer.sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
    this.pubsub.publish('auth.sessionsRevoked', { userId: viewer.userId, sessionId: viewer.sessionId });
    return this.clearingCookie();
  }

  /** Ends every session of an account at once (logout everywhere, account disabled); returns how many. */
  async endAll(userId: string): Promise<number> {
    const { count } = await this.prisma.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    this.pubsub.publish('auth.sessionsRevoked', { userId });
    return count;
  }

  clearingCookie(): string {
    return stringifySetCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', secure: this.options.secureCookie, maxAge: 0 });
  }

  /** The viewer behind a Cookie header, or null when it carries no live session of an enabled account. */
  async viewerFromCookieHeader(cookieHeader: string | null | undefined): Promise<Viewer | null> {
    const token = cookieHeader ? parseCookie(cookieHeader)[SESSION_COOKIE] : undefined;
    if (!token) return null;
    const session = await this.prisma.session.findUnique({
      where: { tokenHash: this.digest(token) },
      include: { user: true },
    });
    if (!session || session.revokedAt || session.expiresAt <= new Date() || session.user.disabledAt) return null;
    return viewerOf(session.user, session.id);
  }
}

function viewerOf(user: User, sessionId: string): Viewer {
  return {
    userId: user.id,
    sessionId,
    username: user.username,
    role: user.role,
    agencyId: user.agencyId,
    regionId: user.regionId,
    employeeId: user.employeeId,
  };
}
