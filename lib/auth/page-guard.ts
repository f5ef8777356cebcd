import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { asDomainError, isDomainError, UNAVAILABLE_DIGEST } from '@/lib/errors';

/**
 * For pages: runs data-layer reads and turns their expected refusals into navigation —
 * sign-in for anonymous viewers, the 403 page for the wrong role, 404 for missing things.
 * The proxy normally redirects first; this is the check that does not depend on it. A query
 * that ran past its statement timeout reaches the error page marked, which then says the portal
 * is busy rather than broken.
 */
export async function guardPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (thrown) {
    const error = asDomainError(thrown);
    if (isDomainError(error)) {
      if (error.code === 'unauthenticated') redirect('/login');
      if (error.code === 'forbidden') forbidden();
      if (error.code === 'notFound') notFound();
      // Next keeps an error's own digest, the one thing of a server error the error page is told.
      if (error.code === 'unavailable') throw Object.assign(error, { digest: UNAVAILABLE_DIGEST });
    }
    throw thrown;
  }
}
