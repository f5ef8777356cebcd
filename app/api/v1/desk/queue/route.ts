import { cancelOnClientAbort } from '@/lib/api/cancel-on-abort';
import { queueQuerySchema, toApiQueuePage } from '@/lib/api/desk-schemas';
import { errorBody, searchParamsToObject, requestFieldErrors, unexpectedApiError } from '@/lib/api/schemas';
import { getViewer } from '@/lib/auth/session';
import { listIntakeQueue } from '@/lib/data/cases';
import { isDomainError } from '@/lib/errors';

/** The desk queue as JSON, for integrations (a window's calling system, say); same rules as /desk. */
async function deskQueue(request: Request) {
  const parsed = queueQuerySchema.safeParse(searchParamsToObject(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json(errorBody('invalid', 'Invalid query parameters.', requestFieldErrors(parsed.error)), { status: 400 });
  }
  const { item, ...filter } = parsed.data;
  try {
    const page = await listIntakeQueue(await getViewer(), { ...filter, itemCode: item });
    return Response.json(toApiQueuePage(page), { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (error) {
    if (isDomainError(error) && (error.code === 'unauthenticated' || error.code === 'forbidden')) {
      const status = error.code === 'unauthenticated' ? 401 : 403;
      return Response.json(errorBody(error.code, status === 401 ? 'Sign in first.' : 'Staff only.'), { status });
    }
    if (isDomainError(error) && error.code === 'invalid') {
      return Response.json(errorBody('invalid', 'Invalid query parameters.', error.fieldErrors), { status: 400 });
    }
    return unexpectedApiError(error, 'GET /api/v1/desk/queue', 'The queue is temporarily unavailable.');
  }
}

export const GET = cancelOnClientAbort(deskQueue);
