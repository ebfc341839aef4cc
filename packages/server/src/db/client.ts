import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type { PrismaClient };
export type Database = PrismaClient;

/**
 * `maxConnections` is 1 for the embedded database: PGlite runs one query at a time anyway, and a
 * single connection keeps transactions from interleaving.
 */
export function createPrismaClient(connectionString: string, maxConnections: number): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: maxConnections }) });
}
