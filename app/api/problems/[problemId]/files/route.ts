import { fileUploadRoute } from '@/lib/api/upload-route';
import { attachProblemFile } from '@/lib/data/problems';

/** A document attached to a problem, by the enterprise or whoever works it, while it is unresolved. */
export const POST = fileUploadRoute<{ problemId: string }>(
  'POST /api/problems/[problemId]/files',
  (viewer, { problemId }, file, meta) => attachProblemFile(viewer, { problemId, ...file }, meta),
);
