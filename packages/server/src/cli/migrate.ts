// `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in
// DATA_DIR (the server also does this at every start).
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
    logger: createLogger(config.LOG_LEVEL),
  });
  await database.close();
} catch (error) {
  console.error(error instanceof AppError ? `Cannot migrate: ${error.message}` : error);
  process.exit(error instanceof AppError ? 2 : 1);
}
