import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { caseMaterials, serviceMaterials } from '@/db/schema';
import { intakeGaps, type IntakeGaps } from '@/lib/domain/intake';
import { answerErrors, contactErrors, type ContactAnswers } from '@/lib/validation/application-answers';
import { waiversForCase } from './projects';

type IntakeCase = {
  formKey: string;
  formData: Record<string, unknown>;
  contact: Partial<ContactAnswers> | null;
  materials: readonly { code: string; required: boolean; core: boolean }[];
  /** Materials with a current version (upload or wallet). */
  supplied: ReadonlySet<string>;
  /** Materials a regional assessment waives for the case's project, or a promise of the applicant replaces (告知承诺). */
  waived: ReadonlySet<string>;
};

/** The intake check's facts from what a case holds: the submission's answer and contact checks, and the materials. */
export function intakeGapsOf(c: IntakeCase): IntakeGaps {
  return intakeGaps({
    answerProblems: answerErrors(c.formKey, c.formData),
    contactProblems: contactErrors(c.contact),
    materials: c.materials.map((m) => ({
      code: m.code,
      required: m.required,
      core: m.core,
      supplied: c.supplied.has(m.code),
      waived: c.waived.has(m.code),
    })),
  });
}

/** What a case lacks for acceptance, read in the caller's transaction (the workflow's intake guard). Not a viewer's read. */
export async function loadIntakeGaps(
  tx: Executor,
  c: { id: string; itemVersionId: string; formData: Record<string, unknown>; contact: Partial<ContactAnswers> | null },
  formKey: string,
  /** The materials the applicant's promises replace: like a waived one, not required. */
  replacedByPromise: ReadonlySet<string> = new Set(),
): Promise<IntakeGaps> {
  // One after the other: a transaction is one connection.
  const materials = await tx
    .select({ code: serviceMaterials.code, required: serviceMaterials.required, core: serviceMaterials.core })
    .from(serviceMaterials)
    .where(eq(serviceMaterials.versionId, c.itemVersionId))
    .orderBy(serviceMaterials.sortOrder);
  const current = await tx
    .select({ code: caseMaterials.materialCode })
    .from(caseMaterials)
    .where(and(eq(caseMaterials.caseId, c.id), isNull(caseMaterials.replacedAt)));
  const waivers = await waiversForCase(tx, c.id);
  return intakeGapsOf({
    formKey,
    formData: c.formData,
    contact: c.contact,
    materials,
    supplied: new Set(current.map((m) => m.code)),
    waived: new Set([...waivers.map((w) => w.materialCode), ...replacedByPromise]),
  });
}
