import { fileUploadRoute } from '@/lib/api/upload-route';
import { attachSignedCommitmentScan } from '@/lib/data/tolerance-commitments';

/** The window attaches the scan of a tolerance commitment signed at the counter. */
export const POST = fileUploadRoute<{ id: string }>('POST /api/commitments/[id]/scan', (viewer, { id }, file, meta) =>
  attachSignedCommitmentScan(viewer, { commitmentId: id, ...file }, meta),
);
