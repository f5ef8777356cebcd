import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { insertStoredFile, sweepOrphanedFiles } from '@/lib/data/files';
import { setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const HOUR = 3_600_000;

describe('the sweep of files a crash left', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ow-orphans-'));
    vi.stubEnv('UPLOAD_DIR', root);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(root, { recursive: true, force: true });
  });

  /** A file in the upload folder, last written `hoursAgo`. */
  async function place(relative: string, hoursAgo: number) {
    const file = path.join(root, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '%PDF-1.4');
    const when = new Date(Date.now() - hoursAgo * HOUR);
    await utimes(file, when, when);
    return relative;
  }
  const key = () => `${randomUUID()}.pdf`;
  const shardOf = (k: string) => `${k.slice(0, 2)}/${k}`;
  const present = async () => {
    const found: string[] = [];
    for (const dir of await readdir(root)) for (const name of await readdir(path.join(root, dir))) found.push(`${dir}/${name}`);
    return found.sort();
  };

  it('removes temporary files and unrecorded files past the grace period, and nothing else', async () => {
    const [uploader] = await test.db.query.users.findMany({ columns: { id: true }, limit: 1 });
    const recordedKey = key();
    const recorded = await place(shardOf(recordedKey), 48);
    await insertStoredFile(
      test.db,
      { contentType: 'application/pdf', name: 'kept.pdf', size: 8, sha256: '0'.repeat(64) },
      { storage: 'local', key: recordedKey, url: null },
      uploader.id,
    );
    const orphanKey = key();
    const orphan = await place(shardOf(orphanKey), 25);
    const freshOrphan = await place(shardOf(key()), 1); // an upload whose row is about to commit
    const oldTemp = await place(`${orphanKey.slice(0, 2)}/${orphanKey}.${randomUUID()}.tmp`, 30);
    const oldIncoming = await place(`.incoming/${randomUUID()}.tmp`, 30);
    const freshIncoming = await place(`.incoming/${randomUUID()}.tmp`, 0); // an upload arriving now
    const foreign = await place('ab/not-a-key.txt', 100); // never ours to remove

    expect(await sweepOrphanedFiles(test.db, { graceMs: 24 * HOUR })).toEqual({ removed: 3 });
    const left = await present();
    expect(left).toEqual([recorded, freshOrphan, freshIncoming, foreign].sort());
    expect(left).not.toContain(orphan);
    expect(left).not.toContain(oldTemp);
    expect(left).not.toContain(oldIncoming);

    // UPLOAD_ORPHAN_GRACE_HOURS sets the default grace: half an hour catches the hour-old orphan too.
    vi.stubEnv('UPLOAD_ORPHAN_GRACE_HOURS', '0.5');
    expect(await sweepOrphanedFiles(test.db)).toEqual({ removed: 1 });
    expect(await present()).toEqual([recorded, freshIncoming, foreign].sort());
  });
});
