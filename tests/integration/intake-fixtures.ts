import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { caseMaterials, cases, serviceMaterials, storedFiles } from '@/db/schema';

/**
 * The materials of a case's catalogue version that a plain acceptance needs: `core` the core
 * ones, `other` the required non-core ones, `all` both.
 */
export async function requiredMaterials(
  db: Database,
  caseId: string,
  which: 'core' | 'other' | 'all' = 'all',
): Promise<string[]> {
  const rows = await db
    .select({ code: serviceMaterials.code, core: serviceMaterials.core })
    .from(serviceMaterials)
    .innerJoin(cases, eq(cases.itemVersionId, serviceMaterials.versionId))
    .where(and(eq(cases.id, caseId), eq(serviceMaterials.required, true)))
    .orderBy(serviceMaterials.sortOrder);
  return rows.filter((r) => which === 'all' || (which === 'core') === r.core).map((r) => r.code);
}

/**
 * Materials recorded as uploaded (a stored PDF), as the upload route leaves them; the bytes are not
 * needed here. A later `version` replaces the one before, as a new upload does.
 */
export async function supplyMaterials(db: Database, caseId: string, codes: readonly string[], version = 1) {
  for (const code of codes) {
    const [file] = await db
      .insert(storedFiles)
      .values({
        storage: 'local',
        key: `test/${caseId}/${code}-${version}.pdf`,
        originalName: `${code}.pdf`,
        contentType: 'application/pdf',
        size: 1024 * version,
        sha256: String(version % 10).repeat(64),
      })
      .returning({ id: storedFiles.id });
    if (version > 1) {
      await db
        .update(caseMaterials)
        .set({ replacedAt: new Date() })
        .where(and(eq(caseMaterials.caseId, caseId), eq(caseMaterials.materialCode, code), isNull(caseMaterials.replacedAt)));
    }
    await db.insert(caseMaterials).values({ caseId, materialCode: code, version, fileId: file.id, source: 'upload' });
  }
}
