import { getViewer, requestMeta } from '@/lib/auth/session';
import { uploadCaseMaterial } from '@/lib/data/files';
import { unauthenticated } from '@/lib/errors';
import { errorResponse, readUploadedFile } from '@/lib/storage/http';
import { MATERIAL_UPLOAD_CEILING, parseSize } from '@/lib/storage/rules';

// The multipart envelope (boundaries, headers, the name) on top of the largest file.
const MAX_BODY = parseSize(MATERIAL_UPLOAD_CEILING) + 64 * 1024;

/** Uploads one version of a case material: multipart/form-data with a `file` field. */
export async function POST(request: Request, { params }: { params: Promise<{ caseId: string; code: string }> }) {
  try {
    const [{ caseId, code }, viewer, meta] = await Promise.all([params, getViewer(), requestMeta()]);
    // Refuse strangers before reading what may be megabytes of body.
    if (viewer.kind !== 'user') throw unauthenticated();
    const file = await readUploadedFile(request, MAX_BODY);
    if (file instanceof Response) return file;
    const result = await uploadCaseMaterial(
      viewer,
      { caseId, materialCode: code, bytes: new Uint8Array(await file.arrayBuffer()), originalName: file.name },
      meta,
    );
    return Response.json(result, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error, 'POST /api/cases/[caseId]/materials/[code]');
  }
}
