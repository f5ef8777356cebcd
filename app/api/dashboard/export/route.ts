import { cancelOnClientAbort } from '@/lib/api/cancel-on-abort';
import { getLocale } from 'next-intl/server';
import { errorBody, searchParamsToObject } from '@/lib/api/schemas';
import { getViewer } from '@/lib/auth/session';
import { loadDashboard } from '@/lib/data/dashboard';
import { dashboardCsv, DASHBOARD_TABLES, isDashboardTable } from '@/lib/data/dashboard-tables';
import { currentInstant } from '@/lib/data/now';
import { zoneDate } from '@/lib/domain/clock';
import { isLocale, DEFAULT_LOCALE } from '@/lib/i18n/config';
import { isDomainError } from '@/lib/errors';
import { parseDashboardFilter } from '@/lib/validation/dashboard';

/**
 * One table of the manager dashboard as CSV: /api/dashboard/export?table=<id>&from=&to=&department=&item=
 * (the page's filter). UTF-8 with a BOM, headers in the viewer's language; authorized as the page is.
 */
async function dashboardTableCsv(request: Request) {
  const query = searchParamsToObject(new URL(request.url).searchParams);
  if (!isDashboardTable(query.table)) {
    return Response.json(errorBody('invalid', `Unknown table. One of: ${DASHBOARD_TABLES.join(', ')}.`, { table: ['table'] }), {
      status: 400,
    });
  }
  try {
    const { filter } = parseDashboardFilter(query, zoneDate(currentInstant()));
    const dashboard = await loadDashboard(await getViewer(), filter);
    const locale = await getLocale();
    const { filename, body } = await dashboardCsv(dashboard, query.table, isLocale(locale) ? locale : DEFAULT_LOCALE);
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
    console.error('GET /api/dashboard/export failed', error);
    return Response.json(errorBody('internal', 'The export is temporarily unavailable.'), { status: 500 });
  }
}

export const GET = cancelOnClientAbort(dashboardTableCsv);
