import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Database } from '@/db/client';
import { cases, serviceItems, serviceItemVersions } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';

export function enterpriseOf(viewer: Viewer): string {
  if (viewer.kind !== 'user' || !viewer.memberships[0]) throw new Error('persona without an enterprise');
  return viewer.memberships[0].enterpriseId;
}

/** The DomainError a promise rejects with (the test fails if it resolves or throws anything else). */
export async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** Cases inserted straight into a test database in the state the engine would leave them, ready for a licence. */
export function licenceCases(test: { readonly db: Database }) {
  async function itemVersion(code: string) {
    const [row] = await test.db
      .select({ itemId: serviceItems.id, versionId: serviceItemVersions.id, departmentId: serviceItemVersions.leadDepartmentId })
      .from(serviceItems)
      .innerJoin(
        serviceItemVersions,
        and(eq(serviceItemVersions.itemId, serviceItems.id), eq(serviceItemVersions.version, serviceItems.currentVersion)),
      )
      .where(eq(serviceItems.code, code));
    if (!row) throw new Error(`no seeded item ${code}`);
    return row;
  }

  let counter = 0;
  /** A case inserted directly in the given state, as the engine would leave it. */
  async function insertCase(
    enterpriseId: string,
    options: {
      service?: string;
      state?: 'approved' | 'draft';
      formData?: Record<string, unknown>;
      /** Leave the case without its lead department (a licence then falls back to the market regulator). */
      withoutDepartment?: boolean;
    } = {},
  ) {
    const { itemId, versionId, departmentId } = await itemVersion(options.service ?? 'XC-SL-002');
    const state = options.state ?? 'approved';
    counter++;
    const [row] = await test.db
      .insert(cases)
      .values({
        itemId,
        itemVersionId: versionId,
        enterpriseId,
        departmentId: options.withoutDepartment ? null : departmentId,
        state,
        subject: 'licence test',
        number: state === 'draft' ? null : `XC-2099-${String(counter).padStart(6, '0')}-L`,
        // Each case establishes its own enterprise (DESIGN §6), so each gets its own name.
        formData: options.formData ?? { ...ESTABLISHMENT_ANSWERS, enterpriseName: `许昌测试${counter}号智造科技有限公司` },
        decision: state === 'approved' ? 'approve' : null,
      })
      .returning({
        id: cases.id,
        enterpriseId: cases.enterpriseId,
        applicantId: cases.applicantId,
        departmentId: cases.departmentId,
        formData: cases.formData,
        number: cases.number,
      });
    return row;
  }

  return { insertCase };
}
