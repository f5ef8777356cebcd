'use server';

import { fileOnBehalf, takeOverCase } from '@/lib/data/case-workflow';
import { revokeAuthorization } from '@/lib/data/filing-authorizations';
import { fileOnBehalfSchema, revokeAuthorizationSchema, takeOverSchema } from '@/lib/validation/filing-authorization';
import { defineAction } from './define-action';

export const fileOnBehalfAction = defineAction(fileOnBehalfSchema, async (input, { viewer, meta }) =>
  fileOnBehalf(viewer, input, meta),
);

export const revokeAuthorizationAction = defineAction(revokeAuthorizationSchema, async (input, { viewer, meta }) =>
  revokeAuthorization(viewer, input, meta),
);

export const takeOverCaseAction = defineAction(takeOverSchema, async (input, { viewer, meta }) =>
  takeOverCase(viewer, input, meta),
);
