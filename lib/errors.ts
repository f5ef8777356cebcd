import { isQueryCanceled } from '@/db/errors';

/**
 * Expected failures of the domain and data layer. Each carries a message key in the
 * `errors` namespace of the catalogue, so it reaches the user in their language; anything
 * that is not a DomainError is logged and shown as a generic message.
 */
export class DomainError extends Error {
  constructor(
    readonly code:
      | 'unauthenticated'
      | 'forbidden'
      | 'notFound'
      | 'conflict'
      | 'invalid'
      | 'staleVersion'
      /** An upload larger than its target allows (413); the message names the limit. */
      | 'tooLarge'
      /** An upload without a Content-Length (411). */
      | 'lengthRequired'
      /** Too many uploads of one user at once (429). */
      | 'busy'
      /** The database gave up on a query (its statement timeout): try again shortly (503). */
      | 'unavailable',
    message?: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message ?? code);
    this.name = 'DomainError';
  }
}

export const forbidden = (what?: string) => new DomainError('forbidden', what);
export const unauthenticated = () => new DomainError('unauthenticated');
export const notFound = (what?: string) => new DomainError('notFound', what);
export const conflict = (what?: string, fieldErrors?: Record<string, string[]>) => new DomainError('conflict', what, fieldErrors);

/** The user may retry after this many seconds: a busy upload slot or a query that timed out. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * A statement timeout (PostgreSQL 57014, query_canceled) as the DomainError it is for the user:
 * the portal is busy, not broken. Anything else is returned unchanged.
 */
export function asDomainError(error: unknown): unknown {
  return isQueryCanceled(error) ? new DomainError('unavailable', 'The database took too long; try again shortly.') : error;
}

/** The digest of a page's error when the database timed out: app/error.tsx shows "busy" for it. */
export const UNAVAILABLE_DIGEST = 'onewindow-unavailable';

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/**
 * Too many failed attempts (sign-in, registration): refused before anything is checked. Not a
 * DomainError code, so the refusal carries the wait and nothing maps it to another status.
 */
export class Throttled extends Error {
  constructor(readonly retryAfterMs: number) {
    super('throttled');
    this.name = 'Throttled';
  }
}
