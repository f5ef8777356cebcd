import 'server-only';
import { forbidden, isDomainError, type DomainError } from '@/lib/errors';

const STATUS: Record<DomainError['code'], number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  staleVersion: 409,
};

/**
 * The JSON error of a file route: `{ error: { code, fields? } }`, where `code` is a key of
 * the `errors` catalogue and `fields` hold `validation` keys. Anything unexpected is logged
 * here and answered with a generic 500 — never a message or a stack trace.
 */
export function errorResponse(error: unknown, where: string): Response {
  if (isDomainError(error)) {
    const body = error.fieldErrors ? { code: error.code, fields: error.fieldErrors } : { code: error.code };
    return Response.json({ error: body }, { status: STATUS[error.code] ?? 400, headers: { 'Cache-Control': 'no-store' } });
  }
  console.error(`[${where}] unexpected error`, error);
  return Response.json({ error: { code: 'unexpected' } }, { status: 500, headers: { 'Cache-Control': 'no-store' } });
}

export function fieldError(status: number, field: string, key: string): Response {
  return Response.json(
    { error: { code: 'invalid', fields: { [field]: [key] } } },
    { status, headers: { 'Cache-Control': 'no-store' } },
  );
}

/** RFC 6266: an ASCII fallback for old clients and the exact UTF-8 name in `filename*`. */
function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** A stored file's bytes, shown inline, for a viewer the data layer has let read it. */
export function fileResponse(file: { body: Uint8Array; contentType: string; name: string }): Response {
  // Storage hands out views on plain ArrayBuffers (never shared memory), so no copy is needed.
  return new Response(file.body as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.body.byteLength),
      'Content-Disposition': contentDisposition(file.name),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      // Only PDF, JPEG and PNG are ever stored (checked by content), so nothing here is HTML
      // or SVG. Images are sandboxed outright; Chrome refuses to render a sandboxed PDF, so a
      // PDF may only be framed by our own pages.
      'Content-Security-Policy': file.contentType === 'application/pdf' ? "frame-ancestors 'self'" : 'sandbox',
      'X-Frame-Options': 'SAMEORIGIN',
    },
  });
}

/** Reads the body up to `limit` bytes; null when it is larger, so a huge upload is never buffered whole. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
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

/**
 * The `file` field of a same-origin multipart/form-data upload, read up to `maxBody` bytes;
 * a JSON error response when there is no usable file. Call it after refusing strangers.
 */
export async function readUploadedFile(request: Request, maxBody: number): Promise<File | Response> {
  if (!sameOrigin(request)) throw forbidden('cross-origin upload');
  const raw = await readLimited(request, maxBody);
  if (!raw) return fieldError(413, 'file', 'fileTooLarge');
  let form: FormData;
  try {
    form = await new Response(raw, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return fieldError(400, 'file', 'fileEmpty');
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return fieldError(400, 'file', 'fileEmpty');
  return file;
}
