import { can, type Operation, type Role } from './permissions';

/**
 * Which operation a section of the site needs. The proxy uses it to redirect early; the
 * pages still ask the data layer, which is the real check.
 */
const SECTIONS: readonly { prefix: string; operation: Operation }[] = [
  { prefix: '/my', operation: 'case.listOwn' },
  // Before /desk: managers open cases and follow-ups there without an intake queue.
  { prefix: '/desk/cases', operation: 'desk.openCase' },
  { prefix: '/desk/follow-ups', operation: 'followUp.list' },
  { prefix: '/desk', operation: 'desk.queue' },
  { prefix: '/officer', operation: 'officer.home' },
  // Before /dashboard: officers see their part of the obligations ledger and of the key projects too.
  { prefix: '/dashboard/obligations', operation: 'obligation.riskView' },
  { prefix: '/dashboard/key-projects', operation: 'keyProject.list' },
  { prefix: '/dashboard', operation: 'dashboard.view' },
  { prefix: '/admin', operation: 'users.list' },
  { prefix: '/account', operation: 'account.settings' },
];

export type RouteVerdict = 'allow' | 'sign-in' | 'forbidden';

export function routeAccess(pathname: string, session: { userId: string; roles: readonly Role[] } | null): RouteVerdict {
  const section = SECTIONS.find((s) => pathname === s.prefix || pathname.startsWith(`${s.prefix}/`));
  if (!section) return 'allow';
  if (!session) return 'sign-in';
  const viewer = {
    kind: 'user' as const,
    userId: session.userId,
    name: '',
    roles: session.roles,
    departmentId: null,
    memberships: [],
  };
  return can(viewer, section.operation) ? 'allow' : 'forbidden';
}
