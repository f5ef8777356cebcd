import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { cases, serviceItems, serviceItemVersions } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';

/** A new draft business licence case (XC-SL-002) of the applicant's first enterprise, to upload materials to. */
export async function insertLicenceDraft(
  db: Database,
  applicant: Extract<Viewer, { kind: 'user' }>,
  subject: string,
): Promise<string> {
  const [item] = await db
    .select({ itemId: serviceItems.id, versionId: serviceItemVersions.id, departmentId: serviceItemVersions.leadDepartmentId })
    .from(serviceItems)
    .innerJoin(
      serviceItemVersions,
      and(eq(serviceItemVersions.itemId, serviceItems.id), eq(serviceItemVersions.version, serviceItems.currentVersion)),
    )
    .where(eq(serviceItems.code, 'XC-SL-002'));
  const [draft] = await db
    .insert(cases)
    .values({
      itemId: item.itemId,
      itemVersionId: item.versionId,
      enterpriseId: applicant.memberships[0].enterpriseId,
      applicantId: applicant.userId,
      departmentId: item.departmentId,
      state: 'draft',
      subject,
    })
    .returning({ id: cases.id });
  return draft.id;
}

/** A small but well-formed PDF: header, three objects, a cross-reference table with real offsets. */
export function minimalPdf(text = 'OneWindow'): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>`,
    `<< /Length ${text.length + 24} >>\nstream\nBT /F1 12 Tf (${text}) Tj ET\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
