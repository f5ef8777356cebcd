import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, installDatabaseHandle, type DatabaseHandle } from '@/db/client';
import { isQueryCanceled } from '@/db/errors';
import { cancelQueriesOnAbort } from '@/db/query-cancellation';
import { asDomainError, isDomainError } from '@/lib/errors';
import { errorResponse } from '@/lib/storage/http';
import { GET as listServicesRoute } from '@/app/api/v1/services/route';
import { driver } from './harness';
import { databaseUrl, onTestServer } from './template-databases';

// PGlite runs in-process on one connection, with no timer that could cancel a statement:
// statement_timeout applies on PostgreSQL only (docs/OPERATIONS.md).
describe.skipIf(driver !== 'postgres')('a statement timeout on PostgreSQL', () => {
  const name = `ow_test_${randomBytes(6).toString('hex')}`;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    await onTestServer(`create database ${name} template ${inject('templates').seeded}`);
    handle = await openDatabase({ url: databaseUrl(name), migrate: false, statementTimeoutMs: 200 });
    installDatabaseHandle(handle);
  });
  afterAll(async () => {
    installDatabaseHandle(undefined);
    await handle?.close();
    await onTestServer(`drop database if exists ${name} with (force)`);
  });

  it('cancels a query past it, which reaches the user as a 503 with Retry-After', async () => {
    const error = await handle.db.execute(sql`select pg_sleep(2)`).then(
      () => null,
      (e: unknown) => e,
    );
    const mapped = asDomainError(error);
    expect(isDomainError(mapped) && mapped.code).toBe('unavailable');
    const response = errorResponse(error, 'test');
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    expect(await response.json()).toEqual({
      error: { code: 'unavailable', message: 'The database took too long; try again shortly.' },
    });
  });

  it('answers an API request whose query waits too long with 503, not a hang', async () => {
    // Another session holds the catalogue: the route's query waits on the lock until its timeout.
    const blocker = new pg.Client({ connectionString: databaseUrl(name) });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table service_items in access exclusive mode');
      const started = Date.now();
      const response = await listServicesRoute(new Request('http://portal.test/api/v1/services'));
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(response.status).toBe(503);
      expect(response.headers.get('Retry-After')).toBe('5');
      expect((await response.json()).error.code).toBe('unavailable');
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }
    // Once the lock is gone the same request succeeds.
    expect((await listServicesRoute(new Request('http://portal.test/api/v1/services'))).status).toBe(200);
  });
});

describe.skipIf(driver !== 'postgres')('a request whose client goes away on PostgreSQL', () => {
  const name = `ow_test_${randomBytes(6).toString('hex')}`;
  let handle: DatabaseHandle;
  const sleepersRunning = async () => {
    const { rows } = (await handle.db.execute(
      sql`select count(*)::int as n from pg_stat_activity where state = 'active' and query like 'select pg_sleep(30)%' and pid <> pg_backend_pid()`,
    )) as unknown as { rows: { n: number }[] };
    return rows[0].n;
  };

  beforeAll(async () => {
    await onTestServer(`create database ${name} template ${inject('templates').seeded}`);
    // No statement timeout: only the cancellation can end the sleep early.
    handle = await openDatabase({ url: databaseUrl(name), migrate: false });
    installDatabaseHandle(handle);
  });
  afterAll(async () => {
    installDatabaseHandle(undefined);
    await handle?.close();
    await onTestServer(`drop database if exists ${name} with (force)`);
  });

  it.each([
    ['a plain query (the pool, callback form)', () => handle.db.execute(sql`select pg_sleep(30)`)],
    [
      'a query in a transaction (a pooled client, promise form)',
      () => handle.db.transaction((tx) => tx.execute(sql`select pg_sleep(30)`)),
    ],
  ])('cancels %s on the server once the request aborts', async (_, query) => {
    const request = new AbortController();
    const started = Date.now();
    const outcome = cancelQueriesOnAbort(request.signal, query).then(
      () => 'finished',
      (error: unknown) => (isQueryCanceled(error) ? 'cancelled' : error),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await sleepersRunning()).toBe(1);
    request.abort();
    expect(await outcome).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await sleepersRunning()).toBe(0);
  });

  it('starts no statement for a request already gone, and leaves other requests alone', async () => {
    const gone = new AbortController();
    gone.abort();
    await expect(cancelQueriesOnAbort(gone.signal, () => handle.db.execute(sql`select 1`))).rejects.toSatisfy(isQueryCanceled);
    const live = new AbortController();
    const { rows } = (await cancelQueriesOnAbort(live.signal, () => handle.db.execute(sql`select 1 as one`))) as unknown as {
      rows: { one: number }[];
    };
    expect(rows[0].one).toBe(1);
  });

  it('is how the API routes run: a request already gone starts nothing and gets a 503', async () => {
    const gone = new AbortController();
    gone.abort();
    const response = await listServicesRoute(new Request('http://portal.test/api/v1/services', { signal: gone.signal }));
    expect(response.status).toBe(503);
    expect((await listServicesRoute(new Request('http://portal.test/api/v1/services'))).status).toBe(200);
  });
});
