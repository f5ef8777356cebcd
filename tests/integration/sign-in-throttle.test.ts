import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/db/client';
import { DEMO_PASSWORD } from '@/db/seed-data';
import { auditEvents, users } from '@/db/schema';
import { endOwnSessions, endUserSessions, registerApplicant, signInWithPassword, updateUserRoles } from '@/lib/data/accounts';
import { admitAttempt, settleAttempt } from '@/lib/data/throttle';
import { loadViewer } from '@/lib/data/viewer';
import { DomainError, Throttled } from '@/lib/errors';
import { driver, setUpTestDatabase } from './harness';
import { databaseUrl } from './template-databases';

const t = setUpTestDatabase();

// The library and the audit trail read the wall clock: it is moved instead of waited for.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T09:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const advance = (seconds: number) => vi.setSystemTime(new Date(Date.now() + seconds * 1000));

const auditCount = async (action: string, entityId: string) => {
  const [row] = await t.db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)));
  return row.n;
};

describe('sign-in throttle', () => {
  it('makes an account wait after five failures, doubling, without checking the password; the right one then works', async () => {
    const email = 'applicant2@onewindow.test';
    const meta = { ip: '203.0.113.10' };
    const outcomes = [];
    for (let i = 0; i < 50; i++) outcomes.push(await signInWithPassword(email, `wrong-password-${i}`, meta));
    // Five are checked (and fail); the other 45 wait out the 30 s the fifth failure imposed.
    expect(outcomes.slice(0, 5)).toEqual(Array(5).fill({ ok: false }));
    for (const outcome of outcomes.slice(5)) {
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.retryAfterMs).toBeGreaterThan(29_000);
      expect(!outcome.ok && outcome.retryAfterMs).toBeLessThanOrEqual(30_000);
    }
    expect(await auditCount('user.signin.throttled', email)).toBe(45);

    // The right password during the wait is refused too, and audited.
    const during = await signInWithPassword(email, DEMO_PASSWORD, meta);
    expect(during.ok).toBe(false);
    expect(!during.ok && during.retryAfterMs).toBeGreaterThan(0);
    expect(await auditCount('user.signin.throttled', email)).toBe(46);

    // After the wait one attempt is checked; failing, it doubles the wait.
    advance(31);
    expect(await signInWithPassword(email, 'wrong-again-1', meta)).toEqual({ ok: false });
    const doubled = await signInWithPassword(email, DEMO_PASSWORD, meta);
    expect(!doubled.ok && doubled.retryAfterMs).toBeGreaterThan(59_000);

    advance(61);
    const signedIn = await signInWithPassword(email, DEMO_PASSWORD, meta);
    expect(signedIn.ok && signedIn.user.email).toBe(email);
    // A success forgets the account's failures: four more wrong ones cost nothing.
    for (let i = 0; i < 4; i++) expect(await signInWithPassword(email, `wrong-after-${i}`, meta)).toEqual({ ok: false });
    expect((await signInWithPassword(email, DEMO_PASSWORD, meta)).ok).toBe(true);
  });

  it('counts failures by client address across accounts, and only failures', async () => {
    const meta = { ip: '198.51.100.20' };
    // Successful sign-ins from one address (every e2e run's) never add up.
    for (let i = 0; i < 25; i++) expect((await signInWithPassword('clerk@onewindow.test', DEMO_PASSWORD, meta)).ok).toBe(true);
    for (let i = 0; i < 20; i++) await signInWithPassword(`nobody-${i}@example.test`, 'wrong-password', meta);
    const refused = await signInWithPassword('officer@onewindow.test', DEMO_PASSWORD, meta);
    expect(!refused.ok && refused.retryAfterMs).toBeGreaterThan(29_000);
    // The account itself is not throttled: from another address it signs in.
    expect((await signInWithPassword('officer@onewindow.test', DEMO_PASSWORD, { ip: '198.51.100.21' })).ok).toBe(true);
  });

  it('lets only the allowed number through when a burst of guesses arrives at once', async () => {
    const email = 'reviewer7@onewindow.test';
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signInWithPassword(email, `parallel-guess-${i}`, { ip: null })),
    );
    expect(outcomes.filter((o) => !o.ok && o.retryAfterMs === undefined)).toHaveLength(5);
    expect(outcomes.filter((o) => !o.ok && o.retryAfterMs)).toHaveLength(25);
  });

  it.skipIf(driver !== 'postgres')('is shared by two instances on one database', async () => {
    const [{ name }] = await t.db
      .select({ name: sql<string>`current_database()` })
      .from(users)
      .limit(1);
    const other = await openDatabase({ url: databaseUrl(name), poolMax: 2 });
    try {
      const keys = [{ throttle: 'signInAccount' as const, subject: 'shared@example.test' }];
      for (const db of [t.db, other.db, t.db, other.db, t.db]) expect((await admitAttempt(db, keys)).admitted).toBe(true);
      const refused = await admitAttempt(other.db, keys);
      expect(refused.admitted).toBe(false);
      advance(31);
      const admitted = await admitAttempt(other.db, keys);
      expect(admitted.admitted).toBe(true);
      await settleAttempt(other.db, admitted, true, ['signInAccount']);
      expect((await admitAttempt(t.db, keys)).admitted).toBe(true);
    } finally {
      await other.close();
    }
  });
});

describe('registration throttle', () => {
  const registration = (i: number) => ({
    name: '韩晓东',
    email: 'applicant@onewindow.test',
    phone: '13912345678',
    password: 'Copper-lantern-1984',
    confirmPassword: 'Copper-lantern-1984',
    enterpriseMode: 'create' as const,
    enterpriseName: `许昌节流测试${i}号有限公司`,
  });

  it('keeps saying "e-mail taken", but only so often from one address', async () => {
    const meta = { ip: '192.0.2.30' };
    for (let i = 0; i < 10; i++) {
      const error = await registerApplicant(registration(i), meta).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).fieldErrors).toEqual({ email: ['emailTaken'] });
    }
    const error = await registerApplicant(registration(10), meta).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Throttled);
    expect((error as Throttled).retryAfterMs).toBeGreaterThan(29_000);
    expect(await auditCount('user.register.throttled', 'applicant@onewindow.test')).toBe(1);
    // Another address is not held up.
    const elsewhere = await registerApplicant(registration(11), { ip: '192.0.2.31' }).catch((e: unknown) => e);
    expect(elsewhere).toBeInstanceOf(DomainError);
  });
});

describe('revocable sessions', () => {
  const versionOf = async (email: string) =>
    (await t.db.select({ id: users.id, v: users.sessionVersion }).from(users).where(eq(users.email, email)))[0];

  it('signing out makes a token of the old version anonymous; a new sign-in carries the new one', async () => {
    const email = 'applicant@onewindow.test';
    const before = await versionOf(email);
    const viewer = await loadViewer(t.db, before.id, before.v);
    expect(viewer.kind).toBe('user');
    await endOwnSessions(viewer, { ip: null });
    expect(await loadViewer(t.db, before.id, before.v)).toEqual({ kind: 'anonymous' });
    const signedIn = await signInWithPassword(email, DEMO_PASSWORD, { ip: null });
    expect(signedIn.ok && signedIn.user.sessionVersion).toBe(before.v + 1);
    expect((await loadViewer(t.db, before.id, before.v + 1)).kind).toBe('user');
    expect(await auditCount('user.signout', before.id)).toBe(1);
  });

  it('an admin ends every session of a user, and a change of roles does too', async () => {
    const admin = await t.viewerOf('admin@onewindow.test');
    const target = await versionOf('reviewer2@onewindow.test');
    await endUserSessions(admin, target.id, { ip: null });
    expect(await loadViewer(t.db, target.id, target.v)).toEqual({ kind: 'anonymous' });
    expect(await auditCount('user.sessions.end', target.id)).toBe(1);

    const officer = await versionOf('officer@onewindow.test');
    const viewer = await loadViewer(t.db, officer.id);
    if (viewer.kind !== 'user') throw new Error('officer not found');
    await updateUserRoles(
      admin,
      { userId: officer.id, roles: [...viewer.roles, 'manager'], departmentId: viewer.departmentId },
      { ip: null },
    );
    expect(await loadViewer(t.db, officer.id, officer.v)).toEqual({ kind: 'anonymous' });
    expect((await loadViewer(t.db, officer.id, officer.v + 1)).kind).toBe('user');
  });

  it("only an admin ends another user's sessions", async () => {
    const applicant = await t.viewerOf('applicant2@onewindow.test');
    const target = await versionOf('clerk@onewindow.test');
    await expect(endUserSessions(applicant, target.id, { ip: null })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(endOwnSessions({ kind: 'anonymous' }, { ip: null })).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});
