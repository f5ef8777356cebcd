/**
 * `npm run seed:names -- --count 1000000`: fills the names registry (PostgreSQL through
 * DATABASE_URL; PGlite works too, slowly) with synthetic enterprise names, for the name-check
 * benchmark. Rows are generated inside PostgreSQL (INSERT … SELECT generate_series) in
 * batches of 100k. Deterministic: row g gets a 3-character trade name made of three of 60
 * syllables (216 000 trade names, scrambled by a multiplier coprime to 216 000) and one of 20
 * industries, so (trade name, industry) — and with it the full name — is unique up to
 * 4 320 000 rows. Every syllable is a simplified, single-reading character, so the normalised
 * trade name is the trade name and its pinyin is the syllables' pinyin joined with spaces
 * (checked against `tradeNamePinyin` on a sample at the end). 90 % of the rows belong to
 * 许昌市 (411000), the rest to 河南省 (410000); 85 % registered, 5 % reserved, 7 % cancelled,
 * 3 % revoked, dates spread over 25 years.
 */
import { sql } from 'drizzle-orm';
import { installDatabaseHandle, openDatabase } from '../db/client';
import { seedDemoData } from '../db/seed';
import { canonicalIndustry, INDUSTRIES } from '../db/seed-names';
import { normalizeTradeName, tradeNamePinyin, toSimplified } from '../lib/domain/names';
import { pinyin } from 'pinyin-pro';

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : undefined;
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 4_320_000) {
    console.error(`--${name} must be a whole number from 1 to 4320000`);
    process.exit(2);
  }
  return n;
}

const TOTAL = argument('count', 100_000);
const BATCH = 100_000;

const SYLLABLES = [
  ...'鸿瑞华恒金嘉德永宏天博佳鑫润泰明汇晨锦丰源诚达远翔辉宇创峰凯越腾飞宝通顺祥安康福豪邦聚隆兴旺森林海川江山星光耀弘毅卓睿昊',
];
const S = SYLLABLES.length;
const TRADES = S * S * S;
const SCRAMBLE = 7919; // prime, coprime to 216 000

/** Both drivers answer `execute` with `{ rows }`. */
async function rows<T>(result: Promise<unknown>): Promise<T[]> {
  return ((await result) as { rows: T[] }).rows;
}

function checkVocabulary() {
  if (S !== 60 || new Set(SYLLABLES).size !== S) throw new Error('seed:names needs 60 distinct syllables');
  for (const ch of SYLLABLES) {
    const readings = pinyin(ch, { toneType: 'none', type: 'array', multiple: true });
    if (toSimplified(ch) !== ch || normalizeTradeName(ch) !== ch || readings.length !== 1) {
      throw new Error(`syllable ${ch} is not a simplified character with a single reading`);
    }
  }
}

async function main() {
  checkVocabulary();
  const started = Date.now();
  const handle = await openDatabase({ url: process.env.DATABASE_URL });
  // The demo cases go through the data layer, which uses the process database.
  installDatabaseHandle(handle);
  const db = handle.db;
  try {
    await seedDemoData(db);
    const syllables = sql.join(
      SYLLABLES.map((ch, i) => sql`(${i}::int, ${ch}::text, ${tradeNamePinyin(ch)}::text)`),
      sql`, `,
    );
    const industries = sql.join(
      INDUSTRIES.map((w, i) => sql`(${i}::int, ${w}::text, ${canonicalIndustry(w)}::text)`),
      sql`, `,
    );
    const [{ existing }] = await rows<{ existing: number }>(
      // Generated trade names are exactly three syllables; no demo name is.
      db.execute(
        sql`select count(*)::int as existing from enterprise_names where trade_name ~ ${`^[${SYLLABLES.join('')}]{3}$`}`,
      ),
    );
    const start = Math.max(1, existing + 1);
    console.log(`${existing} generated-looking names already present; generating ${start}–${TOTAL}.`);

    for (let from = start; from <= TOTAL; from += BATCH) {
      const to = Math.min(TOTAL, from + BATCH - 1);
      const t0 = Date.now();
      await db.execute(sql`
        with syl(i, ch, py) as (values ${syllables}),
        ind(i, word, canonical) as (values ${industries}),
        gen as (
          select g,
                 ((g % ${TRADES}) * ${SCRAMBLE}) % ${TRADES} as t,
                 ((g / ${TRADES}) + (g % ${TRADES})) % ${INDUSTRIES.length} as k,
                 (g * 2654435761 + (g / ${TRADES}) * 337) % 1000 as roll
          from generate_series(${from}::bigint, ${to}::bigint) g
        ),
        named as (
          select gen.*, s1.ch || s2.ch || s3.ch as trade, s1.py || ' ' || s2.py || ' ' || s3.py as py,
                 ind.word as industry, ind.canonical,
                 case when roll < 900 then (array['许昌','许昌','禹州','长葛','鄢陵','襄城'])[1 + (g + g / ${TRADES}) % 6] else '河南' end as region,
                 case when roll < 900 then '411000' else '410000' end as authority,
                 case when roll % 100 < 85 then 'registered' when roll % 100 < 90 then 'reserved'
                      when roll % 100 < 97 then 'cancelled' else 'revoked' end::enterprise_name_status as status,
                 date '2026-11-26' - ((g * 7919) % 9125)::int as status_date
          from gen
          join syl s1 on s1.i = gen.t % ${S}
          join syl s2 on s2.i = (gen.t / ${S}) % ${S}
          join syl s3 on s3.i = gen.t / ${S * S}
          join ind on ind.i = gen.k
        )
        insert into enterprise_names (full_name, region, trade_name, trade_name_normalized, trade_name_pinyin, industry,
                                      industry_canonical, organization_form, authority, status, status_date, reserved_until)
        select region || trade || industry || case when g % 9 = 0 then '股份有限公司' else '有限公司' end,
               region, trade, trade, py, industry, canonical,
               case when g % 9 = 0 then '股份有限公司' else '有限公司' end,
               authority, status,
               case when status = 'reserved' then date '2026-11-26' - (g % 60)::int else status_date end,
               case when status = 'reserved' then date '2026-11-26' - (g % 60)::int + 60 end
        from named
        on conflict do nothing`);
      console.log(`  names ${from}–${to} inserted in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    await db.execute(sql`vacuum analyze enterprise_names`);
    const sample = await rows<{ trade_name: string; trade_name_pinyin: string }>(
      db.execute(sql`select trade_name, trade_name_pinyin from enterprise_names order by full_name limit 2000`),
    );
    const wrong = sample.filter((r) => tradeNamePinyin(r.trade_name) !== r.trade_name_pinyin);
    if (wrong.length > 0) {
      throw new Error(
        `pinyin differs from tradeNamePinyin for ${wrong.length} of ${sample.length} sampled names, e.g. ${wrong[0]!.trade_name}`,
      );
    }
    const [{ n }] = await rows<{ n: number }>(db.execute(sql`select count(*)::int as n from enterprise_names`));
    console.log(`Done: ${n} names in the registry (${((Date.now() - started) / 1000).toFixed(0)} s).`);
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : error);
  process.exit(1);
});
