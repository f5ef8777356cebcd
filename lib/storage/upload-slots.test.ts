import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '@/lib/errors';
import { withUploadSlot } from './upload-slots';

describe('withUploadSlot', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('lets a user run three uploads at once, refuses the fourth with busy, and frees a slot when one ends', async () => {
    const releases: (() => void)[] = [];
    const pending = () => new Promise<void>((resolve) => releases.push(resolve));
    const running = [1, 2, 3].map(() => withUploadSlot('u1', pending));
    const fourth = await withUploadSlot('u1', async () => 'ran').catch((e: unknown) => e);
    expect(fourth).toBeInstanceOf(DomainError);
    expect((fourth as DomainError).code).toBe('busy');
    // Another user is not held back.
    expect(await withUploadSlot('u2', async () => 'ran')).toBe('ran');
    releases[0]();
    await running[0];
    expect(await withUploadSlot('u1', async () => 'ran')).toBe('ran');
    releases.slice(1).forEach((release) => release());
    await Promise.all(running);
  });

  it('frees the slot of an upload that fails, and takes its cap from UPLOAD_CONCURRENCY_PER_USER', async () => {
    vi.stubEnv('UPLOAD_CONCURRENCY_PER_USER', '1');
    await expect(withUploadSlot('u3', async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    let release = () => {};
    const first = withUploadSlot('u3', () => new Promise<void>((resolve) => (release = resolve)));
    await expect(withUploadSlot('u3', async () => 'ran')).rejects.toMatchObject({ code: 'busy' });
    release();
    await first;
  });
});
