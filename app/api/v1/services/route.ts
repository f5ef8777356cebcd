import { cancelOnClientAbort } from '@/lib/api/cancel-on-abort';
import { ANONYMOUS } from '@/lib/auth/permissions';
import {
  errorBody,
  searchParamsToObject,
  serviceQuerySchema,
  toApiServiceList,
  requestFieldErrors,
  unexpectedApiError,
} from '@/lib/api/schemas';
import { listServices } from '@/lib/data/catalogue';

// Public and the same for everyone: it never reads the session, so it may be cached.
const CACHE = { 'Cache-Control': 'public, max-age=60' };

async function serviceList(request: Request) {
  const parsed = serviceQuerySchema.safeParse(searchParamsToObject(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json(errorBody('invalid', 'Invalid query parameters.', requestFieldErrors(parsed.error)), { status: 400 });
  }
  try {
    const services = await listServices(ANONYMOUS, parsed.data);
    return Response.json(toApiServiceList(services), { headers: CACHE });
  } catch (error) {
    return unexpectedApiError(error, 'GET /api/v1/services', 'The catalogue is temporarily unavailable.');
  }
}

export const GET = cancelOnClientAbort(serviceList);
