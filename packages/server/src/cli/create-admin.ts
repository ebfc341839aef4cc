// `pnpm create-admin <username> [display name]`: creates the first ADMIN account (or resets an
// existing admin's password). The password is read from ADMIN_PASSWORD or generated and printed.
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../auth/password.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { AppError } from '../errors.js';
import { createLogger } from '../logger.js';
import { checkPasswordStrength, USERNAME_PATTERN } from '../auth/password-rules.js';

const [username, ...nameParts] = process.argv.slice(2);
if (!username || !USERNAME_PATTERN.test(username)) {
  console.error('Usage: pnpm create-admin <username> [display name]   (username: 3–64 of a-z 0-9 . _ -)');
  process.exit(2);
}
const password = process.env.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
const weakness = checkPasswordStrength(password, username);
if (weakness) {
  console.error(`ADMIN_PASSWORD ${weakness}`);
  process.exit(2);
}
try {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    openTimeoutMs: config.DB_OPEN_TIMEOUT_SECONDS * 1000,
    logger: createLogger('warn'),
  });
  const existing = await database.prisma.user.findUnique({ where: { username } });
  if (existing && existing.role !== 'ADMIN') {
    await database.close();
    throw new AppError('CONFLICT', `The account ${username} exists and is not an administrator.`);
  }
  const passwordHash = await hashPassword(password);
  await database.prisma.user.upsert({
    where: { username },
    create: { username, displayName: nameParts.join(' ') || 'Administrator', passwordHash, role: 'ADMIN' },
    update: { passwordHash, disabledAt: null },
  });
  await database.close();
  console.log(`${existing ? 'Reset the password of' : 'Created'} administrator ${username}.`);
  if (!process.env.ADMIN_PASSWORD) console.log(`Password: ${password}   (shown once; change it after logging in)`);
} catch (error) {
  console.error(error instanceof AppError ? `Cannot create the administrator: ${error.message}` : error);
  process.exit(error instanceof AppError ? 2 : 1);
}
