import { fileUploadRoute } from '@/lib/api/upload-route';
import { uploadCaseMaterial } from '@/lib/data/files';

/** Uploads one version of a case material: multipart/form-data with a `file` field, within the material's own size limit. */
export const POST = fileUploadRoute<{ caseId: string; code: string }>(
  'POST /api/cases/[caseId]/materials/[code]',
  (viewer, { caseId, code }, file, meta) => uploadCaseMaterial(viewer, { caseId, materialCode: code, ...file }, meta),
);
