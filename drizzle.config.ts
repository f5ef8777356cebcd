import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates migrations here; they are applied by drizzle-orm's migrator at
// start (db/migrate.ts), because drizzle-kit's PGlite driver cannot load pg_trgm.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
