'use server';

import { revalidatePath } from 'next/cache';
import { changeLicenceStatus } from '@/lib/data/licence-status';
import { licenceStatusChangeSchema } from '@/lib/validation/licence';
import { defineAction } from './define-action';

/** Suspend, reinstate or revoke a licence; the data layer checks who may and whether the change is allowed. */
export const changeLicenceStatusAction = defineAction(licenceStatusChangeSchema, async (input, { viewer, meta }) => {
  const result = await changeLicenceStatus(viewer, input, meta);
  revalidatePath(`/licences/${result.creditCode}`);
  revalidatePath(`/verify/${result.creditCode}`);
  revalidatePath('/my/wallet');
  return { status: result.status };
});
