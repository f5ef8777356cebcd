import { expect } from 'vitest';
import type { Database } from '@/db/client';
import { verifyStats } from '@/lib/data/stats';

/** Every dashboard aggregate equals its recomputation from the cases and ratings (what `npm run stats:verify` checks). */
export async function expectStatsKept(db: Database) {
  const reports = await verifyStats(db);
  expect(reports.flatMap((r) => r.differences.map((d) => ({ table: r.table, ...d })))).toEqual([]);
  return reports;
}
