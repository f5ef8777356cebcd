import { fileUploadRoute } from '@/lib/api/upload-route';
import { attachObligationEvidence } from '@/lib/data/files';
import { MATERIAL_UPLOAD_CEILING } from '@/lib/storage/rules';

/** The evidence that a promise was kept, from the enterprise. */
export const POST = fileUploadRoute<{ obligationId: string }>(
  'POST /api/obligations/[obligationId]/evidence',
  MATERIAL_UPLOAD_CEILING,
  (viewer, { obligationId }, file, meta) => attachObligationEvidence(viewer, { obligationId, ...file }, meta),
);
