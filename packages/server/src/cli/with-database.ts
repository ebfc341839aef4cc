// The frame of every command-line tool that works on the database: configuration from the
// environment, the database opened (migrations applied) and always closed, and errors a user can
// act on printed plainly with exit code 2 (anything unexpected: 1, with its stack).
import { loadConfig } from '../config.js';
import { openDatabase, type OpenDatabase } from '../db/database.js';
import { AppError } from '../errors.js';
import { createLogger } from '../logger.js';

export async function withDatabase(failurePrefix: string, work: (database: OpenDatabase) => Promise<number | void>, logLevel?: string): Promise<never> {
  let exitCode = 0;
  try {
    const config = loadConfig();
    const database = await openDatabase({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      openTimeoutMs: config.DB_OPEN_TIMEOUT_SECONDS * 1000,
      logger: createLogger(logLevel ?? config.LOG_LEVEL),
    });
    try {
      exitCode = (await work(database)) ?? 0;
    } finally {
      await database.close();
    }
  } catch (error) {
    console.error(error instanceof AppError ? `${failurePrefix}: ${error.message}` : error);
    exitCode = error instanceof AppError ? 2 : 1;
  }
  process.exit(exitCode);
}
