import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './auth.config';
import { signInSchema } from '../validation/auth';
import { signInWithPassword } from '../data/accounts';
import { clientAddressOf } from '../deployment';

/** Too many failed attempts: the password was not checked. `code` reaches the sign-in page's URL. */
export class SignInThrottled extends CredentialsSignin {
  code = 'throttled';
  constructor(readonly retryAfterMs: number) {
    super();
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const outcome = await signInWithPassword(parsed.data.email, parsed.data.password, {
          ip: clientAddressOf(request.headers),
        });
        if (!outcome.ok) throw outcome.retryAfterMs ? new SignInThrottled(outcome.retryAfterMs) : new CredentialsSignin();
        const { user } = outcome;
        return { id: user.id, name: user.name, email: user.email, roles: user.roles, sessionVersion: user.sessionVersion };
      },
    }),
  ],
});
