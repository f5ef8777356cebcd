import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { registryRow } from '@/db/seed-names';
import { cases, enterpriseMembers, enterpriseNames, enterprises, licences } from '@/db/schema';
import { appendAudit } from '@/lib/data/audit';
import { makeCreditCode } from '@/lib/domain/credit-code';
import { ESTABLISHMENT_ANSWERS } from '@/lib/testing/establishment-answers';
import { driver, setUpTestDatabase } from './harness';
import { enterpriseOf, licenceCases } from './licence-fixtures';

/*
 * The data migration of the enterprise being established (custom section of the migration that
 * added it): the old shape — a licence, its credit code and its name stamped on the enterprise
 * that filed the establishment case — is built by hand, then the migration's own SQL runs.
 */

const test = setUpTestDatabase();
const { insertCase } = licenceCases(test);

const MIGRATIONS = path.join(process.cwd(), 'db/migrations');
const file = readdirSync(MIGRATIONS).find((f) => f.endsWith('_enterprise-being-established.sql'));

/** The statements after the `-- custom:` line, as the migrator splits them. */
function customStatements(): string[] {
  if (!file) throw new Error('migration file not found');
  const text = readFileSync(path.join(MIGRATIONS, file), 'utf8');
  const custom = text.slice(text.indexOf('-- custom:'));
  return custom
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter(Boolean);
}

async function runCustomSection() {
  await test.db.transaction(async (tx) => {
    for (const statement of customStatements()) await tx.execute(sql.raw(statement));
  });
}

let sequence = 990_000;
const code = () => makeCreditCode({ authority: '9', type: '1', region: '411000', sequence: ++sequence });

/** An establishment case completed the old way: licence, code and registered name on the filing enterprise. */
async function oldShape(filing: string, applicantId: string | null, fullName: string) {
  await test.db.insert(enterpriseNames).values(
    registryRow(
      {
        region: '许昌',
        tradeName: fullName.slice(2, 5),
        industry: '智造科技',
        organizationForm: '有限公司',
        status: 'registered',
        statusDate: '2026-11-01',
        fullName,
      },
      filing,
    ),
  );
  const c = await insertCase(filing, { formData: { ...ESTABLISHMENT_ANSWERS, enterpriseName: fullName } });
  await test.db.update(cases).set({ state: 'completed', applicantId }).where(eq(cases.id, c.id));
  const creditCode = code();
  const [licence] = await test.db
    .insert(licences)
    .values({
      creditCode,
      enterpriseId: filing,
      caseId: c.id,
      enterpriseName: fullName,
      enterpriseType: '有限责任公司',
      legalRepresentative: '李明远',
      registeredCapital: 500,
      address: '许昌经济技术开发区延安路 1666 号',
      businessScope: '一般项目：新材料技术研发',
      establishedOn: '2026-11-20',
      term: '长期',
      authority: '许昌市市场监督管理局经济技术开发区分局',
      status: 'revoked',
    })
    .returning();
  await test.db.update(enterprises).set({ creditCode }).where(eq(enterprises.id, filing));
  return { caseId: c.id, licence };
}

describe(`migration: licences stamped on the filing enterprise (${driver})`, () => {
  it('gives each such licence its own registered enterprise, owned by the applicant, and is idempotent', async () => {
    const applicant = await test.viewerOf('applicant@onewindow.test');
    if (applicant.kind !== 'user') throw new Error('persona');
    const filing = enterpriseOf(applicant);
    const name = '许昌澄翰智造科技有限公司';
    const { caseId, licence } = await oldShape(filing, applicant.userId, name);
    // A revocation recorded before licences kept their reason.
    await appendAudit(
      test.db,
      { actorId: null, ip: null },
      {
        action: 'licence.revoke',
        entityType: 'licence',
        entityId: licence.id,
        before: { status: 'valid' },
        after: { status: 'revoked', reason: '提交虚假材料取得登记' },
      },
    );

    await runCustomSection();

    const [created] = await test.db.select().from(enterprises).where(eq(enterprises.establishmentCaseId, caseId));
    expect(created).toMatchObject({ name, creditCode: licence.creditCode, status: 'registered' });
    const [old] = await test.db.select().from(enterprises).where(eq(enterprises.id, filing));
    expect(old.creditCode).toBeNull();
    const [moved] = await test.db.select().from(licences).where(eq(licences.id, licence.id));
    expect(moved.enterpriseId).toBe(created.id);
    expect(moved.statusReason).toBe('提交虚假材料取得登记');
    const [c] = await test.db.select({ enterpriseId: cases.enterpriseId }).from(cases).where(eq(cases.id, caseId));
    expect(c.enterpriseId).toBe(created.id);
    const [registered] = await test.db.select().from(enterpriseNames).where(eq(enterpriseNames.fullName, name));
    expect(registered.enterpriseId).toBe(created.id);
    const [owner] = await test.db
      .select({ role: enterpriseMembers.role, status: enterpriseMembers.status })
      .from(enterpriseMembers)
      .where(and(eq(enterpriseMembers.enterpriseId, created.id), eq(enterpriseMembers.userId, applicant.userId)));
    expect(owner).toEqual({ role: 'owner', status: 'active' });

    // Running it again changes nothing.
    const before = await test.db.select().from(enterprises);
    await runCustomSection();
    expect(await test.db.select().from(enterprises)).toEqual(before);
  });

  it('without a recorded applicant the filing enterprise’s owners own the new one; a licence on its own enterprise stays', async () => {
    const applicant = await test.viewerOf('applicant2@onewindow.test');
    if (applicant.kind !== 'user') throw new Error('persona');
    const filing = enterpriseOf(applicant);
    const { caseId } = await oldShape(filing, null, '许昌澄翰电梯配件有限公司');

    // An enterprise that registered under the licence's own name and got it: already right.
    const [self] = await test.db.insert(enterprises).values({ name: '许昌翊辰新材料有限公司' }).returning();
    const { licence: own } = await oldShape(self.id, null, '许昌翊辰新材料有限公司');

    await runCustomSection();
    const [created] = await test.db.select().from(enterprises).where(eq(enterprises.establishmentCaseId, caseId));
    const owners = await test.db
      .select({ userId: enterpriseMembers.userId })
      .from(enterpriseMembers)
      .where(eq(enterpriseMembers.enterpriseId, created.id));
    expect(owners.map((o) => o.userId)).toContain(applicant.userId);
    const [kept] = await test.db.select().from(licences).where(eq(licences.id, own.id));
    expect(kept.enterpriseId).toBe(self.id);
    const [selfAfter] = await test.db.select().from(enterprises).where(eq(enterprises.id, self.id));
    expect(selfAfter.creditCode).toBe(own.creditCode);
  });
});
