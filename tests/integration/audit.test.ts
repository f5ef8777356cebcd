import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema';
import { registerApplicant } from '@/lib/data/accounts';
import { appendAudit, countAuditEvents, verifyAuditChain } from '@/lib/data/audit';
import { driver, setUpTestDatabase } from './harness';

const test = setUpTestDatabase();

const registration = (n: number) => ({
  name: `测试用户${n}`,
  email: `audit-${n}@example.test`,
  phone: '13800000000',
  password: 'Password-2026',
  confirmPassword: 'Password-2026',
  enterpriseMode: 'create' as const,
  enterpriseName: `许昌审计测试${n}有限公司`,
});

describe('audit trail', () => {
  it('records each mutation and keeps a verifiable chain', async () => {
    const before = await countAuditEvents(test.db);
    await registerApplicant(registration(1), { ip: '10.0.0.1' });
    expect(await countAuditEvents(test.db)).toBe(before + 2); // the account and its enterprise
    const verdict = await verifyAuditChain(test.db);
    expect(verdict).toMatchObject({ ok: true, checked: before + 2 });
  });

  it('keeps one unbroken chain under concurrent appends', async () => {
    const before = await countAuditEvents(test.db);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        test.db.transaction((tx) =>
          appendAudit(tx, { actorId: null, ip: null }, { action: 'test.concurrent', entityType: 'test', entityId: String(i) }),
        ),
      ),
    );
    expect(await countAuditEvents(test.db)).toBe(before + 20);
    expect((await verifyAuditChain(test.db, 7)).ok).toBe(true); // small pages exercise the paging
  });

  it('refuses updates and deletes in the database itself', async () => {
    await expect(test.db.execute(sql`update audit_events set action = 'x' where seq = 1`)).rejects.toThrow();
    await expect(test.db.execute(sql`delete from audit_events where seq = 1`)).rejects.toThrow();
  });

  it(`detects an edited past event (${driver})`, async () => {
    await registerApplicant(registration(2), { ip: null });
    const total = await countAuditEvents(test.db);
    const victim = Math.max(1, total - 3);
    // A tamperer with owner rights first has to switch the guard off.
    await test.db.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
    try {
      await test.db.execute(sql`update ${auditEvents} set after = '{"roles":["admin"]}'::jsonb where seq = ${victim}`);
      expect(await verifyAuditChain(test.db)).toMatchObject({
        ok: false,
        checked: victim - 1,
        firstBreak: { seq: victim, reason: 'hash-mismatch' },
      });

      // Deleting an event is caught where the gap is.
      await test.db.execute(sql`delete from ${auditEvents} where seq = ${victim}`);
      expect(await verifyAuditChain(test.db)).toMatchObject({
        ok: false,
        firstBreak: { seq: victim + 1, reason: 'sequence-gap' },
      });
    } finally {
      await test.db.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
    }
  });
});
