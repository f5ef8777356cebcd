'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { signIn, SignInThrottled, signOut } from '@/lib/auth';
import { homePathFor } from '@/lib/auth/permissions';
import { sameOriginPath } from '@/lib/auth/redirect';
import { getViewer, requestMeta } from '@/lib/auth/session';
import { endOwnSessions, findAccountByEmail, recordSignIn, registerApplicant } from '@/lib/data/accounts';
import { signInSchema } from '@/lib/validation/auth';
import { registerSchemaWithStrength } from '@/lib/validation/password-strength';
import { defineAction, type ActionResult } from './define-action';

export async function signInAction(raw: { email: string; password: string; callbackUrl?: string }): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, formError: 'invalidCredentials' };
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof SignInThrottled) return { ok: false, formError: 'throttled', retryAfterMs: error.retryAfterMs };
    if (error instanceof AuthError) return { ok: false, formError: 'invalidCredentials' };
    throw error;
  }
  const user = await findAccountByEmail(parsed.data.email);
  if (!user) return { ok: false, formError: 'invalidCredentials' };
  await recordSignIn(user.id, await requestMeta());
  redirect(sameOriginPath(raw.callbackUrl) ?? homePathFor(user.roles));
}

/** Ends every session of the account, not only this browser's: a copied cookie stops working too. */
export async function signOutAction() {
  const viewer = await getViewer();
  if (viewer.kind === 'user') await endOwnSessions(viewer, await requestMeta());
  await signOut({ redirectTo: '/' });
}

export const registerAction = defineAction(registerSchemaWithStrength, async (input, { meta }) => {
  const result = await registerApplicant(input, meta);
  await signIn('credentials', { email: input.email, password: input.password, redirect: false });
  return { membershipStatus: result.membershipStatus };
});
