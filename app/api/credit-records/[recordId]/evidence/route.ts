import { fileUploadRoute } from '@/lib/api/upload-route';
import { attachCreditClearingEvidence } from '@/lib/data/files';

/** The evidence for clearing a credit record, a manager's, attached before clearing it. */
export const POST = fileUploadRoute<{ recordId: string }>(
  'POST /api/credit-records/[recordId]/evidence',
  (viewer, { recordId }, file, meta) => attachCreditClearingEvidence(viewer, { recordId, ...file }, meta),
);
