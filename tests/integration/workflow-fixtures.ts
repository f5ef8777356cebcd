import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { cases } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { performCaseAction } from '@/lib/data/case-workflow';
import { NO_ACTION_PAYLOAD, type CaseActionInput } from '@/lib/validation/case';

/** Fires a workflow transition on a case at its current version, as a desk or wizard button does. */
export function caseActions(test: { readonly db: Database }, meta = { ip: '127.0.0.1' }) {
  return async function act(viewer: Viewer, caseId: string, transition: string, extra: Partial<CaseActionInput> = {}) {
    const [{ version }] = await test.db.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
    return performCaseAction(viewer, { ...NO_ACTION_PAYLOAD, caseId, version, transition, ...extra }, meta);
  };
}
