import { buildOpenApiDocument } from '@/lib/api/openapi';

// The document depends on code only, so it is built once at build time.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildOpenApiDocument(), {
    headers: { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
  });
}
