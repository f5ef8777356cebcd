'use server';

import { revalidatePath } from 'next/cache';
import { changeLicenceStatus } from '@/lib/data/licence-status';
import { licenceStatusChangeSchema } from '@/lib/validation/licence';
import { defineAction } from './define-action';

/** Suspend, reinstate or revoke a licence; the data layer checks who may and whether the change is allowed. */
export const changeLicenceStatusAction = defineAction(licenceStatusChangeSchema, async (input, { viewer, meta }) => {
  const { creditCode } = await changeLicenceStatus(viewer, input, meta);
  revalidatePath(`/licences/${creditCode}`);
  revalidatePath(`/verify/${creditCode}`);
  revalidatePath('/my/wallet');
});
