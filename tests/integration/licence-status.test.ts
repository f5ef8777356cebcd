import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as verifyLicence } from '@/app/api/v1/licences/[code]/route';
import { auditEvents, enterpriseNames, licences } from '@/db/schema';
import { ANONYMOUS, type Viewer } from '@/lib/auth/permissions';
import { verifyAuditChain } from '@/lib/data/audit';
import { changeLicenceStatus, getCaseLicence, getLicenceStatusPanel } from '@/lib/data/licence-status';
import { attachWalletMaterial, getPublicLicence, issueLicenceForCase, listWallet, walletMaterialsFor } from '@/lib/data/licences';
import { checkEnterpriseName, reserveNameForCase } from '@/lib/data/names';
import { zoneDate } from '@/lib/domain/clock';
import type { LicenceStatus } from '@/lib/domain/licence-status';
import { STATUS_REASON_MAX_LENGTH } from '@/lib/domain/licence-status';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';
import { driver, setUpTestDatabase } from './harness';
import { enterpriseOf, failure, licenceCases } from './licence-fixtures';

const test = setUpTestDatabase();
const { insertCase } = licenceCases(test);
const meta = { ip: '127.0.0.1' };

const as = (email: string) => test.viewerOf(email);
const MARKET_REVIEWER = 'reviewer3@onewindow.test';
const ADMIN = 'admin@onewindow.test';

/** A business licence issued to the enterprise of `applicantEmail` by an approved establishment case. */
async function issueLicence(applicantEmail = 'applicant@onewindow.test', options: Parameters<typeof insertCase>[1] = {}) {
  const c = await insertCase(enterpriseOf(await as(applicantEmail)), options);
  const licence = await test.db.transaction((tx) => issueLicenceForCase(tx, c, null, meta));
  return { ...licence, caseId: c.id };
}

const change = (
  viewer: Viewer,
  creditCode: string,
  to: LicenceStatus,
  reason = '经营场所与登记住所不符',
  expectedStatus?: LicenceStatus,
) => changeLicenceStatus(viewer, { creditCode, to, reason, expectedStatus }, meta);

async function statusOf(creditCode: string) {
  const [row] = await test.db
    .select({ status: licences.status, changedAt: licences.statusChangedAt })
    .from(licences)
    .where(eq(licences.creditCode, creditCode));
  return row;
}

const changeEvents = (licenceId: string) =>
  test.db
    .select({ action: auditEvents.action, actorId: auditEvents.actorId, before: auditEvents.before, after: auditEvents.after })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'licence'), eq(auditEvents.entityId, licenceId)))
    .orderBy(asc(auditEvents.seq));

describe(`licence status changes (${driver})`, () => {
  it('suspends, reinstates and revokes with an audit event each; nothing leaves revoked', async () => {
    const reviewer = await as(MARKET_REVIEWER);
    const licence = await issueLicence();

    const suspended = await change(reviewer, licence.creditCode.toLowerCase(), 'suspended', '  未按期公示年度报告  ', 'valid');
    expect(suspended).toMatchObject({
      creditCode: licence.creditCode,
      change: 'suspend',
      status: 'suspended',
      revokedName: null,
    });
    const afterSuspend = await statusOf(licence.creditCode);
    expect(afterSuspend.status).toBe('suspended');
    expect(afterSuspend.changedAt.getTime()).toBeGreaterThan(licence.statusChangedAt.getTime());
    expect(afterSuspend.changedAt.toISOString()).toBe(suspended.statusChangedAt);

    expect((await change(reviewer, licence.creditCode, 'valid', '已补报年度报告', 'suspended')).change).toBe('reinstate');
    expect((await change(reviewer, licence.creditCode, 'suspended', '再次违规')).change).toBe('suspend');
    expect((await change(reviewer, licence.creditCode, 'revoked', '以欺骗手段取得登记')).change).toBe('revoke');

    for (const to of ['valid', 'suspended', 'revoked'] as const) {
      const error = await failure(change(reviewer, licence.creditCode, to));
      expect(error.code).toBe('invalid');
      expect(error.fieldErrors).toEqual({ to: ['licenceStatusChangeNotAllowed'] });
    }
    expect((await statusOf(licence.creditCode)).status).toBe('revoked');

    const events = await changeEvents(licence.id);
    expect(events.map((e) => e.action)).toEqual([
      'licence.issue',
      'licence.suspend',
      'licence.reinstate',
      'licence.suspend',
      'licence.revoke',
    ]);
    expect(events[1]).toEqual({
      action: 'licence.suspend',
      actorId: reviewer.kind === 'user' ? reviewer.userId : null,
      before: { status: 'valid' },
      after: { status: 'suspended', reason: '未按期公示年度报告', creditCode: licence.creditCode },
    });
    expect(events[4]).toMatchObject({
      before: { status: 'suspended' },
      after: { status: 'revoked', reason: '以欺骗手段取得登记' },
    });
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('refuses a change to the status it has, or without a usable reason, and writes nothing', async () => {
    const admin = await as(ADMIN);
    const licence = await issueLicence();
    const before = await changeEvents(licence.id);

    const same = await failure(change(admin, licence.creditCode, 'valid'));
    expect(same.fieldErrors).toEqual({ to: ['licenceStatusChangeNotAllowed'] });
    const blank = await failure(change(admin, licence.creditCode, 'suspended', ' \n '));
    expect(blank).toMatchObject({ code: 'invalid', fieldErrors: { reason: ['required'] } });
    const long = await failure(change(admin, licence.creditCode, 'suspended', '理'.repeat(STATUS_REASON_MAX_LENGTH + 1)));
    expect(long).toMatchObject({ code: 'invalid', fieldErrors: { reason: ['tooLong'] } });

    expect((await statusOf(licence.creditCode)).status).toBe('valid');
    expect(await changeEvents(licence.id)).toEqual(before);
    expect((await failure(change(admin, '91411000MA0000000X', 'suspended'))).code).toBe('notFound');
    expect((await failure(change(admin, 'not-a-code', 'suspended'))).code).toBe('notFound');
  });

  it('admits the issuing department’s reviewers and admins only', async () => {
    const licence = await issueLicence();
    const expected = {
      anonymous: 'unauthenticated',
      'applicant@onewindow.test': 'forbidden',
      'clerk@onewindow.test': 'forbidden',
      'reviewer@onewindow.test': 'forbidden', // fire
      'reviewer2@onewindow.test': 'forbidden', // natural resources and planning
      [MARKET_REVIEWER]: 'allowed',
      'officer@onewindow.test': 'forbidden',
      'manager@onewindow.test': 'forbidden',
      [ADMIN]: 'allowed',
    } as const;
    for (const [persona, outcome] of Object.entries(expected)) {
      const viewer = persona === 'anonymous' ? ANONYMOUS : await as(persona);
      const attempt = change(viewer, licence.creditCode, 'suspended', `${persona} 的尝试`, 'valid');
      if (outcome === 'allowed') {
        expect((await attempt).status, persona).toBe('suspended');
        await change(viewer, licence.creditCode, 'valid', '恢复以便下一位尝试', 'suspended');
      } else {
        expect((await failure(attempt)).code, persona).toBe(outcome);
      }
      expect((await statusOf(licence.creditCode)).status, persona).toBe('valid');
    }

    // The status history is for staff; only those who may change the status are offered changes.
    for (const [persona, outcome] of Object.entries(expected)) {
      const viewer = persona === 'anonymous' ? ANONYMOUS : await as(persona);
      const read = getLicenceStatusPanel(viewer, licence.creditCode);
      if (persona === 'anonymous') expect((await failure(read)).code).toBe('unauthenticated');
      else if (persona === 'applicant@onewindow.test') expect((await failure(read)).code).toBe('forbidden');
      else
        expect(
          (await read).changes.map((c) => c.to),
          persona,
        ).toEqual(outcome === 'allowed' ? ['suspended', 'revoked'] : []);
    }
  });

  it('falls back to the market regulator for a licence whose case had no department', async () => {
    const licence = await issueLicence('applicant2@onewindow.test', { withoutDepartment: true });
    expect((await failure(change(await as('reviewer@onewindow.test'), licence.creditCode, 'suspended'))).code).toBe('forbidden');
    expect((await change(await as(MARKET_REVIEWER), licence.creditCode, 'suspended')).status).toBe('suspended');
  });

  it('takes a suspended licence out of the wallet’s 免提交 offer and shows the status to the public', async () => {
    const reviewer = await as(MARKET_REVIEWER);
    const licence = await issueLicence('applicant2@onewindow.test', {
      formData: { ...ESTABLISHMENT_ANSWERS, enterpriseName: '许昌巨领储能装备有限公司' },
    });
    // The licence is the new enterprise's; the applicant, loaded afresh, is its owner.
    const enterpriseId = licence.enterpriseId;
    const applicant = await as('applicant2@onewindow.test');
    // Other licences of this enterprise from earlier tests are suspended: this one is the only valid one.
    for (const held of (await listWallet(applicant, enterpriseId)).licences) {
      if (held.creditCode !== licence.creditCode && held.status === 'valid') await change(reviewer, held.creditCode, 'suspended');
    }
    const material = [{ code: 'investor-qualification', eLicenceType: 'business-licence' }];
    const offered = async () => (await walletMaterialsFor(applicant, enterpriseId, material)).map((m) => m.licence.creditCode);
    const verification = async () =>
      (await verifyLicence(new Request('http://localhost'), { params: Promise.resolve({ code: licence.creditCode }) })).json();
    expect(await offered()).toEqual([licence.creditCode]);

    await change(reviewer, licence.creditCode, 'suspended', '责令停业整顿', 'valid');
    expect(await offered()).toEqual([]);
    const draft = await insertCase(enterpriseId, { service: 'XC-MC-001', state: 'draft', formData: {} });
    const attach = await failure(
      attachWalletMaterial(applicant, { caseId: draft.id, materialCode: 'investor-qualification' }, meta),
    );
    expect(attach.fieldErrors).toEqual({ materialCode: ['walletLicenceMissing'] });
    const inWallet = (await listWallet(applicant, enterpriseId)).licences.find((l) => l.creditCode === licence.creditCode);
    expect(inWallet?.status).toBe('suspended');
    expect(await getPublicLicence(licence.creditCode)).toMatchObject({ status: 'suspended' });
    expect(await verification()).toMatchObject({ genuine: true, valid: false, status: 'suspended' });

    await change(reviewer, licence.creditCode, 'valid', '整顿完毕', 'suspended');
    expect(await offered()).toEqual([licence.creditCode]);
    expect(await verification()).toMatchObject({ valid: true, status: 'valid' });

    await change(reviewer, licence.creditCode, 'revoked', '吊销', 'valid');
    expect(await offered()).toEqual([]);
    expect(await verification()).toMatchObject({ valid: false, status: 'revoked' });
  });

  it('revoking revokes the enterprise’s name in the registry, which then blocks for one more year', async () => {
    const applicant = await as('applicant@onewindow.test');
    const today = zoneDate(new Date());
    const parts = { region: '许昌', tradeName: '澜曜', industry: '新材料', organizationForm: '有限公司' };
    const reserved = await test.db.transaction((tx) =>
      reserveNameForCase(tx, applicant, { enterpriseId: enterpriseOf(applicant), formData: parts }, today),
    );
    expect(reserved).not.toBeNull();
    const licence = await issueLicence('applicant@onewindow.test', {
      formData: { ...ESTABLISHMENT_ANSWERS, enterpriseName: reserved!.fullName },
    });
    // Issuing registered the name; suspending leaves it alone.
    await change(await as(ADMIN), licence.creditCode, 'suspended', '责令停业');
    const nameRow = async () => (await test.db.select().from(enterpriseNames).where(eq(enterpriseNames.id, reserved!.id)))[0];
    expect((await nameRow()).status).toBe('registered');

    const revoked = await change(await as(MARKET_REVIEWER), licence.creditCode, 'revoked', '虚报注册资本', 'suspended');
    expect(revoked.revokedName).toBe(reserved!.fullName);
    expect(await nameRow()).toMatchObject({ status: 'revoked', statusDate: today });
    const [event] = await test.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'name.revoke'), eq(auditEvents.entityId, reserved!.id)));
    expect(event.after).toMatchObject({ fullName: reserved!.fullName, licenceCreditCode: licence.creditCode });

    const check = await checkEnterpriseName(ANONYMOUS, parts, { today });
    expect(check.verdict).not.toBe('available');
    const same = check.reasons.find((r) => r.rule === 'name.same');
    expect(same?.freeFrom && same.freeFrom > today).toBe(true);
  });

  it('of two changes made at once from the same status, exactly one is made', async () => {
    const [reviewer, admin] = await Promise.all([as(MARKET_REVIEWER), as(ADMIN)]);
    const licence = await issueLicence();
    const results = await Promise.allSettled([
      change(reviewer, licence.creditCode, 'suspended', '责令停业', 'valid'),
      change(admin, licence.creditCode, 'revoked', '吊销', 'valid'),
      change(reviewer, licence.creditCode, 'suspended', '责令停业（重复提交）', 'valid'),
    ]);
    const made = results.filter((r) => r.status === 'fulfilled');
    expect(made).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected')
        expect(r.reason).toMatchObject({ code: 'conflict', fieldErrors: { expectedStatus: ['licenceStatusChanged'] } });
    }
    const winner = made[0].status === 'fulfilled' ? made[0].value : null;
    expect((await statusOf(licence.creditCode)).status).toBe(winner?.status);
    expect((await changeEvents(licence.id)).map((e) => e.action)).toEqual(['licence.issue', `licence.${winner?.change}`]);
  });

  it('shows staff the history, newest first, with reasons and who changed it', async () => {
    const reviewer = await as(MARKET_REVIEWER);
    const licence = await issueLicence();
    await change(reviewer, licence.creditCode, 'suspended', '未按期年报', 'valid');
    await change(await as(ADMIN), licence.creditCode, 'valid', '已补报', 'suspended');

    const panel = await getLicenceStatusPanel(await as('clerk@onewindow.test'), licence.creditCode);
    expect(panel).toMatchObject({ creditCode: licence.creditCode, status: 'valid', changes: [] });
    expect(panel.history.map(({ change, status, reason, actorName }) => ({ change, status, reason, actorName }))).toEqual([
      { change: 'reinstate', status: 'valid', reason: '已补报', actorName: '周立新' },
      { change: 'suspend', status: 'suspended', reason: '未按期年报', actorName: '马晓婷' },
      { change: 'issue', status: 'valid', reason: null, actorName: null },
    ]);
    expect((await failure(getLicenceStatusPanel(reviewer, '91411000MA0000000X'))).code).toBe('notFound');
  });

  it('leads staff from an establishment case to its licence', async () => {
    const licence = await issueLicence();
    const clerk = await as('clerk@onewindow.test');
    expect(await getCaseLicence(clerk, licence.caseId)).toEqual({ creditCode: licence.creditCode, status: 'valid' });
    const unissued = await insertCase(enterpriseOf(await as('applicant@onewindow.test')));
    expect(await getCaseLicence(clerk, unissued.id)).toBeNull();
    expect(await getCaseLicence(clerk, 'not-a-uuid')).toBeNull();
    expect((await failure(getCaseLicence(await as('applicant2@onewindow.test'), licence.caseId))).code).toBe('forbidden');
  });
});
