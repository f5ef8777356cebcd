import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { caseMaterials, cases } from '@/db/schema';

/** The id and enterprise of the demo case about `subject`. */
export async function demoCase(db: Database, subject: string) {
  const [row] = await db.select({ id: cases.id, enterpriseId: cases.enterpriseId }).from(cases).where(eq(cases.subject, subject));
  if (!row) throw new Error(`no demo case about ${subject}`);
  return row;
}

/** The versions of a case material, newest first. */
export async function materialVersions(db: Database, caseId: string, materialCode: string) {
  return db
    .select({ id: caseMaterials.id, version: caseMaterials.version, fileId: caseMaterials.fileId })
    .from(caseMaterials)
    .where(and(eq(caseMaterials.caseId, caseId), eq(caseMaterials.materialCode, materialCode)))
    .orderBy(desc(caseMaterials.version));
}
