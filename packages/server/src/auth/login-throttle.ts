// Slows down password guessing: a few failures for one username from one address lock that pair
// for a while, and many failures for one username from anywhere lock the account for a while.
// A success clears the pair's count. Counters live in Redis when configured (shared by processes).
import type { Redis } from 'ioredis';
import { AppError } from '../errors.js';
import { createLimiter } from '../http/protection.js';

export const LOGIN_LIMITS = {
  perPair: { failures: 5, windowSeconds: 15 * 60 },
  perAccount: { failures: 20, windowSeconds: 60 * 60 },
};

export class LoginThrottle {
  private readonly perPair;
  private readonly perAccount;

  constructor(redis?: Redis, keyPrefix?: string) {
    this.perPair = createLimiter(LOGIN_LIMITS.perPair.failures, LOGIN_LIMITS.perPair.windowSeconds, 'login-pair', redis, keyPrefix);
    this.perAccount = createLimiter(LOGIN_LIMITS.perAccount.failures, LOGIN_LIMITS.perAccount.windowSeconds, 'login-account', redis, keyPrefix);
  }

  /** Throws ACCOUNT_LOCKED, saying for how long, when either counter is used up. */
  async check(username: string, address: string): Promise<void> {
    const [pair, account] = await Promise.all([this.perPair.get(`${username}|${address}`), this.perAccount.get(username)]);
    const locked = [pair, account].filter((state) => state !== null && state.remainingPoints <= 0);
    if (locked.length === 0) return;
    const minutes = Math.ceil(Math.max(...locked.map((state) => state!.msBeforeNext)) / 60_000);
    throw new AppError(
      'ACCOUNT_LOCKED',
      `Too many failed logins for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an administrator to reset the password.`,
      'input.username',
    );
  }

  async failed(username: string, address: string): Promise<void> {
    await Promise.all([
      this.perPair.penalty(`${username}|${address}`, 1),
      this.perAccount.penalty(username, 1),
    ]);
  }

  async succeeded(username: string, address: string): Promise<void> {
    await this.perPair.delete(`${username}|${address}`);
  }
}
