import { getViewer, requestMeta } from '@/lib/auth/session';
import { readCaseFile } from '@/lib/data/files';
import { errorResponse } from '@/lib/storage/http';

/** RFC 6266: an ASCII fallback for old clients and the exact UTF-8 name in `filename*`. */
function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** A case material's bytes for whoever may read the case; each view is audited. */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  try {
    const [{ fileId }, viewer, meta] = await Promise.all([params, getViewer(), requestMeta()]);
    const file = await readCaseFile(viewer, fileId, meta);
    // Storage hands out views on plain ArrayBuffers (never shared memory), so no copy is needed.
    return new Response(file.body as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.body.byteLength),
        'Content-Disposition': contentDisposition(file.name),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
        // Only PDF, JPEG and PNG are ever stored (checked by content), so nothing here is HTML
        // or SVG. Images are sandboxed outright; Chrome refuses to render a sandboxed PDF, so a
        // PDF may only be framed by our own case pages.
        'Content-Security-Policy': file.contentType === 'application/pdf' ? "frame-ancestors 'self'" : 'sandbox',
        'X-Frame-Options': 'SAMEORIGIN',
      },
    });
  } catch (error) {
    return errorResponse(error, 'GET /api/files/[fileId]');
  }
}
