/**
 * The Content-Security-Policy of every page (issue 13 finding 4): scripts run only when they
 * carry this response's nonce (Next.js puts it on its own scripts when it finds the policy in
 * the request), and 'strict-dynamic' lets them load the bundle's chunks. Styles stay
 * 'unsafe-inline' because React writes style attributes; they cannot run code. Pure.
 */
export type PolicyOptions = {
  nonce: string;
  /** Development server: React's dev build evaluates code and talks to the HMR socket. */
  development: boolean;
  /** The browser uploads straight to UploadThing's ingest servers when its token is configured. */
  uploadThing: boolean;
  /** Served over HTTPS: ask the browser to upgrade any stray http:// sub-request. */
  https: boolean;
};

export function contentSecurityPolicy({ nonce, development, uploadThing, https }: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...(uploadThing ? ['https://*.ingest.uploadthing.com'] : []), ...(development ? ['ws:'] : [])],
    // Case pages preview PDFs from /api/files in a frame; pdf.js runs its worker from the bundle.
    ['frame-src', "'self'"],
    ['worker-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  if (https) directives.push(['upgrade-insecure-requests']);
  return directives.map((d) => d.join(' ')).join('; ');
}

/** HSTS, only when the public origin is HTTPS: a year, subdomains included (no preload: that is the operator's choice). */
export function strictTransportSecurity(publicOrigin: string): string | null {
  return publicOrigin.startsWith('https://') ? 'max-age=31536000; includeSubDomains' : null;
}

/** A fresh nonce per response: 128 random bits, base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
