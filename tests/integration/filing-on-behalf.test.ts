import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, cases, filingAuthorizations, notifications } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { getCaseDetail } from '@/lib/data/case-detail';
import { fileOnBehalf, saveDraft, submitCase, takeOverCase } from '@/lib/data/case-workflow';
import { listMyCases } from '@/lib/data/cases';
import {
  listAuthorizations,
  recordAuthorization,
  revokeAuthorization,
  searchEnterprisesForFiling,
} from '@/lib/data/filing-authorizations';
import { uploadCaseMaterial } from '@/lib/data/files';
import { zoneDate } from '@/lib/domain/clock';
import { DomainError, isDomainError } from '@/lib/errors';
import { minimalPdf } from './file-fixtures';
import { driver, setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };
const FOOD = 'XC-SP-001';
const FOOD_ANSWERS = {
  premises: '许昌市经济技术开发区魏武大道 88 号',
  businessFormat: 'retail',
  businessItems: '预包装食品销售',
  personInCharge: '王丽',
  safetyManager: '赵强',
};

const CONTACT = { name: '王丽', phone: '13837400001' };
const dayOffset = (days: number) => zoneDate(new Date(Date.now() + days * 86_400_000));
const scan = { bytes: minimalPdf('authorization'), originalName: '授权委托书.pdf' };

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe(`filing on an enterprise's behalf (${driver})`, () => {
  let applicant: Extract<Viewer, { kind: 'user' }>;
  let clerk: Extract<Viewer, { kind: 'user' }>;
  let officer: Extract<Viewer, { kind: 'user' }>;
  let applicant2: Extract<Viewer, { kind: 'user' }>;
  let enterpriseA: string;
  let enterpriseB: string;

  const record = (viewer: Viewer, enterpriseId: string, terms: Record<string, unknown> = {}) =>
    recordAuthorization(
      viewer,
      {
        enterpriseId,
        principalName: '王建国',
        serviceCodes: [],
        validFrom: dayOffset(-1),
        validUntil: dayOffset(30),
        ...terms,
        ...scan,
      },
      meta,
    );

  beforeAll(async () => {
    const users = await Promise.all(
      ['applicant', 'clerk', 'officer', 'applicant2'].map((p) => test.viewerOf(`${p}@onewindow.test`)),
    );
    if (users.some((u) => u.kind !== 'user')) throw new Error('seed is missing personas');
    [applicant, clerk, officer, applicant2] = users as Extract<Viewer, { kind: 'user' }>[];
    enterpriseA = applicant.memberships[0].enterpriseId;
    enterpriseB = applicant2.memberships[0].enterpriseId;
  });

  it('finds registered enterprises: every one for the window, its own for a paired officer', async () => {
    const forClerk = await searchEnterprisesForFiling(clerk, '鸿之业新材料');
    expect(forClerk.map((e) => e.id)).toContain(enterpriseA);
    const forOfficer = await searchEnterprisesForFiling(officer, '');
    expect(forOfficer.map((e) => e.id)).toContain(enterpriseA);
    expect(forOfficer.map((e) => e.id)).not.toContain(enterpriseB);
    await expect(searchEnterprisesForFiling(applicant, '')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses to file without a valid authorization', async () => {
    const filed = (viewer: Viewer, authorizationId: string, serviceCode = FOOD, enterpriseId = enterpriseA) =>
      refusal(fileOnBehalf(viewer, { enterpriseId, authorizationId, serviceCode }, meta));
    const unknown = await filed(clerk, '00000000-0000-4000-8000-000000000000');
    expect(unknown.fieldErrors).toEqual({ authorizationId: ['authorizationMissing'] });

    const expired = await record(clerk, enterpriseA, { validFrom: dayOffset(-60), validUntil: dayOffset(-1) });
    expect((await filed(clerk, expired.id)).fieldErrors).toEqual({ authorizationId: ['authorizationExpired'] });

    const revoked = await record(clerk, enterpriseA);
    await revokeAuthorization(clerk, { authorizationId: revoked.id }, meta);
    expect((await filed(clerk, revoked.id)).fieldErrors).toEqual({ authorizationId: ['authorizationRevoked'] });

    const otherItem = await record(clerk, enterpriseA, { serviceCodes: ['XC-SL-002'] });
    expect((await filed(clerk, otherItem.id)).fieldErrors).toEqual({ authorizationId: ['authorizationOtherItem'] });

    // The clerk's authorization is not the officer's, nor one enterprise's another's.
    const clerks = await record(clerk, enterpriseA);
    expect((await filed(officer, clerks.id)).fieldErrors).toEqual({ authorizationId: ['authorizationOtherAgent'] });
    const ofB = await record(clerk, enterpriseB);
    expect((await filed(clerk, ofB.id)).fieldErrors).toEqual({ authorizationId: ['authorizationOtherEnterprise'] });

    // The officer is paired with A, not B: neither records nor files for B.
    expect((await refusal(record(officer, enterpriseB))).code).toBe('forbidden');
    expect((await filed(officer, ofB.id, FOOD, enterpriseB)).code).toBe('forbidden');
    // An applicant files for their own enterprise the ordinary way, never "on behalf".
    expect((await filed(applicant, clerks.id)).code).toBe('forbidden');
    const count = await test.db.select({ id: cases.id }).from(cases).where(eq(cases.filedById, officer.userId));
    expect(count).toHaveLength(0);
  });

  it('files under a valid authorization, the members see it as theirs and take it over', async () => {
    const authorization = await record(clerk, enterpriseA, { serviceCodes: [FOOD] });
    const { id } = await fileOnBehalf(
      clerk,
      { enterpriseId: enterpriseA, authorizationId: authorization.id, serviceCode: FOOD },
      meta,
    );
    const [row] = await test.db.select().from(cases).where(eq(cases.id, id));
    expect(row).toMatchObject({
      filedById: clerk.userId,
      authorizationId: authorization.id,
      applicantId: clerk.userId,
      state: 'draft',
    });
    const told = await test.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.caseId, id), eq(notifications.kind, 'filed_on_behalf')));
    expect(told.map((n) => n.userId)).toContain(applicant.userId);

    // The clerk fills it in; the enterprise sees it as its own, with who filed it and under which authorization.
    await saveDraft(clerk, { caseId: id, contact: CONTACT, formData: FOOD_ANSWERS });
    expect((await listMyCases(applicant)).map((c) => c.id)).toContain(id);
    expect((await listMyCases(applicant2)).map((c) => c.id)).not.toContain(id);
    const seen = await getCaseDetail(applicant, id);
    expect(seen.onBehalf).toMatchObject({
      filedBy: clerk.name,
      takenOver: false,
      authorization: { id: authorization.id, status: 'valid' },
    });
    expect(seen.canTakeOver).toBe(true);
    expect((await listAuthorizations(applicant, enterpriseA)).authorizations.map((a) => a.id)).toContain(authorization.id);
    await expect(listAuthorizations(applicant2, enterpriseA)).rejects.toMatchObject({ code: 'forbidden' });

    await expect(takeOverCase(applicant2, { caseId: id }, meta)).rejects.toBeInstanceOf(DomainError);
    await takeOverCase(applicant, { caseId: id }, meta);
    const [taken] = await test.db.select({ applicantId: cases.applicantId }).from(cases).where(eq(cases.id, id));
    expect(taken.applicantId).toBe(applicant.userId);
    const events = await test.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['case.fileOnBehalf', 'case.takeOver']));
    expect((await getCaseDetail(applicant, id)).timeline.map((e) => e.action)).toContain('case.takeOver');
    await expect(takeOverCase(applicant, { caseId: id }, meta)).rejects.toMatchObject({ code: 'conflict' });
    // The draft is the enterprise's now: the clerk no longer reads it (staff see a case from its submission on).
    await expect(getCaseDetail(clerk, id)).rejects.toMatchObject({ code: 'notFound' });
    await submitCase(applicant, { caseId: id, idempotencyKey: `k-${id}` }, meta);
    expect((await getCaseDetail(clerk, id)).state).toBe('submitted');
  });

  it('the paired officer fills and submits the draft it started; a revoked authorization stops the submission', async () => {
    const authorization = await record(officer, enterpriseA);
    const { id } = await fileOnBehalf(
      officer,
      { enterpriseId: enterpriseA, authorizationId: authorization.id, serviceCode: FOOD },
      meta,
    );
    await saveDraft(officer, { caseId: id, contact: CONTACT, formData: FOOD_ANSWERS });
    // Refused by content (not a PDF) once the permission check has passed.
    await expect(
      uploadCaseMaterial(
        officer,
        { caseId: id, materialCode: 'business-licence', bytes: new TextEncoder().encode('x'), originalName: 'x.pdf' },
        meta,
      ),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect((await getCaseDetail(officer, id)).editable).toBe(true);

    await revokeAuthorization(clerk, { authorizationId: authorization.id }, meta);
    const refused = await refusal(submitCase(officer, { caseId: id, idempotencyKey: `k-${id}` }, meta));
    expect(refused.fieldErrors).toEqual({ authorizationId: ['authorizationRevoked'] });
    const [still] = await test.db.select({ state: cases.state }).from(cases).where(eq(cases.id, id));
    expect(still.state).toBe('draft');

    // Under a fresh authorization the officer's next draft goes through.
    const fresh = await record(officer, enterpriseA);
    const next = await fileOnBehalf(officer, { enterpriseId: enterpriseA, authorizationId: fresh.id, serviceCode: FOOD }, meta);
    await saveDraft(officer, { caseId: next.id, contact: CONTACT, formData: FOOD_ANSWERS });
    const submitted = await submitCase(officer, { caseId: next.id, idempotencyKey: `k-${next.id}` }, meta);
    expect(submitted.state).toBe('submitted');
  });

  it('an authorization expiring between filing and submission stops the submission', async () => {
    const authorization = await record(clerk, enterpriseA);
    const { id } = await fileOnBehalf(
      clerk,
      { enterpriseId: enterpriseA, authorizationId: authorization.id, serviceCode: FOOD },
      meta,
    );
    await saveDraft(clerk, { caseId: id, contact: CONTACT, formData: FOOD_ANSWERS });
    await test.db
      .update(filingAuthorizations)
      .set({ validFrom: dayOffset(-10), validUntil: dayOffset(-1) })
      .where(eq(filingAuthorizations.id, authorization.id));
    const refused = await refusal(submitCase(clerk, { caseId: id, idempotencyKey: `k-${id}` }, meta));
    expect(refused.fieldErrors).toEqual({ authorizationId: ['authorizationExpired'] });
  });

  it('records an authorization only with a scan that is a PDF or an image, and valid terms', async () => {
    const bad = await refusal(
      recordAuthorization(
        clerk,
        {
          enterpriseId: enterpriseA,
          principalName: '王建国',
          serviceCodes: [],
          validFrom: dayOffset(5),
          validUntil: dayOffset(1),
          ...scan,
        },
        meta,
      ),
    );
    expect(bad.fieldErrors).toEqual({ validUntil: ['validUntilBeforeFrom'] });
    const unknownItem = await refusal(record(clerk, enterpriseA, { serviceCodes: ['XC-NONE-999'] }));
    expect(unknownItem.fieldErrors).toEqual({ serviceCodes: ['unknownService'] });
    const notAScan = await refusal(
      recordAuthorization(
        clerk,
        {
          enterpriseId: enterpriseA,
          principalName: '王建国',
          validFrom: dayOffset(0),
          validUntil: dayOffset(1),
          bytes: new TextEncoder().encode('x'),
          originalName: 'x.pdf',
        },
        meta,
      ),
    );
    expect(notAScan.code).toBe('invalid');
  });
});
