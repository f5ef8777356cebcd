import 'server-only';
import { isDomainError, type DomainError } from '@/lib/errors';

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
