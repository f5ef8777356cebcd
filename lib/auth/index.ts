import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './auth.config';
import { signInSchema } from '../validation/auth';
import { verifyCredentials } from '../data/accounts';

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const user = await verifyCredentials(parsed.data.email, parsed.data.password);
        if (!user) throw new CredentialsSignin();
        return { id: user.id, name: user.name, email: user.email, roles: user.roles };
      },
    }),
  ],
});
