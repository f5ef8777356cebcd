/**
 * Operator tools for the dashboard's aggregates (db/schema/stats.ts): compare them with their
 * recomputation from the cases and ratings (inside the database: nothing crosses the wire per
 * row), and rebuild them from it. The triggers of migration 0014 keep them in the
 * transaction of every change; these only check that promise (`npm run stats:verify`) and
 * restore it after a bulk load with the triggers off (`seed:large`). No viewer: scripts and
 * tests call them, never pages.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { NONE_ID } from '@/db/schema';

type StatTable = {
  name: 'case_daily_stats' | 'case_duration_stats' | 'case_state_stats' | 'rating_stats';
  /** The key columns, without `slot`. */
  keys: readonly string[];
  slotted: boolean;
  /** The aggregate as a GROUP BY over the current rows: the key columns and `n`, as the trigger counts them. */
  expected: SQL;
};

const none = sql.raw(`'${NONE_ID}'::uuid`);
const department = sql`coalesce(department_id, ${none})`;

// Each mirrors its trigger function (migration 0014): the same days (zone_day), the same
// coalesced keys, the same conditions.
const STAT_TABLES: readonly StatTable[] = [
  {
    name: 'case_daily_stats',
    keys: ['day', 'item_id', 'department_id', 'change'],
    slotted: true,
    expected: sql`
      select day, item_id, department_id, change, count(*)::int as n from (
        select zone_day(submitted_at) as day, item_id, ${department} as department_id, 'received' as change from cases where submitted_at is not null
        union all
        select zone_day(accepted_at), item_id, ${department}, 'accepted' from cases where accepted_at is not null
        union all
        select zone_day(completed_at), item_id, ${department}, 'completed' from cases where completed_at is not null
        union all
        select zone_day(completed_at), item_id, ${department}, 'on_time_service' from cases
          where completed_at is not null and (service_deadline is null or zone_day(completed_at) <= service_deadline)
        union all
        select zone_day(completed_at), item_id, ${department}, 'on_time_legal' from cases
          where completed_at is not null and (legal_deadline is null or zone_day(completed_at) <= legal_deadline)
      ) changes
      group by day, item_id, department_id, change`,
  },
  {
    name: 'case_duration_stats',
    keys: ['day', 'item_id', 'department_id', 'working_days'],
    slotted: true,
    expected: sql`
      select zone_day(completed_at) as day, item_id, ${department} as department_id, working_days_taken as working_days, count(*)::int as n
      from cases where completed_at is not null and working_days_taken is not null
      group by 1, 2, 3, 4`,
  },
  {
    name: 'case_state_stats',
    keys: ['state', 'item_id', 'department_id', 'assignee_id', 'due_on'],
    slotted: true,
    expected: sql`
      select state::text as state, item_id, ${department} as department_id, coalesce(assignee_id, ${none}) as assignee_id, due_on, count(*)::int as n
      from cases
      group by 1, 2, 3, 4, 5`,
  },
  {
    name: 'rating_stats',
    keys: ['day', 'item_id', 'department_id', 'assignee_id', 'score'],
    slotted: false,
    expected: sql`
      select zone_day(created_at) as day, item_id, ${department} as department_id, coalesce(assignee_id, ${none}) as assignee_id, score, count(*)::int as n
      from case_ratings
      group by 1, 2, 3, 4, 5`,
  },
];

export type StatDifference = { key: Record<string, string>; expected: number; actual: number };

export type StatTableReport = {
  table: StatTable['name'];
  /** Keys compared: those with a non-zero count in the aggregate or in the recomputation. */
  checked: number;
  /** How many keys differ; `differences` lists the first of them, in key order. */
  differing: number;
  differences: StatDifference[];
};

/** Both drivers answer `execute` with `{ rows }`; the shared database type does not say so. */
async function rowsOf<T>(result: Promise<unknown>): Promise<T[]> {
  return ((await result) as { rows: T[] }).rows;
}

/**
 * Compares each aggregate (summed over its slots, zero sums ignored) with its recomputation
 * from the cases and ratings, key by key. An empty `differences` everywhere means the
 * triggers kept every figure.
 */
export async function verifyStats(db: Executor, limit = 1_000): Promise<StatTableReport[]> {
  const reports: StatTableReport[] = [];
  for (const table of STAT_TABLES) {
    const keys = sql.raw(table.keys.join(', '));
    const keyJson = sql.raw(`jsonb_build_object(${table.keys.map((k) => `'${k}', ${k}::text`).join(', ')})`);
    const rows = await rowsOf<{ checked: number; differing: number; key: Record<string, string> | null; expected: number; actual: number }>(
      db.execute(sql`
        with actual as (
          select ${keys}, sum(n)::int as n from ${sql.identifier(table.name)} group by ${keys} having sum(n) <> 0
        ),
        expected as (${table.expected}),
        joined as (
          select ${keys}, coalesce(e.n, 0) as expected, coalesce(a.n, 0) as actual
          from actual a full join expected e using (${keys})
        ),
        differing as (select * from joined where expected <> actual)
        select (select count(*)::int from joined) as checked, (select count(*)::int from differing) as differing,
               d.key, d.expected, d.actual
        from (select 1) one
        left join lateral (
          select ${keyJson} as key, expected, actual from differing order by ${keys} limit ${limit}
        ) d on true`),
    );
    reports.push({
      table: table.name,
      checked: rows[0].checked,
      differing: rows[0].differing,
      differences: rows.filter((r) => r.key).map((r) => ({ key: r.key!, expected: r.expected, actual: r.actual })),
    });
  }
  return reports;
}

/**
 * Replaces every aggregate by its recomputation, in one transaction, each key in slot 0.
 * Writers of cases and ratings wait meanwhile (SHARE lock), so nothing they change is lost.
 */
export async function rebuildStats(db: Database): Promise<Record<StatTable['name'], number>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table cases, case_ratings in share mode`);
    const written = {} as Record<StatTable['name'], number>;
    for (const table of STAT_TABLES) {
      const name = sql.identifier(table.name);
      const keys = sql.raw(table.keys.join(', '));
      await tx.execute(sql`delete from ${name}`);
      const inserted = await rowsOf<{ n: number }>(
        tx.execute(sql`
          with rows as (
            insert into ${name} (${keys}, ${sql.raw(table.slotted ? 'slot, ' : '')}n)
            select ${keys}, ${sql.raw(table.slotted ? '0, ' : '')}n from (${table.expected}) expected
            returning 1
          )
          select count(*)::int as n from rows`),
      );
      written[table.name] = inserted[0].n;
    }
    return written;
  });
}
