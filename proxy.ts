import NextAuth from 'next-auth';
import { authConfig } from './lib/auth/auth.config';

const { auth } = NextAuth(authConfig);

// Redirects only (anonymous → sign-in, wrong role → 403 page); every page and action
// checks permissions again through the data layer.
export const proxy = auth;

// Static files are skipped by folder (Next's build output) or by exact name (the app's icon),
// never by suffix: `/admin/users/x.png` is a page path and gets the proxy's checks.
export const config = {
  matcher: ['/((?!api/|_next/static/|_next/image$|favicon\\.ico$|icon\\.svg$).*)'],
};
