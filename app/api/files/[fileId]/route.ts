import { getViewer, requestMeta } from '@/lib/auth/session';
import { readCaseFile } from '@/lib/data/files';
import { errorResponse, fileResponse } from '@/lib/storage/http';

/** A case material's bytes for whoever may read the case; each view is audited. */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  try {
    const [{ fileId }, viewer, meta] = await Promise.all([params, getViewer(), requestMeta()]);
    return fileResponse(await readCaseFile(viewer, fileId, meta));
  } catch (error) {
    return errorResponse(error, 'GET /api/files/[fileId]');
  }
}
