import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { authConfig } from './lib/auth/auth.config';
import { publicOrigin } from './lib/deployment';
import { refusedActionBody, refusedPath } from './lib/request-guards';
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from './lib/security-headers';

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
  return withPagePolicy(request, await auth(request, event));
}

/**
 * Every page gets a fresh script nonce: Next.js reads the policy from the request headers and
 * puts the nonce on its scripts; the browser reads it from the response. Auth.js's verdict is
 * kept — go on, rewrite to the 403 page, or redirect — with the session cookies it set.
 */
function withPagePolicy(request: NextRequest, verdict: Response | undefined): Response {
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    development: process.env.NODE_ENV === 'development',
    uploadThing: Boolean(process.env.UPLOADTHING_TOKEN),
    https: publicOrigin().startsWith('https://'),
  });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const rewrite = verdict?.headers.get('x-middleware-rewrite');
  let response: Response;
  if (rewrite) response = NextResponse.rewrite(new URL(rewrite), { request: { headers } });
  else if (!verdict || verdict.headers.has('x-middleware-next')) response = NextResponse.next({ request: { headers } });
  else return verdict; // a redirect (to sign in): no page is rendered
  for (const cookie of verdict?.headers.getSetCookie() ?? []) response.headers.append('set-cookie', cookie);
  response.headers.set('content-security-policy', policy);
  const hsts = strictTransportSecurity(publicOrigin());
  if (hsts) response.headers.set('strict-transport-security', hsts);
  return response;
}

// Static files are skipped by folder (Next's build output) or by exact name (the app's icon),
// never by suffix: `/admin/users/x.png` is a page path and gets the proxy's checks. The API
// stays out (the proxy would buffer upload bodies), but for paths with a percent-escape.
export const config = {
  matcher: ['/((?!api/|_next/static/|_next/image$|favicon\\.ico$|icon\\.svg$).*)', '/api/(.*%.*)'],
};
