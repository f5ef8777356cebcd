import { getViewer, requestMeta } from '@/lib/auth/session';
import { uploadCaseMaterial } from '@/lib/data/files';
import { forbidden, unauthenticated } from '@/lib/errors';
import { errorResponse, fieldError } from '@/lib/storage/http';
import { MATERIAL_UPLOAD_CEILING, parseSize } from '@/lib/storage/rules';

// The multipart envelope (boundaries, headers, the name) on top of the largest file.
const MAX_BODY = parseSize(MATERIAL_UPLOAD_CEILING) + 64 * 1024;

/** Reads the body up to `limit` bytes; null when it is larger, so a huge upload is never buffered whole. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A cross-site page may not post files with the viewer's cookies (the check server actions make too). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Uploads one version of a case material: multipart/form-data with a `file` field. */
export async function POST(request: Request, { params }: { params: Promise<{ caseId: string; code: string }> }) {
  try {
    const [{ caseId, code }, viewer, meta] = await Promise.all([params, getViewer(), requestMeta()]);
    // Refuse strangers before reading what may be megabytes of body.
    if (viewer.kind !== 'user') throw unauthenticated();
    if (!sameOrigin(request)) throw forbidden('cross-origin upload');
    const raw = await readLimited(request, MAX_BODY);
    if (!raw) return fieldError(413, 'file', 'fileTooLarge');
    let form: FormData;
    try {
      form = await new Response(raw, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
    } catch {
      return fieldError(400, 'file', 'fileEmpty');
    }
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return fieldError(400, 'file', 'fileEmpty');
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
