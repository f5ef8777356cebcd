import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { acquireDataDirLock } from './data-dir-lock';
import { cancellableClientClass } from './query-cancellation';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Tx;

export type DatabaseHandle = {
  db: Database;
  driver: 'pglite' | 'pg';
  close(): Promise<void>;
};

export type OpenOptions = {
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  url?: string;
  /** PGlite data folder (absolute, or relative to the working directory); `memory://` for tests. */
  dataDir?: string;
  /** PGlite only: a `dumpDataDir()` tarball the data folder starts from (tests copy one seeded cluster). */
  loadDataDir?: Blob;
  migrate?: boolean;
  poolMax?: number;
  /**
   * PostgreSQL only: how long one statement may run before the server cancels it (error 57014),
   * set on every pooled connection. None when absent (seeds, migrations); see statementTimeoutMs.
   */
  statementTimeoutMs?: number;
};

/**
 * The statement timeout for a kind of work, in milliseconds: pages and APIs get
 * DATABASE_STATEMENT_TIMEOUT_MS (5 s), so one slow query cannot hold a connection and a CPU
 * after its visitor has given up; jobs (the sweep, the audit verification) get
 * DATABASE_JOB_STATEMENT_TIMEOUT_MS (60 s). 0 turns the timeout off.
 */
export function statementTimeoutMs(kind: 'request' | 'job'): number {
  const [name, fallback] =
    kind === 'request' ? ['DATABASE_STATEMENT_TIMEOUT_MS', 5_000] : ['DATABASE_JOB_STATEMENT_TIMEOUT_MS', 60_000];
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

// Both paths are read at run time from the working directory, so the bundler must not trace them.
export const migrationsFolder = () =>
  process.env.MIGRATIONS_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');

export function defaultDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? path.join('data', 'pglite'));
}

/** Thrown when something tries to open the database while `next build` runs. */
export class DatabaseDuringBuildError extends Error {
  constructor() {
    super(
      'The database was opened during `next build`. Nothing may touch it while building: a page that reads ' +
        'the database must render per request (read the session cookie first, or `export const dynamic = ' +
        "'force-dynamic'`), otherwise the build and the server fight over the embedded database.",
    );
    this.name = 'DatabaseDuringBuildError';
  }
}

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  // Next sets NEXT_PHASE in the build process and in its page-rendering workers.
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    const error = new DatabaseDuringBuildError();
    // Logged too: a prerender that bails out to dynamic rendering swallows the rejection.
    console.error(`✖ ${error.message}\n${error.stack?.split('\n').slice(1, 8).join('\n')}`);
    throw error;
  }
  const migrate = options.migrate ?? true;
  if (options.url) return openPostgres(options.url, migrate, options.poolMax, options.statementTimeoutMs);
  return openPglite(options.dataDir ?? defaultDataDir(), migrate, options.loadDataDir);
}

async function openPostgres(url: string, migrate: boolean, poolMax?: number, statementTimeout?: number): Promise<DatabaseHandle> {
  const { Pool, Client } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  if (migrate) {
    // Several instances may start at once: one migrates while the others wait on the lock.
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('select pg_advisory_lock(727274)');
      const { migrate: run } = await import('drizzle-orm/node-postgres/migrator');
      await run(drizzle({ client, schema }), { migrationsFolder: migrationsFolder() });
    } finally {
      await client.query('select pg_advisory_unlock(727274)').catch(() => {});
      await client.end();
    }
  }
  const pool = new Pool({
    connectionString: url,
    // Statements of a request whose client went away are cancelled (db/query-cancellation.ts).
    Client: cancellableClientClass(Client, url),
    max: poolMax ?? Number(process.env.DATABASE_POOL_MAX ?? 10),
    // A startup parameter, so it holds from the connection's first statement, transactions included.
    ...(statementTimeout ? { options: `-c statement_timeout=${statementTimeout}` } : {}),
  });
  // An idle connection the server drops (restart, failover, a dropped test database) is
  // reported here; without a listener Node would treat it as an uncaught error and exit.
  pool.on('error', (error) => console.error('[db] idle PostgreSQL connection lost:', error.message));
  const db = drizzle({ client: pool, schema }) as unknown as Database;
  return { db, driver: 'pg', close: () => pool.end() };
}

async function openPglite(dataDir: string, migrate: boolean, loadDataDir?: Blob): Promise<DatabaseHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  const inMemory = dataDir.startsWith('memory://');
  const releaseLock = inMemory ? async () => {} : await acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create({ dataDir, loadDataDir, extensions: { pg_trgm } });
    const db = drizzle({ client, schema });
    if (migrate) {
      const { migrate: run } = await import('drizzle-orm/pglite/migrator');
      await run(db, { migrationsFolder: migrationsFolder() });
    }
    return {
      db: db as unknown as Database,
      driver: 'pglite',
      close: async () => {
        await client.close();
        await releaseLock();
      },
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}

const holder = globalThis as unknown as { __onewindowDb?: Promise<DatabaseHandle> };

/**
 * The process-wide database, opened on first use (never at import, so `next build` does
 * not touch it): PostgreSQL when DATABASE_URL is set, otherwise PGlite in a data folder.
 * On PostgreSQL its statements get the request timeout. PGlite has none: it runs in this
 * process on one connection, with no timer to cancel a statement.
 */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  holder.__onewindowDb ??= openDatabase({
    url: process.env.DATABASE_URL,
    statementTimeoutMs: statementTimeoutMs('request'),
  }).catch((error) => {
    holder.__onewindowDb = undefined;
    throw error;
  });
  return holder.__onewindowDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

/** The database this process has installed or opened, without opening one. */
export async function installedDatabase(): Promise<Database | undefined> {
  return (await holder.__onewindowDb)?.db;
}

/** Tests and scripts install their own handle (a fresh PGlite or a fresh PostgreSQL database). */
export function installDatabaseHandle(handle: DatabaseHandle | undefined) {
  holder.__onewindowDb = handle ? Promise.resolve(handle) : undefined;
}
