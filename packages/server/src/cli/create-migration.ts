// `pnpm db:migration:create <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the database from the previous migrations to schema.prisma.
import { createMigration } from '../db/schema-engine.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: pnpm db:migration:create <name>   (lower-case letters, digits and _; e.g. add_service_catalogue)');
  process.exit(2);
}
const created = await createMigration(name);
console.log(created ? `Created ${created.directory}` : 'schema.prisma matches the migrations: nothing to create.');
