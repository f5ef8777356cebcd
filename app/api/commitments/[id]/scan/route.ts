import { getViewer, requestMeta } from '@/lib/auth/session';
import { attachSignedCommitmentScan, COMMITMENT_SCAN_MAX_MB } from '@/lib/data/tolerance-commitments';
import { unauthenticated } from '@/lib/errors';
import { errorResponse, readUploadedFile } from '@/lib/storage/http';
import { parseSize } from '@/lib/storage/rules';

// The multipart envelope on top of the largest scan.
const MAX_BODY = parseSize(`${COMMITMENT_SCAN_MAX_MB}MB`) + 64 * 1024;

/** The window attaches the scan of a tolerance commitment signed at the counter: multipart/form-data with a `file` field. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const [{ id }, viewer, meta] = await Promise.all([params, getViewer(), requestMeta()]);
    if (viewer.kind !== 'user') throw unauthenticated();
    const file = await readUploadedFile(request, MAX_BODY);
    if (file instanceof Response) return file;
    const result = await attachSignedCommitmentScan(
      viewer,
      { commitmentId: id, bytes: new Uint8Array(await file.arrayBuffer()), originalName: file.name },
      meta,
    );
    return Response.json(result, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error, 'POST /api/commitments/[id]/scan');
  }
}
