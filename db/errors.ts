/** PostgreSQL's unique_violation, whether raised by pg or PGlite and wrapped by drizzle or not. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e = error as { code?: string; constraint?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return !constraint || e.constraint === constraint;
  }
  return false;
}

/**
 * PostgreSQL's query_canceled: the statement ran past `statement_timeout` (or was cancelled
 * because its client went away), whether raised by pg or PGlite and wrapped by drizzle or not.
 */
export function isQueryCanceled(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e && typeof e === 'object'; e = e.cause as typeof e) {
    if (e.code === '57014') return true;
  }
  return false;
}
