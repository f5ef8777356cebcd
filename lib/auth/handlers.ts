import 'server-only';
import { NextRequest } from 'next/server';
import { handlers } from './index';
import { sameOriginPath } from './redirect';

const CALLBACK_URL_COOKIES = ['authjs.callback-url', '__Secure-authjs.callback-url'];

/**
 * Auth.js answers a callback URL it cannot parse (`\\evil.com`) with a 500 "server
 * configuration" page. Here that is a 400: a callback URL must be a path on this site, or an
 * absolute http(s) URL, which the `redirect` callback (auth.config.ts) then keeps only when it
 * is on this site.
 */
function refusedCallbackUrl(request: NextRequest): Response | null {
  const values = [
    request.nextUrl.searchParams.get('callbackUrl'),
    ...CALLBACK_URL_COOKIES.map((name) => request.cookies.get(name)?.value),
  ].filter((v): v is string => v != null);
  if (values.every((v) => sameOriginPath(v) !== null || isHttpUrl(v))) return null;
  return Response.json(
    {
      error: { code: 'invalid', message: 'callbackUrl must be a path on this site.', fields: { callbackUrl: ['notSameOrigin'] } },
    },
    { status: 400 },
  );
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const GET = (request: NextRequest) => refusedCallbackUrl(request) ?? handlers.GET(request);
export const POST = (request: NextRequest) => refusedCallbackUrl(request) ?? handlers.POST(request);
