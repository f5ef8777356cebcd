/*
 * Requests Next.js itself fails on with a 500 before any of our code runs; the proxy answers
 * them with a 4xx and a message instead. Pure (Web Request in, Response or null out).
 */

/** Next's default `serverActions.bodySizeLimit` (next.config.js keeps the default). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

const refuse = (status: 400 | 413, message: string, api: boolean) =>
  api
    ? Response.json({ error: { code: status === 413 ? 'tooLarge' : 'invalid', message } }, { status })
    : new Response(`${status === 413 ? '413 Content Too Large' : '400 Bad Request'}\n\n${message}\n`, {
        status,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });

/** `/verify/%ff`: a path that is not percent-encoded UTF-8 fails in Next's router. */
export function refusedPath(pathname: string): Response | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return refuse(400, 'The address contains malformed percent-encoding (not UTF-8).', pathname.startsWith('/api/'));
  }
}

/**
 * A server action call (a POST with a `Next-Action` header) whose body Next cannot decode —
 * empty, not the JSON or multipart form its client sends, or over the size limit — is a 500
 * in Next; here a 400 or 413. The body is read from a clone, so the action still gets it.
 */
export async function refusedActionBody(request: Request): Promise<Response | null> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  const tooLarge = () => refuse(413, `A server action's body may be at most ${ACTION_BODY_LIMIT / 1024 / 1024} MB.`, false);
  if (Number(request.headers.get('content-length')) > ACTION_BODY_LIMIT) return tooLarge();
  const body = await request.clone().arrayBuffer();
  if (body.byteLength > ACTION_BODY_LIMIT) return tooLarge();
  if (body.byteLength === 0) return refuse(400, "A server action's body is empty.", false);
  const malformed = () => refuse(400, "A server action's body must be the JSON or multipart form the page sends.", false);
  if ((request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
    return request
      .clone()
      .formData()
      .then(() => null, malformed);
  }
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    return null;
  } catch {
    return malformed();
  }
}
