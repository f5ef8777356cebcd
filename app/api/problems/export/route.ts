import { getLocale } from 'next-intl/server';
import { errorBody } from '@/lib/api/schemas';
import { getViewer } from '@/lib/auth/session';
import { getProblemOverview, problemOverviewCsv } from '@/lib/data/problems';
import { isDomainError } from '@/lib/errors';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';

/** The managers' overview of unresolved problems as CSV: UTF-8 with a BOM, headers in the viewer's language. */
export async function GET() {
  try {
    const overview = await getProblemOverview(await getViewer());
    const locale = await getLocale();
    const { filename, body } = await problemOverviewCsv(overview, isLocale(locale) ? locale : DEFAULT_LOCALE);
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (isDomainError(error) && (error.code === 'unauthenticated' || error.code === 'forbidden')) {
      const status = error.code === 'unauthenticated' ? 401 : 403;
      return Response.json(errorBody(error.code, status === 401 ? 'Sign in first.' : 'Managers only.'), { status });
    }
    console.error('GET /api/problems/export failed', error);
    return Response.json(errorBody('internal', 'The export is temporarily unavailable.'), { status: 500 });
  }
}
