import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { registerSchema } from './auth';

/*
 * The strength estimate of a new password (issue 13, finding 8): zxcvbn-ts with its list of
 * common passwords and keyboard patterns. About 1 MB of dictionaries, so it runs on the server
 * only; the form shows its verdict as the password field's error, like any other.
 */

/** zxcvbn's "safely unguessable" (about 10^8 guesses and more). */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/** True when the password is strong enough; `userInputs` (name, e-mail) count as easy to guess. */
export async function isStrongPassword(password: string, userInputs: string[] = []): Promise<boolean> {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const { score } = await estimator.check(password, userInputs);
  return score >= MIN_PASSWORD_SCORE;
}

/** The registration form's schema plus the strength estimate: what the registration action parses with. */
export const registerSchemaWithStrength = registerSchema.superRefine(async (value, ctx) => {
  if (!(await isStrongPassword(value.password, [value.email, value.email.split('@')[0], value.name, value.phone]))) {
    ctx.addIssue({ code: 'custom', path: ['password'], message: 'passwordGuessable' });
  }
});
