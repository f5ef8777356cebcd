import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, cases, departments, enterprises, obligations, permits } from '@/db/schema';
import { verifyAuditChain } from '@/lib/data/audit';
import { uploadCaseMaterial } from '@/lib/data/files';
import { atInstant } from '@/lib/data/now';
import { sweepObligations, verifyObligation } from '@/lib/data/obligations';
import { getCasePermit, getPublicPermit, issuePermitForCase } from '@/lib/data/permits';
import { listWallet } from '@/lib/data/licences';
import { zoneDate } from '@/lib/domain/clock';
import { parsePermitNumber, permitValidUntil } from '@/lib/domain/permits';
import { addWorkingDays } from '@/lib/domain/working-days';
import { minimalPdf } from './file-fixtures';
import { driver, setUpTestDatabase } from './harness';
import { enterpriseOf, licenceCases } from './licence-fixtures';
import { caseActions } from './workflow-fixtures';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };
const { insertCase } = licenceCases(test);
const act = caseActions(test, meta);
const as = (email: string) => test.viewerOf(email);
const system = { actorId: null, ip: null };

const FOOD_ANSWERS = {
  premises: '许昌市经济技术开发区长村张街道魏武大道 88 号 1 层',
  businessFormat: 'catering',
  businessItems: '热食类食品制售；冷食类食品制售',
  personInCharge: '王丽',
  safetyManager: '赵强',
};
const CONSTRUCTION_ANSWERS = {
  projectName: '许昌智能装备产业园一期厂房',
  parcel: 'XC-2026-015 地块',
  investment: 32000,
  landArea: 60000,
  floorArea: 48000,
  stage: 'construction',
};

/** An approved case of the food business permit, of the applicant's enterprise. */
async function approvedFoodCase() {
  return insertCase(enterpriseOf(await as('applicant@onewindow.test')), { service: 'XC-SP-001', formData: FOOD_ANSWERS });
}

const permitOf = async (caseId: string) => (await test.db.select().from(permits).where(eq(permits.caseId, caseId)))[0];
const departmentName = async (id: string | null) =>
  (await test.db.select({ name: departments.nameZh }).from(departments).where(eq(departments.id, id!)))[0].name;
/** The serial of a food business permit number: the six digits before the check digit. */
const foodSerial = (number: string) => Number(number.slice(9, 15));

describe(`permits (${driver})`, () => {
  it('issuing a food business case issues a numbered permit with what the case answered; a second call returns it', async () => {
    const c = await approvedFoodCase();
    const issuedAt = new Date();
    const clerk = await as('clerk@onewindow.test');
    await atInstant(issuedAt, () => act(clerk, c.id, 'issue'));
    const permit = await permitOf(c.id);
    const [enterprise] = await test.db
      .select({ name: enterprises.name })
      .from(enterprises)
      .where(eq(enterprises.id, c.enterpriseId));
    expect(parsePermitNumber(permit.number)).toEqual({ kind: 'food-business', number: permit.number });
    expect(permit).toMatchObject({
      kind: 'food-business',
      enterpriseId: c.enterpriseId,
      holderName: enterprise.name,
      subject: FOOD_ANSWERS.businessItems,
      address: FOOD_ANSWERS.premises,
      validUntil: permitValidUntil('food-business', zoneDate(issuedAt)),
      authority: await departmentName(c.departmentId),
      status: 'valid',
    });
    const [event] = await test.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'permit.issue'), eq(auditEvents.entityId, permit.id)));
    expect(event.after).toMatchObject({ number: permit.number, caseId: c.id });

    const again = await test.db.transaction((tx) => issuePermitForCase(tx, c, system));
    expect(again?.id).toBe(permit.id);
    expect(await test.db.select().from(permits).where(eq(permits.caseId, c.id))).toHaveLength(1);

    const applicant = await as('applicant@onewindow.test');
    expect(await getCasePermit(applicant, c.id)).toEqual({ number: permit.number, kind: 'food-business', status: 'valid' });
    const wallet = await listWallet(applicant, c.enterpriseId);
    expect(wallet.permits.map((p) => p.number)).toContain(permit.number);
  });

  it('20 concurrent issues of different cases get 20 consecutive numbers', async () => {
    const created = [];
    for (let i = 0; i < 20; i++) created.push(await approvedFoodCase());
    const issued = await Promise.all(created.map((c) => test.db.transaction((tx) => issuePermitForCase(tx, c, system))));
    const serials = issued.map((p) => foodSerial(p!.number)).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 20 }, (_, i) => serials[0] + i));
    expect(new Set(issued.map((p) => p!.number)).size).toBe(20);
  });

  it('a construction-stage case issues a construction permit without an end date, by its department', async () => {
    const c = await insertCase(enterpriseOf(await as('applicant@onewindow.test')), {
      service: 'XC-JP-103',
      formData: CONSTRUCTION_ANSWERS,
    });
    const now = new Date();
    const permit = await test.db.transaction((tx) => issuePermitForCase(tx, c, system, now));
    expect(permit).toMatchObject({
      kind: 'construction',
      subject: CONSTRUCTION_ANSWERS.projectName,
      address: CONSTRUCTION_ANSWERS.parcel,
      validUntil: null,
      authority: await departmentName(c.departmentId),
    });
    expect(permit!.number).toMatch(new RegExp(`^411000${zoneDate(now).replaceAll('-', '')}\\d{4}$`));
    expect(await getPublicPermit(permit!.number)).toMatchObject({ kind: 'construction', status: 'valid', validUntil: null });
  });

  it('an establishment case issues no permit; a case missing a printed answer is refused', async () => {
    const establishment = await insertCase(enterpriseOf(await as('applicant@onewindow.test')));
    expect(await test.db.transaction((tx) => issuePermitForCase(tx, establishment, system))).toBeNull();
    const incomplete = await insertCase(enterpriseOf(await as('applicant@onewindow.test')), {
      service: 'XC-SP-001',
      formData: { ...FOOD_ANSWERS, premises: '  ' },
    });
    await expect(test.db.transaction((tx) => issuePermitForCase(tx, incomplete, system))).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { premises: ['required'] },
    });
  });

  it('revoking the case revokes its permit, and the public lookup says so with the reason', async () => {
    const c = await approvedFoodCase();
    await act(await as('clerk@onewindow.test'), c.id, 'issue');
    const { number } = await permitOf(c.id);
    expect(await getPublicPermit(number.toLowerCase())).toMatchObject({ number, status: 'valid', statusReason: null });

    const reason = '承诺的经营场所条件经核查不实';
    await act(await as('manager@onewindow.test'), c.id, 'revoke', { reason });
    expect(await permitOf(c.id)).toMatchObject({ status: 'revoked', statusReason: reason });
    const shown = await getPublicPermit(number);
    expect(shown).toMatchObject({
      number,
      kind: 'food-business',
      holderName: expect.any(String),
      subject: FOOD_ANSWERS.businessItems,
      status: 'revoked',
      statusReason: reason,
    });
    expect(shown).not.toHaveProperty('id');
    expect(shown).not.toHaveProperty('enterpriseId');
    expect(await getPublicPermit(`${number.slice(0, -1)}${(Number(number.slice(-1)) + 1) % 10}`)).toBeNull();
    expect(await getPublicPermit('JY14110009999992')).toBeNull(); // well-formed (check digit 2), never issued
    expect((await verifyAuditChain(test.db)).ok).toBe(true);
  });

  it('a tolerance breach on a completed case suspends its permit; the verified material reinstates it', async () => {
    const c = await approvedFoodCase();
    await test.db.transaction((tx) => issuePermitForCase(tx, c, system));
    const due = zoneDate(new Date());
    await test.db
      .update(cases)
      .set({ state: 'completed', acceptedAt: new Date(), completedAt: new Date() })
      .where(eq(cases.id, c.id));
    await test.db.insert(obligations).values({
      caseId: c.id,
      enterpriseId: c.enterpriseId,
      kind: 'tolerance',
      materialCode: 'premises-layout',
      requirement: '经营场所平面布局图',
      dueDate: due,
      commitment: '承诺按期补交',
    });
    const later = new Date(Date.parse(`${addWorkingDays(due, 1)}T04:00:00Z`));
    await sweepObligations(test.db, later);
    const suspended = await permitOf(c.id);
    expect(suspended).toMatchObject({ status: 'suspended', statusReason: expect.stringContaining('经营场所平面布局图') });
    expect(await getPublicPermit(suspended.number)).toMatchObject({ status: 'suspended', statusReason: suspended.statusReason });
    const [obligation] = await test.db.select().from(obligations).where(eq(obligations.caseId, c.id));
    expect(obligation).toMatchObject({ status: 'breached', suspended: 'licence' });

    const applicant = await as('applicant@onewindow.test');
    await atInstant(later, () =>
      uploadCaseMaterial(
        applicant,
        { caseId: c.id, materialCode: 'premises-layout', bytes: minimalPdf(), originalName: '平面布局图.pdf' },
        meta,
      ),
    );
    const lifted = await atInstant(later, async () =>
      verifyObligation(await as('clerk@onewindow.test'), { obligationId: obligation.id }, meta),
    );
    expect(lifted).toEqual({ lifted: 'licence' });
    expect(await permitOf(c.id)).toMatchObject({ status: 'valid' });
  });
});
