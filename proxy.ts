import NextAuth from 'next-auth';
import { authConfig } from './lib/auth/auth.config';

const { auth } = NextAuth(authConfig);

// Redirects only (anonymous → sign-in, wrong role → 403 page); every page and action
// checks permissions again through the data layer.
export const proxy = auth;

export const config = {
  matcher: ['/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|woff2?)$).*)'],
};
