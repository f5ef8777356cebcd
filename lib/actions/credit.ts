'use server';

import { revalidatePath } from 'next/cache';
import { clearCreditRecord, recordCreditRecord } from '@/lib/data/credit-records';
import { creditClearSchema, creditRecordSchema } from '@/lib/validation/credit';
import { defineAction } from './define-action';

// The desk's case pages show the record too (the enterprise badge and its credit section).
function revalidateCredit() {
  revalidatePath('/dashboard/credit');
  revalidatePath('/desk/cases/[id]', 'page');
}

/** A manager records a credit record (失信) against an enterprise; the data layer checks who may. */
export const recordCreditAction = defineAction(creditRecordSchema, async (input, { viewer, meta }) => {
  await recordCreditRecord(viewer, input, meta);
  revalidateCredit();
});

/** A manager clears a record (信用修复) with the reason and the evidence. */
export const clearCreditAction = defineAction(creditClearSchema, async (input, { viewer, meta }) => {
  await clearCreditRecord(viewer, input, meta);
  revalidateCredit();
});
