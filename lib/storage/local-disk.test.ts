import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalDiskStorage, defaultUploadDir, isLocalKey } from './local-disk';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ow-uploads-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const pdf = new TextEncoder().encode('%PDF-1.4 test');

describe('local disk storage', () => {
  it('stores under a random key, sharded by its first two characters, and reads it back', async () => {
    const storage = createLocalDiskStorage({ root });
    const { key, url } = await storage.put({ bytes: pdf, name: '../../secret.pdf', contentType: 'application/pdf' });
    expect(url).toBeNull();
    expect(isLocalKey(key)).toBe(true);
    expect(key).toMatch(/\.pdf$/);
    expect(await readdir(path.join(root, key.slice(0, 2)))).toEqual([key]); // no temp file left behind
    const read = await storage.get(key);
    expect(read?.contentType).toBe('application/pdf');
    expect(Buffer.from(read!.body).toString()).toBe('%PDF-1.4 test');
  });

  it('gives two uploads of the same name different keys', async () => {
    const storage = createLocalDiskStorage({ root });
    const a = await storage.put({ bytes: pdf, name: 'a.pdf', contentType: 'application/pdf' });
    const b = await storage.put({ bytes: pdf, name: 'a.pdf', contentType: 'application/pdf' });
    expect(a.key).not.toBe(b.key);
  });

  it('answers null for a missing key and deletes idempotently', async () => {
    const storage = createLocalDiskStorage({ root });
    const { key } = await storage.put({ bytes: pdf, name: 'x.png', contentType: 'image/png' });
    expect(key).toMatch(/\.png$/);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('rejects every key that is not one of its own, before touching the disk', async () => {
    const storage = createLocalDiskStorage({ root });
    // A file outside the shard layout that a traversal would reach.
    await writeFile(path.join(root, 'outside.pdf'), 'secret');
    const attempts = [
      '../outside.pdf',
      '../../etc/passwd',
      '/etc/passwd',
      'ab/../../outside.pdf',
      '..%2Foutside.pdf',
      'outside.pdf',
      '00000000-0000-0000-0000-000000000000.pdf/../../outside.pdf',
      '00000000-0000-0000-0000-000000000000.pdf\u0000',
      '00000000-0000-0000-0000-000000000000.PDF',
      '',
    ];
    for (const key of attempts) {
      await expect(storage.get(key), key).rejects.toThrow(/Invalid storage key/);
      await expect(storage.delete(key), key).rejects.toThrow(/Invalid storage key/);
    }
  });

  it('reads UPLOAD_DIR when used, not at import', () => {
    const before = process.env.UPLOAD_DIR;
    try {
      process.env.UPLOAD_DIR = root;
      expect(defaultUploadDir()).toBe(root);
      process.env.UPLOAD_DIR = 'relative/dir';
      expect(path.isAbsolute(defaultUploadDir())).toBe(true);
    } finally {
      if (before === undefined) delete process.env.UPLOAD_DIR;
      else process.env.UPLOAD_DIR = before;
    }
  });
});
