import { getViewer, requestMeta } from '@/lib/auth/session';
import { readProblemFile } from '@/lib/data/problems';
import { errorResponse, fileResponse } from '@/lib/storage/http';

/** A problem's document for whoever may read the problem; each view is audited. */
export async function GET(_request: Request, { params }: { params: Promise<{ problemId: string; fileId: string }> }) {
  try {
    const [{ problemId, fileId }, viewer, meta] = await Promise.all([params, getViewer(), requestMeta()]);
    return fileResponse(await readProblemFile(viewer, problemId, fileId, meta));
  } catch (error) {
    return errorResponse(error, 'GET /api/problems/[problemId]/files/[fileId]');
  }
}
