import 'server-only';
import { decode } from '@auth/core/jwt';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { ANONYMOUS } from '@/lib/auth/permissions';
import { clientAddressOf } from '@/lib/deployment';
import type { RequestMeta } from '@/lib/data/accounts';
import { loadViewer } from '@/lib/data/viewer';
import { sessionVersionOf } from './auth.config';
import { auth } from './index';

const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;

/** The secrets Auth.js accepts, newest first (AUTH_SECRET, then AUTH_SECRET_1…3 while rotating). */
function authSecrets(): string[] {
  return [process.env.AUTH_SECRET, process.env.AUTH_SECRET_1, process.env.AUTH_SECRET_2, process.env.AUTH_SECRET_3].filter(
    (s): s is string => !!s,
  );
}

/**
 * The signed-in user's id and session version, from the session cookie: the JWT is decrypted
 * and its expiry checked, nothing more. Auth.js's `auth()` does the same plus its whole session
 * machinery (and re-issues the cookie), which cost most of a JSON request's time; the
 * proxy still runs `auth()` on page navigations, which keeps the session rolling.
 */
async function sessionOfCookie(): Promise<{ userId: string; sessionVersion: number } | null> {
  const jar = await cookies();
  const secret = authSecrets();
  if (!secret.length) {
    const user = (await auth())?.user;
    return user?.id ? { userId: user.id, sessionVersion: user.sessionVersion } : null;
  }
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (!token) continue;
    const payload = await decode({ token, secret, salt: name }).catch(() => null);
    return typeof payload?.sub === 'string' ? { userId: payload.sub, sessionVersion: sessionVersionOf(payload) } : null;
  }
  return null;
}

/**
 * The current viewer, rebuilt from the database once per request. The cookie is read first:
 * it makes the page render per request, and without a session no database is touched. A token
 * issued before the account's sessions were ended (sign-out, role change, "sign out everywhere")
 * is anonymous.
 */
export const getViewer = cache(async () => {
  const session = await sessionOfCookie();
  return session ? loadViewer(await getDb(), session.userId, session.sessionVersion) : ANONYMOUS;
});

/** Where the request came from, for the audit trail: as far as TRUSTED_PROXY_HOPS lets us know it. */
export async function requestMeta(): Promise<RequestMeta> {
  return { ip: clientAddressOf(await headers()) };
}
