import { sql } from 'drizzle-orm';
import { date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { enterprises } from './enterprises';

export const enterpriseNameStatusEnum = pgEnum('enterprise_name_status', ['registered', 'reserved', 'cancelled', 'revoked']);

/**
 * The names registry (DESIGN §5): every enterprise name the registration authorities know —
 * registered, reserved (until `reserved_until`), cancelled or revoked (on `status_date`;
 * blocking for one more year). The parts are stored next to the full name, with the
 * comparison keys the name check looks up: the normalised trade name (exact, containment
 * and trigram), its toneless pinyin (homophones) and the canonical industry (synonyms).
 */
export const enterpriseNames = pgTable(
  'enterprise_names',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fullName: text('full_name').notNull().unique(),
    region: text('region').notNull(),
    tradeName: text('trade_name').notNull(),
    tradeNameNormalized: text('trade_name_normalized').notNull(),
    /** Toneless pinyin, syllables separated by spaces ('hong zhi ye'). */
    tradeNamePinyin: text('trade_name_pinyin').notNull(),
    /** Null: the name has no industry part. */
    industry: text('industry'),
    /** The industry with every synonym replaced by its group's canonical word (置业 → 房地产). */
    industryCanonical: text('industry_canonical'),
    organizationForm: text('organization_form').notNull(),
    /** The registration authority's 6-digit division code ('411000' for 许昌市). */
    authority: text('authority').notNull(),
    status: enterpriseNameStatusEnum('status').notNull(),
    /** The day the name took its status (registration, reservation, cancellation, revocation). */
    statusDate: date('status_date', { mode: 'string' }).notNull(),
    reservedUntil: date('reserved_until', { mode: 'string' }),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('enterprise_names_authority_trade_idx').on(t.authority, t.tradeNameNormalized),
    index('enterprise_names_authority_pinyin_idx').on(t.authority, t.tradeNamePinyin),
    // Trigram similarity (`%`, `similarity`) and containment (`LIKE '%…%'`, ≥ 3 characters).
    index('enterprise_names_trade_trgm_idx').using('gin', t.tradeNameNormalized.op('gin_trgm_ops')),
    // At most one live (registered or reserved) name per trade name and industry at an
    // authority: the database decides a race between two reservations of the same name. The
    // industry as written, not its synonym group: a name that only shares a synonymous industry
    // (鸿之业地产 / 鸿之业房地产) is similar, and the window may approve it (DESIGN §5).
    uniqueIndex('enterprise_names_live_unique_idx')
      .on(t.authority, t.tradeNameNormalized, sql`coalesce(${t.industry}, '')`)
      .where(sql`${t.status} in ('registered', 'reserved')`),
  ],
);

export type EnterpriseName = typeof enterpriseNames.$inferSelect;
export type NewEnterpriseName = typeof enterpriseNames.$inferInsert;
