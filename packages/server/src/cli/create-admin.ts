// `pnpm create-admin <username> [display name]`: creates the first ADMIN account (or resets an
// existing admin's password). The password is read from ADMIN_PASSWORD or generated and printed.
import { randomBytes } from 'node:crypto';
import { recordAudit } from '../audit/log.js';
import { hashPassword } from '../auth/password.js';
import { checkPasswordStrength, USERNAME_PATTERN } from '../auth/password-rules.js';
import { AppError } from '../errors.js';
import { withDatabase } from './with-database.js';

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

await withDatabase(
  'Cannot create the administrator',
  async ({ prisma }) => {
    const existing = await prisma.user.findUnique({ where: { username } });
    if (existing && existing.role !== 'ADMIN') throw new AppError('CONFLICT', `The account ${username} exists and is not an administrator.`);
    const passwordHash = await hashPassword(password);
    await prisma.$transaction(async (tx) => {
      const user = await tx.user.upsert({
        where: { username },
        create: { username, displayName: nameParts.join(' ') || 'Administrator', passwordHash, role: 'ADMIN' },
        update: { passwordHash, disabledAt: null },
      });
      await recordAudit(tx, null, {
        action: existing ? 'account.resetAdminPassword' : 'account.createAdmin',
        entityType: 'User',
        entityId: user.id,
        after: { username, role: 'ADMIN', via: 'command line' },
      });
    });
    console.log(`${existing ? 'Reset the password of' : 'Created'} administrator ${username}.`);
    if (!process.env.ADMIN_PASSWORD) console.log(`Password: ${password}   (shown once; change it after logging in)`);
  },
  'warn',
);
