import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { storedFiles } from '@/db/schema';
import { createBackup, readBackup, restoreBackup } from '@/lib/backup/backup';
import { uploadCaseMaterial } from '@/lib/data/files';
import { insertLicenceDraft, minimalPdf } from './file-fixtures';
import { driver, setUpTestDatabase } from './harness';
import { databaseUrl, onTestServer } from './template-databases';

const test = setUpTestDatabase();
const source = () => ({ db: test.db, driver: driver === 'postgres' ? ('pg' as const) : ('pglite' as const) });

/** A fresh, migrated, empty database of the driver under test, dropped afterwards. */
async function freshTarget(cleanup: (() => Promise<void>)[]): Promise<DatabaseHandle> {
  if (driver === 'pglite') {
    const handle = await openDatabase({ dataDir: 'memory://' });
    cleanup.push(() => handle.close());
    return handle;
  }
  const name = `ow_restore_${randomBytes(6).toString('hex')}`;
  await onTestServer(`create database ${name}`);
  const handle = await openDatabase({ url: databaseUrl(name) });
  cleanup.push(async () => {
    await handle.close();
    await onTestServer(`drop database if exists ${name} with (force)`);
  });
  return handle;
}

async function rowCounts(handle: Pick<DatabaseHandle, 'db'>): Promise<Record<string, number>> {
  const { rows } = (await handle.db.execute(
    sql`select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by 1`,
  )) as unknown as { rows: { name: string }[] };
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    const [row] = (
      (await handle.db.execute(sql`select count(*)::int as n from ${sql.identifier(name)}`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows;
    counts[name] = Number(row.n);
  }
  return counts;
}

describe('backup and restore', () => {
  const cleanup: (() => Promise<void>)[] = [];
  let work: string;
  let uploadDir: string;
  let backupDir: string;
  let addedFileId: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'ow-backup-'));
    // A private copy of the seed's files: other test files write to the shared folder meanwhile.
    uploadDir = path.join(work, 'uploads');
    await cp(inject('uploadDir'), uploadDir, { recursive: true });
    vi.stubEnv('UPLOAD_DIR', uploadDir);
    vi.stubEnv('UPLOADTHING_TOKEN', '');
    backupDir = path.join(work, 'backup');

    // One more file than the seed's: an applicant's upload to a new draft.
    const applicant = await test.viewerOf('applicant@onewindow.test');
    if (applicant.kind !== 'user') throw new Error('seed is missing the applicant');
    const draftId = await insertLicenceDraft(test.db, applicant, '备份恢复测试');
    const uploaded = await uploadCaseMaterial(
      applicant,
      { caseId: draftId, materialCode: 'application-form', bytes: minimalPdf(), originalName: '备份.pdf' },
      { ip: '10.0.0.9' },
    );
    addedFileId = uploaded.fileId;
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    for (const step of cleanup.reverse()) await step();
    await rm(work, { recursive: true, force: true });
  });

  it('restores into a fresh target: same rows per table, the audit chain verifies, every file hash matches', async () => {
    const { manifest } = await createBackup({ handle: source(), uploadDir, dir: backupDir });
    const expected = await rowCounts(source());
    expect(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))).toEqual(expected);
    const localFiles = await test.db.select().from(storedFiles).where(eq(storedFiles.storage, 'local'));
    expect(manifest.files).toHaveLength(localFiles.length);
    expect(localFiles.map((f) => f.id)).toContain(addedFileId);

    const target = await freshTarget(cleanup);
    const restoredUploads = path.join(work, 'restored-uploads');
    const report = await restoreBackup({ handle: target, uploadDir: restoredUploads, dir: backupDir });
    expect(report.mismatches).toEqual([]);
    expect(report.counts).toEqual(expected);
    expect(report.audit).toMatchObject({ ok: true, checked: expected.audit_events });
    expect(report.files).toEqual({ restored: localFiles.length, hashMismatches: [] });

    // Every file the restored database names is in the restored folder with the recorded hash.
    const restoredFiles = await target.db.select().from(storedFiles).where(eq(storedFiles.storage, 'local'));
    const byKey = new Map(manifest.files.map((f) => [path.basename(f.path), f.path]));
    for (const file of restoredFiles) {
      const bytes = await readFile(path.join(restoredUploads, byKey.get(file.key)!));
      expect(createHash('sha256').update(bytes).digest('hex'), file.key).toBe(file.sha256);
    }
    // Sequences continue where they were: the next credit code is not one already issued.
    const next = async (h: Pick<DatabaseHandle, 'db'>) =>
      ((await h.db.execute(sql`select last_value::text as v from credit_code_seq`)) as unknown as { rows: { v: string }[] })
        .rows[0].v;
    expect(await next(target)).toBe(await next(source()));

    // Refuses the same target now that it holds data, unless told to replace it.
    await expect(restoreBackup({ handle: target, uploadDir: restoredUploads, dir: backupDir })).rejects.toThrow(
      /target is not empty/,
    );
    const again = await restoreBackup({ handle: target, uploadDir: restoredUploads, dir: backupDir, force: true });
    expect(again.counts).toEqual(expected);
    expect(again.audit.ok).toBe(true);
  }, 180_000); // two full restores: PGlite (single-threaded WASM) takes tens of seconds on a busy machine

  it('refuses a damaged backup and a folder that is not empty', async () => {
    await expect(createBackup({ handle: source(), uploadDir, dir: backupDir })).rejects.toThrow(/not empty/);
    const damaged = path.join(work, 'damaged');
    await cp(backupDir, damaged, { recursive: true });
    await writeFile(path.join(damaged, 'tables', 'users.ndjson'), '{}\n', { flag: 'a' });
    await expect(readBackup(damaged)).rejects.toThrow('tables/users.ndjson');
  });
});
