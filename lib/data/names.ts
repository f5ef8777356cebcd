import 'server-only';
import { sql, type Query, type SQL } from 'drizzle-orm';
import { PgDialect, type PgPreparedQuery, type PreparedQueryConfig } from 'drizzle-orm/pg-core';
import { getDb, type Executor, type Tx } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { enterpriseNames } from '@/db/schema';
import { registryRow } from '@/db/seed-names';
import type { Viewer } from '@/lib/auth/permissions';
import { zoneDate } from '@/lib/domain/clock';
import {
  authorityOfRegion,
  checkName,
  compactText,
  composeName,
  hasSimilarStatement,
  namePartsOfAnswers,
  normalizeTradeName,
  reservationExpiry,
  severityOf,
  tradeNamePinyin,
  type ExistingName,
  type NameCheckInput,
  type NameCheckResult,
  type NameParts,
  type NameReason,
} from '@/lib/domain/names';
import { DomainError } from '@/lib/errors';
import { authorize } from './viewer';
import { currentInstant } from './now';

/** How many nearest names (by trigram similarity) the answer lists. */
export const SIMILAR_LIMIT = 10;
/** At most this many names containing the proposed trade name are compared. */
const CONTAINS_LIMIT = 50;
/** At most this many exact / homophone / contained names are compared. */
const KEY_LIMIT = 200;

type CandidateRow = {
  full_name: string;
  trade_name: string;
  industry: string | null;
  status: ExistingName['status'];
  status_date: string;
  authority: string;
  score: number | null;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every substring of ≥ 2 characters (code points) of `s`: the existing trade names it may contain. */
export function substringsOf(s: string): string[] {
  const chars = [...s];
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 2; j <= chars.length; j++) out.add(chars.slice(i, j).join(''));
  }
  return [...out];
}

/** The candidates query has one form per proposal length: branches 2 and 3 need ≥ 3 and ≥ 2 characters. */
type ProposalLength = 'one' | 'two' | 'more';

const lengthOf = (trade: string): ProposalLength => {
  const count = [...trade].length;
  return count >= 3 ? 'more' : count === 2 ? 'two' : 'one';
};

/**
 * The names of the register that can matter to a proposal, in one round trip of three
 * indexed branches:
 * 1. exact, homophone and "the proposal contains it": the normalised trade name equals the
 *    proposal or one of its substrings, or the pinyin is the same — btree
 *    (authority, trade_name_normalized) and (authority, trade_name_pinyin);
 * 2. "it contains the proposal": `LIKE '%…%'`, served by the trigram GIN index — only for
 *    proposals of ≥ 3 characters (a 2-character pattern yields no trigram, so the index could
 *    not narrow it; such names still show up in branch 3 when they are close);
 * 3. the nearest names by trigram similarity: `%` (threshold pg_trgm.similarity_threshold,
 *    0.3) through the GIN index, best `score` first. GIN filters; the few hundred matches at
 *    1M names are sorted top-N (a GiST index, which orders by `<->` itself, took 86 ms:
 *    short names make poor signatures). Sorting by the selected score rather than by `<->`
 *    (1 − similarity) keeps the order and compares each row's trigrams once less.
 * Only live names: registered, reserved and not expired, or cancelled/revoked within the
 * last year (366 days, so the pure rule decides the exact day).
 *
 * Every value is a placeholder, so each form is one fixed statement that PostgreSQL parses
 * once per connection and drizzle builds once. (Generic plans would also save the planning,
 * but `plan_cache_mode` cannot be set for named statements alone: pool-wide it forces
 * generic plans on every parameterised query — see docs/BENCHMARKS.md.)
 */
function candidatesQuery(length: ProposalLength): SQL {
  const n = enterpriseNames;
  const trade = sql.placeholder('trade');
  const today = sql.placeholder('today');
  const authority = sql.placeholder('authority');
  const pattern = sql.placeholder('pattern');
  const live = sql`(${n.status} = 'registered'
      or (${n.status} = 'reserved' and (${n.reservedUntil} is null or ${n.reservedUntil} >= ${today}::date))
      or (${n.status} in ('cancelled', 'revoked') and ${n.statusDate} > ${today}::date - 366))`;
  const columns = sql`${n.fullName} as full_name, ${n.tradeName} as trade_name, ${n.industry} as industry,
      ${n.status} as status, ${n.statusDate}::text as status_date, ${n.authority} as authority`;
  const branches: SQL[] = [
    sql`(select ${columns}, null::real as score from ${n}
         where ${n.authority} = ${authority} and ${live}
           and (${n.tradeNameNormalized} = any(${sql.placeholder('keys')}::text[])
                or ${n.tradeNamePinyin} = ${sql.placeholder('pinyin')})
         limit ${sql.raw(String(KEY_LIMIT))})`,
  ];
  if (length === 'more') {
    branches.push(sql`(select ${columns}, null::real as score from ${n}
         where ${n.authority} = ${authority} and ${live} and ${n.tradeNameNormalized} like ${pattern}
         limit ${sql.raw(String(CONTAINS_LIMIT))})`);
  }
  // `%` on a 2-character name needs only one of its three trigrams in the index, so the GIN
  // scan would visit every name sharing the first character (~16k rows at 1M names). Every
  // name with similarity ≥ 0.3 to a 2-character name starts with it (but for the rare
  // 'a…ab'), so a prefix LIKE — two trigrams, both required — finds the same names fast.
  const near =
    length === 'two'
      ? sql`${n.tradeNameNormalized} like ${pattern} and similarity(${n.tradeNameNormalized}, ${trade}) >= 0.3`
      : sql`${n.tradeNameNormalized} % ${trade}`;
  if (length !== 'one') {
    branches.push(sql`(select ${columns}, similarity(${n.tradeNameNormalized}, ${trade}) as score from ${n}
       where ${n.authority} = ${authority} and ${live} and ${near}
       order by score desc, ${n.fullName}
       limit ${sql.raw(String(SIMILAR_LIMIT))})`);
  }
  return sql.join(branches, sql` union all `);
}

const dialect = new PgDialect();
const CANDIDATE_QUERIES: Record<ProposalLength, Query> = {
  one: dialect.sqlToQuery(candidatesQuery('one')),
  two: dialect.sqlToQuery(candidatesQuery('two')),
  more: dialect.sqlToQuery(candidatesQuery('more')),
};

/** The prepared candidates queries of each database handle or transaction, by form. */
const preparedQueries = new WeakMap<Executor, Map<ProposalLength, PgPreparedQuery<PreparedQueryConfig>>>();

function preparedCandidatesQuery(db: Executor, length: ProposalLength): PgPreparedQuery<PreparedQueryConfig> {
  let byLength = preparedQueries.get(db);
  if (!byLength) preparedQueries.set(db, (byLength = new Map()));
  let query = byLength.get(length);
  if (!query) {
    query = db._.session.prepareQuery(CANDIDATE_QUERIES[length], undefined, `enterprise_name_candidates_${length}`, false);
    byLength.set(length, query);
  }
  return query;
}

/** The live names of the register at `authority` that can matter to the normalised trade name `trade`. */
export async function findNameCandidates(
  db: Executor,
  trade: string,
  authority: string,
  today: string,
): Promise<CandidateRow[]> {
  const length = lengthOf(trade);
  const escaped = escapeLike(trade);
  const result = (await preparedCandidatesQuery(db, length).execute({
    trade,
    today,
    authority,
    keys: [trade, ...substringsOf(trade).filter((s) => s !== trade)],
    pinyin: tradeNamePinyin(trade),
    pattern: length === 'two' ? `${escaped}%` : `%${escaped}%`,
  })) as { rows: CandidateRow[] };
  return result.rows.map((r) => ({ ...r, score: r.score === null ? null : Number(r.score) }));
}

export type NameCheckOptions = {
  /** The zone's date ('YYYY-MM-DD'); today by default. */
  today?: string;
  db?: Executor;
};

/**
 * The name check of `POST /api/v1/names/check` (DESIGN §5): the pure rules of
 * `lib/domain/names` applied to the proposal and the live names of its registration
 * authority, with the nearest names by trigram similarity (scores rounded to 2 decimals,
 * best first). Public.
 */
export async function checkEnterpriseName(
  viewer: Viewer,
  input: NameCheckInput,
  options: NameCheckOptions = {},
): Promise<NameCheckResult> {
  authorize(viewer, 'names.check');
  const today = options.today ?? zoneDate(currentInstant());
  const authority = input.authority ?? authorityOfRegion(input.region);
  const trade = normalizeTradeName(input.tradeName);
  if (!authority || trade.length === 0) return checkName(input, [], today);

  const rows = await findNameCandidates(options.db ?? (await getDb()), trade, authority, today);
  const byName = new Map<string, ExistingName>();
  const similar = new Map<string, number>();
  for (const row of rows) {
    byName.set(row.full_name, {
      fullName: row.full_name,
      tradeName: row.trade_name,
      industry: row.industry,
      status: row.status,
      statusDate: row.status_date,
      authority: row.authority,
    });
    if (row.score !== null) similar.set(row.full_name, Math.round(row.score * 100) / 100);
  }
  const result = checkName({ ...input, authority }, [...byName.values()], today);
  result.similar = [...similar]
    .map(([name, score]) => ({ name, score }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh-CN'));
  return result;
}

export type NameReservation = { id: string; fullName: string; authority: string; reservedUntil: string };

type ReservationRequest = { enterpriseId: string; formData: Record<string, unknown> };

/** `nameTakenMeanwhile`: an approval finds the name taken since the applicant submitted it. */
const nameTaken = (key: 'nameTaken' | 'nameTakenMeanwhile' = 'nameTaken') =>
  new DomainError('conflict', 'nameTaken', { tradeName: [key] });

/**
 * A refused proposal: each refusal as a message key on the part of the name it is about
 * (`nameRule.industry.unknown` on 'industry'), so the wizard shows it on that field.
 */
function nameRefused(reasons: readonly NameReason[]): DomainError {
  const fieldErrors: Record<string, string[]> = {};
  for (const r of reasons) {
    if (severityOf(r.rule) !== 'refused') continue;
    const key = `nameRule.${r.rule}`;
    const list = (fieldErrors[r.part] ??= []);
    if (!list.includes(key)) list.push(key);
  }
  return new DomainError('invalid', 'name refused', fieldErrors);
}

/** Someone else holds the name (registered, or reserved and committed first); a cancelled or revoked one carries the day it is free. */
const heldByOthers = (result: NameCheckResult) => result.reasons.some((r) => r.rule === 'name.same' && !r.freeFrom);

/** The check of the case's name, on the case's transaction. */
async function checkCaseName(tx: Tx, viewer: Viewer, formData: Record<string, unknown>, today: string) {
  const parts = namePartsOfAnswers(formData);
  return { parts, result: await checkEnterpriseName(viewer, parts, { db: tx, today }) };
}

/**
 * Writes the reservation row of an approved name, held by the case's enterprise until today +
 * 2 months (1 year with `priorPermit` 'yes'). The live-name unique index decides a race with
 * another reservation of the same name: the loser gets `taken()` (a conflict) and its
 * transaction rolls back.
 */
async function insertReservation(
  tx: Tx,
  parts: NameParts,
  { enterpriseId, formData }: ReservationRequest,
  today: string,
  taken: () => DomainError,
) {
  // The check passed, so the region is a known division.
  const authority = authorityOfRegion(parts.region)!;
  const reservedUntil = reservationExpiry(today, formData.priorPermit === 'yes' || formData.priorPermit === true);
  const row = registryRow(
    {
      ...parts,
      industry: parts.industry ?? null,
      region: compactText(parts.region),
      fullName: composeName(parts),
      authority,
      status: 'reserved',
      statusDate: today,
      reservedUntil,
    },
    enterpriseId,
  );
  try {
    const [inserted] = await tx.insert(enterpriseNames).values(row).returning({ id: enterpriseNames.id });
    return { id: inserted.id, fullName: row.fullName, authority, reservedUntil };
  } catch (error) {
    // The live-name unique index (or the full name): someone else's reservation won the race.
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}

/**
 * Decides the name a name-reservation case proposes as it is submitted, inside the case's
 * transaction (DESIGN §5): the name check runs on `tx`. An available name is reserved (the
 * caller then completes the case at once). A similar name goes to the window only with the
 * applicant's statement (else invalid, on 'similarStatement'): returns null. A refused name
 * is not submitted: invalid, each refusal on the part it is about. A name someone else holds
 * — found by the check, or by the unique index when two reservations race — throws
 * conflict/nameTaken. Every throw rolls the caller's transaction back: nothing is written.
 */
export async function reserveNameForCase(
  tx: Tx,
  viewer: Viewer,
  request: ReservationRequest,
  today: string,
): Promise<NameReservation | null> {
  const { parts, result } = await checkCaseName(tx, viewer, request.formData, today);
  if (heldByOthers(result)) throw nameTaken();
  if (result.verdict === 'refused') throw nameRefused(result.reasons);
  if (result.verdict === 'similar') {
    if (!hasSimilarStatement(request.formData)) {
      throw new DomainError('invalid', 'similar name without statement', { similarStatement: ['similarStatementRequired'] });
    }
    return null;
  }
  return insertReservation(tx, parts, request, today, nameTaken);
}

/**
 * Reserves the name of a name-reservation case the window approves, inside the approval's
 * transaction: every approval of a name holds it, with the same race guarantee as an instant
 * reservation. Similar names are what the window has just weighed; a name someone else has
 * taken since the submission fails the approval with a conflict ('nameTakenMeanwhile' on the
 * trade name) and nothing changes.
 */
export async function reserveApprovedName(tx: Tx, viewer: Viewer, request: ReservationRequest, today: string): Promise<NameReservation> {
  const { parts, result } = await checkCaseName(tx, viewer, request.formData, today);
  const takenMeanwhile = () => nameTaken('nameTakenMeanwhile');
  if (heldByOthers(result)) throw takenMeanwhile();
  if (result.verdict === 'refused') throw nameRefused(result.reasons);
  return insertReservation(tx, parts, request, today, takenMeanwhile);
}
