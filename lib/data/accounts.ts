import 'server-only';
import { and, asc, eq, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { departments, enterpriseMembers, enterprises, userRoles, users } from '@/db/schema';
import { DEPARTMENT_ROLES, ROLES, type Role, type Viewer } from '@/lib/auth/permissions';
import { hashPassword, timingDummyHash, verifyPassword } from '@/lib/auth/password';
import { conflict, DomainError, notFound, Throttled } from '@/lib/errors';
import type { RegisterInput } from '@/lib/validation/auth';
import { appendAudit, type AuditContext } from './audit';
import { admitAttempt, settleAttempt, type ThrottleKey } from './throttle';
import { actorId, authorize } from './viewer';

export type RequestMeta = { ip: string | null };

async function rolesOf(db: Executor, userId: string): Promise<Role[]> {
  const rows = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return rows.map((r) => r.role);
}

async function verifyCredentials(db: Executor, email: string, password: string) {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, hash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email), isNull(users.disabledAt)));
  if (!user) {
    await verifyPassword(await timingDummyHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.hash, password))) return null;
  const { hash: _, ...account } = user;
  return { ...account, roles: await rolesOf(db, user.id) };
}

/** The throttles a sign-in is counted against: the account, and the client's address when it is known. */
const signInKeys = (email: string, meta: RequestMeta): ThrottleKey[] => [
  { throttle: 'signInAccount', subject: email },
  ...(meta.ip ? [{ throttle: 'signInAddress' as const, subject: meta.ip }] : []),
];

export type SignInOutcome =
  | { ok: true; user: { id: string; name: string; email: string; roles: Role[]; sessionVersion: number } }
  | { ok: false; retryAfterMs?: number };

/**
 * Checks an e-mail and password, unless failed attempts on the account or from the address make
 * it wait (lib/data/throttle.ts): then the password is not even checked, and the refusal is audited.
 */
export async function signInWithPassword(email: string, password: string, meta: RequestMeta): Promise<SignInOutcome> {
  const db = await getDb();
  const account = email.toLowerCase();
  const admission = await admitAttempt(db, signInKeys(account, meta));
  if (!admission.admitted) {
    await auditThrottled(db, meta, 'user.signin.throttled', account, admission.retryAfterMs);
    return { ok: false, retryAfterMs: admission.retryAfterMs };
  }
  const user = await verifyCredentials(db, account, password);
  await settleAttempt(db, admission, !!user, ['signInAccount']);
  return user ? { ok: true, user } : { ok: false };
}

function auditThrottled(db: Executor, meta: RequestMeta, action: string, email: string, retryAfterMs: number) {
  return db.transaction((tx) =>
    appendAudit(tx, { actorId: null, ip: meta.ip }, { action, entityType: 'account', entityId: email, after: { retryAfterMs } }),
  );
}

/** The account an e-mail signs in as, with its roles (for the landing page after sign-in). */
export async function findAccountByEmail(email: string) {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), isNull(users.disabledAt)));
  if (!user) return null;
  return { id: user.id, roles: await rolesOf(db, user.id) };
}

/**
 * Self-registration of an applicant: creates the account and either a new enterprise the
 * applicant owns, or a pending request to join an existing one (an owner approves it).
 */
export async function registerApplicant(input: RegisterInput, meta: RequestMeta) {
  const db = await getDb();
  // Refusals say which e-mail or enterprise exists, so a client address gets only so many of them.
  const admission = await admitAttempt(db, meta.ip ? [{ throttle: 'registerAddress', subject: meta.ip }] : []);
  if (!admission.admitted) {
    await auditThrottled(db, meta, 'user.register.throttled', input.email, admission.retryAfterMs);
    throw new Throttled(admission.retryAfterMs);
  }
  // A refusal throws and stays counted; an account made is taken back.
  const result = await createApplicant(db, input, meta);
  await settleAttempt(db, admission, true);
  return result;
}

async function createApplicant(db: Executor, input: RegisterInput, meta: RequestMeta) {
  const passwordHash = await hashPassword(input.password);
  // Two registrations racing past the checks below still meet the unique indexes.
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, input.email));
    if (taken) throw conflict('email', { email: ['emailTaken'] });
    const [existing] = await tx
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(eq(enterprises.name, input.enterpriseName));
    if (input.enterpriseMode === 'create' && existing) throw conflict('enterprise', { enterpriseName: ['enterpriseExists'] });
    if (input.enterpriseMode === 'join' && !existing) throw conflict('enterprise', { enterpriseName: ['enterpriseUnknown'] });

    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, phone: input.phone, passwordHash })
      .returning({ id: users.id });
    await tx.insert(userRoles).values({ userId: user.id, role: 'applicant' });
    const enterpriseId =
      existing?.id ??
      (await tx.insert(enterprises).values({ name: input.enterpriseName }).returning({ id: enterprises.id }))[0].id;
    const membership =
      input.enterpriseMode === 'create' ? ({ role: 'owner', status: 'active' } as const) : ({ role: 'member', status: 'pending' } as const);
    await tx.insert(enterpriseMembers).values({ enterpriseId, userId: user.id, ...membership });

    const context = { actorId: user.id, ip: meta.ip };
    await appendAudit(tx, context, {
      action: 'user.register',
      entityType: 'user',
      entityId: user.id,
      after: { email: input.email, name: input.name, roles: ['applicant'] },
    });
    await appendAudit(tx, context, {
      action: input.enterpriseMode === 'create' ? 'enterprise.create' : 'enterprise.join.request',
      entityType: 'enterprise',
      entityId: enterpriseId,
      after: { name: input.enterpriseName, userId: user.id, ...membership },
    });
    return { userId: user.id, enterpriseId, membershipStatus: membership.status };
  }).catch((error: unknown) => {
    if (isUniqueViolation(error, 'users_email_lower_idx')) throw conflict('email', { email: ['emailTaken'] });
    if (isUniqueViolation(error, 'enterprises_name_unique')) throw conflict('enterprise', { enterpriseName: ['enterpriseExists'] });
    throw error;
  });
}

export async function recordSignIn(userId: string, meta: RequestMeta) {
  const db = await getDb();
  await db.transaction((tx) => appendAudit(tx, { actorId: userId, ip: meta.ip }, { action: 'user.signin', entityType: 'user', entityId: userId }));
}

export type UserRow = {
  id: string;
  email: string;
  name: string;
  departmentName: { zh: string; en: string } | null;
  roles: Role[];
  disabled: boolean;
};

export async function listUsers(viewer: Viewer, params: { q?: string; role?: Role } = {}): Promise<UserRow[]> {
  authorize(viewer, 'users.list');
  const db = await getDb();
  const filters = [];
  if (params.q) filters.push(or(ilike(users.name, `%${params.q}%`), ilike(users.email, `%${params.q}%`)));
  if (params.role)
    filters.push(inArray(users.id, db.select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, params.role))));
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      deptZh: departments.nameZh,
      deptEn: departments.nameEn,
      disabledAt: users.disabledAt,
      roles: sql<Role[]>`coalesce((select array_agg(${userRoles.role}::text order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(asc(users.email))
    .limit(200);
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    departmentName: r.deptZh ? { zh: r.deptZh, en: r.deptEn ?? r.deptZh } : null,
    roles: r.roles,
    disabled: !!r.disabledAt,
  }));
}

export async function getUserForAdmin(viewer: Viewer, userId: string) {
  authorize(viewer, 'users.list');
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, departmentId: users.departmentId })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw notFound('user');
  return { ...user, roles: await rolesOf(db, userId) };
}

/** Replaces a user's roles (and department, which staff need). An admin cannot drop their own admin role. */
export async function updateUserRoles(
  viewer: Viewer,
  input: { userId: string; roles: Role[]; departmentId: string | null },
  meta: RequestMeta,
) {
  authorize(viewer, 'users.editRoles');
  const roles = [...new Set(input.roles)].filter((r) => (ROLES as readonly string[]).includes(r)).sort();
  if (viewer.kind === 'user' && viewer.userId === input.userId && !roles.includes('admin')) {
    throw new DomainError('invalid', 'own admin role', { roles: ['keepOwnAdmin'] });
  }
  const needsDepartment = roles.some((r) => DEPARTMENT_ROLES.includes(r));
  if (needsDepartment && !input.departmentId) throw new DomainError('invalid', 'department', { departmentId: ['departmentRequired'] });
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, departmentId: users.departmentId })
      .from(users)
      .where(eq(users.id, input.userId))
      .for('update');
    if (!user) throw notFound('user');
    const before = (await rolesOf(tx, user.id)).sort();
    await tx.delete(userRoles).where(eq(userRoles.userId, user.id));
    if (roles.length) await tx.insert(userRoles).values(roles.map((role) => ({ userId: user.id, role })));
    // Sessions made with the old roles end (the admin's own would sign them out mid-edit; theirs keep admin anyway).
    const rolesChanged = before.join() !== roles.join() && user.id !== actorId(viewer);
    await tx
      .update(users)
      .set({ departmentId: input.departmentId, ...(rolesChanged ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}) })
      .where(eq(users.id, user.id));
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'user.roles.update',
      entityType: 'user',
      entityId: user.id,
      before: { roles: before, departmentId: user.departmentId },
      after: { roles, departmentId: input.departmentId, sessionsEnded: rolesChanged },
    });
  });
}

/** Sign-out: every session of the viewer's account ends, so a copied session cookie stops working too. */
export async function endOwnSessions(viewer: Viewer, meta: RequestMeta) {
  authorize(viewer, 'session.endOwn');
  await endSessions(actorId(viewer)!, { actorId: actorId(viewer), ip: meta.ip }, 'user.signout');
}

/** An admin's "sign out everywhere" for an account: every session it has ends at once. */
export async function endUserSessions(viewer: Viewer, userId: string, meta: RequestMeta) {
  authorize(viewer, 'users.endSessions');
  await endSessions(userId, { actorId: actorId(viewer), ip: meta.ip }, 'user.sessions.end');
}

async function endSessions(userId: string, context: AuditContext, action: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .returning({ sessionVersion: users.sessionVersion });
    if (!user) throw notFound('user');
    await appendAudit(tx, context, { action, entityType: 'user', entityId: userId, after: { sessionVersion: user.sessionVersion } });
  });
}

export type MyEnterprise = {
  id: string;
  name: string;
  creditCode: string | null;
  /** 设立中 while its establishment case runs (DESIGN §6). */
  enterpriseStatus: 'establishing' | 'registered';
  role: 'owner' | 'member';
  status: 'active' | 'pending';
};

export async function listMyEnterprises(viewer: Viewer): Promise<MyEnterprise[]> {
  if (viewer.kind !== 'user') return [];
  const db = await getDb();
  return db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      creditCode: enterprises.creditCode,
      enterpriseStatus: enterprises.status,
      role: enterpriseMembers.role,
      status: enterpriseMembers.status,
    })
    .from(enterpriseMembers)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseMembers.enterpriseId))
    .where(eq(enterpriseMembers.userId, viewer.userId))
    .orderBy(asc(enterprises.name));
}

/** Pending join requests to the enterprises the viewer owns. */
export async function listJoinRequests(viewer: Viewer) {
  if (viewer.kind !== 'user') return [];
  const owned = viewer.memberships.filter((m) => m.role === 'owner').map((m) => m.enterpriseId);
  if (!owned.length) return [];
  const db = await getDb();
  return db
    .select({
      enterpriseId: enterprises.id,
      enterpriseName: enterprises.name,
      userId: users.id,
      name: users.name,
      email: users.email,
      requestedAt: enterpriseMembers.createdAt,
    })
    .from(enterpriseMembers)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseMembers.enterpriseId))
    .innerJoin(users, eq(users.id, enterpriseMembers.userId))
    .where(and(inArray(enterpriseMembers.enterpriseId, owned), eq(enterpriseMembers.status, 'pending')))
    .orderBy(asc(enterpriseMembers.createdAt));
}

export async function decideJoinRequest(
  viewer: Viewer,
  input: { enterpriseId: string; userId: string; approve: boolean },
  meta: RequestMeta,
) {
  authorize(viewer, 'enterprise.manageMembers', { enterpriseId: input.enterpriseId });
  const db = await getDb();
  await db.transaction(async (tx) => {
    const where = and(
      eq(enterpriseMembers.enterpriseId, input.enterpriseId),
      eq(enterpriseMembers.userId, input.userId),
      eq(enterpriseMembers.status, 'pending'),
    );
    const changed = input.approve
      ? await tx.update(enterpriseMembers).set({ status: 'active' }).where(where).returning({ userId: enterpriseMembers.userId })
      : await tx.delete(enterpriseMembers).where(where).returning({ userId: enterpriseMembers.userId });
    if (!changed.length) throw notFound('join request');
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: input.approve ? 'enterprise.join.approve' : 'enterprise.join.reject',
      entityType: 'enterprise',
      entityId: input.enterpriseId,
      after: { userId: input.userId },
    });
  });
}

export type UserCounts = { total: number; disabled: number; byRole: Record<Role, number> };

/** Admin home: how many accounts there are, in all and per role. */
export async function countUsers(viewer: Viewer): Promise<UserCounts> {
  authorize(viewer, 'users.list');
  const db = await getDb();
  const [[totals], perRole] = await Promise.all([
    db
      .select({
        total: sql<number>`count(*)::int`,
        disabled: sql<number>`count(*) filter (where ${users.disabledAt} is not null)::int`,
      })
      .from(users),
    db.select({ role: userRoles.role, n: sql<number>`count(*)::int` }).from(userRoles).groupBy(userRoles.role),
  ]);
  const byRole = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const row of perRole) byRole[row.role] = row.n;
  return { total: totals.total, disabled: totals.disabled, byRole };
}
