import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, inject } from 'vitest';
import { openDatabase, installDatabaseHandle, type DatabaseHandle } from '@/db/client';
import { loadViewer } from '@/lib/data/viewer';
import { users } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { databaseUrl, onTestServer } from './template-databases';

export const driver = (process.env.ONEWINDOW_TEST_DRIVER ?? 'pglite') as 'pglite' | 'postgres';

/**
 * Gives each test file a fresh, migrated and seeded database — an in-memory PGlite, or a
 * new database on the PostgreSQL server of TEST_DATABASE_URL (dropped afterwards) — and
 * installs it as the process database the data layer uses. The database is a copy of one the
 * global setup (global-setup.ts) built once for the run, seeded unless `seed: false`.
 */
export function setUpTestDatabase(options: { seed?: boolean } = {}) {
  const state = {} as { handle: DatabaseHandle; drop?: () => Promise<void> };
  beforeAll(async () => {
    // The seed's demo files are in the run's folder; files the tests store go there too, never to data/.
    process.env.UPLOAD_DIR = inject('uploadDir');
    const template = inject('templates')[(options.seed ?? true) ? 'seeded' : 'unseeded'];
    // Opened with migrations on: a no-op on an up-to-date copy, and what a file needs if it is not.
    if (driver === 'postgres') {
      const name = `ow_test_${randomBytes(6).toString('hex')}`;
      await onTestServer(`create database ${name} template ${template}`);
      state.drop = () => onTestServer(`drop database if exists ${name} with (force)`);
      state.handle = await openDatabase({ url: databaseUrl(name), poolMax: 30 });
    } else {
      const dump = new Blob([await readFile(template)]);
      state.handle = await openDatabase({ dataDir: 'memory://', loadDataDir: dump });
    }
    installDatabaseHandle(state.handle);
  });
  afterAll(async () => {
    installDatabaseHandle(undefined);
    await state.handle?.close();
    await state.drop?.();
  });
  return {
    get db() {
      return state.handle.db;
    },
    /** The viewer of a seeded account, loaded the way a request loads it. */
    async viewerOf(email: string) {
      const [user] = await state.handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (!user) throw new Error(`no seeded user ${email}`);
      return loadViewer(state.handle.db, user.id);
    },
  };
}
