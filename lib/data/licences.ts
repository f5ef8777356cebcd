import 'server-only';
import { and, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Executor } from '@/db/client';
import {
  caseMaterials,
  cases,
  departments,
  enterprises,
  licences,
  serviceMaterials,
  serviceItemVersions,
  LICENCE_KINDS,
  type Licence,
  type LicenceKind,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { isValidCreditCode, makeCreditCode, normaliseCreditCode, ZONE_REGION_CODE } from '@/lib/domain/credit-code';
import { APPLICATION_FORMS } from '@/lib/domain/application-forms';
import { businessScopeText } from '@/lib/domain/business-scope';
import { zoneDate } from '@/lib/domain/clock';
import { walletAttachOpen } from '@/lib/domain/case-access';
import { CREDIT_CODE_ENTITY_TYPE, ENTERPRISE_TYPES, OPERATING_TERMS, operatingTermText } from '@/lib/domain/establishment';
import { DomainError, forbidden, notFound, unauthenticated } from '@/lib/errors';
import type { Bilingual } from '@/lib/i18n/config';
import type { RequestMeta } from './accounts';
import { appendAudit } from './audit';
import { publicOrigin } from '@/lib/deployment';
import { establishEnterpriseForCase } from './establishment';
import { registerHeldName } from './name-reservations';
import { listEnterprisePermits, type PublicPermit } from './permits';
import { authorize } from './viewer';
import { currentInstant } from './now';

/*
 * Licences and the e-licence wallet (DESIGN §6). A business licence is issued with the
 * establishment case's 'issue' transition (`issueLicenceForCase`, inside its transaction), under
 * a unified social credit code from `credit_code_seq`; anyone may verify it by its code; the
 * enterprise's wallet keeps it, and later applications attach it instead of an upload (免提交).
 */

/** The registration authority's name when the department table does not say (seeded as 'market'). */
const DEFAULT_AUTHORITY = '许昌市市场监督管理局经济技术开发区分局';
export const MARKET_DEPARTMENT = 'market';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = z.string().trim().min(1);
/** The establishment form's answers a licence prints (lib/domain/application-forms.ts, 'establishment'). */
const establishmentAnswers = z.object({
  enterpriseName: text,
  enterpriseType: z.enum(ENTERPRISE_TYPES),
  registeredCapital: z.coerce.number().int().positive(),
  address: text,
  legalRepresentative: text,
  businessScope: z.array(text).min(1),
  term: z.enum(OPERATING_TERMS),
});

/** The printed type for a form value ('llc' → 有限责任公司); an unknown value prints as given. */
function enterpriseTypeLabel(value: string): string {
  const field = APPLICATION_FORMS.establishment?.find((f) => f.key === 'enterpriseType');
  return field?.options?.find((o) => o.value === value)?.label.zh ?? value;
}

async function authorityName(tx: Executor, departmentId: string | null | undefined): Promise<string> {
  const [row] = await tx
    .select({ name: departments.nameZh })
    .from(departments)
    .where(departmentId ? eq(departments.id, departmentId) : eq(departments.code, MARKET_DEPARTMENT))
    .limit(1);
  return row?.name ?? DEFAULT_AUTHORITY;
}

export type IssueLicenceCase = {
  id: string;
  enterpriseId: string;
  formData: Record<string, unknown>;
  number: string | null;
  /** The issuing department; the market regulator's when absent. */
  departmentId?: string | null;
  /** Who filed the case: the owner of the enterprise being established when the case has none yet. */
  applicantId?: string | null;
};

/**
 * Issues the business licence of an establishment case, inside the caller's transaction (the
 * case's 'issue' transition): reads the form answers, takes the next value of `credit_code_seq`
 * and builds the unified social credit code from it, inserts the licence for the enterprise the
 * case establishes (created now, with the case moved to it, for a case submitted before
 * submission created it), registers that enterprise with the code, and appends a
 * 'licence.issue' audit event. The applicant's other enterprises never get the code (DESIGN §6).
 * Idempotent per case: a second call — also a concurrent one — returns the licence already
 * issued. Uniqueness of the code under concurrency comes from nextval (never handed out twice)
 * and the unique index. Throws DomainError('invalid') when the form lacks what a licence prints.
 */
export async function issueLicenceForCase(
  tx: Executor,
  caseRow: IssueLicenceCase,
  issuedBy: string | null,
  meta: RequestMeta,
): Promise<Licence> {
  const established = await establishEnterpriseForCase(
    tx,
    { id: caseRow.id, enterpriseId: caseRow.enterpriseId, applicantId: caseRow.applicantId ?? null, formData: caseRow.formData ?? {} },
    { actorId: issuedBy, ip: meta.ip },
  );
  const enterpriseId = established.id;
  if (enterpriseId !== caseRow.enterpriseId) {
    await tx.update(cases).set({ enterpriseId }).where(eq(cases.id, caseRow.id));
  }
  // Lock the enterprise first: the licence's foreign key would take a share lock on its row,
  // and giving it the code needs an exclusive one, so two issues for one enterprise that each
  // held the former and waited for the latter would deadlock. Issues per enterprise go in turn.
  const [enterprise] = await tx
    .select({ creditCode: enterprises.creditCode })
    .from(enterprises)
    .where(eq(enterprises.id, enterpriseId))
    .for('update');
  if (!enterprise) throw notFound('enterprise');
  const [existing] = await tx.select().from(licences).where(eq(licences.caseId, caseRow.id));
  if (existing) return existing;

  const parsed = establishmentAnswers.safeParse(caseRow.formData ?? {});
  if (!parsed.success) {
    throw new DomainError('invalid', 'licence form', z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  }
  const answers = parsed.data;
  const authority = await authorityName(tx, caseRow.departmentId);
  const { rows } = (await tx.execute(sql`select nextval('credit_code_seq') as sequence`)) as unknown as {
    rows: { sequence: string | number }[];
  };
  const sequence = rows[0].sequence;
  const creditCode = makeCreditCode({
    authority: '9',
    type: CREDIT_CODE_ENTITY_TYPE[answers.enterpriseType],
    region: ZONE_REGION_CODE,
    sequence: Number(sequence),
  });
  const now = currentInstant();
  const today = zoneDate(now);

  const [inserted] = await tx
    .insert(licences)
    .values({
      creditCode,
      enterpriseId,
      caseId: caseRow.id,
      kind: 'business-licence',
      enterpriseName: answers.enterpriseName,
      enterpriseType: enterpriseTypeLabel(answers.enterpriseType),
      legalRepresentative: answers.legalRepresentative,
      registeredCapital: answers.registeredCapital,
      address: answers.address,
      businessScope: businessScopeText(answers.businessScope),
      establishedOn: today,
      term: operatingTermText(answers.term, today),
      authority,
      status: 'valid',
      statusChangedAt: now,
      issuedAt: now,
    })
    .onConflictDoNothing({ target: licences.caseId })
    .returning();
  if (!inserted) {
    // A concurrent call for the same case committed first: its licence is the one.
    const [winner] = await tx.select().from(licences).where(eq(licences.caseId, caseRow.id));
    if (!winner) throw new Error(`licence of case ${caseRow.id} vanished`);
    return winner;
  }

  // The name the licence carries is the enterprise's now, for good.
  const nameRegistered = await registerHeldName(tx, enterpriseId, answers.enterpriseName, today);
  await tx
    .update(enterprises)
    .set({ status: 'registered', ...(enterprise.creditCode ? {} : { creditCode }) })
    .where(eq(enterprises.id, enterpriseId));
  await appendAudit(tx, { actorId: issuedBy, ip: meta.ip }, {
    action: 'licence.issue',
    entityType: 'licence',
    entityId: inserted.id,
    after: {
      creditCode,
      caseId: caseRow.id,
      caseNumber: caseRow.number,
      enterpriseId,
      enterpriseName: inserted.enterpriseName,
      kind: inserted.kind,
      nameRegistered,
    },
  });
  return inserted;
}

// --- public verification ------------------------------------------------------------------

export type LicenceStatus = Licence['status'];

/** What a licence itself shows, and its status: never an internal id. */
export type PublicLicence = {
  creditCode: string;
  kind: LicenceKind;
  name: string;
  type: string;
  legalRepresentative: string;
  /** In 10,000 yuan. */
  registeredCapital: number;
  address: string;
  businessScope: string;
  /** Zone calendar date, YYYY-MM-DD. */
  establishedOn: string;
  term: string;
  authority: string;
  /** The date the licence was issued (the date printed under the authority), YYYY-MM-DD. */
  issuedOn: string;
  status: LicenceStatus;
  /** When the status last changed (ISO 8601). */
  statusChangedAt: string;
};

function toPublic(row: Licence): PublicLicence {
  return {
    creditCode: row.creditCode,
    kind: row.kind,
    name: row.enterpriseName,
    type: row.enterpriseType,
    legalRepresentative: row.legalRepresentative,
    registeredCapital: row.registeredCapital,
    address: row.address,
    businessScope: row.businessScope,
    establishedOn: row.establishedOn,
    term: row.term,
    authority: row.authority,
    issuedOn: zoneDate(row.issuedAt),
    status: row.status,
    statusChangedAt: row.statusChangedAt.toISOString(),
  };
}

/** A licence as its own enterprise sees it: also why its status last changed. */
export type HeldLicence = PublicLicence & { statusReason: string | null };

const toHeld = (row: Licence): HeldLicence => ({ ...toPublic(row), statusReason: row.statusReason });

/**
 * The public answer for a code (verification page and API): null when the code is malformed or
 * was not issued here. Needs no viewer — a licence is a public document.
 */
export async function getPublicLicence(code: string): Promise<PublicLicence | null> {
  if (typeof code !== 'string' || code.length > 40 || !isValidCreditCode(code)) return null;
  const db = await getDb();
  const [row] = await db.select().from(licences).where(eq(licences.creditCode, normaliseCreditCode(code)));
  return row ? toPublic(row) : null;
}

/**
 * A licence for its print page: the enterprise's members and staff ('enterprise.read' on the
 * licence's enterprise). Throws notFound for an unknown code, forbidden for anyone else.
 */
export async function getLicenceForPrint(viewer: Viewer, code: string): Promise<HeldLicence> {
  if (viewer.kind !== 'user') throw unauthenticated();
  if (typeof code !== 'string' || code.length > 40 || !isValidCreditCode(code)) throw notFound('licence');
  const db = await getDb();
  const [row] = await db.select().from(licences).where(eq(licences.creditCode, normaliseCreditCode(code)));
  if (!row) throw notFound('licence');
  authorize(viewer, 'enterprise.read', { enterpriseId: row.enterpriseId });
  return toHeld(row);
}

/** The public verification page of a code, as printed (and QR-coded) on the licence. */
export async function licenceVerifyUrl(code: string): Promise<string> {
  return `${publicOrigin()}/verify/${encodeURIComponent(normaliseCreditCode(code))}`;
}

// --- the wallet ----------------------------------------------------------------------------

export type WalletApproval = {
  caseId: string;
  number: string | null;
  service: Bilingual;
  completedAt: string;
  decision: 'approve' | 'approve_with_conditions' | 'deny' | null;
};

export type Wallet = { licences: HeldLicence[]; permits: PublicPermit[]; approvals: WalletApproval[] };

/** An enterprise's e-licences and permits (newest first) and the approvals of its completed cases. */
export async function listWallet(viewer: Viewer, enterpriseId: string): Promise<Wallet> {
  if (viewer.kind !== 'user') throw unauthenticated();
  if (!UUID.test(enterpriseId)) throw forbidden('enterprise.read');
  authorize(viewer, 'enterprise.read', { enterpriseId });
  const db = await getDb();
  const [held, permits, completed] = await Promise.all([
    db.select().from(licences).where(eq(licences.enterpriseId, enterpriseId)).orderBy(desc(licences.issuedAt)),
    listEnterprisePermits(db, enterpriseId),
    db
      .select({
        caseId: cases.id,
        number: cases.number,
        nameZh: serviceItemVersions.nameZh,
        nameEn: serviceItemVersions.nameEn,
        completedAt: cases.completedAt,
        decision: cases.decision,
      })
      .from(cases)
      .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
      .where(and(eq(cases.enterpriseId, enterpriseId), eq(cases.state, 'completed')))
      .orderBy(desc(cases.completedAt)),
  ]);
  return {
    licences: held.map(toHeld),
    permits,
    approvals: completed
      .filter((r) => r.completedAt)
      .map((r) => ({
        caseId: r.caseId,
        number: r.number,
        service: { zh: r.nameZh, en: r.nameEn },
        completedAt: r.completedAt!.toISOString(),
        decision: r.decision,
      })),
  };
}

export type WalletMaterial = {
  materialCode: string;
  licence: { creditCode: string; kind: LicenceKind; name: string; issuedOn: string };
};

const isLicenceKind = (value: string | null | undefined): value is LicenceKind =>
  !!value && (LICENCE_KINDS as readonly string[]).includes(value);

type CatalogueMaterial = { code: string; eLicenceType: string | null };

/**
 * For the catalogue materials whose `eLicenceType` names a kind of licence the enterprise holds
 * valid, the licence to attach instead of an upload (免提交) — the newest when there are several.
 * Offered to the enterprise's own members only.
 */
export async function walletMaterialsFor(viewer: Viewer, enterpriseId: string, materials: readonly CatalogueMaterial[]): Promise<WalletMaterial[]> {
  if (!UUID.test(enterpriseId)) throw forbidden('wallet.offer');
  authorize(viewer, 'wallet.offer', { enterpriseId });
  return heldWalletMaterials(await getDb(), enterpriseId, materials);
}

async function heldWalletMaterials(executor: Executor, enterpriseId: string, materials: readonly CatalogueMaterial[]): Promise<WalletMaterial[]> {
  const kinds = [...new Set(materials.map((m) => m.eLicenceType).filter(isLicenceKind))];
  if (!kinds.length) return [];
  const held = await executor
    .select()
    .from(licences)
    .where(and(eq(licences.enterpriseId, enterpriseId), eq(licences.status, 'valid'), inArray(licences.kind, kinds)))
    .orderBy(desc(licences.issuedAt));
  const newest = new Map<string, Licence>();
  for (const l of held) if (!newest.has(l.kind)) newest.set(l.kind, l);
  return materials.flatMap((m) => {
    const l = m.eLicenceType ? newest.get(m.eLicenceType) : undefined;
    return l
      ? [
          {
            materialCode: m.code,
            licence: { creditCode: l.creditCode, kind: l.kind, name: l.enterpriseName, issuedOn: zoneDate(l.issuedAt) },
          },
        ]
      : [];
  });
}

export type AttachedWalletMaterial = { materialCode: string; version: number; source: 'wallet'; sourceRef: string; replayed: boolean };

/**
 * Satisfies a material of a case from the enterprise's wallet (免提交): a new version of the
 * material with source 'wallet' and the licence's credit code as its reference, numbered like an
 * upload (the case row is locked, previous versions kept), in one transaction with its audit
 * event. Allowed like an applicant's upload (`case.material.attachWallet`): an active member of the
 * case's enterprise, while the case is theirs to edit (walletAttachOpen). Attaching the licence that is already current changes
 * nothing (`replayed`).
 */
export async function attachWalletMaterial(
  viewer: Viewer,
  input: { caseId: string; materialCode: string },
  meta: RequestMeta,
): Promise<AttachedWalletMaterial> {
  if (viewer.kind !== 'user') throw unauthenticated();
  if (!UUID.test(input.caseId)) throw notFound('case');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [c] = await tx
      .select({ id: cases.id, enterpriseId: cases.enterpriseId, itemVersionId: cases.itemVersionId, state: cases.state })
      .from(cases)
      .where(eq(cases.id, input.caseId))
      .for('update');
    if (!c) throw notFound('case');
    authorize(viewer, 'case.material.attachWallet', { enterpriseId: c.enterpriseId });
    if (!walletAttachOpen(c.state)) throw forbidden('case.material.attachWallet');

    const [material] = await tx
      .select({ code: serviceMaterials.code, eLicenceType: serviceMaterials.eLicenceType })
      .from(serviceMaterials)
      .where(and(eq(serviceMaterials.versionId, c.itemVersionId), eq(serviceMaterials.code, input.materialCode)));
    if (!material) throw new DomainError('invalid', 'material', { materialCode: ['materialUnknown'] });
    const [match] = await heldWalletMaterials(tx, c.enterpriseId, [material]);
    if (!match) throw new DomainError('invalid', 'wallet material', { materialCode: ['walletLicenceMissing'] });

    const current = and(
      eq(caseMaterials.caseId, c.id),
      eq(caseMaterials.materialCode, material.code),
      isNull(caseMaterials.replacedAt),
    );
    const [previous] = await tx
      .select({ version: caseMaterials.version, source: caseMaterials.source, sourceRef: caseMaterials.sourceRef, fileId: caseMaterials.fileId })
      .from(caseMaterials)
      .where(current)
      .orderBy(desc(caseMaterials.version))
      .limit(1);
    const sourceRef = match.licence.creditCode;
    if (previous?.source === 'wallet' && previous.sourceRef === sourceRef) {
      return { materialCode: material.code, version: previous.version, source: 'wallet', sourceRef, replayed: true };
    }
    const [{ last }] = await tx
      .select({ last: max(caseMaterials.version) })
      .from(caseMaterials)
      .where(and(eq(caseMaterials.caseId, c.id), eq(caseMaterials.materialCode, material.code)));
    const version = (last ?? 0) + 1;
    const now = new Date();
    await tx.update(caseMaterials).set({ replacedAt: now }).where(current);
    await tx.insert(caseMaterials).values({
      caseId: c.id,
      materialCode: material.code,
      version,
      fileId: null,
      source: 'wallet',
      sourceRef,
      uploadedBy: viewer.userId,
      createdAt: now,
    });
    await appendAudit(tx, { actorId: viewer.userId, ip: meta.ip }, {
      action: 'case.material.wallet',
      entityType: 'case',
      entityId: c.id,
      before: previous
        ? { materialCode: material.code, version: previous.version, source: previous.source, sourceRef: previous.sourceRef, fileId: previous.fileId }
        : null,
      after: { materialCode: material.code, version, source: 'wallet', sourceRef, licenceKind: match.licence.kind },
    });
    return { materialCode: material.code, version, source: 'wallet', sourceRef, replayed: false };
  });
}
