import { fileUploadRoute } from '@/lib/api/upload-route';
import { getViewer } from '@/lib/auth/session';
import { readAssessmentDocument, uploadAssessmentDocument } from '@/lib/data/assessments';
import { errorResponse, fileResponse } from '@/lib/storage/http';

/** The assessment's approved document, for staff and admins. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const [{ id }, viewer] = await Promise.all([params, getViewer()]);
    return fileResponse(await readAssessmentDocument(viewer, id));
  } catch (error) {
    return errorResponse(error, 'GET /api/assessments/[id]/document');
  }
}

/** An admin attaches (or replaces) the document. */
export const POST = fileUploadRoute<{ id: string }>('POST /api/assessments/[id]/document', (viewer, { id }, file, meta) =>
  uploadAssessmentDocument(viewer, { assessmentId: id, ...file }, meta),
);
