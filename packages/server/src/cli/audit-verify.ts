// `pnpm audit:verify`: checks the whole audit trail's hash chain; exits 1 when it is broken.
import { verifyAuditChain } from '../audit/log.js';
import { withDatabase } from './with-database.js';

await withDatabase(
  'Cannot verify',
  async (database) => {
    const result = await verifyAuditChain(database.prisma);
    if (result.ok) {
      console.log(`Audit trail intact: ${result.checked} entries verified.`);
      return 0;
    }
    console.error(`Audit trail BROKEN at entry ${result.broken!.id}: ${result.broken!.reason}. ${result.checked} entries before it verified.`);
    return 1;
  },
  'warn',
);
