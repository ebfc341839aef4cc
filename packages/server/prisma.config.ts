import { defineConfig } from 'prisma/config';

// Used by the Prisma CLI (generate; migrate deploy where its native engine is available).
// The server itself resolves the database from DATA_DIR / DATABASE_URL at run time.
export default defineConfig({
  schema: 'prisma/',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/pantau' },
});
