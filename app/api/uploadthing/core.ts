import 'server-only';
import { getViewer } from '@/lib/auth/session';
import { authorizeCaseMaterialUpload, recordUploadedCaseMaterial } from '@/lib/data/files';
import { createCaseMaterialRouter } from '@/lib/storage/uploadthing-router';

/** The UploadThing file router, wired to the same data-layer checks as the local upload route. */
export const uploadRouter = createCaseMaterialRouter({
  authorize: async ({ input, file }) => authorizeCaseMaterialUpload(await getViewer(), { ...input, declaredSize: file.size }),
  // UploadThing's callback carries no session and no client address: the uploader comes from the metadata.
  record: ({ metadata, file }) =>
    recordUploadedCaseMaterial({ ...metadata, file: { key: file.key, name: file.name, url: file.ufsUrl } }, { ip: null }),
});

export type UploadRouter = typeof uploadRouter;
