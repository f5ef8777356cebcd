import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { isDomainError } from '@/lib/errors';

/**
 * For pages: runs data-layer reads and turns their expected refusals into navigation —
 * sign-in for anonymous viewers, the 403 page for the wrong role, 404 for missing things.
 * The proxy normally redirects first; this is the check that does not depend on it.
 */
export async function guardPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isDomainError(error)) {
      if (error.code === 'unauthenticated') redirect('/login');
      if (error.code === 'forbidden') forbidden();
      if (error.code === 'notFound') notFound();
    }
    throw error;
  }
}
