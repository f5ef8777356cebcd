/**
 * The demo names registry (DESIGN §5): about 300 realistic names of 许昌 enterprises —
 * trade names × industries × forms, the demo enterprises of seed-data.ts as registered, a
 * few reserved, cancelled and revoked ones. Deterministic; dates are fixed relative to the
 * demo day 2026-11-26. Idempotent: a row whose full name (or live trade name + industry) is
 * already registered is skipped.
 */
import { inArray } from 'drizzle-orm';
import { zoneDate } from '../lib/domain/clock';
import type { Database } from './client';
import { enterpriseNames, enterprises, type NewEnterpriseName } from './schema';
import {
  authorityOfRegion,
  canonicalIndustryTerm,
  INDUSTRY_TERMS,
  normalizeTradeName,
  reservationExpiry,
  segment,
  tradeNamePinyin,
  XUCHANG_AUTHORITY,
} from '../lib/domain/names';

export type RegistryStatus = NewEnterpriseName['status'];

export type RegistryEntry = {
  region: string;
  tradeName: string;
  /** Null: no industry part. */
  industry: string | null;
  organizationForm: string;
  status: RegistryStatus;
  statusDate: string;
  reservedUntil?: string | null;
  /** Written differently from the composed name (region in brackets, no region at all). */
  fullName?: string;
  /** The registration authority, when not the one of the region. */
  authority?: string;
};

/** The industry with every synonym replaced by its group's canonical word; null without industry. */
export function canonicalIndustry(industry: string | null | undefined): string | null {
  const normalized = normalizeTradeName(industry ?? '');
  if (normalized.length === 0) return null;
  const words = segment(normalized, INDUSTRY_TERMS);
  return words ? words.map(canonicalIndustryTerm).join('') : normalized;
}

/** The registry row of an entry: full name and the comparison keys the check looks up. */
export function registryRow(entry: RegistryEntry, enterpriseId: string | null = null): NewEnterpriseName {
  return {
    fullName: entry.fullName ?? `${entry.region}${entry.tradeName}${entry.industry ?? ''}${entry.organizationForm}`,
    region: entry.region,
    tradeName: entry.tradeName,
    tradeNameNormalized: normalizeTradeName(entry.tradeName),
    tradeNamePinyin: tradeNamePinyin(entry.tradeName),
    industry: entry.industry,
    industryCanonical: canonicalIndustry(entry.industry),
    organizationForm: entry.organizationForm,
    authority: entry.authority ?? authorityOfRegion(entry.region) ?? XUCHANG_AUTHORITY,
    status: entry.status,
    statusDate: entry.statusDate,
    reservedUntil: entry.reservedUntil ?? null,
    enterpriseId,
  };
}

/** The demo day the fixed dates are counted from. */
export const DEMO_NAMES_DAY = '2026-11-26';

/**
 * The zone's demo enterprises (seed-data.ts), all registered with 许昌市 (411000), with their
 * parts as the register knows them. The insurance branch (分公司) has no name of its own.
 */
const ENTERPRISE_PARTS: readonly RegistryEntry[] = [
  {
    fullName: '西继迅达（许昌）电梯有限公司',
    region: '许昌',
    tradeName: '西继迅达',
    industry: '电梯',
    organizationForm: '有限公司',
    status: 'registered',
    statusDate: '2004-06-18',
  },
  {
    fullName: '许继电气股份有限公司',
    region: '',
    tradeName: '许继',
    industry: '电气',
    organizationForm: '股份有限公司',
    status: 'registered',
    statusDate: '1993-03-02',
  },
  {
    fullName: '晶锐科技有限公司',
    region: '',
    tradeName: '晶锐',
    industry: '科技',
    organizationForm: '有限公司',
    status: 'registered',
    statusDate: '2016-09-12',
  },
  {
    region: '许昌',
    tradeName: '中锋数控',
    industry: '科技',
    organizationForm: '有限公司',
    status: 'registered',
    statusDate: '2012-04-20',
  },
  {
    region: '河南',
    tradeName: '鸿之业',
    industry: '新材料',
    organizationForm: '有限公司',
    status: 'registered',
    statusDate: '2019-11-05',
  },
  {
    region: '许昌',
    tradeName: '巨领',
    industry: '能源科技',
    organizationForm: '有限公司',
    status: 'registered',
    statusDate: '2021-07-30',
  },
  {
    region: '许昌',
    tradeName: '鸿钧',
    industry: '飞机制造',
    organizationForm: '有限公司',
    status: 'registered',
    statusDate: '2020-01-16',
  },
  {
    region: '许昌',
    tradeName: '渊鸿',
    industry: '商贸',
    organizationForm: '有限公司',
    status: 'registered',
    statusDate: '2018-05-08',
  },
  {
    region: '许昌',
    tradeName: '鑫达',
    industry: '电力设备',
    organizationForm: '有限公司',
    status: 'registered',
    statusDate: '2015-10-27',
  },
  {
    region: '许昌',
    tradeName: '瑞达',
    industry: '生物医药',
    organizationForm: '有限公司',
    status: 'registered',
    statusDate: '2017-03-14',
  },
];

export const DEMO_ENTERPRISE_NAMES: readonly RegistryEntry[] = ENTERPRISE_PARTS.map((e) => ({
  ...e,
  fullName: e.fullName ?? `${e.region}${e.tradeName}${e.industry ?? ''}${e.organizationForm}`,
  authority: XUCHANG_AUTHORITY,
}));

const TRADE_NAMES = [
  '华诚',
  '恒信',
  '金泰',
  '嘉禾',
  '德润',
  '永昌',
  '宏远',
  '天翼',
  '博联',
  '佳和',
  '润华',
  '泰和',
  '明德',
  '汇通',
  '晨光',
  '锦程',
  '丰源',
  '诚达',
  '远航',
  '翔宇',
  '辉煌',
  '创新',
  '峰岭',
  '凯旋',
  '越秀',
  '腾龙',
  '飞扬',
  '宝丰',
  '通达',
  '顺安',
  '祥瑞',
  '康宁',
  '福临',
  '豪迈',
  '邦德',
  '聚鑫',
  '隆盛',
  '兴业',
  '旺佳',
  '森茂',
  '海纳',
  '川流',
  '江源',
  '山河',
  '星辰',
  '光明',
  '耀华',
  '弘毅',
  '卓越',
  '睿智',
  '昊天',
  '鼎盛',
  '万和',
  '百川',
  '千禾',
  '中原绿野',
  '曹魏',
  '春秋楼',
  '钧韵',
  '花都',
];

/** One word per synonym group at most, so that no two generated names of one trade name are synonyms. */
export const INDUSTRIES = [
  '新材料',
  '科技',
  '商贸',
  '物流',
  '电气',
  '机械',
  '建材',
  '食品',
  '发制品',
  '房地产',
  '医药',
  '餐饮',
  '装饰',
  '环保',
  '信息技术',
  '电子',
  '农业',
  '花木',
  '陶瓷',
  '文化传媒',
];

const REGIONS = ['许昌', '许昌', '许昌', '禹州', '长葛', '鄢陵', '襄城', '许昌市魏都区', '许昌市建安区', '许昌经济技术开发区'];

/** 'YYYY-MM-DD' `months` before `day` (day of month clamped to 28). */
function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
}

/** The generated part of the demo registry: 60 trade names × 5 industries, mostly registered. */
function generatedEntries(): RegistryEntry[] {
  const out: RegistryEntry[] = [];
  TRADE_NAMES.forEach((tradeName, t) => {
    for (let k = 0; k < 5; k++) {
      const n = t * 5 + k;
      const industry = INDUSTRIES[(t * 3 + k * 4) % INDUSTRIES.length]!;
      const organizationForm = n % 11 === 0 ? '股份有限公司' : n % 3 === 0 ? '有限责任公司' : '有限公司';
      const region = REGIONS[n % REGIONS.length]!;
      const statusDate = `${2000 + (n % 26)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
      out.push({
        region,
        tradeName,
        industry,
        organizationForm,
        status: 'registered',
        statusDate: statusDate > DEMO_NAMES_DAY ? DEMO_NAMES_DAY : statusDate,
      });
    }
  });
  return out;
}

/** Names whose status matters to the check: reserved, and cancelled or revoked 6 and 14 months before the demo day. */
export const DEMO_SPECIAL_NAMES: readonly RegistryEntry[] = [
  {
    region: '许昌',
    tradeName: '翰林居',
    industry: '装饰',
    organizationForm: '有限公司',
    status: 'reserved',
    statusDate: monthsBefore(DEMO_NAMES_DAY, 1),
    reservedUntil: '2027-01-26',
  },
  {
    region: '许昌',
    tradeName: '瀚海云',
    industry: '信息技术',
    organizationForm: '有限公司',
    status: 'reserved',
    statusDate: '2026-11-02',
    reservedUntil: '2027-11-02',
  },
  {
    region: '长葛',
    tradeName: '蓝天白云',
    industry: '环保',
    organizationForm: '有限公司',
    status: 'reserved',
    statusDate: '2026-10-20',
    reservedUntil: '2026-12-20',
  },
  {
    region: '许昌',
    tradeName: '金穗',
    industry: '食品',
    organizationForm: '有限公司',
    status: 'revoked',
    statusDate: monthsBefore(DEMO_NAMES_DAY, 6),
  },
  {
    region: '许昌',
    tradeName: '银河',
    industry: '物流',
    organizationForm: '有限公司',
    status: 'cancelled',
    statusDate: monthsBefore(DEMO_NAMES_DAY, 6),
  },
  {
    region: '许昌',
    tradeName: '青松',
    industry: '建材',
    organizationForm: '有限公司',
    status: 'revoked',
    statusDate: monthsBefore(DEMO_NAMES_DAY, 14),
  },
  {
    region: '禹州',
    tradeName: '古钧',
    industry: '陶瓷',
    organizationForm: '有限公司',
    status: 'cancelled',
    statusDate: monthsBefore(DEMO_NAMES_DAY, 14),
  },
  {
    region: '许昌',
    tradeName: '置诚',
    industry: '置业',
    organizationForm: '有限公司',
    status: 'registered',
    statusDate: '2019-08-08',
  },
  {
    region: '许昌',
    tradeName: '瑞贝',
    industry: null,
    organizationForm: '股份有限公司',
    status: 'registered',
    statusDate: '1999-12-20',
  },
];

/**
 * Names demo enterprises hold under reservation, so a licence application can be tried at once
 * (the demo applicant's 鸿之业 holds one). Reserved on the day of seeding; when the reservation
 * lapses and the sweep releases it, the next start reserves it again.
 */
const DEMO_HELD_NAMES: readonly {
  holder: string;
  parts: Pick<RegistryEntry, 'region' | 'tradeName' | 'industry' | 'organizationForm'>;
}[] = [
  {
    holder: '河南鸿之业新材料有限公司',
    parts: { region: '许昌', tradeName: '鸿之业', industry: '智造科技', organizationForm: '有限公司' },
  },
];

/** Every entry of the demo registry (about 320). */
export function demoNameEntries(): RegistryEntry[] {
  return [...DEMO_ENTERPRISE_NAMES, ...DEMO_SPECIAL_NAMES, ...generatedEntries()];
}

/** Loads the demo registry; returns how many names were added. */
export async function seedDemoNames(db: Database, today = zoneDate(new Date())): Promise<number> {
  const entries = demoNameEntries();
  const linked = await db
    .select({ id: enterprises.id, name: enterprises.name })
    .from(enterprises)
    .where(
      inArray(enterprises.name, [...DEMO_ENTERPRISE_NAMES.map((e) => e.fullName!), ...DEMO_HELD_NAMES.map((h) => h.holder)]),
    );
  const idByName = new Map(linked.map((e) => [e.name, e.id]));
  const held = DEMO_HELD_NAMES.filter((h) => idByName.has(h.holder)).map((h) =>
    registryRow(
      { ...h.parts, status: 'reserved', statusDate: today, reservedUntil: reservationExpiry(today, false) },
      idByName.get(h.holder) ?? null,
    ),
  );
  const rows = [...entries.map((e) => registryRow(e, e.fullName ? (idByName.get(e.fullName) ?? null) : null)), ...held];
  // Any unique conflict (full name, or a live trade name + industry) means "already there".
  const inserted = await db.insert(enterpriseNames).values(rows).onConflictDoNothing().returning({ id: enterpriseNames.id });
  return inserted.length;
}
