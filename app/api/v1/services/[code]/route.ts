import { cancelOnClientAbort } from '@/lib/api/cancel-on-abort';
import { ANONYMOUS } from '@/lib/auth/permissions';
import { errorBody, serviceCodeParamsSchema, toApiServiceGuide, requestFieldErrors, unexpectedApiError } from '@/lib/api/schemas';
import { getServiceGuide } from '@/lib/data/catalogue';
import { isDomainError } from '@/lib/errors';

// Public and the same for everyone: it never reads the session, so it may be cached.
const CACHE = { 'Cache-Control': 'public, max-age=60' };

async function serviceGuide(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const parsed = serviceCodeParamsSchema.safeParse(await params);
  if (!parsed.success) {
    return Response.json(errorBody('invalid', 'Invalid service code.', requestFieldErrors(parsed.error)), { status: 400 });
  }
  const { code } = parsed.data;
  try {
    const guide = await getServiceGuide(ANONYMOUS, code);
    return Response.json(toApiServiceGuide(guide), { headers: CACHE });
  } catch (error) {
    if (isDomainError(error) && error.code === 'notFound') {
      return Response.json(errorBody('notFound', `No service item has the code ${code}.`), { status: 404, headers: CACHE });
    }
    return unexpectedApiError(error, `GET /api/v1/services/${code}`, 'The catalogue is temporarily unavailable.');
  }
}

export const GET = cancelOnClientAbort(serviceGuide);
