import { errorBody, unexpectedApiError } from '@/lib/api/schemas';
import { getViewer } from '@/lib/auth/session';
import { keyProjectsPayload } from '@/lib/data/key-projects';
import { isDomainError } from '@/lib/errors';

/** The key projects against plan as JSON, for the zone's big screen and the province's reporting; same rules as the page. */
export async function GET() {
  try {
    return Response.json(await keyProjectsPayload(await getViewer()), { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (error) {
    if (isDomainError(error) && (error.code === 'unauthenticated' || error.code === 'forbidden')) {
      const status = error.code === 'unauthenticated' ? 401 : 403;
      return Response.json(errorBody(error.code, status === 401 ? 'Sign in first.' : 'Managers and officers only.'), { status });
    }
    return unexpectedApiError(error, 'GET /api/v1/key-projects', 'The key-project figures are temporarily unavailable.');
  }
}
