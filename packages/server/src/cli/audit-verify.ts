// `pnpm audit:verify`: checks the whole audit trail's hash chain; exits 1 when it is broken.
import { verifyAuditChain } from '../audit/log.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { AppError } from '../errors.js';
import { createLogger } from '../logger.js';

try {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    openTimeoutMs: config.DB_OPEN_TIMEOUT_SECONDS * 1000,
    logger: createLogger('warn'),
  });
  const result = await verifyAuditChain(database.prisma);
  await database.close();
  if (result.ok) {
    console.log(`Audit trail intact: ${result.checked} entries verified.`);
  } else {
    console.error(`Audit trail BROKEN at entry ${result.broken!.id}: ${result.broken!.reason}. ${result.checked} entries before it verified.`);
    process.exit(1);
  }
} catch (error) {
  console.error(error instanceof AppError ? `Cannot verify: ${error.message}` : error);
  process.exit(error instanceof AppError ? 2 : 1);
}
