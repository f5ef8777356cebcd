/**
 * `npm run seed:large -- --cases 1000000`: fills the database (PostgreSQL through
 * DATABASE_URL; PGlite works too, slowly) with synthetic enterprises and cases spread over
 * the three catalogue items, every state and two years of dates — for the benchmark.
 * Rows are generated inside PostgreSQL (INSERT … SELECT generate_series) in batches, so
 * nothing crosses the wire per row. Deterministic: the same --cases gives the same data.
 * Large-seed numbers have 7 digits (XC-2025-1000001) and never collide with real ones.
 * Deadlines and durations are approximated in calendar days (×7/5); real cases get working-day ones.
 * The dashboard's aggregates are rebuilt once at the end rather than kept row by row by the
 * cases trigger, which each batch turns off inside its own transaction (docs/BENCHMARKS.md).
 */
import { sql } from 'drizzle-orm';
import { installDatabaseHandle, openDatabase } from '../db/client';
import { seedDemoData } from '../db/seed';
import { rebuildStats } from '../lib/data/stats';

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : undefined;
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 20_000_000) {
    console.error(`--${name} must be a whole number from 1 to 20000000`);
    process.exit(2);
  }
  return n;
}

const TOTAL = argument('cases', 100_000);
const ENTERPRISES = argument('enterprises', 2_000);
const BATCH = 100_000;

/** Both drivers answer `execute` with `{ rows }`; the shared database type does not say so. */
async function firstRow<T>(result: Promise<unknown>): Promise<T> {
  return ((await result) as { rows: T[] }).rows[0];
}

async function main() {
  const started = Date.now();
  const handle = await openDatabase({ url: process.env.DATABASE_URL });
  // The demo cases go through the data layer, which uses the process database.
  installDatabaseHandle(handle);
  const db = handle.db;
  try {
    await seedDemoData(db);
    await db.execute(sql`select setseed(0.42)`);
    await db.execute(sql`
      insert into enterprises (name, industry, park, address)
      select '许昌合成样本' || lpad(g::text, 5, '0') || '号科技有限公司', '装备制造', '智能装备产业园', '许昌经济技术开发区样本路 ' || g || ' 号'
      from generate_series(1, ${ENTERPRISES}) g
      on conflict (name) do nothing`);
    const { existing } = await firstRow<{ existing: number }>(
      db.execute(sql`select count(*)::int as existing from cases where number like 'XC-____-_______'`),
    );
    console.log(`Enterprises ready; ${existing} large-seed cases already present.`);

    for (let from = existing + 1; from <= TOTAL; from += BATCH) {
      const to = Math.min(TOTAL, from + BATCH - 1);
      const t0 = Date.now();
      // The trigger is off only inside this batch's transaction: committed back on, or rolled back.
      await db.transaction(async (tx) => {
        await tx.execute(sql`alter table cases disable trigger cases_stats`);
        // Per row: an item (weighted 30/50/20), an enterprise, a submission time over two
        // years, and a state drawn so that older cases are mostly closed.
        await tx.execute(sql`
          with items as (
            select i.id as item_id, v.id as version_id, v.lead_department_id as dept, v.promised_days, v.statutory_days,
                   row_number() over (order by i.code) as n
            from service_items i join service_item_versions v on v.item_id = i.id and v.version = i.current_version
          ),
          ents as (select id, row_number() over (order by name) as n from enterprises where name like '许昌合成样本%'),
          rows as (
            select g,
                   case when g % 10 < 3 then 1 when g % 10 < 8 then 2 else 3 end as item_n,
                   1 + (g * 7919) % ${ENTERPRISES} as ent_n,
                   now() - ((g * 104729) % (730 * 24 * 60)) * interval '1 minute' as submitted,
                   (g * 31) % 100 as roll
            from generate_series(${from}::bigint, ${to}::bigint) g
          ),
          shaped as (
            select r.*, i.*, e.id as enterprise_id,
                   case
                     when r.submitted > now() - interval '3 days' and r.roll < 60 then 'submitted'
                     when r.submitted > now() - interval '20 days' then (array['submitted','needs_supplement','accepted','in_review','in_review','approved','suspended'])[1 + r.roll % 7]
                     else (array['completed','completed','completed','completed','completed','completed','refused','denied','withdrawn','completed'])[1 + r.roll % 10]
                   end::case_state as state
            from rows r join items i on i.n = r.item_n join ents e on e.n = r.ent_n
          )
          insert into cases (number, item_id, item_version_id, enterprise_id, department_id, state, form_data,
                             submitted_at, accepted_at, completed_at, closed_at, working_days_taken, legal_deadline, service_deadline, due_on, created_at, updated_at)
          select 'XC-' || extract(year from submitted)::int || '-' || lpad(g::text, 7, '0'),
                 item_id, version_id, enterprise_id, dept, state, '{}'::jsonb,
                 submitted,
                 case when state in ('accepted','in_review','approved','suspended','completed','denied') then submitted + interval '1 day' end,
                 case when state in ('completed','refused','denied') then submitted + ((1 + roll % 9) * interval '1 day') end,
                 case when state in ('completed','refused','denied','withdrawn') then submitted + ((1 + roll % 9) * interval '1 day') end,
                 case when state in ('completed','denied') then (roll % 9) * 5 / 7 end,
                 case when state in ('accepted','in_review','approved','suspended','completed','denied') then (submitted + interval '1 day' + statutory_days * interval '1 day' * 7 / 5)::date end,
                 case when state in ('accepted','in_review','approved','suspended','completed','denied') then (submitted + interval '1 day' + promised_days * interval '1 day' * 7 / 5)::date end,
                 case
                   when state = 'submitted' then (submitted + interval '7 days')::date
                   when state in ('accepted','in_review','approved') then (submitted + interval '1 day' + promised_days * interval '1 day' * 7 / 5)::date
                   else date '9999-12-31'
                 end,
                 submitted, submitted
          from shaped
          on conflict (number) do nothing`);
        await tx.execute(sql`alter table cases enable trigger cases_stats`);
      });
      console.log(`  cases ${from}–${to} inserted in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    const t0 = Date.now();
    await rebuildStats(db);
    console.log(`Dashboard aggregates rebuilt in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
    // VACUUM sets the visibility map, so queue counts can be answered from the index alone.
    await db.execute(sql`vacuum analyze cases`);
    await db.execute(sql`analyze enterprises`);
    const { n } = await firstRow<{ n: number }>(db.execute(sql`select count(*)::int as n from cases`));
    console.log(`Done: ${n} cases in the database (${((Date.now() - started) / 1000).toFixed(0)} s).`);
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  // drizzle wraps the driver's error; its cause says what PostgreSQL objected to.
  console.error(error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : error);
  process.exit(1);
});
