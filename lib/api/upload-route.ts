import { getViewer, requestMeta } from '@/lib/auth/session';
import type { Viewer } from '@/lib/auth/permissions';
import type { RequestMeta } from '@/lib/data/accounts';
import { unauthenticated } from '@/lib/errors';
import { errorResponse, readUploadedFile } from '@/lib/storage/http';
import { parseSize } from '@/lib/storage/rules';

export type UploadedBytes = { bytes: Uint8Array; originalName: string };

/**
 * The POST handler of a route that takes one file for a record (multipart/form-data, field
 * `file`): a signed-in viewer, a body of at most `maxSize` plus the multipart envelope, the bytes
 * handed to `attach` (the data layer checks who may, and the content); 201 with its result.
 * Always through our own route, whichever the storage: the server stores the file.
 */
export function fileUploadRoute<P>(
  where: string,
  maxSize: string,
  attach: (viewer: Extract<Viewer, { kind: 'user' }>, params: P, file: UploadedBytes, meta: RequestMeta) => Promise<unknown>,
) {
  // The multipart envelope (boundaries, headers, the name) on top of the largest file.
  const maxBody = parseSize(maxSize) + 64 * 1024;
  return async function POST(request: Request, { params }: { params: Promise<P> }): Promise<Response> {
    try {
      const [values, viewer, meta] = await Promise.all([params, getViewer(), requestMeta()]);
      if (viewer.kind !== 'user') throw unauthenticated();
      const file = await readUploadedFile(request, maxBody);
      if (file instanceof Response) return file;
      const result = await attach(
        viewer,
        values,
        { bytes: new Uint8Array(await file.arrayBuffer()), originalName: file.name },
        meta,
      );
      return Response.json(result, { status: 201, headers: { 'Cache-Control': 'no-store' } });
    } catch (error) {
      return errorResponse(error, where);
    }
  };
}
