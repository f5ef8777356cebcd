import 'server-only';
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Executor, type Tx } from '@/db/client';
import {
  departments,
  enterpriseMembers,
  enterpriseProblems,
  enterprises,
  officerEnterprises,
  problemFiles,
  problemSteps,
  storedFiles,
  userRoles,
  users,
  type EnterpriseProblem,
} from '@/db/schema';
import { can, type Resource, type Viewer } from '@/lib/auth/permissions';
import { zoneDate } from '@/lib/domain/clock';
import type { NotificationKind } from '@/lib/domain/mail-kinds';
import {
  checkProblemChange,
  isUnresolved,
  offeredProblemChanges,
  PROBLEM_AGE_BUCKETS,
  PROBLEM_KINDS,
  PROBLEM_STEP_OF,
  problemAgeBucket,
  problemDueOn,
  problemUrgency,
  UNRESOLVED_STATES,
  type ProblemActor,
  type ProblemAgeBucket,
  type ProblemChange,
  type ProblemKind,
  type ProblemState,
  type ProblemUrgency,
} from '@/lib/domain/problems';
import { DomainError, forbidden, notFound, unauthenticated } from '@/lib/errors';
import { createTranslator } from 'next-intl';
import { toCsv, UTF8_BOM } from '@/lib/domain/csv';
import { pickLanguage, type Bilingual, type Locale } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';
import { getStorage } from '@/lib/storage';
import type { IncomingFile } from '@/lib/storage/incoming';
import { materialUploadRule } from '@/lib/storage/rules';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { pairedOfficerOf } from './pairings';
import { loadWorkingCalendar } from './calendar';
import { storeUploadedFile } from './files';
import { notifyUsers } from './notify';
import { currentInstant } from './now';
import { actorId, authorize } from './viewer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const fieldError = (field: string, key: string) => new DomainError('invalid', key, { [field]: [key] });

/**
 * What the permission table checks a problem against: its enterprise, its owner — or, while nobody
 * owns it, the enterprise's paired officer now (paired after it was raised) — and the department
 * brought in.
 */
function problemResource(p: Pick<EnterpriseProblem, 'enterpriseId' | 'officerId' | 'departmentId'>, pairedOfficerId: string | null): Resource {
  return {
    enterpriseId: p.enterpriseId,
    pairedOfficerId: p.officerId ?? pairedOfficerId,
    departmentIds: p.departmentId ? [p.departmentId] : [],
  };
}

/** Every active manager: a problem nobody owns is theirs to assign or take. */
async function managers(tx: Tx): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(isNull(users.disabledAt), eq(userRoles.role, 'manager')));
  return rows.map((r) => r.id);
}

async function enterpriseMemberIds(tx: Tx, enterpriseId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: enterpriseMembers.userId })
    .from(enterpriseMembers)
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.status, 'active')));
  return rows.map((r) => r.userId);
}

/** The reviewers of a department brought in: they can read the problem from then on. */
async function departmentReviewers(tx: Tx, departmentId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(isNull(users.disabledAt), eq(users.departmentId, departmentId), eq(userRoles.role, 'reviewer')));
  return rows.map((r) => r.id);
}

/** The owner, or the managers while nobody owns it. */
async function ownerOrManagers(tx: Tx, officerId: string | null): Promise<string[]> {
  return officerId ? [officerId] : managers(tx);
}

const notice = (p: { id: string; title: string }, dueOn?: string) => ({ problemId: p.id, title: p.title, ...(dueOn ? { dueDate: dueOn } : {}) });

export type RaiseProblemInput = { enterpriseId: string; kind: ProblemKind; title: string; description: string };

/**
 * A member of an enterprise raises a problem: it goes to the enterprise's paired officer (the
 * managers see it unassigned when there is none), due in working days (lib/domain/problems.ts).
 */
export async function raiseProblem(viewer: Viewer, input: RaiseProblemInput, meta: RequestMeta) {
  authorize(viewer, 'problem.raise', { enterpriseId: input.enterpriseId });
  const db = await getDb();
  const calendar = await loadWorkingCalendar(db);
  return db.transaction(async (tx) => {
    const officerId = await pairedOfficerOf(tx, input.enterpriseId);
    const now = currentInstant();
    const dueOn = problemDueOn(calendar, zoneDate(now));
    const [p] = await tx
      .insert(enterpriseProblems)
      .values({
        enterpriseId: input.enterpriseId,
        kind: input.kind,
        title: input.title,
        description: input.description,
        officerId,
        dueOn,
        raisedBy: actorId(viewer),
        raisedAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.insert(problemSteps).values({ problemId: p.id, kind: 'raised', byUserId: actorId(viewer), at: now });
    await appendAudit(tx, { actorId: actorId(viewer), ip: meta.ip }, {
      action: 'problem.raise',
      entityType: 'problem',
      entityId: p.id,
      after: { enterpriseId: p.enterpriseId, kind: p.kind, title: p.title, officerId, dueOn },
    });
    await notifyUsers(tx, await ownerOrManagers(tx, officerId), null, 'problem_raised', notice(p, dueOn));
    return { id: p.id, officerId, dueOn };
  });
}

/** A file attached to a problem while it is not yet resolved: by the enterprise, or by whoever works it. */
const ATTACHMENT_RULE = materialUploadRule(20);

async function lockProblem(db: Executor, problemId: string, lock: boolean) {
  if (!UUID.test(problemId)) throw notFound('problem');
  const query = db.select().from(enterpriseProblems).where(eq(enterpriseProblems.id, problemId));
  const [p] = lock ? await query.for('update') : await query;
  if (!p) throw notFound('problem');
  return { p, resource: problemResource(p, p.officerId ? null : await pairedOfficerOf(db, p.enterpriseId)) };
}

export async function attachProblemFile(
  viewer: Viewer,
  input: { problemId: string } & IncomingFile,
  meta: RequestMeta,
): Promise<{ fileId: string; name: string; size: number }> {
  if (viewer.kind !== 'user') throw unauthenticated();
  const target = async (db: Executor, lock = false) => {
    const { p, resource } = await lockProblem(db, input.problemId, lock);
    if (!can(viewer, 'problem.raise', resource) && !can(viewer, 'problem.work', resource)) throw forbidden('problem.attach');
    if (!isUnresolved(p.state)) throw conflictState();
    return p;
  };
  return storeUploadedFile(
    viewer,
    input,
    async () => {
      await target(await getDb());
      return ATTACHMENT_RULE;
    },
    async (tx, fileId, file) => {
      const p = await target(tx, true);
      await tx.insert(problemFiles).values({ problemId: p.id, fileId });
      await appendAudit(tx, { actorId: viewer.userId, ip: meta.ip }, {
        action: 'problem.attach',
        entityType: 'problem',
        entityId: p.id,
        after: { fileId, name: file.name, size: file.size, sha256: file.sha256 },
      });
      return { fileId, name: file.name, size: file.size };
    },
  );
}

const conflictState = () => new DomainError('conflict', 'problemChangeNotAllowed');

/** The bytes of a problem's attachment, for whoever may read the problem; every view is audited. */
export async function readProblemFile(viewer: Viewer, problemId: string, fileId: string, meta: RequestMeta) {
  if (viewer.kind !== 'user') throw unauthenticated();
  if (!UUID.test(fileId)) throw notFound('file');
  const db = await getDb();
  const { p, resource } = await lockProblem(db, problemId, false);
  authorize(viewer, 'problem.read', resource);
  const [row] = await db
    .select({ key: storedFiles.key, name: storedFiles.originalName, contentType: storedFiles.contentType, size: storedFiles.size })
    .from(problemFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, problemFiles.fileId))
    .where(and(eq(problemFiles.problemId, p.id), eq(problemFiles.fileId, fileId)));
  if (!row) throw notFound('file');
  const object = await getStorage().get(row.key);
  if (!object) throw new Error(`Stored file ${fileId} has no content under key ${row.key}`);
  await db.transaction((tx) =>
    appendAudit(tx, { actorId: viewer.userId, ip: meta.ip }, {
      action: 'problem.file.view',
      entityType: 'problem',
      entityId: p.id,
      after: { fileId, name: row.name },
    }),
  );
  return { body: object.body, contentType: row.contentType, name: row.name, size: row.size };
}

const owner = alias(users, 'problem_owner');
const stepBy = alias(users, 'problem_step_by');

const listColumns = {
  p: enterpriseProblems,
  enterpriseName: enterprises.name,
  officerName: owner.name,
  departmentZh: departments.nameZh,
  departmentEn: departments.nameEn,
};

type ListRow = {
  p: EnterpriseProblem;
  enterpriseName: string;
  officerName: string | null;
  departmentZh: string | null;
  departmentEn: string | null;
};

export type ProblemListItem = {
  id: string;
  version: number;
  kind: ProblemKind;
  title: string;
  state: ProblemState;
  enterpriseId: string;
  enterpriseName: string;
  officerId: string | null;
  officerName: string | null;
  department: Bilingual | null;
  raisedAt: string;
  dueOn: string;
  urgency: ProblemUrgency;
  ageBucket: ProblemAgeBucket;
};

async function listed(db: Executor, where: ReturnType<typeof and>, limit: number) {
  return db
    .select(listColumns)
    .from(enterpriseProblems)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseProblems.enterpriseId))
    .leftJoin(owner, eq(owner.id, enterpriseProblems.officerId))
    .leftJoin(departments, eq(departments.id, enterpriseProblems.departmentId))
    .where(where)
    .orderBy(
      sql`${enterpriseProblems.state} in ('resolved', 'confirmed')`,
      asc(enterpriseProblems.dueOn),
      desc(enterpriseProblems.raisedAt),
    )
    .limit(limit);
}

async function toListItems(rows: ListRow[]): Promise<ProblemListItem[]> {
  const calendar = await loadWorkingCalendar();
  const today = zoneDate(currentInstant());
  return rows.map(({ p, ...r }) => ({
    id: p.id,
    version: p.version,
    kind: p.kind,
    title: p.title,
    state: p.state,
    enterpriseId: p.enterpriseId,
    enterpriseName: r.enterpriseName,
    officerId: p.officerId,
    officerName: r.officerName,
    department: r.departmentZh && r.departmentEn ? { zh: r.departmentZh, en: r.departmentEn } : null,
    raisedAt: p.raisedAt.toISOString(),
    dueOn: p.dueOn,
    urgency: problemUrgency(calendar, p, today),
    ageBucket: problemAgeBucket(calendar, zoneDate(p.raisedAt), today),
  }));
}

/** The problems of the viewer's enterprises, the unresolved ones first. */
export async function listMyProblems(viewer: Viewer, limit = 200): Promise<ProblemListItem[]> {
  if (viewer.kind !== 'user') throw unauthenticated();
  const ids = viewer.memberships.map((m) => m.enterpriseId).filter((id) => can(viewer, 'problem.read', { enterpriseId: id }));
  if (!ids.length) throw forbidden('problem.read');
  return toListItems(await listed(await getDb(), and(inArray(enterpriseProblems.enterpriseId, ids)), limit));
}

/**
 * The problems on an officer's or a reviewer's desk: those the officer owns (or, unowned, of the
 * enterprises paired with them), those of the reviewer's department brought in; every problem for a
 * manager. Each one read through the permission table.
 */
export async function listDeskProblems(viewer: Viewer, limit = 200): Promise<ProblemListItem[]> {
  if (viewer.kind !== 'user') throw unauthenticated();
  // Whether the viewer could read a problem that is theirs at all: the table's grants, not a role list.
  const ownProbe = { pairedOfficerId: viewer.userId, departmentIds: viewer.departmentId ? [viewer.departmentId] : [] };
  if (!can(viewer, 'problem.read', ownProbe)) throw forbidden('problem.read');
  const db = await getDb();
  const everything = can(viewer, 'problem.read', {});
  const paired = db.select({ id: officerEnterprises.enterpriseId }).from(officerEnterprises).where(eq(officerEnterprises.officerId, viewer.userId));
  const rows = await listed(
    db,
    everything
      ? undefined
      : or(
          eq(enterpriseProblems.officerId, viewer.userId),
          and(isNull(enterpriseProblems.officerId), inArray(enterpriseProblems.enterpriseId, paired)),
          viewer.departmentId ? eq(enterpriseProblems.departmentId, viewer.departmentId) : undefined,
        ),
    limit,
  );
  const pairedIds = new Set((await paired).map((r) => r.id));
  const readable = rows.filter((r) =>
    can(viewer, 'problem.read', problemResource(r.p, pairedIds.has(r.p.enterpriseId) ? viewer.userId : null)),
  );
  return toListItems(readable);
}

export type ProblemStepView = {
  id: string;
  kind: (typeof problemSteps.$inferSelect)['kind'];
  body: string | null;
  department: Bilingual | null;
  byName: string | null;
  at: string;
};

export type ProblemDetail = ProblemListItem & {
  description: string;
  result: string | null;
  resolvedAt: string | null;
  confirmedAt: string | null;
  steps: ProblemStepView[];
  files: { id: string; name: string; size: number }[];
  /** The changes this viewer may make now. */
  offered: ProblemChange[];
  /** The departments the owner may bring in (only when offered). */
  departmentOptions: { id: string; name: Bilingual }[];
  /** The enterprise, or whoever works it, may attach documents while it is unresolved. */
  mayAttach: boolean;
};

function actorFor(viewer: Viewer, p: EnterpriseProblem, resource: Resource): ProblemActor | null {
  if (can(viewer, 'problem.confirm', resource)) return 'enterprise';
  if (!can(viewer, 'problem.work', resource)) return null;
  return p.officerId === actorId(viewer) ? 'owner' : 'staff';
}

/** One problem with its steps and attachments, and what this viewer may do with it. */
export async function getProblem(viewer: Viewer, problemId: string): Promise<ProblemDetail> {
  const db = await getDb();
  const { p, resource } = await lockProblem(db, problemId, false);
  authorize(viewer, 'problem.read', resource);
  const [[row], steps, files] = await Promise.all([
    listed(db, and(eq(enterpriseProblems.id, p.id)), 1),
    db
      .select({ s: problemSteps, byName: stepBy.name, departmentZh: departments.nameZh, departmentEn: departments.nameEn })
      .from(problemSteps)
      .leftJoin(stepBy, eq(stepBy.id, problemSteps.byUserId))
      .leftJoin(departments, eq(departments.id, problemSteps.departmentId))
      .where(eq(problemSteps.problemId, p.id))
      .orderBy(asc(problemSteps.at), asc(problemSteps.id)),
    db
      .select({ id: storedFiles.id, name: storedFiles.originalName, size: storedFiles.size })
      .from(problemFiles)
      .innerJoin(storedFiles, eq(storedFiles.id, problemFiles.fileId))
      .where(eq(problemFiles.problemId, p.id))
      .orderBy(asc(storedFiles.createdAt)),
  ]);
  const [item] = await toListItems([row]);
  const actor = actorFor(viewer, p, resource);
  const offered = actor ? offeredProblemChanges(p.state, actor) : [];
  const departmentOptions = offered.includes('bring_in_department')
    ? (await db.select().from(departments).orderBy(asc(departments.sortOrder))).map((d) => ({ id: d.id, name: { zh: d.nameZh, en: d.nameEn } }))
    : [];
  return {
    ...item,
    description: p.description,
    result: p.result,
    resolvedAt: p.resolvedAt?.toISOString() ?? null,
    confirmedAt: p.confirmedAt?.toISOString() ?? null,
    steps: steps.map(({ s, ...r }) => ({
      id: s.id,
      kind: s.kind,
      body: s.body,
      department: r.departmentZh && r.departmentEn ? { zh: r.departmentZh, en: r.departmentEn } : null,
      byName: r.byName,
      at: s.at.toISOString(),
    })),
    files,
    offered,
    departmentOptions,
    mayAttach: isUnresolved(p.state) && (can(viewer, 'problem.raise', resource) || can(viewer, 'problem.work', resource)),
  };
}

export type ChangeProblemInput = {
  problemId: string;
  version: number;
  change: ProblemChange;
  /** The note, the result, or why the enterprise reopens it. */
  text?: string;
  departmentId?: string | null;
};

const ENTERPRISE_CHANGES: readonly ProblemChange[] = ['confirm', 'reopen'];

/**
 * One change of a problem (lib/domain/problems.ts): the owner takes it, records a step, brings in a
 * department, resolves it; a manager (or the paired officer) takes it over; the enterprise confirms
 * or reopens it. The version the person saw must still be current; every change is a step, an audit
 * event and a notification.
 */
export async function changeProblem(viewer: Viewer, input: ChangeProblemInput, meta: RequestMeta) {
  const db = await getDb();
  const calendar = await loadWorkingCalendar(db);
  return db.transaction(async (tx) => {
    const { p, resource } = await lockProblem(tx, input.problemId, true);
    const byEnterprise = ENTERPRISE_CHANGES.includes(input.change);
    authorize(viewer, byEnterprise ? 'problem.confirm' : 'problem.work', resource);
    if (p.version !== input.version) throw new DomainError('staleVersion');
    const me = actorId(viewer);
    const actor: ProblemActor = byEnterprise ? 'enterprise' : p.officerId === me ? 'owner' : 'staff';
    const text = (input.text ?? '').trim();
    const check = checkProblemChange(input.change, p.state, actor, { text, departmentId: input.departmentId });
    if (!check.ok) {
      if (check.reason === 'textRequired') throw fieldError('text', 'required');
      if (check.reason === 'departmentRequired') throw fieldError('departmentId', 'required');
      throw new DomainError('conflict', check.reason);
    }
    if (input.change === 'bring_in_department') {
      const [d] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, input.departmentId!));
      if (!d) throw fieldError('departmentId', 'required');
    }
    const now = currentInstant();
    const changes: Partial<typeof enterpriseProblems.$inferInsert> = { state: check.to, version: p.version + 1, updatedAt: now };
    if (input.change === 'take' || input.change === 'take_over') changes.officerId = me;
    if (input.change === 'bring_in_department') changes.departmentId = input.departmentId!;
    if (input.change === 'resolve') Object.assign(changes, { result: text, resolvedAt: now });
    if (input.change === 'confirm') changes.confirmedAt = now;
    // Reopened: back to its owner with a new working-day deadline; the earlier result stays in the steps.
    if (input.change === 'reopen') Object.assign(changes, { dueOn: problemDueOn(calendar, zoneDate(now)), resolvedAt: null });
    await tx.update(enterpriseProblems).set(changes).where(eq(enterpriseProblems.id, p.id));
    const kind = PROBLEM_STEP_OF[input.change];
    await tx.insert(problemSteps).values({
      problemId: p.id,
      kind,
      body: text || null,
      departmentId: input.change === 'bring_in_department' ? input.departmentId! : null,
      byUserId: me,
      at: now,
    });
    await appendAudit(tx, { actorId: me, ip: meta.ip }, {
      action: `problem.${input.change}`,
      entityType: 'problem',
      entityId: p.id,
      before: { state: p.state, officerId: p.officerId, departmentId: p.departmentId, dueOn: p.dueOn },
      after: {
        state: check.to,
        officerId: changes.officerId ?? p.officerId,
        departmentId: changes.departmentId ?? p.departmentId,
        dueOn: changes.dueOn ?? p.dueOn,
        ...(text ? { text } : {}),
      },
    });
    const dueOn = changes.dueOn ?? p.dueOn;
    const tell = async (userIds: string[], what: NotificationKind) => notifyUsers(tx, userIds.filter((id) => id !== me), null, what, notice(p, dueOn));
    const members = () => enterpriseMemberIds(tx, p.enterpriseId);
    if (input.change === 'take' || input.change === 'take_over') {
      await tell(await members(), 'problem_taken');
      // The officer it was taken from hears of it too.
      if (p.officerId && p.officerId !== me) await tell([p.officerId], 'problem_taken');
    }
    if (input.change === 'note') await tell(await members(), 'problem_progress');
    if (input.change === 'bring_in_department') await tell(await departmentReviewers(tx, input.departmentId!), 'problem_department');
    if (input.change === 'resolve') await tell(await members(), 'problem_resolved');
    if (input.change === 'confirm') await tell(await ownerOrManagers(tx, p.officerId), 'problem_confirmed');
    if (input.change === 'reopen') await tell(await ownerOrManagers(tx, p.officerId), 'problem_reopened');
    return { id: p.id, version: p.version + 1, state: check.to, dueOn };
  });
}

export type ProblemOverview = {
  asOf: string;
  open: ProblemListItem[];
  byOfficer: { officerId: string | null; officerName: string | null; open: number; overdue: number; dueSoon: number }[];
  byKind: { kind: ProblemKind; open: number; overdue: number; dueSoon: number }[];
  byAge: { ageBucket: ProblemAgeBucket; open: number; overdue: number; dueSoon: number }[];
};

/** Unresolved problems across the zone for managers: by officer, kind and age, the overdue ones counted apart. */
export async function getProblemOverview(viewer: Viewer): Promise<ProblemOverview> {
  authorize(viewer, 'problem.overview');
  const db = await getDb();
  const open = await toListItems(await listed(db, and(inArray(enterpriseProblems.state, [...UNRESOLVED_STATES])), 5000));
  const count = (ps: ProblemListItem[]) => ({
    open: ps.length,
    overdue: ps.filter((p) => p.urgency === 'overdue').length,
    dueSoon: ps.filter((p) => p.urgency === 'dueSoon').length,
  });
  const officers = new Map<string | null, ProblemListItem[]>();
  for (const p of open) officers.set(p.officerId, [...(officers.get(p.officerId) ?? []), p]);
  return {
    asOf: zoneDate(currentInstant()),
    open,
    // The most overdue first; "unassigned" (no officer) is one of the rows.
    byOfficer: [...officers.entries()]
      .map(([officerId, ps]) => ({ officerId, officerName: ps[0].officerName, ...count(ps) }))
      .sort((a, b) => b.overdue - a.overdue || b.open - a.open),
    byKind: PROBLEM_KINDS.map((kind) => ({ kind, ...count(open.filter((p) => p.kind === kind)) })),
    byAge: PROBLEM_AGE_BUCKETS.map((ageBucket) => ({ ageBucket, ...count(open.filter((p) => p.ageBucket === ageBucket)) })),
  };
}

/** The overview's unresolved problems as CSV (UTF-8 with a BOM), headers and values in the reader's language. */
export async function problemOverviewCsv(overview: ProblemOverview, locale: Locale): Promise<{ filename: string; body: string }> {
  // Typed loosely, as the dashboard's export does: the keys are built from the row's values.
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: 'problems' }) as unknown as (key: string) => string;
  const columns = ['title', 'kind', 'enterprise', 'officer', 'state', 'raisedAt', 'dueOn', 'urgency', 'department'] as const;
  const rows = overview.open.map((p) => [
    p.title,
    t(`kinds.${p.kind}`),
    p.enterpriseName,
    p.officerName ?? t('unassigned'),
    t(`states.${p.state}`),
    zoneDate(new Date(p.raisedAt)),
    p.dueOn,
    t(`urgency.${p.urgency}`),
    p.department ? pickLanguage(p.department, locale) : '',
  ]);
  return {
    filename: `${t('overview.csvName')}-${overview.asOf}.csv`,
    body: UTF8_BOM + toCsv([columns.map((c) => t(`columns.${c}`)), ...rows]),
  };
}
