/**
 * The demo cases, replayed through the real workflow (DESIGN §3): each is drafted, answered,
 * given its materials and submitted by a member of its enterprise, then taken by the window and
 * the reviewers step by step — the functions the portal's pages call, each at the instant the
 * demo history says it happened. So every demo case has answers, materials, a timeline, clocks
 * the engine computed and, when completed, its result (a licence for an establishment).
 *
 * Idempotent: a demo case is recognised by the idempotency key of its submission and replayed
 * once. A step the workflow refuses stops the seed with the case and the step named.
 */
import { and, eq, inArray, isNotNull, isNull, like, ne, or } from 'drizzle-orm';
import { installedDatabase, type Database } from './client';
import { cases, caseTasks, departments, projects, serviceItemVersions, serviceMaterials, users } from './schema';
import * as data from './seed-data';
import { createDraft, performCaseAction, saveDraft, submitCase } from '../lib/data/case-workflow';
import { uploadCaseMaterial } from '../lib/data/files';
import { chooseApprovalRoute } from '../lib/data/promise-approval';
import { decideTask } from '../lib/data/task-decisions';
import { atInstant } from '../lib/data/now';
import { waiversForCase } from '../lib/data/projects';
import { NAME_NOTICE_SOURCE } from '../lib/domain/name-notice';
import { loadViewer } from '../lib/data/viewer';
import type { Viewer } from '../lib/auth/permissions';
import { NO_ACTION_PAYLOAD, type CaseActionInput } from '../lib/validation/case';
import { demoMaterialFile } from './seed-files';

const SEED_KEY_PREFIX = 'demo-seed:';
const META = { ip: null };
const MINUTE = 60_000;

/** The window clerk and the market reviewer who decide the demo cases the market department leads. */
const STAFF = { clerk: 'clerk', marketReviewer: 'reviewer3' } as const;

type Replay = {
  demo: data.DemoCase;
  applicant: Viewer;
  caseId?: string;
};

type Step = { at: Date; order: number; run: () => Promise<void> };

const REASONS = {
  refuseName: '该名称与他人在先登记的企业名称近似，且说明理由不足以避免混淆，依法不予受理。',
  refuse: '申请事项不属于本区受理范围，已告知向住所地登记机关申请。',
  deny: '拟任法定代表人属于失信被执行人，依法不予登记。',
  suspend: '需补充专家评审意见，审批时限暂停计算。',
  supplement: '请上传清晰、加盖公章的扫描件。',
  approve: '经审查，申请材料齐全，符合法定形式，予以批准。',
};

/** What went wrong, with the field errors a refusal carries. */
function describe(error: unknown): string {
  const fields = (error as { fieldErrors?: unknown }).fieldErrors;
  return `${String(error)}${fields ? ` ${JSON.stringify(fields)}` : ''}`;
}

function action(caseId: string, version: number, transition: string, payload: Partial<CaseActionInput> = {}): CaseActionInput {
  return { ...NO_ACTION_PAYLOAD, caseId, version, transition, ...payload };
}

async function caseState(db: Database, caseId: string) {
  const [row] = await db.select({ version: cases.version, state: cases.state }).from(cases).where(eq(cases.id, caseId));
  return row;
}

/** The materials to hand in: every required one the project's regional assessments do not waive. */
async function materialsToUpload(db: Database, caseId: string): Promise<{ code: string; nameZh: string; drawingSet: boolean }[]> {
  const [c] = await db.select({ versionId: cases.itemVersionId }).from(cases).where(eq(cases.id, caseId));
  const required = await db
    .select({ code: serviceMaterials.code, nameZh: serviceMaterials.nameZh, drawingSet: serviceMaterials.drawingSet })
    .from(serviceMaterials)
    .where(
      and(
        eq(serviceMaterials.versionId, c.versionId),
        eq(serviceMaterials.required, true),
        // The name notice is generated from the reservation at submission, not uploaded.
        or(isNull(serviceMaterials.eLicenceType), ne(serviceMaterials.eLicenceType, NAME_NOTICE_SOURCE)),
      ),
    )
    .orderBy(serviceMaterials.sortOrder);
  const waived = new Set((await waiversForCase(db, caseId)).map((w) => w.materialCode));
  return required.filter((m) => !waived.has(m.code));
}

/** The steps of one demo case, from its draft to the state the demo history gives it. */
type Staff = Record<keyof typeof STAFF, Viewer> & { reviewers: Map<string, Viewer> };

function stepsOf(db: Database, replay: Replay, staff: Staff, order: number): Step[] {
  const { demo, applicant } = replay;
  const submitted = new Date(demo.submittedAt);
  const accepted = demo.acceptedAt ? new Date(demo.acceptedAt) : null;
  const completed = demo.completedAt ? new Date(demo.completedAt) : null;
  const after = (at: Date, minutes: number) => new Date(at.getTime() + minutes * MINUTE);
  const steps: Step[] = [];
  const step = (at: Date, run: () => Promise<void>) => steps.push({ at, order: order * 100 + steps.length, run });
  const id = () => {
    if (!replay.caseId) throw new Error(`seed: case ${demo.number} has no draft`);
    return replay.caseId;
  };
  /** Fires a transition as `viewer`, unless the case already left the way (an instant decision). */
  const act = (at: Date, viewer: Viewer, transition: string, payload: Partial<CaseActionInput> = {}) =>
    step(at, async () => {
      const current = await caseState(db, id());
      if (current.state === demo.state) return;
      // Afresh: submitting a licence application made its applicant a member of the new company.
      const actor = viewer.kind === 'user' ? await loadViewer(db, viewer.userId) : viewer;
      try {
        await performCaseAction(actor, action(id(), current.version, transition, payload), META);
      } catch (error) {
        throw new Error(
          `seed: case ${demo.number} (${demo.subject}) could not ${transition} from ${current.state}: ${describe(error)}`,
        );
      }
    });

  step(after(submitted, -30), async () => {
    const enterpriseId = applicant.kind === 'user' ? applicant.memberships[0]?.enterpriseId : undefined;
    if (!enterpriseId) throw new Error(`seed: the applicant of ${demo.number} belongs to no enterprise`);
    const [project] = demo.projectCode
      ? await db.select({ id: projects.id }).from(projects).where(eq(projects.code, demo.projectCode))
      : [];
    const draft = await createDraft(applicant, { serviceCode: demo.itemCode, enterpriseId, projectId: project?.id }, META);
    replay.caseId = draft.id;
    const person = applicant.kind === 'user' ? applicant.name : '';
    await saveDraft(applicant, {
      caseId: draft.id,
      subject: demo.subject,
      contact: { name: person, phone: `1390374${String(order).padStart(4, '0')}`, email: '' },
      formData: demo.formData,
    });
    // Promise-based approval: every clause of the item promised (DESIGN §4).
    if (demo.promised) {
      const [item] = await db
        .select({ clauses: serviceItemVersions.promiseClauses })
        .from(cases)
        .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
        .where(eq(cases.id, draft.id));
      const promisedClauses = item.clauses.map((c) => c.code);
      await chooseApprovalRoute(applicant, { caseId: draft.id, route: 'promise', promisedClauses }, META);
    }
  });
  if (!demo.withoutMaterials)
    step(after(submitted, -20), async () => {
      for (const material of await materialsToUpload(db, id())) {
        const file = demoMaterialFile(material, demo.subject);
        await uploadCaseMaterial(
          applicant,
          { caseId: id(), materialCode: material.code, bytes: file.bytes, originalName: file.name },
          META,
        );
      }
    });
  step(submitted, async () => {
    try {
      await submitCase(applicant, { caseId: id(), idempotencyKey: `${SEED_KEY_PREFIX}${demo.number}` }, META);
    } catch (error) {
      throw new Error(`seed: case ${demo.number} (${demo.subject}) could not be submitted: ${describe(error)}`);
    }
  });

  const { clerk, marketReviewer: reviewer } = staff;
  const reviewAt = accepted ? after(accepted, 10) : null;
  switch (demo.state) {
    case 'submitted':
      break;
    case 'needs_supplement':
      act(after(submitted, 45), clerk, 'request_supplement', {
        supplementItems: [
          { kind: 'material', code: firstRequiredMaterial(demo.itemCode), reason: 'illegible', note: REASONS.supplement },
        ],
      });
      break;
    case 'refused':
      act(completed ?? after(submitted, 60), clerk, 'refuse', {
        reason: demo.itemCode === 'XC-MC-001' ? REASONS.refuseName : REASONS.refuse,
      });
      break;
    case 'withdrawn':
      if (accepted) act(accepted, clerk, 'accept');
      act(after(accepted ?? submitted, 24 * 60), applicant, 'withdraw', { reason: '投资计划调整，撤回申请。' });
      break;
    default: {
      // A name the rules decide alone is approved and completed at submission (即时办结).
      if (demo.state === 'completed' && !accepted) break;
      if (!accepted || !reviewAt) throw new Error(`seed: case ${demo.number} in ${demo.state} has no acceptance time`);
      // Decided on its promises at the window's formal check, the same day; verified afterwards.
      if (demo.promised) {
        act(accepted, clerk, 'approve_on_promise');
        break;
      }
      act(accepted, clerk, 'accept');
      if (demo.state === 'accepted') break;
      if (isCombined(demo.itemCode)) {
        // Accepted, the case is with its departments (DESIGN §7): they decide, the outcome follows.
        const reviewed = demo.review ? reviewSteps(db, demo.review, accepted, { step, act, id, applicant, staff }) : accepted;
        if (demo.state === 'suspended') act(after(reviewed, 60), clerk, 'suspend', { reason: REASONS.suspend });
        if (demo.state === 'completed') {
          if (!completed || completed <= reviewed)
            throw new Error(`seed: case ${demo.number} is issued before its departments decided`);
          act(completed, clerk, 'issue');
        }
        break;
      }
      // Accepting a combined case routes it to its departments' tasks by itself (DESIGN §7).
      if (!isCombined(demo.itemCode)) act(reviewAt, clerk, 'route_to_review');
      if (demo.state === 'in_review') break;
      if (demo.state === 'suspended') act(after(reviewAt, 60), clerk, 'suspend', { reason: REASONS.suspend });
      else if (demo.state === 'denied') act(completed ?? after(reviewAt, 120), reviewer, 'deny', { reason: REASONS.deny });
      else {
        const decided = completed ? after(completed, -60) : after(reviewAt, 120);
        act(decided > reviewAt ? decided : after(reviewAt, 1), reviewer, 'approve', { opinion: REASONS.approve });
        if (demo.state === 'completed') act(completed ?? after(decided, 30), clerk, 'issue');
      }
    }
  }
  return steps;
}

type ReviewContext = {
  step: (at: Date, run: () => Promise<void>) => void;
  act: (at: Date, viewer: Viewer, transition: string, payload?: Partial<CaseActionInput>) => void;
  id: () => string;
  applicant: Viewer;
  staff: Staff;
};

const DAY = 24 * 60 * MINUTE;

/**
 * The departments' review of a demo combined case, as its reviewers would have done it: in each
 * round every pending task decides on its own day (one after another, from the day after
 * acceptance), then — after a revision request — the applicant hands in the revised materials a
 * week later and answers the notice. Returns when the last step happened.
 */
function reviewSteps(db: Database, review: data.DemoReview, accepted: Date, ctx: ReviewContext): Date {
  let at = accepted;
  for (const [r, round] of review.rounds.entries()) {
    if (r > 0) {
      const revisedAt = new Date(at.getTime() + 7 * DAY);
      ctx.step(revisedAt, async () => {
        for (const code of review.revision?.materials ?? []) {
          const file = demoMaterialFile({ code, nameZh: `${code}（修订版）` }, '修订');
          await uploadCaseMaterial(
            ctx.applicant,
            { caseId: ctx.id(), materialCode: code, bytes: file.bytes, originalName: file.name },
            META,
          );
        }
      });
      ctx.act(new Date(revisedAt.getTime() + 30 * MINUTE), ctx.applicant, 'resubmit_for_review');
      at = new Date(revisedAt.getTime() + 30 * MINUTE);
    }
    const roundStart = at;
    // Up to one decision a day per department; the catalogue says how many departments there are.
    for (let k = 0; k < 8; k++) {
      at = new Date(roundStart.getTime() + (k + 1) * DAY);
      ctx.step(at, async () => {
        const tasks = await db
          .select({
            id: caseTasks.id,
            version: caseTasks.version,
            round: caseTasks.round,
            decision: caseTasks.decision,
            code: departments.code,
          })
          .from(caseTasks)
          .innerJoin(departments, eq(departments.id, caseTasks.departmentId))
          .where(eq(caseTasks.caseId, ctx.id()))
          .orderBy(caseTasks.sortOrder);
        const task = tasks.filter((t) => t.decision === 'pending' && !round.pending?.includes(t.code))[0];
        const [c] = await db.select({ state: cases.state }).from(cases).where(eq(cases.id, ctx.id()));
        if (!task || c.state !== 'in_review') return;
        const spec = round.decisions[task.code] ?? round.others;
        const reviewer = ctx.staff.reviewers.get(task.code);
        if (!reviewer) throw new Error(`seed: no demo reviewer of ${task.code}`);
        try {
          await decideTask(
            reviewer,
            {
              taskId: task.id,
              version: task.version,
              round: task.round,
              decision: spec.decision,
              opinion: spec.opinion ?? '',
              conditions: spec.conditions ?? [],
              revisionItems: spec.items ?? [],
            },
            META,
          );
        } catch (error) {
          throw new Error(`seed: the ${task.code} task of a demo case could not be decided: ${describe(error)}`);
        }
      });
    }
  }
  return at;
}

function isCombined(itemCode: string): boolean {
  return data.serviceItems.find((i) => i.code === itemCode)?.kind === 'combined';
}

/** The material a demo supplement notice asks for again: the item's first required one. */
function firstRequiredMaterial(itemCode: string): string {
  const code = data.serviceItems.find((i) => i.code === itemCode)?.materials.find((m) => m.required)?.code;
  if (!code) throw new Error(`seed: item ${itemCode} requires no material`);
  return code;
}

export async function seedDemoCases(db: Database): Promise<number> {
  if ((await installedDatabase()) !== db)
    throw new Error('seed: install the database handle (installDatabaseHandle) before seeding cases');
  const replayed = new Set(
    (
      await db
        .select({ key: cases.idempotencyKey })
        .from(cases)
        .where(and(isNotNull(cases.idempotencyKey), like(cases.idempotencyKey, `${SEED_KEY_PREFIX}%`)))
    ).map((c) => c.key),
  );
  const pending = data.demoCases.filter((c) => !replayed.has(`${SEED_KEY_PREFIX}${c.number}`));
  if (pending.length === 0) return 0;

  const accounts = [...data.demoUsers, ...data.enterpriseAgents];
  const emails = accounts.map((u) => u.email);
  const ids = new Map(
    (await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails))).map((u) => [
      u.email,
      u.id,
    ]),
  );
  const viewerOf = async (key: string) => {
    const email = accounts.find((u) => u.key === key)?.email;
    const userId = email ? ids.get(email) : undefined;
    if (!userId) throw new Error(`seed: no demo account ${key}`);
    return loadViewer(db, userId);
  };
  const reviewers = new Map<string, Viewer>();
  for (const u of data.demoUsers.filter((x) => x.roles.includes('reviewer') && x.departmentCode)) {
    if (!reviewers.has(u.departmentCode!)) reviewers.set(u.departmentCode!, await viewerOf(u.key));
  }
  const staff = { clerk: await viewerOf(STAFF.clerk), marketReviewer: await viewerOf(STAFF.marketReviewer), reviewers };

  const steps: Step[] = [];
  for (const [i, demo] of pending.entries()) {
    steps.push(...stepsOf(db, { demo, applicant: await viewerOf(demo.applicantKey) }, staff, i));
  }
  // One history: steps of all cases in the order they happened (a name is held before its licence is applied for).
  steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  for (const s of steps) await atInstant(s.at, s.run);

  // The replay must have reproduced the demo history; a case elsewhere means the data and the rules disagree.
  const keys = pending.map((c) => `${SEED_KEY_PREFIX}${c.number}`);
  const states = new Map(
    (
      await db.select({ key: cases.idempotencyKey, state: cases.state }).from(cases).where(inArray(cases.idempotencyKey, keys))
    ).map((c) => [c.key, c.state]),
  );
  for (const demo of pending) {
    const state = states.get(`${SEED_KEY_PREFIX}${demo.number}`);
    if (state !== demo.state)
      throw new Error(`seed: case ${demo.number} (${demo.subject}) ended ${state ?? 'unsubmitted'}, expected ${demo.state}`);
  }
  return pending.length;
}
