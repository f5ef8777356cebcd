import { DomainError, RETRY_AFTER_SECONDS } from '@/lib/errors';

/** How many uploads one user may have in progress at once: UPLOAD_CONCURRENCY_PER_USER, 3 by default. */
export function uploadsPerUser(): number {
  const n = Number(process.env.UPLOAD_CONCURRENCY_PER_USER ?? 3);
  return Number.isInteger(n) && n > 0 ? n : 3;
}

// Per server process (kept on globalThis, which every route bundle shares): with several
// instances a user may have this many uploads in progress on each. An upload holds its slot
// only while its body arrives and is stored, so a crash leaves nothing to clean up.
const holder = globalThis as unknown as { __onewindowUploads?: Map<string, number> };
const inProgress = (holder.__onewindowUploads ??= new Map());

/** Runs `upload` in one of the user's upload slots; a user with every slot taken is refused with 429. */
export async function withUploadSlot<T>(userId: string, upload: () => Promise<T>): Promise<T> {
  const limit = uploadsPerUser();
  const current = inProgress.get(userId) ?? 0;
  if (current >= limit) {
    throw new DomainError('busy', `At most ${limit} uploads at once; wait about ${RETRY_AFTER_SECONDS} s for one to finish.`);
  }
  inProgress.set(userId, current + 1);
  try {
    return await upload();
  } finally {
    const left = (inProgress.get(userId) ?? 1) - 1;
    if (left > 0) inProgress.set(userId, left);
    else inProgress.delete(userId);
  }
}
