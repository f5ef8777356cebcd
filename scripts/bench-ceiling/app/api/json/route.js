// A dynamic JSON route answering per request, as /api/health does.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ ok: true, at: Date.now() });
}
