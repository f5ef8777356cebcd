import { describe, expect, it } from 'vitest';
import { ANONYMOUS, can, homePathFor, OPERATIONS, type Role, type Viewer } from './permissions';
import { routeAccess } from './route-access';

const user = (roles: Role[], extra: Partial<Extract<Viewer, { kind: 'user' }>> = {}): Viewer => ({
  kind: 'user',
  userId: 'u',
  name: 'n',
  roles,
  departmentId: null,
  memberships: [],
  ...extra,
});

const A = 'enterprise-a';
const B = 'enterprise-b';
const FIRE = 'dept-fire';
const PLANNING = 'dept-planning';
const OFFICER = 'officer-paired-with-a';

const personas = {
  anonymous: ANONYMOUS,
  applicantA: user(['applicant'], { memberships: [{ enterpriseId: A, role: 'owner' }] }),
  applicantB: user(['applicant'], { memberships: [{ enterpriseId: B, role: 'member' }] }),
  clerk: user(['clerk'], { departmentId: 'dept-window' }),
  reviewerFire: user(['reviewer'], { departmentId: FIRE }),
  reviewerPlanning: user(['reviewer'], { departmentId: PLANNING }),
  officer: user(['officer'], { departmentId: 'dept-service', userId: OFFICER }),
  manager: user(['manager']),
  admin: user(['admin']),
} satisfies Record<string, Viewer>;
type Persona = keyof typeof personas;

// The expected answer for every operation × persona, on a resource owned by enterprise A
// and handled by the fire department (when a case, a submitted one).
// A's paired officer is the officer persona, who is also on the task force of A's key project.
const resource = {
  enterpriseId: A,
  departmentIds: [FIRE],
  case: { draft: false, enteredBy: 'applicant-a' },
  pairedOfficerId: OFFICER,
  teamMemberIds: [OFFICER],
};
const EXPECTED: Record<(typeof OPERATIONS)[number], Persona[]> = {
  'catalogue.read': Object.keys(personas) as Persona[],
  'names.check': Object.keys(personas) as Persona[],
  'licence.verify': Object.keys(personas) as Persona[],
  'licence.changeStatus': ['reviewerFire', 'admin'],
  'licence.readHistory': ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
  'catalogue.manage': ['admin'],
  'users.list': ['admin'],
  'users.editRoles': ['admin'],
  'users.endSessions': ['admin'],
  'session.endOwn': ['applicantA', 'applicantB', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
  'enterprise.create': ['applicantA', 'applicantB'],
  'enterprise.requestJoin': [
    'applicantA',
    'applicantB',
    'clerk',
    'reviewerFire',
    'reviewerPlanning',
    'officer',
    'manager',
    'admin',
  ],
  'enterprise.read': ['applicantA', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
  'enterprise.manageMembers': ['applicantA', 'admin'],
  'enterprise.actFor': ['applicantA'],
  'wallet.offer': ['applicantA'],
  'case.listOwn': ['applicantA', 'applicantB'],
  'case.read': ['applicantA', 'clerk', 'reviewerFire', 'officer', 'manager'],
  'case.apply': ['applicantA', 'clerk'],
  'case.material.upload': ['applicantA', 'clerk'],
  'case.material.attachWallet': ['applicantA'],
  'case.claim': ['clerk', 'reviewerFire'],
  'case.reassign': ['manager'],
  'task.decide': ['reviewerFire'],
  'task.claim': ['reviewerFire'],
  'drawing.read': ['applicantA', 'clerk', 'reviewerFire', 'officer', 'manager'],
  'drawing.comment': ['reviewerFire'],
  'drawing.settle': ['reviewerFire'],
  'inbox.read': ['applicantA', 'applicantB', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
  'project.listOwn': ['applicantA', 'applicantB'],
  'project.create': ['applicantA'],
  'project.read': ['applicantA', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager'],
  'project.update': ['applicantA'],
  'assessment.read': ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
  'assessment.manage': ['admin'],
  'obligation.read': ['applicantA', 'clerk', 'reviewerFire', 'officer', 'manager'],
  'obligation.riskView': ['officer', 'manager'],
  'obligation.fulfil': ['applicantA'],
  'obligation.verify': ['clerk'],
  'obligation.manage': ['manager'],
  'commitment.propose': ['clerk'],
  'commitment.attachScan': ['clerk'],
  // Only a member of the case's enterprise (A here), never another enterprise's applicant or staff.
  'commitment.sign': ['applicantA'],
  'credit.read': ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
  'credit.record': ['manager'],
  'credit.clear': ['manager'],
  'case.choosePromise': ['applicantA'],
  'verification.list': ['reviewerFire', 'officer', 'manager'],
  'verification.decide': ['reviewerFire'],
  'desk.queue': ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager'],
  'desk.openCase': ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager'],
  'rating.give': ['applicantA'],
  'followUp.list': ['officer', 'manager'],
  'followUp.act': ['officer', 'manager'],
  'followUp.reply': ['applicantA'],
  'dashboard.view': ['manager', 'admin'],
  'audit.verify': ['admin'],
  'calendar.manage': ['admin'],
  'mail.read': ['admin'],
  'keyProject.list': ['officer', 'manager', 'admin'],
  'keyProject.read': ['applicantA', 'officer', 'manager', 'admin'],
  'keyProject.manage': ['manager', 'admin'],
  'keyProject.report': ['applicantA', 'officer'],
  'keyProject.milestone': ['officer', 'manager'],
  'keyProject.api': ['officer', 'manager'],
  'pairing.manage': ['admin'],
  'pairing.read': ['clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
  'officer.home': ['officer'],
  'case.urge': ['officer', 'manager'],
  'problem.raise': ['applicantA'],
  'problem.read': ['applicantA', 'officer', 'reviewerFire', 'manager'],
  'problem.work': ['officer', 'manager'],
  'problem.confirm': ['applicantA'],
  'problem.overview': ['manager'],
  'authorization.record': ['clerk', 'officer'],
  'authorization.read': ['applicantA', 'clerk', 'officer', 'manager'],
  'case.fileOnBehalf': ['clerk', 'officer'],
  'case.takeOver': ['applicantA'],
  'account.settings': ['applicantA', 'applicantB', 'clerk', 'reviewerFire', 'reviewerPlanning', 'officer', 'manager', 'admin'],
};

describe('permission table', () => {
  it('an officer not paired with the enterprise nor on its task force gets none of the scoped grants', () => {
    const other = user(['officer'], { userId: 'another-officer' });
    for (const op of [
      'keyProject.read',
      'keyProject.report',
      'problem.work',
      'case.fileOnBehalf',
      'case.urge',
      'obligation.read',
    ] as const)
      expect(can(other, op, resource)).toBe(false);
    expect(can(other, 'problem.work', { enterpriseId: A })).toBe(false);
    expect(can(personas.officer, 'problem.work', { enterpriseId: A, pairedOfficerId: null })).toBe(false);
  });

  for (const operation of OPERATIONS) {
    for (const persona of Object.keys(personas) as Persona[]) {
      const expected = EXPECTED[operation].includes(persona);
      it(`${operation} × ${persona} → ${expected ? 'allow' : 'deny'}`, () => {
        expect(can(personas[persona], operation, resource)).toBe(expected);
      });
    }
  }

  it('fails closed: unknown operations, missing viewers and missing resources', () => {
    expect(can(personas.admin, 'catalogue.delete-everything')).toBe(false);
    expect(can(null, 'catalogue.read')).toBe(false);
    expect(can(personas.applicantA, 'case.read')).toBe(false); // scoped grant, no resource
    expect(can(personas.reviewerFire, 'case.read', { enterpriseId: A })).toBe(false);
    // A licence whose issuing department is unknown is changed by admins only.
    expect(can(personas.reviewerFire, 'licence.changeStatus', { departmentIds: [] })).toBe(false);
    expect(can(personas.admin, 'licence.changeStatus', { departmentIds: [] })).toBe(true);
  });

  it('keeps a draft from staff: only its enterprise, and the clerk who entered it as a walk-in, read it', () => {
    const draft = { enterpriseId: A, departmentIds: [FIRE], case: { draft: true, enteredBy: 'applicant-a' } };
    const readers = (Object.keys(personas) as Persona[]).filter((p) => can(personas[p], 'case.read', draft));
    expect(readers).toEqual(['applicantA']);
    expect(can(personas.clerk, 'case.material.upload', draft)).toBe(false);
    expect(can(personas.clerk, 'case.read', { ...draft, case: { draft: true, enteredBy: 'u' } })).toBe(true);
    // A case resource that does not say whether it is a draft is closed to staff.
    expect(can(personas.officer, 'case.read', { enterpriseId: A })).toBe(false);
  });

  it('a user with several roles gets the union', () => {
    const both = user(['applicant', 'manager'], { memberships: [{ enterpriseId: B, role: 'owner' }] });
    expect(can(both, 'dashboard.view')).toBe(true);
    expect(can(both, 'case.listOwn')).toBe(true);
    expect(homePathFor(['applicant', 'manager'])).toBe('/dashboard');
  });
});

describe('route access (proxy redirects)', () => {
  const session = (roles: Role[]) => ({ userId: 'u', roles });
  it('sends anonymous visitors of protected sections to sign in, and lets them read public pages', () => {
    expect(routeAccess('/my', null)).toBe('sign-in');
    expect(routeAccess('/admin/users', null)).toBe('sign-in');
    expect(routeAccess('/services/XC-SL-002', null)).toBe('allow');
    expect(routeAccess('/mystery', null)).toBe('allow'); // not a prefix match of /my
  });
  it('refuses the wrong role and admits the right one', () => {
    expect(routeAccess('/desk', session(['applicant']))).toBe('forbidden');
    expect(routeAccess('/admin', session(['manager']))).toBe('forbidden');
    expect(routeAccess('/dashboard', session(['manager']))).toBe('allow');
    expect(routeAccess('/desk', session(['reviewer']))).toBe('allow');
    // Officers reach the obligations ledger of the dashboard, not the rest of it.
    expect(routeAccess('/dashboard/obligations', session(['officer']))).toBe('allow');
    expect(routeAccess('/dashboard', session(['officer']))).toBe('forbidden');
    expect(routeAccess('/dashboard/obligations', session(['clerk']))).toBe('forbidden');
    // Managers open any case, the follow-ups and the queue (read-only) on the desk.
    expect(routeAccess('/desk/cases/x', session(['manager']))).toBe('allow');
    expect(routeAccess('/desk/follow-ups', session(['manager']))).toBe('allow');
    expect(routeAccess('/desk', session(['manager']))).toBe('allow');
    // The officer's home is the officer's.
    expect(routeAccess('/officer', session(['officer']))).toBe('allow');
    expect(routeAccess('/officer', session(['clerk']))).toBe('forbidden');
    expect(routeAccess('/desk/follow-ups', session(['clerk']))).toBe('forbidden');
    expect(routeAccess('/desk/cases/x', session(['applicant']))).toBe('forbidden');
  });
  it('lands each role on its home', () => {
    expect(homePathFor(['applicant'])).toBe('/my');
    expect(homePathFor(['clerk'])).toBe('/desk');
    expect(homePathFor(['officer'])).toBe('/officer');
    expect(homePathFor(['manager'])).toBe('/dashboard');
    expect(homePathFor(['admin'])).toBe('/admin');
  });
});
