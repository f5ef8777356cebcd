import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEvents, caseMaterials, cases, departments, obligations, storedFiles } from '@/db/schema';
import { ANONYMOUS, type Viewer } from '@/lib/auth/permissions';
import { listCaseMaterials, readCaseFile, uploadCaseMaterial } from '@/lib/data/files';
import { isDomainError } from '@/lib/errors';
import { insertLicenceDraft, minimalPdf } from './file-fixtures';
import { setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const meta = { ip: '10.0.0.7' };

// A 1×1 transparent PNG.
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
);

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, fields: error.fieldErrors };
    throw error;
  }
  throw new Error('expected a refusal');
}

async function filesOnDisk(dir: string): Promise<number> {
  const shards = await readdir(dir).catch(() => [] as string[]);
  let n = 0;
  for (const shard of shards) n += (await readdir(path.join(dir, shard))).length;
  return n;
}

describe('case materials', () => {
  let uploadDir: string;
  let caseId: string;
  let applicantA: Viewer;
  let applicantB: Viewer;
  let clerk: Viewer;

  async function setState(state: (typeof cases.$inferSelect)['state']) {
    await test.db.update(cases).set({ state }).where(eq(cases.id, caseId));
  }

  async function lastAudit(action: string) {
    const [event] = await test.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, caseId)))
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    return event;
  }

  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(os.tmpdir(), 'ow-files-'));
    vi.stubEnv('UPLOAD_DIR', uploadDir);
    vi.stubEnv('UPLOADTHING_TOKEN', '');
    applicantA = await test.viewerOf('applicant@onewindow.test');
    applicantB = await test.viewerOf('applicant2@onewindow.test');
    clerk = await test.viewerOf('clerk@onewindow.test');
    if (applicantA.kind !== 'user') throw new Error('seed is missing applicant A');
    caseId = await insertLicenceDraft(test.db, applicantA, '材料上传测试');
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(uploadDir, { recursive: true, force: true });
  });

  it('stores a PDF as version 1 and audits the upload', async () => {
    const pdf = minimalPdf();
    const result = await uploadCaseMaterial(
      applicantA,
      { caseId, materialCode: 'application-form', bytes: pdf, originalName: '../申请书.PDF' },
      meta,
    );
    expect(result).toMatchObject({
      materialCode: 'application-form',
      version: 1,
      name: '申请书.pdf',
      size: pdf.byteLength,
      contentType: 'application/pdf',
    });
    expect(await filesOnDisk(uploadDir)).toBe(1);
    const event = await lastAudit('case.material.upload');
    expect(event).toMatchObject({
      ip: meta.ip,
      before: null,
      after: { materialCode: 'application-form', version: 1, name: '申请书.pdf' },
    });
    expect((event.after as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps version 1 when version 2 (a PNG) arrives', async () => {
    const v2 = await uploadCaseMaterial(
      applicantA,
      { caseId, materialCode: 'application-form', bytes: PNG, originalName: 'scan.pdf' },
      meta,
    );
    expect(v2).toMatchObject({ version: 2, contentType: 'image/png', name: 'scan.png' });
    const [group] = (await listCaseMaterials(applicantA, caseId)).filter((g) => g.materialCode === 'application-form');
    expect(group.current?.version).toBe(2);
    expect(group.versions.map((v) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(group.versions[1].replacedAt).not.toBeNull();
    // The earlier version's bytes are still there to read.
    const v1 = await readCaseFile(applicantA, group.versions[1].file!.id, meta);
    expect(new TextDecoder().decode(v1.body.slice(0, 8))).toBe('%PDF-1.4');
    const event = await lastAudit('case.material.upload');
    expect(event.before).toMatchObject({ version: 1, name: '申请书.pdf' });
    expect(event.after).toMatchObject({ version: 2, name: 'scan.png' });
  });

  it('refuses a text file renamed .pdf, by its content', async () => {
    const before = await filesOnDisk(uploadDir);
    const text = new TextEncoder().encode('This is not a PDF, whatever its name says.\n');
    expect(
      await refusal(
        uploadCaseMaterial(applicantA, { caseId, materialCode: 'application-form', bytes: text, originalName: 'x.pdf' }, meta),
      ),
    ).toEqual({ code: 'invalid', fields: { file: ['fileType'] } });
    expect(await filesOnDisk(uploadDir)).toBe(before);
  });

  it("refuses a file over the material's limit, and an empty one", async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1); // application-form allows 5 MB
    big.set(minimalPdf());
    expect(
      await refusal(
        uploadCaseMaterial(applicantA, { caseId, materialCode: 'application-form', bytes: big, originalName: 'big.pdf' }, meta),
      ),
    ).toEqual({ code: 'invalid', fields: { file: ['fileTooLarge'] } });
    expect(
      await refusal(
        uploadCaseMaterial(
          applicantA,
          { caseId, materialCode: 'application-form', bytes: new Uint8Array(0), originalName: 'e.pdf' },
          meta,
        ),
      ),
    ).toEqual({ code: 'invalid', fields: { file: ['fileEmpty'] } });
  });

  it('refuses a material the case’s catalogue version does not list', async () => {
    expect(
      await refusal(
        uploadCaseMaterial(
          applicantA,
          { caseId, materialCode: 'no-such-material', bytes: minimalPdf(), originalName: 'a.pdf' },
          meta,
        ),
      ),
    ).toEqual({ code: 'invalid', fields: { materialCode: ['materialUnknown'] } });
  });

  it('refuses another enterprise’s applicant and anonymous callers, to upload and to read', async () => {
    const input = { caseId, materialCode: 'application-form', bytes: minimalPdf(), originalName: 'a.pdf' };
    expect((await refusal(uploadCaseMaterial(applicantB, input, meta))).code).toBe('forbidden');
    expect((await refusal(uploadCaseMaterial(ANONYMOUS, input, meta))).code).toBe('unauthenticated');
    const [group] = await listCaseMaterials(applicantA, caseId);
    const fileId = group.current!.file!.id;
    expect((await refusal(readCaseFile(applicantB, fileId, meta))).code).toBe('forbidden');
    expect((await refusal(readCaseFile(ANONYMOUS, fileId, meta))).code).toBe('unauthenticated');
    expect((await refusal(listCaseMaterials(applicantB, caseId))).code).toBe('forbidden');
    expect((await refusal(readCaseFile(applicantA, '00000000-0000-4000-8000-000000000000', meta))).code).toBe('notFound');
    expect((await refusal(readCaseFile(applicantA, 'not-a-uuid', meta))).code).toBe('notFound');
  });

  it('audits every view, and lets the reviewer of the case’s department read but not another', async () => {
    const [group] = await listCaseMaterials(applicantA, caseId);
    const fileId = group.current!.file!.id;
    const file = await readCaseFile(applicantA, fileId, meta);
    expect(file).toMatchObject({ contentType: 'image/png', name: 'scan.png', size: PNG.byteLength });
    expect(Buffer.from(file.body).equals(Buffer.from(PNG))).toBe(true);
    const event = await lastAudit('case.material.view');
    expect(event).toMatchObject({ ip: meta.ip, after: { fileId, materialCode: 'application-form', version: 2 } });
    if (applicantA.kind === 'user') expect(event.actorId).toBe(applicantA.userId);

    const market = await test.viewerOf('reviewer3@onewindow.test');
    const fire = await test.viewerOf('reviewer@onewindow.test');
    const [dept] = await test.db.select({ id: departments.id }).from(departments).where(eq(departments.code, 'market'));
    if (market.kind === 'user') expect(market.departmentId).toBe(dept.id);
    // Staff read a case's files from its submission on: a draft is the enterprise's own.
    expect((await refusal(readCaseFile(market, fileId, meta))).code).toBe('forbidden');
    await setState('submitted');
    await expect(readCaseFile(market, fileId, meta)).resolves.toMatchObject({ name: 'scan.png' });
    expect((await refusal(readCaseFile(fire, fileId, meta))).code).toBe('forbidden');
  });

  it('follows the case state: applicant while editable or for an open tolerance, clerk until final', async () => {
    const input = { caseId, materialCode: 'appointment-documents', bytes: minimalPdf('v'), originalName: 'a.pdf' };
    await setState('submitted');
    expect((await refusal(uploadCaseMaterial(applicantA, input, meta))).code).toBe('forbidden');
    await expect(uploadCaseMaterial(clerk, input, meta)).resolves.toMatchObject({ version: 1 });

    await setState('needs_supplement');
    await expect(uploadCaseMaterial(applicantA, input, meta)).resolves.toMatchObject({ version: 2 });

    await setState('accepted');
    expect((await refusal(uploadCaseMaterial(applicantA, input, meta))).code).toBe('forbidden');
    if (applicantA.kind !== 'user') throw new Error('unreachable');
    await test.db.insert(obligations).values({
      caseId,
      enterpriseId: applicantA.memberships[0].enterpriseId,
      kind: 'tolerance',
      materialCode: 'appointment-documents',
      requirement: '任职文件',
      dueDate: '2026-12-31',
      commitment: '承诺在期限内补交任职文件。',
    });
    await expect(uploadCaseMaterial(applicantA, input, meta)).resolves.toMatchObject({ version: 3 });
    // The tolerance covers that material only.
    expect((await refusal(uploadCaseMaterial(applicantA, { ...input, materialCode: 'application-form' }, meta))).code).toBe(
      'forbidden',
    );

    await setState('withdrawn');
    expect((await refusal(uploadCaseMaterial(clerk, input, meta))).code).toBe('forbidden');
    await setState('draft');
  });

  it('removes the stored file when the database transaction fails', async () => {
    const before = await filesOnDisk(uploadDir);
    const [{ n: rowsBefore }] = await test.db.select({ n: sql<number>`count(*)::int` }).from(storedFiles);
    // NOT VALID: only new rows are checked (the demo cases hold domicile proofs of their own).
    await test.db.execute(
      sql`alter table case_materials add constraint files_test_reject check (material_code <> 'domicile-proof') not valid`,
    );
    try {
      await expect(
        uploadCaseMaterial(
          applicantA,
          { caseId, materialCode: 'domicile-proof', bytes: minimalPdf(), originalName: 'd.pdf' },
          meta,
        ),
      ).rejects.toThrow();
    } finally {
      await test.db.execute(sql`alter table case_materials drop constraint files_test_reject`);
    }
    expect(await filesOnDisk(uploadDir)).toBe(before);
    const [{ n: rowsAfter }] = await test.db.select({ n: sql<number>`count(*)::int` }).from(storedFiles);
    expect(rowsAfter).toBe(rowsBefore);
    const versions = await test.db
      .select()
      .from(caseMaterials)
      .where(and(eq(caseMaterials.caseId, caseId), eq(caseMaterials.materialCode, 'domicile-proof')));
    expect(versions).toHaveLength(0);
  });

  it('gives concurrent uploads of one material distinct versions', async () => {
    const input = { caseId, materialCode: 'articles-of-association', originalName: 'c.pdf' };
    const results = await Promise.all(
      [1, 2, 3].map((i) => uploadCaseMaterial(applicantA, { ...input, bytes: minimalPdf(`c${i}`) }, meta)),
    );
    expect(results.map((r) => r.version).sort()).toEqual([1, 2, 3]);
    const [group] = (await listCaseMaterials(applicantA, caseId)).filter((g) => g.materialCode === 'articles-of-association');
    expect(group.versions.filter((v) => v.current)).toHaveLength(1);
    expect(group.current?.version).toBe(3);
  });
});
