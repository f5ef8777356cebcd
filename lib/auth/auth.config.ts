import type { NextAuthConfig } from 'next-auth';
import { NextResponse } from 'next/server';
import { ROLES, type Role } from './permissions';
import { sameOriginPath } from './redirect';
import { routeAccess } from './route-access';

declare module 'next-auth' {
  interface User {
    roles?: Role[];
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; roles: Role[]; sessionVersion: number; name?: string | null; email?: string | null };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    roles?: Role[];
    /** users.session_version when the token was issued; a different one means signed out (lib/data/viewer.ts). */
    sessionVersion?: number;
  }
}

const asRoles = (value: unknown): Role[] =>
  Array.isArray(value) ? value.filter((r): r is Role => (ROLES as readonly string[]).includes(r)) : [];

/** A token from before session versions counts as version 0, the version every account starts at. */
export const sessionVersionOf = (token: { sessionVersion?: unknown }): number =>
  Number.isInteger(token.sessionVersion) ? (token.sessionVersion as number) : 0;

/**
 * The part of the Auth.js configuration that touches no database, so `proxy.ts` can load
 * it. Roles ride in the JWT for redirects only; the data layer re-reads them.
 */
export const authConfig = {
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const session = auth?.user?.id ? { userId: auth.user.id, roles: asRoles(auth.user.roles) } : null;
      const verdict = routeAccess(request.nextUrl.pathname, session);
      if (verdict === 'allow') return true;
      if (verdict === 'sign-in') return false; // Auth.js redirects to pages.signIn with a callbackUrl
      // The /forbidden route answers 403 through forbidden(); the URL stays what was asked for.
      const url = request.nextUrl.clone();
      url.pathname = '/forbidden';
      url.search = '';
      return NextResponse.rewrite(url);
    },
    // Auth.js's own check lets `/\evil.com` through; ours is the one the sign-in action uses.
    redirect({ url, baseUrl }) {
      const path = sameOriginPath(url, baseUrl);
      return path ? `${baseUrl}${path}` : baseUrl;
    },
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.roles = user.roles ?? [];
        token.sessionVersion = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.user.roles = asRoles(token.roles);
      session.user.sessionVersion = sessionVersionOf(token);
      return session;
    },
  },
} satisfies NextAuthConfig;
