import { getViewer, requestMeta } from '@/lib/auth/session';
import { attachObligationEvidence } from '@/lib/data/files';
import { unauthenticated } from '@/lib/errors';
import { errorResponse, readUploadedFile } from '@/lib/storage/http';
import { MATERIAL_UPLOAD_CEILING, parseSize } from '@/lib/storage/rules';

// The multipart envelope (boundaries, headers, the name) on top of the largest file.
const MAX_BODY = parseSize(MATERIAL_UPLOAD_CEILING) + 64 * 1024;

/**
 * The evidence that a promise was kept: multipart/form-data with a `file` field. Always through
 * our own route, whichever the storage: the server stores it (in UploadThing too, when that is the driver).
 */
export async function POST(request: Request, { params }: { params: Promise<{ obligationId: string }> }) {
  try {
    const [{ obligationId }, viewer, meta] = await Promise.all([params, getViewer(), requestMeta()]);
    if (viewer.kind !== 'user') throw unauthenticated();
    const file = await readUploadedFile(request, MAX_BODY);
    if (file instanceof Response) return file;
    const result = await attachObligationEvidence(
      viewer,
      { obligationId, bytes: new Uint8Array(await file.arrayBuffer()), originalName: file.name },
      meta,
    );
    return Response.json(result, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error, 'POST /api/obligations/[obligationId]/evidence');
  }
}
