import { getViewer, requestMeta } from '@/lib/auth/session';
import { ASSESSMENT_DOCUMENT_MAX_MB, readAssessmentDocument, uploadAssessmentDocument } from '@/lib/data/assessments';
import { unauthenticated } from '@/lib/errors';
import { errorResponse, fileResponse, readUploadedFile } from '@/lib/storage/http';
import { parseSize } from '@/lib/storage/rules';

// The multipart envelope on top of the largest document.
const MAX_BODY = parseSize(`${ASSESSMENT_DOCUMENT_MAX_MB}MB`) + 64 * 1024;

/** The assessment's approved document, for staff and admins. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const [{ id }, viewer] = await Promise.all([params, getViewer()]);
    return fileResponse(await readAssessmentDocument(viewer, id));
  } catch (error) {
    return errorResponse(error, 'GET /api/assessments/[id]/document');
  }
}

/** An admin attaches (or replaces) the document: multipart/form-data with a `file` field. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const [{ id }, viewer, meta] = await Promise.all([params, getViewer(), requestMeta()]);
    if (viewer.kind !== 'user') throw unauthenticated();
    const file = await readUploadedFile(request, MAX_BODY);
    if (file instanceof Response) return file;
    const result = await uploadAssessmentDocument(
      viewer,
      { assessmentId: id, bytes: new Uint8Array(await file.arrayBuffer()), originalName: file.name },
      meta,
    );
    return Response.json(result, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error, 'POST /api/assessments/[id]/document');
  }
}
