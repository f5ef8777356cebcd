import { AsyncLocalStorage } from 'node:async_hooks';
import type { Client as PgClient, ClientConfig } from 'pg';

/**
 * The abort signal of the request whose database work runs in this async context. A route
 * handler's `request.signal` aborts when the client goes away; statements then still running for
 * it are cancelled on the server (pg_cancel_backend), instead of holding a connection and a CPU
 * until the statement timeout. Pages and server actions get no such signal from Next.js: for them
 * the statement timeout is the bound.
 */
const requestSignal = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` so that every PostgreSQL statement it starts is cancelled once `signal` aborts. */
export function cancelQueriesOnAbort<T>(signal: AbortSignal, work: () => PromiseLike<T>): Promise<T> {
  // Awaited inside: drizzle's queries are lazy thenables that start when awaited, which must be in this context.
  return requestSignal.run(signal, async () => await work());
}

/** Ending a transaction always runs: a connection left inside an aborted one would poison the pool. */
const ENDS_TRANSACTION = /^\s*(rollback|commit|end|release)\b/i;
const statementText = (query: unknown) =>
  typeof query === 'string'
    ? query
    : typeof (query as { text?: unknown })?.text === 'string'
      ? (query as { text: string }).text
      : '';

/** The error a statement gets when its request was already gone before it started: PostgreSQL's own code. */
function requestGone(): Error {
  return Object.assign(new Error('The request was aborted before the statement ran.'), { code: '57014' });
}

type PgClientClass = new (config?: string | ClientConfig) => PgClient;

/**
 * A pg Client class for the pool whose queries watch the current request's signal: on abort, a
 * separate short-lived connection asks the server to cancel this connection's running statement.
 */
export function cancellableClientClass(Client: PgClientClass, connectionString: string): PgClientClass {
  const cancelBackend = async (pid: number) => {
    // Outside the request's context, or the cancelling query would watch the aborted signal too.
    await requestSignal.exit(async () => {
      const canceller = new Client({ connectionString });
      try {
        await canceller.connect();
        await canceller.query('select pg_cancel_backend($1)', [pid]);
      } catch (error) {
        console.error('[db] could not cancel the statement of an aborted request:', (error as Error).message);
      } finally {
        await canceller.end().catch(() => {});
      }
    });
  };

  class CancellableClient extends Client {
    // pg's query() has promise, callback (pool.query uses it) and submittable forms; the first two
    // are watched, a submittable (a cursor, a stream) passes through untouched.
    query(...args: unknown[]): never {
      const signal = requestSignal.getStore();
      const run = (a: unknown[]) => (super.query as (...a: unknown[]) => unknown)(...a);
      if (
        !signal ||
        typeof (args[0] as { submit?: unknown })?.submit === 'function' ||
        ENDS_TRANSACTION.test(statementText(args[0]))
      )
        return run(args) as never;
      const callback = typeof args[args.length - 1] === 'function' ? (args[args.length - 1] as (...r: unknown[]) => void) : null;
      if (signal.aborted) {
        if (!callback) return Promise.reject(requestGone()) as never;
        queueMicrotask(() => callback(requestGone()));
        return undefined as never;
      }
      const pid = (this as unknown as { processID: number | null }).processID;
      const onAbort = () => {
        if (pid) void cancelBackend(pid);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const settle = () => signal.removeEventListener('abort', onAbort);
      if (callback)
        return run([
          ...args.slice(0, -1),
          (...result: unknown[]) => {
            settle();
            callback(...result);
          },
        ]) as never;
      return (run(args) as Promise<unknown>).finally(settle) as never;
    }
  }
  return CancellableClient as unknown as PgClientClass;
}
