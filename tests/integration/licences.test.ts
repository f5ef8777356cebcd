import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, caseMaterials, enterprises } from '@/db/schema';
import { verifyAuditChain } from '@/lib/data/audit';
import { attachWalletMaterial, getPublicLicence, issueLicenceForCase, listWallet, walletMaterialsFor } from '@/lib/data/licences';
import { isValidCreditCode } from '@/lib/domain/credit-code';
import { driver, useTestDatabase } from './harness';
import { enterpriseOf, ESTABLISHMENT_FORM, failure, licenceCases } from './licence-fixtures';

const test = useTestDatabase();
const { insertCase } = licenceCases(test);
const meta = { ip: '127.0.0.1' };

const UUID_LIKE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe(`licences (${driver})`, () => {
  it('issues a licence with a valid credit code, sets the enterprise code, and is idempotent per case', async () => {
    const applicant = await test.viewerOf('applicant@onewindow.test');
    const enterpriseId = enterpriseOf(applicant);
    const c = await insertCase(enterpriseId);
    const first = await test.db.transaction((tx) => issueLicenceForCase(tx, c, null, meta));
    expect(isValidCreditCode(first.creditCode)).toBe(true);
    expect(first.creditCode).toMatch(/^91411000MA/);
    expect(first).toMatchObject({
      enterpriseName: ESTABLISHMENT_FORM.enterpriseName,
      enterpriseType: '有限责任公司',
      registeredCapital: 500,
      status: 'valid',
      kind: 'business-licence',
      term: '长期',
    });
    const [enterprise] = await test.db
      .select({ code: enterprises.creditCode })
      .from(enterprises)
      .where(eq(enterprises.id, enterpriseId));
    expect(enterprise.code).toBe(first.creditCode);

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
    expect(shown).toMatchObject({ creditCode: licence.creditCode, name: ESTABLISHMENT_FORM.enterpriseName, status: 'valid' });
    expect(Object.keys(shown!)).not.toEqual(expect.arrayContaining(['id']));
    expect(JSON.stringify(shown)).not.toMatch(UUID_LIKE);
    expect(await getPublicLicence('91411000MA0000000X')).toBeNull();
    expect(await getPublicLicence('not-a-code')).toBeNull();
  });

  it('lists the wallet for the enterprise’s members and staff only', async () => {
    const applicantA = await test.viewerOf('applicant@onewindow.test');
    const applicantB = await test.viewerOf('applicant2@onewindow.test');
    const clerk = await test.viewerOf('clerk@onewindow.test');
    const enterpriseA = enterpriseOf(applicantA);
    const wallet = await listWallet(applicantA, enterpriseA);
    expect(wallet.licences.length).toBeGreaterThan(0);
    expect(wallet.licences.every((l) => isValidCreditCode(l.creditCode))).toBe(true);
    expect((await listWallet(clerk, enterpriseA)).licences).toHaveLength(wallet.licences.length);
    expect((await failure(listWallet(applicantB, enterpriseA))).code).toBe('forbidden');
  });

  it('attaches a held e-licence to a later application instead of an upload (免提交)', async () => {
    const applicantA = await test.viewerOf('applicant@onewindow.test');
    const applicantB = await test.viewerOf('applicant2@onewindow.test');
    const enterpriseA = enterpriseOf(applicantA);
    const wallet = await listWallet(applicantA, enterpriseA);
    const draft = await insertCase(enterpriseA, { service: 'XC-MC-001', state: 'draft', formData: {} });

    const offered = await walletMaterialsFor(enterpriseA, [
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
