'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { z } from 'zod';
import { caseAction } from '@/lib/actions/case';
import type { ActionResult } from '@/lib/actions/define-action';
import type { caseActionSchema } from '@/lib/validation/case';

/** The case and the version the user is looking at; an action on an older version writes nothing. */
export type CaseRef = { caseId: string; version: number };
export type CasePayload = Omit<z.input<typeof caseActionSchema>, 'caseId' | 'version'>;

/**
 * The workflow machine reports a failed guard under `transition`; this says which part of a
 * form the failure is about, so it is shown there.
 */
const GUARD_FIELD: Record<string, string> = {
  reasonRequired: 'reason',
  conditionsRequired: 'conditions',
  noSupplementItems: 'supplementItems',
  supplementAlreadyOpen: 'supplementItems',
  nothingTolerated: 'tolerated',
  coreMaterialTolerated: 'tolerated',
  dueDateBeyondPromise: 'tolerated',
  dueDateInPast: 'tolerated',
  missingMaterialNotTolerated: 'tolerated',
  toleranceNotAllowed: 'tolerated',
  enterpriseDiscredited: 'tolerated',
};

/**
 * What a refused acceptance lacked (codes, not messages): the intake check on the page names
 * them, so they are not repeated as messages.
 */
const DETAIL_FIELDS = new Set(['missingFields', 'missingContact', 'missingMaterials']);

/** The first message key per field, with guard failures moved to the field they concern. */
export function fieldErrorsOf(raw: Record<string, string[] | undefined> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, messages] of Object.entries(raw ?? {})) {
    const key = messages?.[0];
    if (!key || DETAIL_FIELDS.has(field)) continue;
    const target = field === 'transition' ? (GUARD_FIELD[key] ?? 'transition') : field;
    out[target] ??= key;
  }
  return out;
}

/**
 * Runs one desk action and keeps what the form shows about it: the form-level error key
 * (`staleVersion` → "this case changed — reload"), field errors, and whether it is running.
 * On success the page is refreshed, so the case, its version and the offered actions are new.
 */
export function useCaseAction(ref: CaseRef) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [running, setRunning] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  /** Counts failed attempts; forms key their confirm step on it so a failure asks again. */
  const [attempt, setAttempt] = useState(0);

  async function run(call: () => Promise<ActionResult<unknown>>): Promise<boolean> {
    setRunning(true);
    setFormError(undefined);
    setFieldErrors({});
    try {
      const result = await call();
      if (result.ok) {
        startRefresh(() => router.refresh());
        return true;
      }
      setFormError(result.formError);
      setFieldErrors(fieldErrorsOf(result.fieldErrors));
    } catch {
      setFormError('unexpected');
    } finally {
      setRunning(false);
    }
    setAttempt((n) => n + 1);
    return false;
  }

  return {
    pending: running || refreshing,
    formError,
    fieldErrors,
    attempt,
    send: (payload: CasePayload) => run(() => caseAction({ ...payload, caseId: ref.caseId, version: ref.version })),
    run,
    reload: () => startRefresh(() => router.refresh()),
  };
}

export type CaseActionState = ReturnType<typeof useCaseAction>;
