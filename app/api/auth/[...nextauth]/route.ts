// Auth.js's own endpoints (session, CSRF token, credentials callback, sign-out), for
// integrations and scripts; the portal's forms sign in through server actions.
export { GET, POST } from '@/lib/auth/handlers';
