import { fileUploadRoute } from '@/lib/api/upload-route';
import { attachObligationEvidence } from '@/lib/data/files';

/** The evidence that a promise was kept, from the enterprise. */
export const POST = fileUploadRoute<{ obligationId: string }>(
  'POST /api/obligations/[obligationId]/evidence',
  (viewer, { obligationId }, file, meta) => attachObligationEvidence(viewer, { obligationId, ...file }, meta),
);
