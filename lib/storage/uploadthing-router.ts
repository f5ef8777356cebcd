import { createUploadthing, UploadThingError, type FileRouter } from 'uploadthing/server';
import { z } from 'zod';
import { asDomainError, isDomainError } from '@/lib/errors';
import { MATERIAL_UPLOAD_CEILING } from './rules';

/** What the browser names when it asks to upload: the case and the material. */
export const caseMaterialInput = z.object({
  caseId: z.string().min(1).max(64),
  materialCode: z.string().min(1).max(100),
});
export type CaseMaterialInput = z.infer<typeof caseMaterialInput>;

export type CaseMaterialMetadata = CaseMaterialInput & { userId: string };

export type AuthorizeCaseMaterialUpload = (args: {
  req: Request;
  input: CaseMaterialInput;
  file: { name: string; size: number; type: string };
}) => Promise<{ userId: string }>;

export type RecordCaseMaterialUpload = (args: {
  metadata: CaseMaterialMetadata;
  file: { key: string; name: string; size: number; type: string; ufsUrl: string };
}) => Promise<{ materialCode: string; version: number; fileId: string }>;

/** What the browser gets back after UploadThing's callback: the version, or the reason it was refused. */
export type CaseMaterialServerData =
  | { ok: true; materialCode: string; version: number; fileId: string }
  | { ok: false; code: string; fields: Record<string, string[]> };

const STATUS_CODES = {
  unauthenticated: 'FORBIDDEN',
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  conflict: 'BAD_REQUEST',
  staleVersion: 'BAD_REQUEST',
  invalid: 'BAD_REQUEST',
  tooLarge: 'TOO_LARGE',
  lengthRequired: 'BAD_REQUEST',
  // UploadThing has no 429 or 503; the message still carries the key the browser translates.
  busy: 'BAD_REQUEST',
  unavailable: 'INTERNAL_SERVER_ERROR',
} as const;

/**
 * A refusal from the data layer as UploadThing understands it. A bare Error would become a
 * 500; the message is the `validation` (or `errors`) key the browser translates.
 */
function toUploadThingError(thrown: unknown): unknown {
  const error = asDomainError(thrown);
  if (!isDomainError(error)) return error;
  const field = error.fieldErrors ? Object.values(error.fieldErrors).flat()[0] : undefined;
  return new UploadThingError({ code: STATUS_CODES[error.code], message: field ?? error.code });
}

/**
 * The `caseMaterial` route with the rules of the local route: one PDF, JPEG or PNG, at
 * most the catalogue's largest limit here (each material's own limit is checked in
 * `authorize`), the uploader checked by the same data-layer function. Authorize and
 * record are injected so the router can be tested without a database or a network.
 */
export function createCaseMaterialRouter({
  authorize,
  record,
}: {
  authorize: AuthorizeCaseMaterialUpload;
  record: RecordCaseMaterialUpload;
}) {
  const f = createUploadthing();
  const limit = { maxFileSize: MATERIAL_UPLOAD_CEILING, maxFileCount: 1, minFileCount: 1 } as const;
  return {
    caseMaterial: f({ 'application/pdf': limit, 'image/jpeg': limit, 'image/png': limit }, { awaitServerData: true })
      .input(caseMaterialInput)
      .middleware(async ({ req, input, files }) => {
        if (files.length !== 1) throw new UploadThingError({ code: 'BAD_REQUEST', message: 'fileCount' });
        const [file] = files;
        try {
          const { userId } = await authorize({ req, input, file: { name: file.name, size: file.size, type: file.type } });
          return { caseId: input.caseId, materialCode: input.materialCode, userId } satisfies CaseMaterialMetadata;
        } catch (error) {
          throw toUploadThingError(error);
        }
      })
      .onUploadComplete(async ({ metadata, file }): Promise<CaseMaterialServerData> => {
        try {
          const saved = await record({
            metadata,
            file: { key: file.key, name: file.name, size: file.size, type: file.type, ufsUrl: file.ufsUrl },
          });
          return { ok: true, materialCode: saved.materialCode, version: saved.version, fileId: saved.fileId };
        } catch (error) {
          // Returned, not thrown: a throw here leaves the browser waiting for server data.
          if (isDomainError(error)) return { ok: false, code: error.code, fields: error.fieldErrors ?? {} };
          throw error;
        }
      }),
  } satisfies FileRouter;
}

export type CaseMaterialRouter = ReturnType<typeof createCaseMaterialRouter>;
