import { cancelOnClientAbort } from '@/lib/api/cancel-on-abort';
import { ANONYMOUS } from '@/lib/auth/permissions';
import { errorBody, requestFieldErrors, unexpectedApiError } from '@/lib/api/schemas';
import { nameCheckRequestSchema, toApiNameCheck } from '@/lib/api/names-schemas';
import { checkEnterpriseName } from '@/lib/data/names';

// Public: the check never reads the session; the answer changes with the register, so no caching.
const NO_STORE = { 'Cache-Control': 'no-store' };

async function nameCheck(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json(errorBody('invalid', 'The body must be a JSON object.', { body: ['Malformed JSON.'] }), {
      status: 400,
      headers: NO_STORE,
    });
  }
  const parsed = nameCheckRequestSchema.safeParse(body);
  if (!parsed.success) {
    return Response.json(errorBody('invalid', 'Invalid name check request.', requestFieldErrors(parsed.error)), {
      status: 400,
      headers: NO_STORE,
    });
  }
  try {
    const result = await checkEnterpriseName(ANONYMOUS, parsed.data);
    return Response.json(toApiNameCheck(result), { headers: NO_STORE });
  } catch (error) {
    return unexpectedApiError(error, 'POST /api/v1/names/check', 'The name check is temporarily unavailable.', NO_STORE);
  }
}

export const POST = cancelOnClientAbort(nameCheck);
