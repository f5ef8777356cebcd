import { getViewer, requestMeta } from '@/lib/auth/session';
import type { Viewer } from '@/lib/auth/permissions';
import type { RequestMeta } from '@/lib/data/accounts';
import { unauthenticated } from '@/lib/errors';
import { errorResponse, refuseCrossOrigin } from '@/lib/storage/http';
import { receiveMultipartFile, type IncomingFile } from '@/lib/storage/incoming';
import { withUploadSlot } from '@/lib/storage/upload-slots';

/**
 * The POST handler of a route that takes one file for a record (multipart/form-data, field
 * `file`): a signed-in viewer, one of their upload slots, then `attach` with the request's file.
 * The data layer checks who may upload and gives the target's size limit before the body is
 * read: a declared length over it is refused (413) unread, and the file is streamed to disk and
 * cut off at the limit. 201 with `attach`'s result. Always through our own route, whichever the
 * storage: the server stores the file.
 */
export function fileUploadRoute<P>(
  where: string,
  attach: (viewer: Extract<Viewer, { kind: 'user' }>, params: P, file: IncomingFile, meta: RequestMeta) => Promise<unknown>,
) {
  return async function POST(request: Request, { params }: { params: Promise<P> }): Promise<Response> {
    try {
      const [values, viewer, meta] = await Promise.all([params, getViewer(), requestMeta()]);
      if (viewer.kind !== 'user') throw unauthenticated();
      refuseCrossOrigin(request);
      const file: IncomingFile = { receive: (maxBytes) => receiveMultipartFile(request, maxBytes) };
      const result = await withUploadSlot(viewer.userId, () => attach(viewer, values, file, meta));
      return Response.json(result, { status: 201, headers: { 'Cache-Control': 'no-store' } });
    } catch (error) {
      return errorResponse(error, where);
    }
  };
}
