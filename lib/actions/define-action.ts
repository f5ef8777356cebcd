import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import type { Viewer } from '@/lib/auth/permissions';
import { getViewer, requestMeta } from '@/lib/auth/session';
import type { RequestMeta } from '@/lib/data/accounts';
import { asDomainError, isDomainError, Throttled } from '@/lib/errors';

/** `formError` is a key of the `errors` catalogue; field errors are keys of `validation`. */
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; formError?: string; fieldErrors?: Record<string, string[]>; retryAfterMs?: number };

/**
 * Every server action goes through here: parse with the form's zod schema → build the
 * viewer from the database → run the data-layer call (which authorizes and audits).
 * Expected failures come back as keys the form can translate; anything else is logged and
 * replaced by a generic message, never a stack trace.
 */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, context: { viewer: Viewer; meta: RequestMeta }) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    // Async: a schema may check on the server what the browser cannot (a password's strength).
    const parsed = await schema.safeParseAsync(raw);
    if (!parsed.success) {
      return {
        ok: false,
        formError: 'invalid',
        fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      };
    }
    try {
      const [viewer, meta] = await Promise.all([getViewer(), requestMeta()]);
      return { ok: true, data: await run(parsed.data, { viewer, meta }) };
    } catch (thrown) {
      unstable_rethrow(thrown);
      // A statement timeout becomes `unavailable`: the portal is busy, try again.
      const error = asDomainError(thrown);
      if (isDomainError(error)) return { ok: false, formError: error.code, fieldErrors: error.fieldErrors };
      if (error instanceof Throttled) return { ok: false, formError: 'throttled', retryAfterMs: error.retryAfterMs };
      console.error('[action] unexpected error', error);
      return { ok: false, formError: 'unexpected' };
    }
  };
}
