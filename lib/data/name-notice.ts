import 'server-only';
import { createHash } from 'node:crypto';
import { and, desc, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { caseMaterials, departments, enterpriseNames, enterprises, serviceMaterials, storedFiles } from '@/db/schema';
import { zoneDate } from '@/lib/domain/clock';
import { NAME_NOTICE_SOURCE, NAME_NOTICE_TITLE, renderNameNotice } from '@/lib/domain/name-notice';
import { getStorage } from '@/lib/storage';
import { appendAudit, type AuditContext } from './audit';
import { MARKET_DEPARTMENT } from './licences';

/*
 * The 企业名称自主申报告知书 of a licence application is not uploaded: the portal generates it
 * from the reservation it holds and stores it like an upload (a PDF in the file store, a new
 * version of the material with source 'generated' and the name's id as its reference).
 */

export type NameNoticeCase = {
  id: string;
  itemVersionId: string;
  /** The enterprise that filed the case: it declared the name. */
  enterpriseId: string;
  formData: Record<string, unknown>;
};

/**
 * Inside the submitting transaction: for each material of the case's item satisfied by the name
 * reservation, generates the notice of the name the form chose and makes it the material's
 * current version — unless the current one was already generated from the same name. Returns
 * the material codes it generated. The bytes are stored first and removed again when writing
 * their rows fails; when the enclosing transaction fails later, the stored object is left
 * unreferenced (never served: files are only reachable through a case material).
 */
export async function attachNameNotice(tx: Executor, c: NameNoticeCase, audit: AuditContext, now = new Date()): Promise<string[]> {
  const materials = await tx
    .select({ code: serviceMaterials.code })
    .from(serviceMaterials)
    .where(and(eq(serviceMaterials.versionId, c.itemVersionId), eq(serviceMaterials.eLicenceType, NAME_NOTICE_SOURCE)));
  const fullName = typeof c.formData.enterpriseName === 'string' ? c.formData.enterpriseName : '';
  if (!materials.length || !fullName) return [];
  const [name] = await tx
    .select()
    .from(enterpriseNames)
    .where(and(eq(enterpriseNames.fullName, fullName), inArray(enterpriseNames.status, ['reserved', 'registered'])));
  if (!name) return [];
  const [[declarant], [issuer]] = await Promise.all([
    tx.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, c.enterpriseId)),
    tx.select({ name: departments.nameZh }).from(departments).where(eq(departments.code, MARKET_DEPARTMENT)),
  ]);

  const generated: string[] = [];
  for (const { code } of materials) {
    const current = and(eq(caseMaterials.caseId, c.id), eq(caseMaterials.materialCode, code), isNull(caseMaterials.replacedAt));
    const [previous] = await tx
      .select({ version: caseMaterials.version, source: caseMaterials.source, sourceRef: caseMaterials.sourceRef })
      .from(caseMaterials)
      .where(current)
      .orderBy(desc(caseMaterials.version))
      .limit(1);
    if (previous?.source === 'generated' && previous.sourceRef === name.id) continue;

    const bytes = renderNameNotice({
      fullName: name.fullName,
      region: name.region,
      tradeName: name.tradeName,
      industry: name.industry,
      organizationForm: name.organizationForm,
      authority: name.authority,
      status: name.status === 'registered' ? 'registered' : 'reserved',
      statusDate: name.statusDate,
      reservedUntil: name.reservedUntil,
      declarant: declarant?.name ?? '',
      issuer: issuer?.name ?? '许昌市市场监督管理局经济技术开发区分局',
      generatedOn: zoneDate(now),
    });
    const storage = getStorage();
    const fileName = `${NAME_NOTICE_TITLE}-${name.fullName}.pdf`;
    const stored = await storage.put({ bytes, name: fileName, contentType: 'application/pdf' });
    try {
      const [file] = await tx
        .insert(storedFiles)
        .values({
          storage: storage.kind,
          key: stored.key,
          originalName: fileName,
          contentType: 'application/pdf',
          size: bytes.byteLength,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          url: stored.url,
          uploadedBy: audit.actorId,
        })
        .returning({ id: storedFiles.id });
      const [{ last }] = await tx
        .select({ last: max(caseMaterials.version) })
        .from(caseMaterials)
        .where(and(eq(caseMaterials.caseId, c.id), eq(caseMaterials.materialCode, code)));
      const version = (last ?? 0) + 1;
      await tx.update(caseMaterials).set({ replacedAt: now }).where(current);
      await tx.insert(caseMaterials).values({
        caseId: c.id,
        materialCode: code,
        version,
        fileId: file.id,
        source: 'generated',
        sourceRef: name.id,
        uploadedBy: audit.actorId,
        createdAt: now,
      });
      await appendAudit(tx, audit, {
        action: 'case.material.generate',
        entityType: 'case',
        entityId: c.id,
        before: previous ? { materialCode: code, version: previous.version, source: previous.source } : null,
        after: { materialCode: code, version, fileId: file.id, source: 'generated', nameId: name.id, fullName: name.fullName },
      });
    } catch (error) {
      await storage.delete(stored.key).catch(() => undefined);
      throw error;
    }
    generated.push(code);
  }
  return generated;
}
