import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { caseNotices, cases, noticeNumberCounters } from '@/db/schema';
import { driver, setUpTestDatabase } from './harness';

const test = setUpTestDatabase();

/** The hand-written part of migration 0008: the data it migrates, statement by statement. */
async function customStatements() {
  const file = await readFile(path.join(process.cwd(), 'db/migrations/0008_intake-clocks-notice-numbers.sql'), 'utf8');
  return file
    .slice(file.indexOf('-- custom:'))
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter(Boolean);
}

describe(`migration 0008 on data stored before it (${driver})`, () => {
  it('numbers the notices already issued in issue order per kind and year, continues the counters, and closes ended cases', async () => {
    // The demo cases as a database before 0008 held them: no notice rows, no counters, no closing day.
    await test.db.delete(caseNotices);
    await test.db.delete(noticeNumberCounters);
    await test.db.update(cases).set({ closedAt: null });
    for (const statement of await customStatements()) await test.db.execute(sql.raw(statement));

    const count = async (where: ReturnType<typeof sql>) =>
      (
        await test.db
          .select({ n: sql<number>`count(*)::int` })
          .from(cases)
          .where(where)
      )[0].n;
    const final = sql`${cases.state} in ('completed', 'refused', 'denied', 'withdrawn', 'revoked')`;
    expect(await count(sql`${final} and ${cases.closedAt} is null`)).toBe(0);
    expect(await count(sql`not (${final}) and ${cases.closedAt} is not null`)).toBe(0);

    const accepted = await count(sql`${cases.acceptedAt} is not null`);
    const refused = await count(sql`${cases.state} = 'refused'`);
    const notices = await test.db.select().from(caseNotices);
    expect(notices.filter((n) => n.kind === 'acceptance')).toHaveLength(accepted);
    expect(notices.filter((n) => n.kind === 'refusal')).toHaveLength(refused);

    // Per kind and year: 1…n in the order of issue, and the counter at n.
    const counters = await test.db.select().from(noticeNumberCounters);
    for (const c of counters) {
      const ofKind = notices.filter((n) => n.kind === c.kind && n.year === c.year).sort((a, b) => a.serial - b.serial);
      expect(ofKind.map((n) => n.serial)).toEqual(Array.from({ length: ofKind.length }, (_, i) => i + 1));
      expect(c.last).toBe(ofKind.length);
      const issued = ofKind.map((n) => n.issuedAt.getTime());
      expect(issued).toEqual([...issued].sort((a, b) => a - b));
    }
    expect(counters.length).toBeGreaterThan(0);
  });
});
