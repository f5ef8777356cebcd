import 'server-only';
import { decode } from '@auth/core/jwt';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { ANONYMOUS } from '@/lib/auth/permissions';
import { clientAddress, trustedProxyHopsFrom } from '@/lib/deployment';
import type { RequestMeta } from '@/lib/data/accounts';
import { loadViewer } from '@/lib/data/viewer';
import { auth } from './index';

const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;

/** The secrets Auth.js accepts, newest first (AUTH_SECRET, then AUTH_SECRET_1…3 while rotating). */
function authSecrets(): string[] {
  return [process.env.AUTH_SECRET, process.env.AUTH_SECRET_1, process.env.AUTH_SECRET_2, process.env.AUTH_SECRET_3].filter(
    (s): s is string => !!s,
  );
}

/**
 * The signed-in user's id, from the session cookie: the JWT is decrypted and its expiry
 * checked, nothing more. Auth.js's `auth()` does the same plus its whole session
 * machinery (and re-issues the cookie), which cost most of a JSON request's time; the
 * proxy still runs `auth()` on page navigations, which keeps the session rolling.
 */
async function sessionUserId(): Promise<string | null> {
  const jar = await cookies();
  const secret = authSecrets();
  if (!secret.length) return (await auth())?.user?.id ?? null;
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (!token) continue;
    const payload = await decode({ token, secret, salt: name }).catch(() => null);
    return typeof payload?.sub === 'string' ? payload.sub : null;
  }
  return null;
}

/**
 * The current viewer, rebuilt from the database once per request. The cookie is read first:
 * it makes the page render per request, and without a session no database is touched.
 */
export const getViewer = cache(async () => {
  const userId = await sessionUserId();
  return userId ? loadViewer(await getDb(), userId) : ANONYMOUS;
});

/** Where the request came from, for the audit trail: as far as TRUSTED_PROXY_HOPS lets us know it. */
export async function requestMeta(): Promise<RequestMeta> {
  return { ip: clientAddress((await headers()).get('x-forwarded-for'), trustedProxyHopsFrom(process.env)) };
}
