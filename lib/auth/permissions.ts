/**
 * Who may do what: one role × operation table, consulted by every data-layer function.
 * Pure and framework-free. It fails closed: an unknown operation, a missing viewer or a
 * scoped grant without the resource it is scoped to all mean "no".
 */
export const ROLES = ['applicant', 'clerk', 'reviewer', 'officer', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** Roles whose holders work for one department (DESIGN §1: staff belong to one department). */
export const DEPARTMENT_ROLES: readonly Role[] = ['clerk', 'reviewer', 'officer'];

export type Membership = { enterpriseId: string; role: 'owner' | 'member' };

export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      name: string;
      roles: readonly Role[];
      departmentId: string | null;
      /** Active memberships only; a pending join request grants nothing. */
      memberships: readonly Membership[];
    };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** What a scoped grant is checked against: the enterprise or department that owns the resource. */
export type Resource = {
  enterpriseId?: string | null;
  departmentIds?: readonly string[];
  /** For a case: whether it is still an unsubmitted draft, and who entered it (its applicant). */
  case?: { draft: boolean; enteredBy: string | null };
  /** The officer paired with resource.enterpriseId (officer_enterprises), if it has one. */
  pairedOfficerId?: string | null;
  /** The members of a key project's task force (key_project_team_members). */
  teamMemberIds?: readonly string[];
};

type Scope =
  | 'any' // no scope: the role alone suffices
  | 'member-of-enterprise' // an active member of resource.enterpriseId
  | 'owner-of-enterprise' // an owner of resource.enterpriseId
  | 'own-department' // the viewer's department is among resource.departmentIds
  | 'paired-officer' // the viewer is the officer paired with resource.enterpriseId (resource.pairedOfficerId)
  | 'task-force'; // the viewer is on the key project's task force (resource.teamMemberIds)

type Grant = {
  who: Role | 'anyone' | 'signed-in';
  scope: Scope;
  /** Only a submitted case (resource.case), or a draft the viewer entered themselves (a walk-in). */
  submittedOnly?: true;
};

const anyone: Grant = { who: 'anyone', scope: 'any' };
const role = (who: Role, scope: Scope = 'any'): Grant => ({ who, scope });
/**
 * Staff see a case from its submission on: an enterprise's draft is its own. The clerk who entered a
 * walk-in draft keeps it; inviting a clerk as the enterprise's agent (agent filing) is a later step.
 */
const staff = (who: Role, scope: Scope = 'any'): Grant => ({ who, scope, submittedOnly: true });

export const PERMISSIONS = {
  'catalogue.read': [anyone],
  // The name check is public: anyone may test a name before applying (DESIGN §5).
  'names.check': [anyone],
  // Whether a licence is genuine and valid is public: anyone may verify a code (DESIGN §6).
  'licence.verify': [anyone],
  // Suspend, reinstate or revoke a licence: the registration authority that issued it (the
  // resource's department is the issuing one) and admins.
  'licence.changeStatus': [role('reviewer', 'own-department'), role('admin')],
  // Who changed a licence's status, when and why: staff only.
  'licence.readHistory': [role('clerk'), role('reviewer'), role('officer'), role('manager'), role('admin')],
  'catalogue.manage': [role('admin')],
  'users.list': [role('admin')],
  'users.editRoles': [role('admin')],
  // "Sign out everywhere" for another account: every session it has ends at once.
  'users.endSessions': [role('admin')],
  // Signing out ends every session of one's own account (a copied cookie stops working too).
  'session.endOwn': [{ who: 'signed-in', scope: 'any' }],
  'enterprise.create': [role('applicant')],
  'enterprise.requestJoin': [{ who: 'signed-in', scope: 'any' }],
  'enterprise.read': [
    role('applicant', 'member-of-enterprise'),
    role('clerk'),
    role('reviewer'),
    role('officer'),
    role('manager'),
    role('admin'),
  ],
  // Which licences of its wallet could stand in for an application's materials (免提交): its members, while applying.
  'wallet.offer': [role('applicant', 'member-of-enterprise')],
  'enterprise.manageMembers': [role('applicant', 'owner-of-enterprise'), role('admin')],
  // Choose the enterprise one acts for (header switcher): an applicant who is an active member of it.
  'enterprise.actFor': [role('applicant', 'member-of-enterprise')],
  'case.listOwn': [role('applicant')],
  'case.read': [
    role('applicant', 'member-of-enterprise'),
    staff('clerk'),
    staff('reviewer', 'own-department'),
    staff('officer'),
    staff('manager'),
  ],
  // Start, edit and submit applications for one's own enterprise; clerks enter walk-in ones.
  'case.apply': [role('applicant', 'member-of-enterprise'), role('clerk')],
  // Add a version of a case's material (or attach a wallet licence, 免提交): a member of its enterprise, or a clerk
  // entering a walk-in application. Which case states take it from whom: materialUploadWindow (lib/domain/case-access.ts).
  'case.material.upload': [role('applicant', 'member-of-enterprise'), staff('clerk')],
  'case.material.attachWallet': [role('applicant', 'member-of-enterprise')],
  'case.claim': [role('clerk'), role('reviewer', 'own-department')],
  // Give a case or a department's task to another staff member (someone on leave): managers (DESIGN §1).
  'case.reassign': [role('manager')],
  // A combined case's department task (DESIGN §7): decided, and claimed, by its own department only.
  'task.decide': [role('reviewer', 'own-department')],
  'task.claim': [role('reviewer', 'own-department')],
  // The shared drawing set of a combined case (多图联审, DESIGN §7): its enterprise, the window, officers and
  // managers, and the reviewers of the departments with a task on the case (resource.departmentIds). What
  // the enterprise sees of the comments is narrower still (lib/domain/drawing-comments.ts).
  'drawing.read': [
    role('applicant', 'member-of-enterprise'),
    role('clerk'),
    role('reviewer', 'own-department'),
    role('officer'),
    role('manager'),
  ],
  // Pin a comment to the set: a reviewer of a department with a task on the case.
  'drawing.comment': [role('reviewer', 'own-department')],
  // Mark a comment resolved or carried over on a newer version: a reviewer of the comment's department.
  'drawing.settle': [role('reviewer', 'own-department')],
  'inbox.read': [{ who: 'signed-in', scope: 'any' }],
  // Projects (DESIGN §7) belong to their owner enterprise; staff read them from its cases.
  'project.listOwn': [role('applicant')],
  'project.create': [role('applicant', 'member-of-enterprise')],
  'project.read': [role('applicant', 'member-of-enterprise'), role('clerk'), role('reviewer'), role('officer'), role('manager')],
  'project.update': [role('applicant', 'member-of-enterprise')],
  // The zone's regional assessments: staff consult them, admins keep them.
  'assessment.read': [role('clerk'), role('reviewer'), role('officer'), role('manager'), role('admin')],
  'assessment.manage': [role('admin')],
  // The obligations ledger (DESIGN §4): an enterprise's own; the window's clerks all of them (they verify
  // every tolerated material, whatever department decides the case); the staff of the department that
  // verifies it or handles its case; officers those of the enterprises paired with them; managers see
  // all. listObligations derives its filter from these grants.
  'obligation.read': [
    role('applicant', 'member-of-enterprise'),
    role('clerk'),
    role('reviewer', 'own-department'),
    role('officer', 'paired-officer'),
    role('manager'),
  ],
  // The ledger as risk (/dashboard/obligations): managers, and officers for their own.
  'obligation.riskView': [role('officer'), role('manager')],
  // The enterprise supplies the evidence that it kept a promise (a file), which fulfils it.
  'obligation.fulfil': [role('applicant', 'member-of-enterprise')],
  // The window checks a late tolerated material once supplied (DESIGN §4); verifying lifts the suspension its absence caused.
  'obligation.verify': [role('clerk')],
  // Waive an obligation, or extend its due date for force majeure: a manager, with the reason recorded.
  'obligation.manage': [role('manager')],
  // The tolerance commitment (容缺承诺书, DESIGN §4): the window proposes it and attaches the scan of
  // one signed at the counter; a member of the case's enterprise signs it online.
  'commitment.propose': [role('clerk')],
  'commitment.attachScan': [role('clerk')],
  'commitment.sign': [role('applicant', 'member-of-enterprise')],
  // Credit records (失信, DESIGN §4): staff see them; a manager records one and clears it (信用修复).
  'credit.read': [role('clerk'), role('reviewer'), role('officer'), role('manager'), role('admin')],
  'credit.record': [role('manager')],
  'credit.clear': [role('manager')],
  // Promise-based approval (告知承诺制, DESIGN §4): the applicant chooses it on a draft; the departments verify the
  // promises after approval (事中事后核查) — the verifying department's reviewers record the findings and the verdict.
  'case.choosePromise': [role('applicant', 'member-of-enterprise')],
  // Reviewers list their own department's verifications; officers and managers every department's.
  'verification.list': [role('reviewer', 'own-department'), role('officer'), role('manager')],
  'verification.decide': [role('reviewer', 'own-department')],
  // The queue: those who work it, and managers, who read it (they open any case from there) without acting on it.
  'desk.queue': [role('clerk'), role('reviewer'), role('officer'), role('manager')],
  // The staff case page (/desk/cases/…): those who work the queues, and managers, who read any case there
  // and act only as the workflow allows them.
  'desk.openCase': [role('clerk'), role('reviewer'), role('officer'), role('manager')],
  // Rate a case that has ended (好差评, DESIGN §8): a member of its enterprise.
  'rating.give': [role('applicant', 'member-of-enterprise')],
  // A bad rating's follow-up: officers and managers list, take and work them (the enterprise's paired officer
  // is told of it; any officer may step in); the enterprise replies to the result.
  'followUp.list': [role('officer'), role('manager')],
  'followUp.act': [role('officer'), role('manager')],
  'followUp.reply': [role('applicant', 'member-of-enterprise')],
  'dashboard.view': [role('manager'), role('admin')],
  // Key projects (重点项目, DESIGN §7, §11): managers and admins see all of them; officers those whose task force
  // they are on or whose owner they are paired with; the owner enterprise its own.
  'keyProject.list': [role('officer'), role('manager'), role('admin')],
  'keyProject.read': [
    role('applicant', 'member-of-enterprise'),
    role('officer', 'task-force'),
    role('officer', 'paired-officer'),
    role('manager'),
    role('admin'),
  ],
  // Mark a project key, set its level, plans, milestones and task force: managers and admins.
  'keyProject.manage': [role('manager'), role('admin')],
  // Report (or correct, with a reason) a month's investment completed: the owner, its paired officer, the task force.
  'keyProject.report': [
    role('applicant', 'member-of-enterprise'),
    role('officer', 'paired-officer'),
    role('officer', 'task-force'),
  ],
  // Record a milestone's actual date: the task force and managers.
  'keyProject.milestone': [role('officer', 'task-force'), role('manager')],
  // The key-project figures as an API for the zone's other systems (GET /api/v1/key-projects).
  'keyProject.api': [role('officer'), role('manager')],
  // Pair officers with enterprises (one-on-one service): admins; anyone on staff may see who is paired.
  'pairing.manage': [role('admin')],
  'pairing.read': [role('clerk'), role('reviewer'), role('officer'), role('manager'), role('admin')],
  // An officer's home: their enterprises and projects, with what needs attention.
  'officer.home': [role('officer')],
  // Urge (催办) the staff member holding a case: the officer paired with its enterprise, and managers.
  'case.urge': [staff('officer', 'paired-officer'), staff('manager')],
  // Problems (入企业、找问题、破瓶颈): the enterprise raises one and confirms or reopens the result; its paired
  // officer owns and works it (managers may too, taking it over); a department brought in reads it.
  'problem.raise': [role('applicant', 'member-of-enterprise')],
  'problem.read': [
    role('applicant', 'member-of-enterprise'),
    role('officer', 'paired-officer'),
    role('reviewer', 'own-department'),
    role('manager'),
  ],
  'problem.work': [role('officer', 'paired-officer'), role('manager')],
  'problem.confirm': [role('applicant', 'member-of-enterprise')],
  // Open problems across the zone, by officer, kind and age, with the CSV export.
  'problem.overview': [role('manager')],
  // Filing on an enterprise's behalf (帮办代办): a clerk at the window, or the enterprise's paired officer, records
  // the enterprise's authorization and files under it; without a valid one the server refuses.
  'authorization.record': [role('clerk'), role('officer', 'paired-officer')],
  'authorization.read': [
    role('applicant', 'member-of-enterprise'),
    role('clerk'),
    role('officer', 'paired-officer'),
    role('manager'),
  ],
  'case.fileOnBehalf': [role('clerk'), role('officer', 'paired-officer')],
  // The enterprise's members take over a case filed on their behalf (it becomes theirs to carry on).
  'case.takeOver': [role('applicant', 'member-of-enterprise')],
  'audit.verify': [role('admin')],
  'calendar.manage': [role('admin')],
  // The outbox read as a mailbox (/admin/mail): what the portal sent to whom, for admins only.
  'mail.read': [role('admin')],
  // One's own account settings (non-essential e-mail): anyone signed in.
  'account.settings': [{ who: 'signed-in', scope: 'any' }],
} as const satisfies Record<string, readonly Grant[]>;

export type Operation = keyof typeof PERMISSIONS;
export const OPERATIONS = Object.keys(PERMISSIONS) as Operation[];

function grantApplies(grant: Grant, viewer: Viewer, resource: Resource | undefined): boolean {
  if (grant.who === 'anyone') return true;
  if (viewer.kind !== 'user') return false;
  if (grant.who !== 'signed-in' && !viewer.roles.includes(grant.who)) return false;
  if (grant.submittedOnly && !(resource?.case && (!resource.case.draft || resource.case.enteredBy === viewer.userId)))
    return false;
  switch (grant.scope) {
    case 'any':
      return true;
    case 'member-of-enterprise':
      return !!resource?.enterpriseId && viewer.memberships.some((m) => m.enterpriseId === resource.enterpriseId);
    case 'owner-of-enterprise':
      return (
        !!resource?.enterpriseId && viewer.memberships.some((m) => m.enterpriseId === resource.enterpriseId && m.role === 'owner')
      );
    case 'own-department':
      return !!viewer.departmentId && !!resource?.departmentIds?.includes(viewer.departmentId);
    case 'paired-officer':
      return !!resource?.pairedOfficerId && resource.pairedOfficerId === viewer.userId;
    case 'task-force':
      return !!resource?.teamMemberIds?.includes(viewer.userId);
    default:
      return false;
  }
}

export function can(viewer: Viewer | null | undefined, operation: string, resource?: Resource): boolean {
  if (!viewer) return false;
  const grants: readonly Grant[] | undefined = (PERMISSIONS as Record<string, readonly Grant[]>)[operation];
  if (!grants) return false;
  return grants.some((g) => grantApplies(g, viewer, resource));
}

export function hasRole(viewer: Viewer, r: Role): boolean {
  return viewer.kind === 'user' && viewer.roles.includes(r);
}

/** The page a user lands on after signing in: the most specific home among their roles. */
export function homePathFor(roles: readonly Role[]): string {
  if (roles.includes('admin')) return '/admin';
  if (roles.includes('manager')) return '/dashboard';
  if (roles.includes('clerk') || roles.includes('reviewer')) return '/desk';
  if (roles.includes('officer')) return '/officer';
  if (roles.includes('applicant')) return '/my';
  return '/';
}
