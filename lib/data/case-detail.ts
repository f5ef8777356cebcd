import 'server-only';
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Database } from '@/db/client';
import {
  auditEvents,
  caseClockStops,
  caseMaterials,
  caseNotices,
  cases,
  departments,
  enterprises,
  filingAuthorizations,
  notifications,
  obligations,
  projects,
  serviceItems,
  serviceItemVersions,
  serviceMaterials,
  storedFiles,
  supplementNotices,
  users,
} from '@/db/schema';
import { can, type Viewer } from '@/lib/auth/permissions';
import { formFieldsFor, type FormField } from '@/lib/domain/application-forms';
import { zoneDate } from '@/lib/domain/clock';
import { maskIdentityNumbers } from '@/lib/domain/identity-mask';
import { caseClockState } from '@/lib/domain/clock-state';
import { caseTitle } from '@/lib/domain/case-title';
import { documentNumber } from '@/lib/domain/notices';
import { authorizationStatus } from '@/lib/domain/filing-authorization';
import { isOverdue, isOwed } from '@/lib/domain/obligation-states';
import { availableTransitions, type CaseState, type Transition } from '@/lib/domain/workflow';
import { notFound } from '@/lib/errors';
import type { Bilingual } from '@/lib/i18n/config';
import { loadWorkingCalendar } from './calendar';
import { actorFor, authorizeCaseRead, caseResource } from './case-workflow';
import { isUrgeable } from './case-urge';
import { pairedOfficerOf } from './pairings';
import { hasActiveCreditRecord } from './credit-records';
import { intakeGapsOf } from './intake';
import { waiversForCase } from './projects';
import { authorize } from './viewer';
import { taskDepartmentIds } from './case-tasks';
import { caseTasksOf } from './task-decisions';
import { caseVerifications } from './promise-approval';
import { materialsReplaced, promiseOffered } from '@/lib/domain/promises';
import { currentCommitment } from './tolerance-commitments';

/** Timeline entries an applicant sees; staff see every event of the case. */
const APPLICANT_TIMELINE = new Set([
  'case.draft.create',
  'case.submit',
  'case.request_supplement',
  'case.resubmit',
  'case.request_revision',
  'case.resubmit_for_review',
  'case.task.decide',
  'case.accept',
  'case.commitment.propose',
  'case.commitment.sign',
  'case.commitment.scan',
  'case.accept_with_tolerance',
  'case.approve_on_promise',
  'case.verification.decide',
  'case.refuse',
  'case.route_to_review',
  'case.approve',
  'case.approve_with_conditions',
  'case.deny',
  'case.issue',
  'case.suspend',
  'case.resume',
  'case.withdraw',
  'case.revoke',
  'case.material.upload',
  'case.material.wallet',
  'case.fileOnBehalf',
  'case.takeOver',
]);

export type MaterialVersion = {
  version: number;
  fileId: string | null;
  name: string | null;
  size: number | null;
  contentType: string | null;
  source: 'upload' | 'wallet' | 'generated';
  sourceRef: string | null;
  uploadedAt: string;
  current: boolean;
};

export type CaseDetail = Awaited<ReturnType<typeof getCaseDetail>>;

/**
 * Everything the case page shows, for staff and applicant alike, scoped to what the viewer
 * may see — including the transitions the workflow machine offers this viewer now.
 */
export async function getCaseDetail(viewer: Viewer, caseId: string) {
  // Ids come from URLs; one that cannot exist is simply not found (and never reaches SQL).
  if (!z.guid().safeParse(caseId).success) throw notFound('case');
  const db = await getDb();
  const applicantUser = alias(users, 'applicant_user');
  const assigneeUser = alias(users, 'assignee_user');
  const [row] = await db
    .select({
      c: cases,
      code: serviceItems.code,
      itemVersion: serviceItemVersions.version,
      nameZh: serviceItemVersions.nameZh,
      nameEn: serviceItemVersions.nameEn,
      formKey: serviceItemVersions.formKey,
      kind: serviceItemVersions.kind,
      allowsTolerance: serviceItemVersions.allowsTolerance,
      allowsPromise: serviceItemVersions.allowsPromise,
      promiseClauses: serviceItemVersions.promiseClauses,
      verificationDays: serviceItemVersions.verificationDays,
      verificationMethod: serviceItemVersions.verificationMethod,
      statutoryDays: serviceItemVersions.statutoryDays,
      promisedDays: serviceItemVersions.promisedDays,
      enterpriseName: enterprises.name,
      creditCode: enterprises.creditCode,
      enterpriseDiscredited: hasActiveCreditRecord(cases.enterpriseId),
      departmentZh: departments.nameZh,
      departmentEn: departments.nameEn,
      applicantName: applicantUser.name,
      assigneeName: assigneeUser.name,
      projectName: projects.name,
      projectCode: projects.code,
    })
    .from(cases)
    .innerJoin(serviceItems, eq(serviceItems.id, cases.itemId))
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .innerJoin(enterprises, eq(enterprises.id, cases.enterpriseId))
    .leftJoin(departments, eq(departments.id, cases.departmentId))
    .leftJoin(applicantUser, eq(applicantUser.id, cases.applicantId))
    .leftJoin(assigneeUser, eq(assigneeUser.id, cases.assigneeId))
    .leftJoin(projects, eq(projects.id, cases.projectId))
    .where(eq(cases.id, caseId));
  if (!row) throw notFound('case');
  const c = row.c;
  const taskDepartments = await taskDepartmentIds(db, c.id);
  authorizeCaseRead(viewer, caseResource(c, taskDepartments));
  const actor = actorFor(viewer, c, row.kind);
  const isStaff = viewer.kind === 'user' && viewer.roles.some((r) => r !== 'applicant');

  // Promise-based approval: the materials the applicant's promises replace are not asked for.
  const promised = c.approvalRoute === 'promise';
  const [
    materialSpecs,
    materialRows,
    notices,
    obligationRows,
    stops,
    events,
    calendar,
    waivers,
    documents,
    tasks,
    commitment,
    verifications,
    onBehalf,
  ] = await Promise.all([
    db.select().from(serviceMaterials).where(eq(serviceMaterials.versionId, c.itemVersionId)).orderBy(asc(serviceMaterials.sortOrder)),
    db
      .select({
        code: caseMaterials.materialCode,
        version: caseMaterials.version,
        fileId: caseMaterials.fileId,
        source: caseMaterials.source,
        sourceRef: caseMaterials.sourceRef,
        createdAt: caseMaterials.createdAt,
        replacedAt: caseMaterials.replacedAt,
        name: storedFiles.originalName,
        size: storedFiles.size,
        contentType: storedFiles.contentType,
      })
      .from(caseMaterials)
      .leftJoin(storedFiles, eq(storedFiles.id, caseMaterials.fileId))
      .where(eq(caseMaterials.caseId, c.id))
      .orderBy(asc(caseMaterials.materialCode), desc(caseMaterials.version)),
    db.select().from(supplementNotices).where(eq(supplementNotices.caseId, c.id)).orderBy(desc(supplementNotices.issuedAt)),
    db.select().from(obligations).where(eq(obligations.caseId, c.id)).orderBy(asc(obligations.dueDate)),
    db.select().from(caseClockStops).where(eq(caseClockStops.caseId, c.id)).orderBy(asc(caseClockStops.startedOn)),
    db
      .select({ seq: auditEvents.seq, at: auditEvents.at, action: auditEvents.action, after: auditEvents.after, actorName: users.name })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      // File views are audited but are not steps of the case: they stay out of its timeline.
      .where(and(eq(auditEvents.entityType, 'case'), eq(auditEvents.entityId, c.id), ne(auditEvents.action, 'case.material.view')))
      .orderBy(asc(auditEvents.seq)),
    loadWorkingCalendar(db),
    waiversForCase(db, c.id),
    db.select().from(caseNotices).where(eq(caseNotices.caseId, c.id)).orderBy(asc(caseNotices.issuedAt), asc(caseNotices.serial)),
    caseTasksOf(db, viewer, c),
    currentCommitment(db, c.id),
    promised ? caseVerifications(viewer, c.id) : [],
    filingOnBehalf(db, c, zoneDate(new Date())),
  ]);
  const waiverOf = new Map(waivers.map((w) => [w.materialCode, w.assessment]));
  const replaced = promised ? materialsReplaced(row.promiseClauses, c.promisedClauses) : new Set<string>();

  const nameOf = new Map(materialSpecs.map((m) => [m.code, { zh: m.nameZh, en: m.nameEn } as Bilingual]));
  const today = zoneDate(new Date());
  const clocks = caseClockState({
    state: c.state as CaseState,
    acceptedOn: c.acceptedAt ? zoneDate(c.acceptedAt) : null,
    closedOn: c.closedAt ? zoneDate(c.closedAt) : null,
    legalDays: row.statutoryDays,
    serviceDays: row.promisedDays,
    stops: stops.map((s) => ({ startedOn: s.startedOn, endedOn: s.endedOn })),
    today,
    calendar,
  });
  // What the window's intake check finds missing, while the case waits for it.
  const intake =
    c.state === 'submitted'
      ? intakeGapsOf({
          formKey: row.formKey,
          formData: c.formData,
          contact: c.contact,
          materials: materialSpecs,
          supplied: new Set(materialRows.filter((r) => !r.replacedAt).map((r) => r.code)),
          waived: new Set([...waivers.map((w) => w.materialCode), ...replaced]),
        })
      : null;
  const openNotice = notices.find((n) => !n.answeredAt);
  const offered: Transition[] =
    viewer.kind === 'user'
      ? availableTransitions(c.state as CaseState, actor, {
          allowsTolerance: row.allowsTolerance,
          enterpriseDiscredited: row.enterpriseDiscredited,
          openSupplementNotice: !!openNotice,
          openRevisionNotice: !!openNotice?.fromReview,
          approvalRoute: c.approvalRoute,
        })
      : [];

  return {
    id: c.id,
    number: c.number,
    title: caseTitle({ zh: row.nameZh, en: row.nameEn }, c.subject),
    state: c.state as CaseState,
    version: c.version,
    suspendedFrom: c.suspendedFrom,
    service: {
      code: row.code,
      version: row.itemVersion,
      name: { zh: row.nameZh, en: row.nameEn } as Bilingual,
      formKey: row.formKey,
      allowsTolerance: row.allowsTolerance,
      statutoryDays: row.statutoryDays,
      promisedDays: row.promisedDays,
    },
    enterprise: { id: c.enterpriseId, name: row.enterpriseName, creditCode: row.creditCode, discredited: row.enterpriseDiscredited },
    project: c.projectId && row.projectName && row.projectCode ? { id: c.projectId, name: row.projectName, code: row.projectCode } : null,
    department: row.departmentZh ? ({ zh: row.departmentZh, en: row.departmentEn ?? row.departmentZh } as Bilingual) : null,
    applicantName: row.applicantName,
    assignee: c.assigneeId ? { id: c.assigneeId, name: row.assigneeName ?? '' } : null,
    contact: c.contact,
    formFields: formFieldsFor(row.formKey) as FormField[],
    // Staff see a person's identity number by its last 4 characters only; the applicant (or the agent filing
    // on its behalf) sees the answers they are giving.
    formData: actor.isApplicant || actor.isFiler ? c.formData : maskIdentityNumbers(formFieldsFor(row.formKey), c.formData),
    submittedAt: c.submittedAt?.toISOString() ?? null,
    acceptedAt: c.acceptedAt?.toISOString() ?? null,
    decidedAt: c.decidedAt?.toISOString() ?? null,
    completedAt: c.completedAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    decision: c.decision,
    opinion: c.opinion,
    conditions: c.conditions ?? [],
    refusalReason: c.refusalReason,
    legalDeadline: c.legalDeadline,
    serviceDeadline: c.serviceDeadline,
    /** Both clocks as every view shows them: not started, running, or stopped for good with the final figures. */
    clocks,
    intake,
    materials: materialSpecs.map((m) => ({
      code: m.code,
      name: { zh: m.nameZh, en: m.nameEn } as Bilingual,
      required: m.required,
      core: m.core,
      eLicenceType: m.eLicenceType,
      maxSizeMb: m.maxSizeMb,
      /** The shared drawing set of a combined case, reviewed on its own page (多图联审). */
      drawingSet: m.drawingSet,
      /** The regional assessment that waives it for this case's project parcel (区域评估), if one does. */
      waivedBy: waiverOf.get(m.code) ?? null,
      /** The applicant's promise stands in for it (告知承诺制): not asked for. */
      replacedByPromise: replaced.has(m.code),
      versions: materialRows
        .filter((r) => r.code === m.code)
        .map(
          (r): MaterialVersion => ({
            version: r.version,
            fileId: r.fileId,
            name: r.name,
            size: r.size,
            contentType: r.contentType,
            source: r.source,
            sourceRef: r.sourceRef,
            uploadedAt: r.createdAt.toISOString(),
            current: !r.replacedAt,
          }),
        ),
    })),
    notices: notices.map((n) => ({
      id: n.id,
      issuedAt: n.issuedAt.toISOString(),
      answeredAt: n.answeredAt?.toISOString() ?? null,
      fromReview: n.fromReview,
      items: n.items.map((i) => ({ ...i, name: i.kind === 'material' ? (nameOf.get(i.code) ?? null) : null })),
    })),
    obligations: obligationRows.map((o) => ({
      id: o.id,
      kind: o.kind,
      materialCode: o.materialCode,
      materialName: o.materialCode ? (nameOf.get(o.materialCode) ?? null) : null,
      dueDate: o.dueDate,
      status: o.status,
      commitment: o.commitment,
      fulfilledAt: o.fulfilledAt?.toISOString() ?? null,
      overdue: isOwed(o.status) && isOverdue(o.dueDate, today),
    })),
    /** The numbered notices issued to the case, oldest first. */
    documents: documents.map((d) => ({
      kind: d.kind,
      number: documentNumber({ kind: d.kind, year: d.year, serial: d.serial }),
      issuedAt: d.issuedAt.toISOString(),
      supplementNoticeId: d.supplementNoticeId,
    })),
    clockStops: stops.map((s) => ({ kind: s.kind, reason: s.reason, startedOn: s.startedOn, endedOn: s.endedOn })),
    timeline: events
      .filter((e) => isStaff || APPLICANT_TIMELINE.has(e.action))
      .map((e) => ({ seq: e.seq, at: e.at.toISOString(), action: e.action, actorName: e.actorName, details: (e.after ?? {}) as Record<string, unknown> })),
    /** The workflow transitions this viewer may fire now; the UI offers exactly these. */
    transitions: offered,
    /**
     * Promise-based approval (DESIGN §4): whether the item offers it, the route chosen, each catalogue
     * clause with whether it was promised, and the post-approval verifications with their findings.
     */
    promise: {
      offered: promiseOffered(row),
      route: c.approvalRoute,
      verificationDays: row.verificationDays,
      verificationMethod: row.verificationMethod,
      clauses: row.promiseClauses.map((clause) => ({
        code: clause.code,
        text: { zh: clause.zh, en: clause.en } as Bilingual,
        replaces: clause.replaces.map((code) => nameOf.get(code) ?? { zh: code, en: code }),
        promised: c.promisedClauses.includes(clause.code),
      })),
      verifications,
    },
    /** A combined case's department tasks (DESIGN §7), in the catalogue's order; empty for other cases. */
    tasks,
    /** The tolerance commitment (容缺承诺书) the window proposed: to sign, signed, or taken by the acceptance. */
    commitment,
    combined: row.kind === 'combined',
    canClaim: can(viewer, 'case.claim', caseResource(c)) && viewer.kind === 'user' && c.assigneeId !== viewer.userId,
    canReassign: can(viewer, 'case.reassign'),
    /** The paired officer (or a manager) may urge whoever holds the case (催办). */
    canUrge:
      isUrgeable(c) && can(viewer, 'case.urge', { ...caseResource(c), pairedOfficerId: await pairedOfficerOf(db, c.enterpriseId) }),
    viewerIsApplicant: actor.isApplicant,
    /** The applicant may still edit answers and materials; the agent filing it on the enterprise's behalf, the draft. */
    editable: (actor.isApplicant && (c.state === 'draft' || c.state === 'needs_supplement')) || (!!actor.isFiler && c.state === 'draft'),
    /** Filed on the enterprise's behalf (帮办代办): by whom, under which authorization, and whether a member has taken it over. */
    onBehalf,
    /** A member of the enterprise may take over a case an agent filed for it and still holds. */
    canTakeOver:
      !!onBehalf && !onBehalf.takenOver && actor.isApplicant && can(viewer, 'case.takeOver', { enterpriseId: c.enterpriseId }),
  };
}

/** Who filed the case on its enterprise's behalf and under which authorization, or null when it was not. */
async function filingOnBehalf(db: Database, c: typeof cases.$inferSelect, today: string) {
  if (!c.filedById) return null;
  const [[filer], [authorization]] = await Promise.all([
    db.select({ name: users.name }).from(users).where(eq(users.id, c.filedById)),
    c.authorizationId
      ? db
          .select({
            id: filingAuthorizations.id,
            principalName: filingAuthorizations.principalName,
            serviceCodes: filingAuthorizations.serviceCodes,
            validFrom: filingAuthorizations.validFrom,
            validUntil: filingAuthorizations.validUntil,
            revokedAt: filingAuthorizations.revokedAt,
            fileId: filingAuthorizations.fileId,
            fileName: storedFiles.originalName,
          })
          .from(filingAuthorizations)
          .innerJoin(storedFiles, eq(storedFiles.id, filingAuthorizations.fileId))
          .where(eq(filingAuthorizations.id, c.authorizationId))
      : [],
  ]);
  return {
    filedBy: filer?.name ?? '',
    takenOver: c.applicantId !== c.filedById,
    authorization: authorization
      ? {
          id: authorization.id,
          principalName: authorization.principalName,
          serviceCodes: authorization.serviceCodes,
          validFrom: authorization.validFrom,
          validUntil: authorization.validUntil,
          status: authorizationStatus(authorization, today),
          file: { id: authorization.fileId, name: authorization.fileName },
        }
      : null,
  };
}

/**
 * Drafts of one catalogue item the viewer may continue, across their active enterprises,
 * most recently edited first: the start page offers them before creating another draft.
 */
export async function listMyDrafts(viewer: Viewer, serviceCode: string) {
  authorize(viewer, 'case.listOwn');
  if (viewer.kind !== 'user' || viewer.memberships.length === 0) return [];
  const db = await getDb();
  const rows = await db
    .select({
      id: cases.id,
      enterpriseId: cases.enterpriseId,
      applicantName: users.name,
      createdAt: cases.createdAt,
      updatedAt: cases.updatedAt,
    })
    .from(cases)
    .innerJoin(serviceItems, eq(serviceItems.id, cases.itemId))
    .leftJoin(users, eq(users.id, cases.applicantId))
    .where(
      and(
        eq(serviceItems.code, serviceCode),
        eq(cases.state, 'draft'),
        inArray(
          cases.enterpriseId,
          viewer.memberships.map((m) => m.enterpriseId),
        ),
      ),
    )
    .orderBy(desc(cases.updatedAt))
    .limit(20);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() }));
}

/** The inbox: events asking the viewer to act, newest first, with the unread count for the badge. */
export async function listInbox(viewer: Viewer, limit = 50) {
  authorize(viewer, 'inbox.read');
  if (viewer.kind !== 'user') return { items: [], unread: 0 };
  const db = await getDb();
  const [items, [{ unread }]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        payload: notifications.payload,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
        caseId: notifications.caseId,
        caseNumber: cases.number,
        caseSubject: cases.subject,
        itemZh: serviceItemVersions.nameZh,
        itemEn: serviceItemVersions.nameEn,
      })
      .from(notifications)
      .leftJoin(cases, eq(cases.id, notifications.caseId))
      .leftJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
      .where(eq(notifications.userId, viewer.userId))
      .orderBy(desc(notifications.createdAt))
      .limit(limit),
    db
      .select({ unread: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.userId, viewer.userId), isNull(notifications.readAt))),
  ]);
  return {
    items: items.map(({ caseSubject, itemZh, itemEn, ...n }) => ({
      ...n,
      caseTitle: itemZh && itemEn ? caseTitle({ zh: itemZh, en: itemEn }, caseSubject) : null,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
    unread,
  };
}

export async function unreadInboxCount(viewer: Viewer): Promise<number> {
  if (viewer.kind !== 'user') return 0;
  const db = await getDb();
  const [{ unread }] = await db
    .select({ unread: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, viewer.userId), isNull(notifications.readAt)));
  return unread;
}

/** Marks inbox entries read (all of the viewer's, or the given ones). */
export async function markInboxRead(viewer: Viewer, ids?: string[]) {
  authorize(viewer, 'inbox.read');
  if (viewer.kind !== 'user') return;
  const db = await getDb();
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, viewer.userId), isNull(notifications.readAt), ids?.length ? inArray(notifications.id, ids) : undefined));
}
