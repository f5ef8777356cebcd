import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { caseMaterials, cases, enterpriseNames, serviceMaterials, storedFiles } from '@/db/schema';
import { registryRow } from '@/db/seed-names';

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

const DIGITS = '〇一二三四五六七八九';
let held = 0;
/** A name reserved for the enterprise, new for every application (a licence registers the name it carries). */
export async function holdNewName(db: Database, enterpriseId: string) {
  const n = held++;
  const row = registryRow(
    {
      region: '许昌',
      tradeName: `澄翰${DIGITS[Math.floor(n / 10) % 10]}${DIGITS[n % 10]}`,
      industry: '电梯配件',
      organizationForm: '有限公司',
      status: 'reserved',
      statusDate: '2026-11-01',
      reservedUntil: '2099-12-31',
    },
    enterpriseId,
  );
  await db.insert(enterpriseNames).values(row);
  return row.fullName;
}
