import { fileUploadRoute } from '@/lib/api/upload-route';
import { attachSignedCommitmentScan, COMMITMENT_SCAN_MAX_MB } from '@/lib/data/tolerance-commitments';

/** The window attaches the scan of a tolerance commitment signed at the counter. */
export const POST = fileUploadRoute<{ id: string }>(
  'POST /api/commitments/[id]/scan',
  `${COMMITMENT_SCAN_MAX_MB}MB`,
  (viewer, { id }, file, meta) => attachSignedCommitmentScan(viewer, { commitmentId: id, ...file }, meta),
);
