import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cases, serviceItems, serviceItemVersions } from '@/db/schema';
import { ANONYMOUS, can } from '@/lib/auth/permissions';
import {
  decideJoinRequest,
  findAccountByEmail,
  listJoinRequests,
  registerApplicant,
  updateUserRoles,
  signInWithPassword,
} from '@/lib/data/accounts';
import { getServiceGuide, updateServiceItem } from '@/lib/data/catalogue';
import { DomainError } from '@/lib/errors';
import { setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const meta = { ip: null };

const applicant = (email: string, enterpriseName: string, enterpriseMode: 'create' | 'join') => ({
  name: '韩晓东',
  email,
  phone: '13912345678',
  password: 'Secret-pass-42',
  confirmPassword: 'Secret-pass-42',
  enterpriseMode,
  enterpriseName,
});

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).fieldErrors;
}

describe('applicant registration', () => {
  it('creates the account, its enterprise and owner membership; the password verifies', async () => {
    const result = await registerApplicant(applicant('new.owner@example.test', '许昌新创科技有限公司', 'create'), meta);
    expect(result.membershipStatus).toBe('active');
    const signedIn = await signInWithPassword('NEW.OWNER@example.test', 'Secret-pass-42', meta);
    expect(signedIn.ok && signedIn.user.roles).toEqual(['applicant']);
    expect(await signInWithPassword('new.owner@example.test', 'wrong-password-1', meta)).toEqual({ ok: false });
    const viewer = await test.viewerOf('new.owner@example.test');
    expect(viewer.kind === 'user' && viewer.memberships).toEqual([{ enterpriseId: result.enterpriseId, role: 'owner' }]);
  });

  it('refuses a taken e-mail and explains which enterprise choice is wrong', async () => {
    expect(
      await fieldErrorsOf(registerApplicant(applicant('applicant@onewindow.test', '许昌另一家有限公司', 'create'), meta)),
    ).toEqual({
      email: ['emailTaken'],
    });
    expect(await fieldErrorsOf(registerApplicant(applicant('x1@example.test', '许昌新创科技有限公司', 'create'), meta))).toEqual({
      enterpriseName: ['enterpriseExists'],
    });
    expect(await fieldErrorsOf(registerApplicant(applicant('x2@example.test', '不存在的企业有限公司', 'join'), meta))).toEqual({
      enterpriseName: ['enterpriseUnknown'],
    });
  });

  it('ten simultaneous registrations of one e-mail create one account', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        registerApplicant(applicant('race@example.test', `许昌竞速${i}号科技有限公司`, 'create'), meta),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect((r.reason as DomainError).fieldErrors).toEqual({ email: ['emailTaken'] });
    }
  });

  it('a join request grants nothing until an owner approves it', async () => {
    const { enterpriseId } = await registerApplicant(applicant('joiner@example.test', '许昌新创科技有限公司', 'join'), meta);
    const pending = await test.viewerOf('joiner@example.test');
    expect(can(pending, 'enterprise.read', { enterpriseId })).toBe(false);

    const owner = await test.viewerOf('new.owner@example.test');
    const requests = await listJoinRequests(owner);
    expect(requests.map((r) => r.email)).toEqual(['joiner@example.test']);
    await decideJoinRequest(owner, { enterpriseId, userId: requests[0].userId, approve: true }, meta);

    expect(can(await test.viewerOf('joiner@example.test'), 'enterprise.read', { enterpriseId })).toBe(true);
    expect(await listJoinRequests(owner)).toEqual([]);
  });
});

describe('roles', () => {
  it('takes effect from the database at once, whatever the session token says', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    const account = await findAccountByEmail('officer@onewindow.test');
    if (!account || admin.kind !== 'user') throw new Error('seed');
    const officer = await test.viewerOf('officer@onewindow.test');
    if (officer.kind !== 'user') throw new Error('seed');
    expect(can(officer, 'officer.home')).toBe(true);

    await updateUserRoles(admin, { userId: account.id, roles: ['manager'], departmentId: officer.departmentId }, meta);
    const reloaded = await test.viewerOf('officer@onewindow.test');
    expect(can(reloaded, 'officer.home')).toBe(false);
    expect(can(reloaded, 'dashboard.view')).toBe(true);
  });

  it('keeps an admin from removing their own admin role and staff without a department', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    if (admin.kind !== 'user') throw new Error('seed');
    expect(
      await fieldErrorsOf(updateUserRoles(admin, { userId: admin.userId, roles: ['manager'], departmentId: null }, meta)),
    ).toEqual({
      roles: ['keepOwnAdmin'],
    });
    const target = await findAccountByEmail('applicant2@onewindow.test');
    expect(
      await fieldErrorsOf(updateUserRoles(admin, { userId: target!.id, roles: ['clerk'], departmentId: null }, meta)),
    ).toEqual({
      departmentId: ['departmentRequired'],
    });
  });
});

describe('catalogue versions', () => {
  it('an edit creates a new version; cases filed earlier keep theirs', async () => {
    const admin = await test.viewerOf('admin@onewindow.test');
    const before = await getServiceGuide(ANONYMOUS, 'XC-SL-002');
    const { version } = await updateServiceItem(
      admin,
      'XC-SL-002',
      {
        nameZh: before.name.zh,
        nameEn: before.name.en,
        summaryZh: `${before.summary.zh}（已更新）`,
        summaryEn: `${before.summary.en} (updated)`,
        statutoryDays: before.statutoryDays,
        promisedDays: 1,
        feeYuan: 0,
        allowsTolerance: before.allowsTolerance,
        allowsPromise: before.allowsPromise,
      },
      meta,
    );
    expect(version).toBe(before.version + 1);

    const after = await getServiceGuide(ANONYMOUS, 'XC-SL-002');
    expect(after.summary.en).toMatch(/\(updated\)$/);
    expect(after.materials.map((m) => m.code)).toEqual(before.materials.map((m) => m.code));
    expect(after.departments.map((d) => d.code)).toEqual(before.departments.map((d) => d.code));
    const original = await getServiceGuide(ANONYMOUS, 'XC-SL-002', before.version);
    expect(original.summary).toEqual(before.summary);

    // An admin still looking at the old version cannot save over the new one.
    await expect(
      updateServiceItem(
        admin,
        'XC-SL-002',
        {
          statutoryDays: after.statutoryDays,
          promisedDays: after.promisedDays,
          allowsTolerance: after.allowsTolerance,
          allowsPromise: after.allowsPromise,
          nameZh: after.name.zh,
          nameEn: after.name.en,
          summaryZh: 'x'.repeat(5),
          summaryEn: 'y'.repeat(5),
          feeYuan: 0,
        },
        meta,
        before.version,
      ),
    ).rejects.toMatchObject({ code: 'staleVersion' });

    const filed = await test.db
      .select({ version: serviceItemVersions.version })
      .from(cases)
      .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
      .innerJoin(serviceItems, eq(serviceItems.id, cases.itemId))
      .where(eq(serviceItems.code, 'XC-SL-002'));
    expect(filed.length).toBeGreaterThan(0);
    expect(filed.every((c) => c.version === before.version)).toBe(true);
  });
});
