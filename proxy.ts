import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { authConfig } from './lib/auth/auth.config';
import { refusedActionBody, refusedPath } from './lib/request-guards';

const { auth } = NextAuth(authConfig) as unknown as {
  auth: (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;
};

// First the requests Next.js would answer with a 500 (lib/request-guards.ts); then, on pages,
// redirects only (anonymous → sign-in, wrong role → 403 page): every page and action checks
// permissions again through the data layer. API paths reach here only for the path check.
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const refused = refusedPath(request.nextUrl.pathname) ?? (await refusedActionBody(request));
  if (refused) return refused;
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next();
  return auth(request, event);
}

// Static files are skipped by folder (Next's build output) or by exact name (the app's icon),
// never by suffix: `/admin/users/x.png` is a page path and gets the proxy's checks. The API
// stays out (the proxy would buffer upload bodies), but for paths with a percent-escape.
export const config = {
  matcher: ['/((?!api/|_next/static/|_next/image$|favicon\\.ico$|icon\\.svg$).*)', '/api/(.*%.*)'],
};
