import 'server-only';
import { asDomainError, forbidden, isDomainError, RETRY_AFTER_SECONDS, type DomainError } from '@/lib/errors';

const STATUS: Record<DomainError['code'], number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  staleVersion: 409,
  tooLarge: 413,
  lengthRequired: 411,
  busy: 429,
  unavailable: 503,
};

/** Refusals whose message is written for the client (it names a limit or says when to retry). */
const SAYS_WHY: ReadonlySet<DomainError['code']> = new Set(['tooLarge', 'lengthRequired', 'busy', 'unavailable']);

/**
 * The JSON error of a file route: `{ error: { code, fields? } }`, where `code` is a key of
 * the `errors` catalogue and `fields` hold `validation` keys. Anything unexpected is logged
 * here and answered with a generic 500 — never a message or a stack trace.
 */
export function errorResponse(thrown: unknown, where: string): Response {
  const error = asDomainError(thrown);
  if (isDomainError(error)) {
    const body = {
      code: error.code,
      ...(error.fieldErrors ? { fields: error.fieldErrors } : {}),
      ...(SAYS_WHY.has(error.code) ? { message: error.message } : {}),
    };
    const retry = error.code === 'busy' || error.code === 'unavailable';
    if (error.code === 'unavailable') console.warn(`[${where}] statement timeout`, thrown);
    return Response.json(
      { error: body },
      {
        status: STATUS[error.code] ?? 400,
        headers: { 'Cache-Control': 'no-store', ...(retry ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : {}) },
      },
    );
  }
  console.error(`[${where}] unexpected error`, error);
  return Response.json({ error: { code: 'unexpected' } }, { status: 500, headers: { 'Cache-Control': 'no-store' } });
}

/** Types a browser shows in its own viewer, with no script of the file's: everything else is downloaded. */
const SAFE_INLINE = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/**
 * RFC 6266: inline for PDF and images, attachment for any other type; an ASCII fallback for old
 * clients and the exact UTF-8 name in `filename*`.
 */
export function contentDisposition(name: string, contentType: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const disposition = SAFE_INLINE.has(contentType) ? 'inline' : 'attachment';
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** A stored file's bytes, for a viewer the data layer has let read it. */
export function fileResponse(file: { body: Uint8Array; contentType: string; name: string }): Response {
  // Storage hands out views on plain ArrayBuffers (never shared memory), so no copy is needed.
  return new Response(file.body as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.body.byteLength),
      'Content-Disposition': contentDisposition(file.name, file.contentType),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      // Every file opens sandboxed (a unique origin, no scripts of its own, no forms, no
      // top-level navigation), so a PDF carrying JavaScript runs nothing with the portal's
      // cookies; only our own pages may frame it (the desk's preview). Chromium's PDF viewer
      // renders sandboxed documents.
      'Content-Security-Policy': "sandbox; frame-ancestors 'self'",
      'X-Frame-Options': 'SAMEORIGIN',
    },
  });
}

/** A cross-site page may not post files with the viewer's cookies (the check server actions make too). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** A cross-site page may not post files with the viewer's cookies; call it after refusing strangers. */
export function refuseCrossOrigin(request: Request): void {
  if (!sameOrigin(request)) throw forbidden('cross-origin upload');
}
