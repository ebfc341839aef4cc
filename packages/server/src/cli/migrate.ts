// `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in
// DATA_DIR (the server also does this at every start; opening the database is all it takes).
import { withDatabase } from './with-database.js';

await withDatabase('Cannot migrate', async () => {});
