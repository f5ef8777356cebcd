import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { registryRow } from '@/db/seed-names';
import { auditEvents, cases, enterpriseMembers, enterpriseNames, enterprises, licences } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { chooseActingEnterprise, getActingEnterprise } from '@/lib/data/acting-enterprise';
import { verifyAuditChain } from '@/lib/data/audit';
import { getCaseDetail } from '@/lib/data/case-detail';
import { createDraft, saveDraft, submitCase } from '@/lib/data/case-workflow';
import { listCaseMaterials, readCaseFile, uploadCaseMaterial } from '@/lib/data/files';
import { changeLicenceStatus } from '@/lib/data/licence-status';
import { getLicenceForPrint, getPublicLicence, listWallet } from '@/lib/data/licences';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';
import { driver, setUpTestDatabase } from './harness';
import { caseActions } from './workflow-fixtures';
import { requiredMaterials, supplyMaterials } from './intake-fixtures';
import { enterpriseOf, failure, licenceCases } from './licence-fixtures';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };
const as = (email: string) => test.viewerOf(email);
const { insertCase } = licenceCases(test);

let held = 0;
/** A name reserved for the enterprise, new for every case. */
async function holdName(enterpriseId: string) {
  const row = registryRow(
    {
      region: '许昌',
      tradeName: `澄翰${'甲乙丙丁戊己庚辛壬癸'[held++ % 10]}`,
      industry: '智造科技',
      organizationForm: '有限公司',
      status: 'reserved',
      statusDate: '2026-11-01',
      reservedUntil: '2099-12-31',
    },
    enterpriseId,
  );
  await test.db.insert(enterpriseNames).values(row);
  return row.fullName;
}

const act = caseActions(test, meta);

/** A complete establishment application of the applicant's (first) enterprise, submitted. */
async function submitEstablishment(applicant: Viewer) {
  const filing = enterpriseOf(applicant);
  const name = await holdName(filing);
  const { id } = await createDraft(applicant, { serviceCode: 'XC-SL-002', enterpriseId: filing }, meta);
  await saveDraft(applicant, {
    caseId: id,
    contact: { name: '李明远', phone: '13837400001' },
    formData: { ...ESTABLISHMENT_ANSWERS, enterpriseName: name },
  });
  await submitCase(applicant, { caseId: id, idempotencyKey: `k-${id}` }, meta);
  return { caseId: id, filing, name };
}

/** The required materials the applicant uploads (the name notice was generated at submission), so the window may accept. */
async function supplyUploads(caseId: string) {
  const uploads = (await requiredMaterials(test.db, caseId)).filter((code) => code !== 'name-notice');
  await supplyMaterials(test.db, caseId, uploads);
}

async function enterpriseRow(id: string) {
  const [row] = await test.db
    .select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode, status: enterprises.status })
    .from(enterprises)
    .where(eq(enterprises.id, id));
  return row;
}

describe(`the enterprise being established (${driver})`, () => {
  it('submission creates the enterprise 设立中 under the reserved name, owned by the applicant, and moves the case and name to it', async () => {
    const applicant = await as('applicant@onewindow.test');
    const { caseId, filing, name } = await submitEstablishment(applicant);

    const [c] = await test.db
      .select({ enterpriseId: cases.enterpriseId, state: cases.state })
      .from(cases)
      .where(eq(cases.id, caseId));
    expect(c.state).toBe('submitted');
    expect(c.enterpriseId).not.toBe(filing);
    expect(await enterpriseRow(c.enterpriseId)).toMatchObject({ name, status: 'establishing', creditCode: null });
    const [owner] = await test.db
      .select({ role: enterpriseMembers.role, status: enterpriseMembers.status })
      .from(enterpriseMembers)
      .where(
        and(
          eq(enterpriseMembers.enterpriseId, c.enterpriseId),
          eq(enterpriseMembers.userId, (applicant as { userId: string }).userId),
        ),
      );
    expect(owner).toEqual({ role: 'owner', status: 'active' });
    const [reserved] = await test.db
      .select({ enterpriseId: enterpriseNames.enterpriseId, status: enterpriseNames.status })
      .from(enterpriseNames)
      .where(eq(enterpriseNames.fullName, name));
    expect(reserved).toEqual({ enterpriseId: c.enterpriseId, status: 'reserved' });
    // The filing enterprise is unchanged.
    expect(await enterpriseRow(filing)).toMatchObject({
      name: '河南鸿之业新材料有限公司',
      status: 'registered',
      creditCode: null,
    });

    // The applicant, loaded afresh as a request does, reads the case through the new enterprise.
    const reloaded = await as('applicant@onewindow.test');
    const detail = await getCaseDetail(reloaded, caseId);
    expect(detail.enterprise).toMatchObject({ id: c.enterpriseId, name });
    const [established] = await test.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'enterprise.establish'), eq(auditEvents.entityId, c.enterpriseId)));
    expect(established.after).toMatchObject({ name, caseId, created: true, filedBy: filing });
  });

  it('issuing registers the new enterprise with the code; the licence and wallet are its own, the filing enterprise keeps its code', async () => {
    const applicant = await as('applicant@onewindow.test');
    const clerk = await as('clerk@onewindow.test');
    const reviewer = await as('reviewer3@onewindow.test');
    const filing = enterpriseOf(applicant);
    // The filing enterprise already has a code of its own: it must keep it.
    const ownCode = '91411002MA0000003Y';
    const { caseId, name } = await submitEstablishment(applicant);
    await test.db.update(enterprises).set({ creditCode: ownCode }).where(eq(enterprises.id, filing));
    await supplyUploads(caseId);
    await act(clerk, caseId, 'accept');
    await act(clerk, caseId, 'route_to_review');
    await act(reviewer, caseId, 'approve', { opinion: '同意设立' });
    await act(clerk, caseId, 'issue');

    const [licence] = await test.db.select().from(licences).where(eq(licences.caseId, caseId));
    const [c] = await test.db.select({ enterpriseId: cases.enterpriseId }).from(cases).where(eq(cases.id, caseId));
    expect(licence.enterpriseId).toBe(c.enterpriseId);
    expect(licence.enterpriseId).not.toBe(filing);
    expect(await enterpriseRow(licence.enterpriseId)).toEqual({
      id: licence.enterpriseId,
      name,
      creditCode: licence.creditCode,
      status: 'registered',
    });
    expect((await enterpriseRow(filing)).creditCode).toBe(ownCode);

    const reloaded = await as('applicant@onewindow.test');
    expect((await listWallet(reloaded, licence.enterpriseId)).licences.map((l) => l.creditCode)).toEqual([licence.creditCode]);
    expect((await listWallet(reloaded, filing)).licences.map((l) => l.creditCode)).not.toContain(licence.creditCode);
    expect((await getLicenceForPrint(reloaded, licence.creditCode)).name).toBe(name);
    // Every later notice of the case prints the new enterprise.
    expect((await getCaseDetail(reloaded, caseId)).enterprise).toMatchObject({ name, creditCode: licence.creditCode });
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('a case submitted before submission created the enterprise still issues to a new enterprise, never the filing one', async () => {
    const applicant = await as('applicant2@onewindow.test');
    const clerk = await as('clerk@onewindow.test');
    const filing = enterpriseOf(applicant);
    // The old shape: an approved case still on the filing enterprise, nothing being established.
    const c = await insertCase(filing, { formData: { ...ESTABLISHMENT_ANSWERS, enterpriseName: await holdName(filing) } });
    await act(clerk, c.id, 'issue');
    const [licence] = await test.db.select().from(licences).where(eq(licences.caseId, c.id));
    expect(licence.enterpriseId).not.toBe(filing);
    expect((await enterpriseRow(filing)).creditCode).toBeNull();
    expect(await enterpriseRow(licence.enterpriseId)).toMatchObject({ creditCode: licence.creditCode, status: 'registered' });
    const [moved] = await test.db.select({ enterpriseId: cases.enterpriseId }).from(cases).where(eq(cases.id, c.id));
    expect(moved.enterpriseId).toBe(licence.enterpriseId);
    // Without a recorded applicant, the filing enterprise's owners own the new one.
    const owners = await test.db
      .select({ userId: enterpriseMembers.userId })
      .from(enterpriseMembers)
      .where(and(eq(enterpriseMembers.enterpriseId, licence.enterpriseId), eq(enterpriseMembers.role, 'owner')));
    expect(owners.map((o) => o.userId)).toContain((applicant as { userId: string }).userId);
  });

  it('a walk-in application entered by a clerk makes the filing enterprise’s owners, not the clerk, owners of the new one', async () => {
    const applicant = await as('applicant2@onewindow.test');
    const clerk = await as('clerk@onewindow.test');
    const filing = enterpriseOf(applicant);
    const name = await holdName(filing);
    const { id } = await createDraft(clerk, { serviceCode: 'XC-SL-002', enterpriseId: filing }, meta);
    await saveDraft(clerk, {
      caseId: id,
      contact: { name: '王建国', phone: '13837400002' },
      formData: { ...ESTABLISHMENT_ANSWERS, enterpriseName: name },
    });
    await submitCase(clerk, { caseId: id, idempotencyKey: `k-${id}` }, meta);
    const [c] = await test.db.select({ enterpriseId: cases.enterpriseId }).from(cases).where(eq(cases.id, id));
    const members = await test.db
      .select({ userId: enterpriseMembers.userId, role: enterpriseMembers.role })
      .from(enterpriseMembers)
      .where(eq(enterpriseMembers.enterpriseId, c.enterpriseId));
    expect(members).toContainEqual({ userId: (applicant as { userId: string }).userId, role: 'owner' });
    expect(members.map((m) => m.userId)).not.toContain((clerk as { userId: string }).userId);
  });

  it('an enterprise that already has the name blocks the submission on the name field', async () => {
    const applicant = await as('applicant@onewindow.test');
    const filing = enterpriseOf(applicant);
    const name = await holdName(filing);
    await test.db.insert(enterprises).values({ name });
    const { id } = await createDraft(applicant, { serviceCode: 'XC-SL-002', enterpriseId: filing }, meta);
    await saveDraft(applicant, {
      caseId: id,
      contact: { name: '李明远', phone: '13837400001' },
      formData: { ...ESTABLISHMENT_ANSWERS, enterpriseName: name },
    });
    const error = await failure(submitCase(applicant, { caseId: id, idempotencyKey: `k-${id}` }, meta));
    expect(error.fieldErrors).toEqual({ enterpriseName: ['enterpriseNameTaken'] });
    const [c] = await test.db
      .select({ state: cases.state, enterpriseId: cases.enterpriseId })
      .from(cases)
      .where(eq(cases.id, id));
    expect(c).toEqual({ state: 'draft', enterpriseId: filing });
  });

  it('the acting enterprise: members choose among their enterprises; anyone else is refused and falls back', async () => {
    const applicant = await as('applicant@onewindow.test');
    await submitEstablishment(applicant);
    const reloaded = await as('applicant@onewindow.test');
    const other = await as('applicant2@onewindow.test');
    const clerk = await as('clerk@onewindow.test');
    const filing = enterpriseOf(applicant);
    const choice = await getActingEnterprise(reloaded, undefined);
    expect(choice.options.length).toBeGreaterThanOrEqual(2);
    const established = choice.options.find((o) => o.status === 'establishing')!;
    expect(established).toBeTruthy();
    expect((await getActingEnterprise(reloaded, established.id)).current?.id).toBe(established.id);
    expect(chooseActingEnterprise(reloaded, established.id)).toBe(established.id);

    // Another applicant, staff and strangers may not act for it; a forged choice falls back.
    expect(() => chooseActingEnterprise(other, established.id)).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => chooseActingEnterprise(clerk, filing)).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => chooseActingEnterprise({ kind: 'anonymous' }, filing)).toThrow(
      expect.objectContaining({ code: 'unauthenticated' }),
    );
    const forged = await getActingEnterprise(other, established.id);
    expect(forged.current?.id).not.toBe(established.id);
    expect(forged.options.map((o) => o.id)).not.toContain(established.id);
    expect(await getActingEnterprise(clerk, filing)).toEqual({ current: null, options: [] });
    expect(await getActingEnterprise({ kind: 'anonymous' }, filing)).toEqual({ current: null, options: [] });
  });
});

describe(`the licence application's results (${driver})`, () => {
  it('generates the name notice from the reservation at submission, stores it like an upload, and refuses an upload of it', async () => {
    const applicant = await as('applicant@onewindow.test');
    const { caseId, name, filing } = await submitEstablishment(applicant);
    const owner = await as('applicant@onewindow.test');
    const group = (await listCaseMaterials(owner, caseId)).find((g) => g.materialCode === 'name-notice');
    expect(group?.current).toMatchObject({ version: 1, source: 'generated', file: { contentType: 'application/pdf' } });
    const [reserved] = await test.db
      .select({ id: enterpriseNames.id })
      .from(enterpriseNames)
      .where(eq(enterpriseNames.fullName, name));
    expect(group?.current?.sourceRef).toBe(reserved.id);
    const file = await readCaseFile(owner, group!.current!.file!.id);
    const pdf = new TextDecoder('latin1').decode(file.body);
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toContain(ucs2Hex(`企业名称：${name}`));
    expect(pdf).toContain(ucs2Hex('河南鸿之业新材料有限公司：'));
    const [event] = await test.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'case.material.generate'), eq(auditEvents.entityId, caseId)));
    expect(event.after).toMatchObject({ materialCode: 'name-notice', source: 'generated', fullName: name });

    // Nobody uploads it, not even on a draft.
    const { id: draft } = await createDraft(owner, { serviceCode: 'XC-SL-002', enterpriseId: filing }, meta);
    const refused = await failure(
      uploadCaseMaterial(
        owner,
        { caseId: draft, materialCode: 'name-notice', bytes: file.body, originalName: 'notice.pdf' },
        meta,
      ),
    );
    expect(refused.fieldErrors).toEqual({ file: ['materialGenerated'] });
  });

  it('revoking a completed establishment case revokes its licence with the reason and an audit event; the applicant sees the reason', async () => {
    const applicant = await as('applicant2@onewindow.test');
    const [clerk, reviewer, manager] = await Promise.all([
      as('clerk@onewindow.test'),
      as('reviewer3@onewindow.test'),
      as('manager@onewindow.test'),
    ]);
    const { caseId, name } = await submitEstablishment(applicant);
    await supplyUploads(caseId);
    await act(clerk, caseId, 'accept');
    await act(clerk, caseId, 'route_to_review');
    await act(reviewer, caseId, 'approve', { opinion: '同意设立' });
    await act(clerk, caseId, 'issue');
    const [issued] = await test.db.select().from(licences).where(eq(licences.caseId, caseId));
    expect(issued.status).toBe('valid');

    const reason = '以提交虚假材料的方式取得设立登记';
    await act(manager, caseId, 'revoke', { reason });
    const [revoked] = await test.db.select().from(licences).where(eq(licences.caseId, caseId));
    expect(revoked).toMatchObject({ status: 'revoked', statusReason: reason });
    const [event] = await test.db
      .select({ after: auditEvents.after, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'licence.revoke'), eq(auditEvents.entityId, issued.id)));
    expect(event.after).toMatchObject({ status: 'revoked', reason, caseId });
    expect(event.actorId).toBe((manager as { userId: string }).userId);
    const [registered] = await test.db
      .select({ status: enterpriseNames.status })
      .from(enterpriseNames)
      .where(eq(enterpriseNames.fullName, name));
    expect(registered.status).toBe('revoked');
    expect(await getPublicLicence(issued.creditCode)).toMatchObject({ status: 'revoked' });

    const owner = await as('applicant2@onewindow.test');
    const [held] = (await listWallet(owner, issued.enterpriseId)).licences;
    expect(held).toMatchObject({ creditCode: issued.creditCode, status: 'revoked', statusReason: reason });
    expect((await getLicenceForPrint(owner, issued.creditCode)).statusReason).toBe(reason);
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('a status change made on the licence page shows its reason in the applicant’s wallet', async () => {
    const applicant = await as('applicant@onewindow.test');
    const c = await insertCase(enterpriseOf(applicant), {
      formData: { ...ESTABLISHMENT_ANSWERS, enterpriseName: '许昌澄翰电梯配件有限公司' },
    });
    await act(await as('clerk@onewindow.test'), c.id, 'issue');
    const [licence] = await test.db.select().from(licences).where(eq(licences.caseId, c.id));
    await changeLicenceStatus(
      await as('reviewer3@onewindow.test'),
      { creditCode: licence.creditCode, to: 'suspended', reason: '经营场所无法联系', expectedStatus: 'valid' },
      meta,
    );
    const owner = await as('applicant@onewindow.test');
    const [held] = (await listWallet(owner, licence.enterpriseId)).licences;
    expect(held).toMatchObject({ status: 'suspended', statusReason: '经营场所无法联系' });
  });
});

const ucs2Hex = (text: string) =>
  [...text]
    .map((ch) => ch.codePointAt(0)!.toString(16).padStart(4, '0'))
    .join('')
    .toUpperCase();
