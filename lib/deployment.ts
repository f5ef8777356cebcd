import { isIP } from 'node:net';

/*
 * What the deployment is told rather than what a request claims. Any client can send
 * X-Forwarded-For or X-Forwarded-Host, so neither is believed unless configured:
 *  - AUTH_URL is the public origin; every absolute link (QR codes on notices, licence
 *    verification links, the API reference's examples) is built from it;
 *  - TRUSTED_PROXY_HOPS is how many reverse proxies in front of the portal append to
 *    X-Forwarded-For; the client address is the entry the outermost trusted one wrote.
 */

type Env = Record<string, string | undefined>;

/** The public origin: AUTH_URL's, or this machine's own address when it is unset or malformed (development). */
export function publicOriginFrom(env: Env): string {
  try {
    const url = new URL(env.AUTH_URL ?? '');
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  } catch {
    // Unset or not a URL: fall through.
  }
  return `http://localhost:${/^\d{1,5}$/.test(env.PORT ?? '') ? env.PORT : '3000'}`;
}

export const publicOrigin = () => publicOriginFrom(process.env);

const MAX_PROXY_HOPS = 10;

/** TRUSTED_PROXY_HOPS as a whole number from 0 (the default: no proxy is trusted) to 10. */
export function trustedProxyHopsFrom(env: Env): number {
  const hops = Number(env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= MAX_PROXY_HOPS ? hops : 0;
}

/**
 * The client's address from X-Forwarded-For behind `hops` trusted proxies: each appends the
 * address it received the request from, so the client is the `hops`-th entry from the right;
 * anything to its left was written by the client and is ignored. With no trusted proxy the
 * header proves nothing, and Next.js does not show route handlers the socket's address (it
 * keeps a client's X-Forwarded-For rather than overwrite it): the address is unknown (null).
 */
export function clientAddress(forwardedFor: string | null, hops: number): string | null {
  if (hops < 1 || !forwardedFor) return null;
  const entries = forwardedFor.split(',').map((e) => e.trim());
  if (entries.length < hops) return null;
  const address = entries[entries.length - hops];
  return isIP(address) ? address : null;
}

/** The client's address of a request's headers, as far as TRUSTED_PROXY_HOPS lets us know it. */
export function clientAddressOf(headers: Headers): string | null {
  return clientAddress(headers.get('x-forwarded-for'), trustedProxyHopsFrom(process.env));
}
