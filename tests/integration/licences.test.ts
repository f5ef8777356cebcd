import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, caseMaterials, enterpriseNames, enterprises, licences } from '@/db/schema';
import { verifyAuditChain } from '@/lib/data/audit';
import { attachWalletMaterial, getPublicLicence, issueLicenceForCase, listWallet, walletMaterialsFor } from '@/lib/data/licences';
import { isValidCreditCode } from '@/lib/domain/credit-code';
import { operatingTermText } from '@/lib/domain/establishment';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';
import { driver, setUpTestDatabase } from './harness';
import { enterpriseOf, failure, licenceCases } from './licence-fixtures';

const test = setUpTestDatabase();
const { insertCase } = licenceCases(test);
const meta = { ip: '127.0.0.1' };

const UUID_LIKE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe(`licences (${driver})`, () => {
  it('issues a licence with a valid credit code to the enterprise being established, never the filing one, idempotently', async () => {
    const applicant = await test.viewerOf('applicant@onewindow.test');
    const filingId = enterpriseOf(applicant);
    const c = await insertCase(filingId, { formData: ESTABLISHMENT_ANSWERS });
    const first = await test.db.transaction((tx) => issueLicenceForCase(tx, c, null, meta));
    expect(isValidCreditCode(first.creditCode)).toBe(true);
    expect(first.creditCode).toMatch(/^91411000MA/);
    expect(first).toMatchObject({
      enterpriseName: ESTABLISHMENT_ANSWERS.enterpriseName,
      enterpriseType: '有限责任公司',
      registeredCapital: 500,
      status: 'valid',
      kind: 'business-licence',
      term: '长期',
    });
    expect(first.businessScope).toBe(
      '一般项目：新材料技术研发；新型建筑材料制造（不含危险化学品）；建筑材料销售（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）' +
        '许可项目：货物进出口（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）',
    );
    // The name the licence carries is registered now: it no longer lapses.
    const [name] = await test.db
      .select({
        status: enterpriseNames.status,
        reservedUntil: enterpriseNames.reservedUntil,
        enterpriseId: enterpriseNames.enterpriseId,
      })
      .from(enterpriseNames)
      .where(eq(enterpriseNames.fullName, ESTABLISHMENT_ANSWERS.enterpriseName));
    const enterpriseId = first.enterpriseId;
    expect(enterpriseId).not.toBe(filingId);
    expect(name).toEqual({ status: 'registered', reservedUntil: null, enterpriseId });
    const [enterprise] = await test.db
      .select({ code: enterprises.creditCode, name: enterprises.name, status: enterprises.status })
      .from(enterprises)
      .where(eq(enterprises.id, enterpriseId));
    expect(enterprise).toEqual({ code: first.creditCode, name: ESTABLISHMENT_ANSWERS.enterpriseName, status: 'registered' });
    // The enterprise that filed the case (河南鸿之业新材料) never gets the new company's code.
    const [filing] = await test.db.select({ code: enterprises.creditCode }).from(enterprises).where(eq(enterprises.id, filingId));
    expect(filing.code).toBeNull();

    const second = await test.db.transaction((tx) => issueLicenceForCase(tx, c, null, meta));
    expect(second.id).toBe(first.id);
    expect(second.creditCode).toBe(first.creditCode);
    const issues = await test.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'licence.issue'), eq(auditEvents.entityId, first.id)));
    expect(issues[0].n).toBe(1);
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('refuses to issue from a form that lacks what a licence prints', async () => {
    const applicant = await test.viewerOf('applicant@onewindow.test');
    const c = await insertCase(enterpriseOf(applicant), { formData: { enterpriseName: 'x' } });
    const error = await failure(test.db.transaction((tx) => issueLicenceForCase(tx, c, null, meta)));
    expect(error.code).toBe('invalid');
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining(['address', 'legalRepresentative']));
  });

  it('prints a term of years from the day of establishment', async () => {
    const applicant = await test.viewerOf('applicant2@onewindow.test');
    const c = await insertCase(enterpriseOf(applicant), {
      formData: { ...ESTABLISHMENT_ANSWERS, enterpriseName: '许昌巨领智造科技有限公司', term: '20' },
    });
    const licence = await test.db.transaction((tx) => issueLicenceForCase(tx, c, null, meta));
    expect(licence.term).toBe(operatingTermText('20', licence.establishedOn));
    expect(licence.term).toMatch(/^\d{4}年\d{2}月\d{2}日至\d{4}年\d{2}月\d{2}日$/);
  });

  it('20 concurrent issues for 20 cases give 20 distinct valid codes', async () => {
    const applicant = await test.viewerOf('applicant2@onewindow.test');
    const enterpriseId = enterpriseOf(applicant);
    const rows = await Promise.all(Array.from({ length: 20 }, () => insertCase(enterpriseId)));
    const issued = await Promise.all(rows.map((c) => test.db.transaction((tx) => issueLicenceForCase(tx, c, null, meta))));
    const codes = issued.map((l) => l.creditCode);
    expect(new Set(codes).size).toBe(20);
    for (const code of codes) expect(isValidCreditCode(code)).toBe(true);
    // Concurrent calls for one case still give one licence.
    const again = await Promise.all(
      Array.from({ length: 5 }, () => test.db.transaction((tx) => issueLicenceForCase(tx, rows[0], null, meta))),
    );
    expect(new Set(again.map((l) => l.creditCode))).toEqual(new Set([codes[0]]));
  });

  it('shows the public what a licence shows, and nothing for unknown or malformed codes', async () => {
    const applicant = await test.viewerOf('applicant@onewindow.test');
    const c = await insertCase(enterpriseOf(applicant));
    const licence = await test.db.transaction((tx) => issueLicenceForCase(tx, c, null, meta));
    const shown = await getPublicLicence(licence.creditCode.toLowerCase());
    expect(shown).toMatchObject({ creditCode: licence.creditCode, name: licence.enterpriseName, status: 'valid' });
    expect(Object.keys(shown!)).not.toEqual(expect.arrayContaining(['id']));
    expect(JSON.stringify(shown)).not.toMatch(UUID_LIKE);
    expect(await getPublicLicence('91411000MA0000000X')).toBeNull();
    expect(await getPublicLicence('not-a-code')).toBeNull();
  });

  /** The enterprise established by the first test's case (its members include applicant@), loaded afresh. */
  async function establishedA() {
    const [l] = await test.db
      .select({ enterpriseId: licences.enterpriseId })
      .from(licences)
      .where(eq(licences.enterpriseName, ESTABLISHMENT_ANSWERS.enterpriseName));
    return { applicantA: await test.viewerOf('applicant@onewindow.test'), enterpriseA: l.enterpriseId };
  }

  it('lists the wallet for the enterprise’s members and staff only', async () => {
    const { applicantA, enterpriseA } = await establishedA();
    const applicantB = await test.viewerOf('applicant2@onewindow.test');
    const clerk = await test.viewerOf('clerk@onewindow.test');
    const wallet = await listWallet(applicantA, enterpriseA);
    expect(wallet.licences.length).toBeGreaterThan(0);
    expect(wallet.licences.every((l) => isValidCreditCode(l.creditCode))).toBe(true);
    expect((await listWallet(clerk, enterpriseA)).licences).toHaveLength(wallet.licences.length);
    expect((await failure(listWallet(applicantB, enterpriseA))).code).toBe('forbidden');
  });

  it('attaches a held e-licence to a later application instead of an upload (免提交)', async () => {
    const { applicantA, enterpriseA } = await establishedA();
    const applicantB = await test.viewerOf('applicant2@onewindow.test');
    const wallet = await listWallet(applicantA, enterpriseA);
    const draft = await insertCase(enterpriseA, { service: 'XC-MC-001', state: 'draft', formData: {} });

    const offered = await walletMaterialsFor(applicantA, enterpriseA, [
      { code: 'investor-qualification', eLicenceType: 'business-licence' },
      { code: 'name-commitment', eLicenceType: null },
    ]);
    expect(offered).toEqual([
      expect.objectContaining({
        materialCode: 'investor-qualification',
        licence: expect.objectContaining({ creditCode: wallet.licences[0].creditCode }),
      }),
    ]);

    expect(
      (await failure(attachWalletMaterial(applicantB, { caseId: draft.id, materialCode: 'investor-qualification' }, meta))).code,
    ).toBe('forbidden');
    expect(
      (await failure(attachWalletMaterial(applicantA, { caseId: draft.id, materialCode: 'name-commitment' }, meta))).code,
    ).toBe('invalid');

    const attached = await attachWalletMaterial(applicantA, { caseId: draft.id, materialCode: 'investor-qualification' }, meta);
    expect(attached).toMatchObject({ version: 1, source: 'wallet', sourceRef: wallet.licences[0].creditCode, replayed: false });
    const replay = await attachWalletMaterial(applicantA, { caseId: draft.id, materialCode: 'investor-qualification' }, meta);
    expect(replay.replayed).toBe(true);

    const rows = await test.db
      .select({
        source: caseMaterials.source,
        sourceRef: caseMaterials.sourceRef,
        fileId: caseMaterials.fileId,
        version: caseMaterials.version,
      })
      .from(caseMaterials)
      .where(eq(caseMaterials.caseId, draft.id));
    expect(rows).toEqual([{ source: 'wallet', sourceRef: wallet.licences[0].creditCode, fileId: null, version: 1 }]);
    const events = await test.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'case.material.wallet'), eq(auditEvents.entityId, draft.id)));
    expect(events[0].n).toBe(1);
  });
});
