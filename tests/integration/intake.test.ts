import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { caseMaterials, caseNotices, cases, noticeNumberCounters, obligations, serviceItemVersions } from '@/db/schema';
import { getCaseDetail } from '@/lib/data/case-detail';
import { createDraft, saveDraft, submitCase } from '@/lib/data/case-workflow';
import { listMyCases } from '@/lib/data/cases';
import { issueNotices } from '@/lib/data/notices';
import { createProject, fileStageApplication, waiversForCase } from '@/lib/data/projects';
import { zoneDate } from '@/lib/domain/clock';
import { areaM2, parseParcelText } from '@/lib/domain/geometry';
import { addWorkingDays } from '@/lib/domain/working-days';
import { projectSchema } from '@/lib/validation/project';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';
import { proposeToleranceCommitment } from '@/lib/data/tolerance-commitments';
import { driver, setUpTestDatabase } from './harness';
import { signedCommitment } from './tolerance-fixtures';
import { caseActions } from './workflow-fixtures';
import { holdNewName, requiredMaterials, supplyMaterials } from './intake-fixtures';
import { enterpriseOf, failure } from './licence-fixtures';

const test = setUpTestDatabase();
const meta = { ip: '127.0.0.1' };
const as = (email: string) => test.viewerOf(email);

/** A submitted licence application with complete answers and every required material but `missing`. */
async function submittedLicenceCase(missing: string[] = []) {
  const applicant = await as('applicant@onewindow.test');
  const enterpriseId = enterpriseOf(applicant);
  const enterpriseName = await holdNewName(test.db, enterpriseId);
  const { id } = await createDraft(applicant, { serviceCode: 'XC-SL-002', enterpriseId }, meta);
  await saveDraft(applicant, {
    caseId: id,
    contact: { name: '李明远', phone: '13837400001' },
    formData: { ...ESTABLISHMENT_ANSWERS, enterpriseName },
  });
  await supplyMaterials(
    test.db,
    id,
    (await requiredMaterials(test.db, id)).filter((code) => !missing.includes(code)),
  );
  await submitCase(applicant, { caseId: id, idempotencyKey: `k-${id}` }, meta);
  return id;
}

const act = caseActions(test, meta);

const stateOf = async (id: string) => (await test.db.select({ state: cases.state }).from(cases).where(eq(cases.id, id)))[0].state;
const noticesOf = (ids: string[]) => test.db.select().from(caseNotices).where(inArray(caseNotices.caseId, ids));

/** The zone date `days` calendar days from today. */
function dayFromToday(days: number) {
  const d = new Date(`${zoneDate(new Date())}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The window proposes a tolerance commitment: refused with the acceptance guard's own field errors. */
const propose = async (caseId: string, tolerated: { code: string; dueDate: string }[]) =>
  proposeToleranceCommitment(await as('clerk@onewindow.test'), { caseId, tolerated }, meta);
/** Proposed, signed by the applicant, then accepted with tolerance. */
const acceptTolerating = async (caseId: string, tolerated: { code: string; dueDate: string }[]) => {
  const clerk = await as('clerk@onewindow.test');
  await signedCommitment(clerk, await as('applicant@onewindow.test'), caseId, tolerated);
  return act(clerk, caseId, 'accept_with_tolerance');
};

const block = (w: number, s: number, e: number, n: number) =>
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
  ]
    .map((p) => p.join(', '))
    .join('\n');

describe(`intake check (${driver})`, () => {
  it('refuses to accept an empty submitted combined case, naming every missing answer, contact field and material', async () => {
    const clerk = await as('clerk@onewindow.test');
    const [seeded] = await test.db
      .select({ id: cases.id })
      .from(cases)
      .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
      .where(and(eq(serviceItemVersions.kind, 'combined'), eq(cases.state, 'submitted')));
    // Emptied to the shell the demo seed used to store (no answers, no contact, no materials): what 受理 once accepted.
    await test.db.update(cases).set({ formData: {}, contact: null }).where(eq(cases.id, seeded.id));
    await test.db.update(caseMaterials).set({ replacedAt: new Date() }).where(eq(caseMaterials.caseId, seeded.id));
    const waived = new Set((await waiversForCase(test.db, seeded.id)).map((w) => w.materialCode));
    const core = (await requiredMaterials(test.db, seeded.id, 'core')).filter((code) => !waived.has(code));
    const other = (await requiredMaterials(test.db, seeded.id, 'other')).filter((code) => !waived.has(code));
    expect(core.length).toBeGreaterThanOrEqual(3);

    const error = await failure(act(clerk, seeded.id, 'accept'));
    expect(error.code).toBe('invalid');
    expect(error.fieldErrors).toEqual({
      transition: ['intakeIncomplete'],
      missingFields: expect.arrayContaining(['projectName', 'parcel', 'investment']),
      missingContact: expect.arrayContaining(['name', 'phone']),
      missingMaterials: [...core, ...other],
    });
    // Tolerance cannot take it either: core materials are never tolerated.
    const tolerated = [...core, ...other].map((code) => ({ code, dueDate: dayFromToday(1) }));
    expect((await failure(propose(seeded.id, tolerated))).fieldErrors).toMatchObject({ transition: ['coreMaterialTolerated'] });
    expect(await stateOf(seeded.id)).toBe('submitted');
    expect(await noticesOf([seeded.id])).toEqual([]);
    // The desk sees the same gaps before anyone clicks.
    expect((await getCaseDetail(clerk, seeded.id)).intake).toMatchObject({ coreMaterials: core, otherMaterials: other });
  });

  it('refuses acceptance while a required answer is missing, naming it', async () => {
    const clerk = await as('clerk@onewindow.test');
    const id = await submittedLicenceCase();
    // A case submitted before a field became required (or loaded as data) lacks the address.
    const [{ formData }] = await test.db.select({ formData: cases.formData }).from(cases).where(eq(cases.id, id));
    await test.db
      .update(cases)
      .set({ formData: { ...formData, address: '' } })
      .where(eq(cases.id, id));
    expect((await failure(act(clerk, id, 'accept'))).fieldErrors).toEqual({
      transition: ['intakeIncomplete'],
      missingFields: ['address'],
    });
    expect(await stateOf(id)).toBe('submitted');
  });

  it('refuses acceptance and tolerance while a core material is missing', async () => {
    const clerk = await as('clerk@onewindow.test');
    const id = await submittedLicenceCase(['articles-of-association']);
    expect((await failure(act(clerk, id, 'accept'))).fieldErrors).toEqual({
      transition: ['intakeIncomplete'],
      missingMaterials: ['articles-of-association'],
    });
    const due = dayFromToday(0);
    const core = await failure(propose(id, [{ code: 'articles-of-association', dueDate: due }]));
    expect(core.fieldErrors).toEqual({ transition: ['coreMaterialTolerated'] });
    const other = await failure(propose(id, [{ code: 'domicile-proof', dueDate: due }]));
    expect(other.fieldErrors).toEqual({ transition: ['intakeIncomplete'], missingMaterials: ['articles-of-association'] });
    expect(await stateOf(id)).toBe('submitted');
  });

  it('refuses plain acceptance for missing non-core materials; tolerance must cover each of them', async () => {
    const clerk = await as('clerk@onewindow.test');
    const id = await submittedLicenceCase(['appointment-documents', 'domicile-proof']);
    expect((await failure(act(clerk, id, 'accept'))).fieldErrors).toEqual({
      transition: ['intakeIncomplete'],
      missingMaterials: ['appointment-documents', 'domicile-proof'],
    });
    const due = addWorkingDays(zoneDate(new Date()), 1);
    const partly = await failure(propose(id, [{ code: 'domicile-proof', dueDate: due }]));
    expect(partly.fieldErrors).toEqual({
      transition: ['missingMaterialNotTolerated'],
      missingMaterials: ['appointment-documents'],
    });
    await acceptTolerating(
      id,
      ['appointment-documents', 'domicile-proof'].map((code) => ({ code, dueDate: due })),
    );
    expect(await stateOf(id)).toBe('accepted');
    expect(
      (await test.db.select().from(obligations).where(eq(obligations.caseId, id))).map((o) => o.materialCode).sort(),
    ).toEqual(['appointment-documents', 'domicile-proof']);
  });

  it('refuses a tolerated material due in the past on the server, on its field', async () => {
    const id = await submittedLicenceCase(['domicile-proof']);
    const past = await failure(propose(id, [{ code: 'domicile-proof', dueDate: dayFromToday(-1) }]));
    expect(past.fieldErrors).toEqual({ transition: ['dueDateInPast'], 'tolerated.0.dueDate': ['dueDateInPast'] });
    expect(await stateOf(id)).toBe('submitted');
    // Due today is the earliest the window may give.
    await acceptTolerating(id, [{ code: 'domicile-proof', dueDate: dayFromToday(0) }]);
    expect(await stateOf(id)).toBe('accepted');
    expect((await noticesOf([id])).map((n) => n.kind).sort()).toEqual(['acceptance', 'tolerance']);
  });

  it('does not require a material a regional assessment waives for the project parcel', async () => {
    const applicant = await as('applicant@onewindow.test');
    const clerk = await as('clerk@onewindow.test');
    /** A submitted combined application under a new project on the parcel, with every required material but the EIA. */
    const combinedCase = async (parcelText: string) => {
      const parsed = parseParcelText(parcelText);
      if (!parsed.ok) throw new Error(parsed.problem);
      const input = projectSchema.parse({
        enterpriseId: enterpriseOf(applicant),
        name: '电梯导轨精密加工项目',
        siteParcel: '许经开〔2026〕工业-052',
        parcelText,
        totalInvestmentWan: '8000',
        landAreaM2: String(Math.round(areaM2(parsed.geometry))),
        floorAreaM2: '20000',
        industry: '34',
        // The works permit stage asks for the EIA (the regional one waives it inside its area).
        stage: 'works_permit',
      });
      const { id: projectId } = await createProject(applicant, input, meta);
      const { id } = await fileStageApplication(applicant, { projectId }, meta);
      await saveDraft(applicant, { caseId: id, contact: { name: '李明远', phone: '13837400001' } });
      await supplyMaterials(
        test.db,
        id,
        (await requiredMaterials(test.db, id)).filter((code) => code !== 'eia'),
      );
      await submitCase(applicant, { caseId: id, idempotencyKey: `k-${id}` }, meta);
      return id;
    };
    // East of 113.85° E lies in the seeded regional EIA's area; the west does not.
    const east = await combinedCase(block(113.872, 34.005, 113.875, 34.0075));
    const west = await combinedCase(block(113.81, 34.02, 113.813, 34.0225));
    expect((await failure(act(clerk, west, 'accept'))).fieldErrors).toEqual({
      transition: ['intakeIncomplete'],
      missingMaterials: ['eia'],
    });
    await act(clerk, east, 'accept');
    // Accepted, a combined case goes to its departments at once.
    expect(await stateOf(east)).toBe('in_review');
  });

  it('accepts a complete case, and numbers its acceptance notice in its own sequence', async () => {
    const clerk = await as('clerk@onewindow.test');
    const id = await submittedLicenceCase();
    expect((await getCaseDetail(clerk, id)).intake).toEqual({ fields: [], contact: [], coreMaterials: [], otherMaterials: [] });
    await act(clerk, id, 'accept');
    expect(await stateOf(id)).toBe('accepted');
    const { documents } = await getCaseDetail(clerk, id);
    expect(documents).toHaveLength(1);
    expect(documents[0].kind).toBe('acceptance');
    expect(documents[0].number).toMatch(/^许经开受字〔\d{4}〕第[1-9]\d*号$/);
  });
});

describe(`notice numbers (${driver})`, () => {
  it('20 concurrent acceptances get 20 consecutive acceptance numbers: no duplicate, no gap', async () => {
    const clerk = await as('clerk@onewindow.test');
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await submittedLicenceCase());
    await Promise.all(ids.map((id) => act(clerk, id, 'accept')));
    const issued = await noticesOf(ids);
    expect(issued).toHaveLength(20);
    expect(new Set(issued.map((n) => n.kind))).toEqual(new Set(['acceptance']));
    const serials = issued.map((n) => n.serial).sort((a, b) => a - b);
    expect(new Set(serials).size).toBe(20);
    expect(serials[19] - serials[0]).toBe(19);
    const [counter] = await test.db
      .select()
      .from(noticeNumberCounters)
      .where(and(eq(noticeNumberCounters.kind, 'acceptance'), eq(noticeNumberCounters.year, issued[0].year)));
    expect(counter.last).toBe(serials[19]);
    // Every printed number is of the acceptance sequence, never the case number.
    for (const id of ids) {
      const [document] = (await getCaseDetail(clerk, id)).documents;
      expect(document.number).toMatch(/^许经开受字〔\d{4}〕第\d+号$/);
    }
  });

  it('20 concurrent issues of a kind in a new year are numbered 1 to 20, and a rolled-back issue leaves no gap', async () => {
    const ids = (await test.db.select({ id: cases.id }).from(cases).limit(20)).map((c) => c.id);
    const at = new Date('2031-06-02T02:00:00Z');
    const numbers = await Promise.all(
      ids.map((caseId) => test.db.transaction((tx) => issueNotices(tx, { caseId, kinds: ['refusal'], at }))),
    );
    expect(numbers.map(([n]) => n.number).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `许经开不受字〔2031〕第${i + 1}号`).sort(),
    );
    await expect(
      test.db.transaction(async (tx) => {
        await issueNotices(tx, { caseId: ids[0], kinds: ['refusal'], at });
        throw new Error('the act failed after numbering its notice');
      }),
    ).rejects.toThrow('the act failed');
    const [next] = await test.db.transaction((tx) => issueNotices(tx, { caseId: ids[0], kinds: ['refusal'], at }));
    expect(next.number).toBe('许经开不受字〔2031〕第21号');
  });

  it('numbers a refusal and a supplement notice each in its own sequence', async () => {
    const clerk = await as('clerk@onewindow.test');
    const noticed = await submittedLicenceCase();
    await act(clerk, noticed, 'request_supplement', {
      supplementItems: [{ kind: 'material', code: 'articles-of-association', reason: 'unsigned' }],
    });
    const refused = await submittedLicenceCase();
    await act(clerk, refused, 'refuse', { reason: '不属于本机关职权范围' });
    const [supplement] = (await getCaseDetail(clerk, noticed)).documents;
    const [refusal] = (await getCaseDetail(clerk, refused)).documents;
    expect(supplement.number).toMatch(/^许经开补字〔\d{4}〕第\d+号$/);
    expect(supplement.supplementNoticeId).toBeTruthy();
    expect(refusal.number).toMatch(/^许经开不受字〔\d{4}〕第\d+号$/);
  });
});

describe(`clocks of ended cases (${driver})`, () => {
  it('a completed case shows both clocks stopped with the final figures, to the desk and the applicant alike', async () => {
    const clerk = await as('clerk@onewindow.test');
    const reviewer = await as('reviewer3@onewindow.test');
    const id = await submittedLicenceCase();
    // Loaded after submitting: the applicant is now also a member of the company being established.
    const applicant = await as('applicant@onewindow.test');
    await act(clerk, id, 'accept');
    const open = await getCaseDetail(clerk, id);
    expect(open.clocks).toMatchObject({ phase: 'running', service: { status: expect.any(String) } });
    await act(clerk, id, 'route_to_review');
    await act(reviewer, id, 'approve', { opinion: '同意设立' });
    await act(clerk, id, 'issue');

    const desk = await getCaseDetail(clerk, id);
    expect(desk.closedAt).not.toBeNull();
    expect(desk.clocks).toEqual({
      phase: 'closed',
      closedOn: zoneDate(new Date(desk.closedAt!)),
      service: expect.objectContaining({ usedDays: 0, outcome: 'onTime', lateDays: 0 }),
      legal: expect.objectContaining({ usedDays: 0, outcome: 'onTime', lateDays: 0 }),
    });
    expect((await getCaseDetail(applicant, id)).clocks).toEqual(desk.clocks);
    const listed = (await listMyCases(applicant, 200)).find((c) => c.id === id);
    expect(listed?.clocks).toEqual(desk.clocks);
    expect(listed?.clock).toBe('none');
  });

  it('a case withdrawn after acceptance stops its clocks; one refused at intake never started them', async () => {
    const clerk = await as('clerk@onewindow.test');
    const withdrawn = await submittedLicenceCase();
    const refused = await submittedLicenceCase();
    // Loaded after submitting: the applicant is now also a member of the companies being established.
    const applicant = await as('applicant@onewindow.test');
    await act(clerk, withdrawn, 'accept');
    await act(clerk, withdrawn, 'suspend', { reason: '需现场核查' });
    await act(applicant, withdrawn, 'withdraw');
    expect((await getCaseDetail(applicant, withdrawn)).clocks).toMatchObject({ phase: 'closed', service: { outcome: 'onTime' } });

    await act(clerk, refused, 'refuse', { reason: '不属于本机关职权范围' });
    const detail = await getCaseDetail(applicant, refused);
    expect(detail.clocks).toEqual({ phase: 'endedUnaccepted', closedOn: zoneDate(new Date(detail.closedAt!)) });
  });

  it('the seeded completed cases of the demo enterprise show stopped clocks in the applicant list', async () => {
    const applicant = await as('applicant@onewindow.test');
    const mine = (await listMyCases(applicant, 200)).filter((c) => c.state === 'completed' && c.number?.startsWith('XC-2026-'));
    // Licences went through acceptance: their clocks ran, then stopped; a name decided at once never started one.
    const accepted = mine.filter((c) => c.service.code === 'XC-SL-002');
    expect(accepted.length).toBeGreaterThan(0);
    for (const c of accepted) expect(c.clocks.phase).toBe('closed');
    const instant = mine.filter((c) => c.service.code === 'XC-MC-001');
    expect(instant.length).toBeGreaterThan(0);
    for (const c of instant) expect(c.clocks.phase).toBe('endedUnaccepted');
  });
});
