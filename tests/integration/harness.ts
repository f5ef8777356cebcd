import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, useDatabaseHandle, type DatabaseHandle } from '@/db/client';
import { seedDemoData } from '@/db/seed';
import { loadViewer } from '@/lib/data/viewer';
import { users } from '@/db/schema';
import { eq } from 'drizzle-orm';

export const driver = (process.env.ONEWINDOW_TEST_DRIVER ?? 'pglite') as 'pglite' | 'postgres';

/**
 * Gives each test file a fresh, migrated and seeded database — an in-memory PGlite, or a
 * new database on the PostgreSQL server of TEST_DATABASE_URL (dropped afterwards) — and
 * installs it as the process database the data layer uses.
 */
export function useTestDatabase(options: { seed?: boolean } = {}) {
  const state = {} as { handle: DatabaseHandle; drop?: () => Promise<void> };
  beforeAll(async () => {
    // Files the portal stores itself (generated notices) go to a folder of the test run, never data/.
    process.env.UPLOAD_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'ow-test-uploads-'));
    if (driver === 'postgres') {
      const base = process.env.TEST_DATABASE_URL;
      if (!base) throw new Error('TEST_DATABASE_URL is required for the postgres integration project');
      const name = `ow_test_${randomBytes(6).toString('hex')}`;
      const { Client } = await import('pg');
      const admin = new Client({ connectionString: base });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(base);
      url.pathname = `/${name}`;
      state.handle = await openDatabase({ url: url.toString(), poolMax: 30 });
      state.drop = async () => {
        const client = new Client({ connectionString: base });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      };
    } else {
      state.handle = await openDatabase({ dataDir: 'memory://' });
    }
    useDatabaseHandle(state.handle);
    if (options.seed ?? true) await seedDemoData(state.handle.db);
  });
  afterAll(async () => {
    useDatabaseHandle(undefined);
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
