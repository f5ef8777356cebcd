/**
 * The rules of the name check (DESIGN §5): the structure of a proposed name, forbidden and
 * restricted words, and the comparison with one existing name (same / similar). Every reason
 * names the rule it applies and its legal source. Pure: the database supplies the existing
 * names to compare with.
 */
import {
  compactText,
  hanCount,
  isAllHan,
  isHomophone,
  normalizeTradeName,
  parseFullName,
  segment,
  toSimplified,
} from './normalize';
import { REGION_NAMES_NOT_TRADE_NAMES, REGION_SPELLINGS, resolveRegionChain, type Region } from './divisions';
import { canonicalIndustryTerm, INDUSTRY_TERMS, isIndustryExpression } from './industries';
import {
  article,
  FORBIDDEN_CATEGORY_TEXT,
  FORBIDDEN_WORDS,
  findOrganizationForm,
  IMPLEMENTING_MEASURES,
  REGULATION,
  RESTRICTED_PREFIXES,
  type Bilingual,
} from './vocabulary';

export type NameRule =
  | 'region.missing'
  | 'region.unknown'
  | 'region.mismatch'
  | 'region.zoneAlone'
  | 'region.districtAlone'
  | 'tradeName.tooShort'
  | 'tradeName.notChinese'
  | 'tradeName.traditional'
  | 'tradeName.isRegion'
  | 'tradeName.isIndustryTerm'
  | 'industry.unknown'
  | 'form.missing'
  | 'form.unknown'
  | 'form.mismatch'
  | 'content.forbidden'
  | 'content.restricted'
  | 'name.same'
  | 'name.sameSynonymIndustry'
  | 'name.homophone'
  | 'name.contains';

export type Severity = 'refused' | 'similar';

/** Refusals end the application; similar names are warnings the applicant may proceed past with a statement. */
export const RULE_SEVERITY: Record<NameRule, Severity> = {
  'region.missing': 'refused',
  'region.unknown': 'refused',
  'region.mismatch': 'refused',
  'region.zoneAlone': 'refused',
  'region.districtAlone': 'refused',
  'tradeName.tooShort': 'refused',
  'tradeName.notChinese': 'refused',
  'tradeName.traditional': 'refused',
  'tradeName.isRegion': 'refused',
  'tradeName.isIndustryTerm': 'refused',
  'industry.unknown': 'refused',
  'form.missing': 'refused',
  'form.unknown': 'refused',
  'form.mismatch': 'refused',
  'content.forbidden': 'refused',
  'content.restricted': 'refused',
  'name.same': 'refused',
  'name.sameSynonymIndustry': 'similar',
  'name.homophone': 'similar',
  'name.contains': 'similar',
};

export function severityOf(rule: NameRule): Severity {
  return RULE_SEVERITY[rule];
}

/** The part of the proposal a finding is about: the field that shows it. */
export type NamePart = 'region' | 'tradeName' | 'industry' | 'organizationForm';

export type NameReason = {
  rule: NameRule;
  part: NamePart;
  message: Bilingual;
  /** The existing full name that blocks (or resembles) the proposed one. */
  blockingName?: string;
  /** 'YYYY-MM-DD': the day a cancelled or revoked name may be used again. */
  freeFrom?: string;
};

export type NameParts = {
  region: string;
  tradeName: string;
  /** Empty or absent: a name without an industry part (Art. 6 allows it for cross-industry enterprises). */
  industry?: string | null;
  organizationForm: string;
  /** The enterprise type the form must fit, when known ('llc', 'llc-sole', 'joint-stock'). */
  enterpriseType?: string | null;
  /** The registration authority (division code) deciding "same name"; derived from the region when absent. */
  authority?: string | null;
};

export type ExistingName = {
  fullName: string;
  /** Null/absent: taken from `fullName` by `parseFullName`. */
  tradeName?: string | null;
  /** Null: the name has no industry part. Absent: taken from `fullName`. */
  industry?: string | null;
  status: 'registered' | 'reserved' | 'cancelled' | 'revoked';
  /** ISO date (or date-time) of the cancellation or revocation. */
  statusDate?: string | null;
  /** The registration authority's division code (e.g. '411000' for 许昌市). */
  authority: string;
};

const cite = (text: Bilingual, src: Bilingual): Bilingual => ({
  zh: `${text.zh}。依据：${src.zh}`,
  en: `${text.en}. Source: ${src.en}`,
});

const ART5 = article(5, '五');
const ART7 = article(7, '七');
const ART8 = article(8, '八');
const ART9 = article(9, '九');
const ART10 = article(10, '十');
const ART11 = article(11, '十一');
const PROVISIONS: Bilingual = { zh: REGULATION.zh, en: REGULATION.en };
const PROVISIONS_AND_MEASURES: Bilingual = {
  zh: `${REGULATION.zh}、${IMPLEMENTING_MEASURES.zh}`,
  en: `${REGULATION.en}; ${IMPLEMENTING_MEASURES.en}`,
};

/** The part each family of rules is about; content rules say which part they found the word in. */
const PART_OF_RULES: Record<string, NamePart> = {
  region: 'region',
  tradeName: 'tradeName',
  industry: 'industry',
  form: 'organizationForm',
  name: 'tradeName',
  content: 'tradeName',
};

const reason = (rule: NameRule, text: Bilingual, src: Bilingual, extra: Partial<NameReason> = {}): NameReason => ({
  rule,
  part: PART_OF_RULES[rule.split('.')[0]!]!,
  message: cite(text, src),
  ...extra,
});

// ---------------------------------------------------------------------------------------------
// Region
// ---------------------------------------------------------------------------------------------

/**
 * A region text as divisions, each inside the one before ('许昌市魏都区' → [许昌市, 魏都区]):
 * 'unknown' when it is not made of division names, 'mismatch' when they do not nest (许昌郑州).
 */
function regionSequence(text: string): Region[] | 'unknown' | 'mismatch' {
  const spellings = segment(text, REGION_SPELLINGS);
  if (!spellings || spellings.length === 0) return 'unknown';
  return resolveRegionChain(spellings) ?? 'mismatch';
}

function checkRegion(regionText: string): NameReason[] {
  const text = toSimplified(compactText(regionText));
  if (text.length === 0) {
    return [reason('region.missing', { zh: '请填写行政区划名称', en: 'Enter the administrative division' }, ART7)];
  }
  const sequence = regionSequence(text);
  if (sequence === 'unknown') {
    return [
      reason(
        'region.unknown',
        {
          zh: `「${regionText}」不是企业所在地的县级以上地方行政区划名称`,
          en: `“${regionText}” is not a county-level or higher administrative division where the enterprise is located`,
        },
        ART7,
      ),
    ];
  }
  if (sequence === 'mismatch') {
    return [
      reason(
        'region.mismatch',
        {
          zh: `「${regionText}」中的行政区划不相隶属：后一个区划应当在前一个区划之内（例如「许昌市魏都区」）`,
          en: `The divisions in “${regionText}” do not belong together: each must lie inside the one before (e.g. 许昌市魏都区)`,
        },
        ART7,
      ),
    ];
  }
  const reasons: NameReason[] = [];
  const names = new Set(sequence.map((r) => r.name));
  for (const r of sequence) {
    const withParent = r.parent !== null && names.has(r.parent);
    if (r.level === 'zone' && !sequence.some((x) => x.level !== 'zone')) {
      reasons.push(
        reason(
          'region.zoneAlone',
          {
            zh: `开发区名称「${r.name}」应当与行政区划名称连用，不得单独使用（例如「${r.parent}${r.name}」）`,
            en: `The development-zone name “${r.name}” must be used together with an administrative division, never alone (e.g. “${r.parent}${r.name}”)`,
          },
          ART7,
        ),
      );
    } else if (r.level === 'district' && !withParent) {
      reasons.push(
        reason(
          'region.districtAlone',
          {
            zh: `市辖区名称「${r.name}」应当同时冠以其所属的设区的市的名称（「${r.parent}${r.name}」）`,
            en: `The district name “${r.name}” must be preceded by its city (“${r.parent}${r.name}”)`,
          },
          ART7,
        ),
      );
    }
  }
  return reasons;
}

/** The registration authority of a region text (the most specific division decides), if known. */
export function authorityOfRegion(regionText: string): string | null {
  const sequence = regionSequence(toSimplified(compactText(regionText)));
  return Array.isArray(sequence) ? sequence[sequence.length - 1]!.authority : null;
}

// ---------------------------------------------------------------------------------------------
// Trade name, industry, form, content
// ---------------------------------------------------------------------------------------------

function checkTradeName(tradeName: string): NameReason[] {
  const compact = compactText(tradeName);
  const reasons: NameReason[] = [];
  const written = tradeName.normalize('NFKC').replace(/\s+/gu, '');
  if (/[^\p{Script=Han}\p{P}\p{S}]/u.test(written)) {
    reasons.push(
      reason(
        'tradeName.notChinese',
        {
          zh: `字号「${tradeName}」只能使用规范汉字，不得使用汉语拼音、外文字母或者阿拉伯数字`,
          en: `The trade name “${tradeName}” may only use standard Chinese characters — no pinyin, Latin letters or Arabic digits`,
        },
        ART5,
      ),
    );
  } else if (written !== compact) {
    reasons.push(
      reason(
        'tradeName.notChinese',
        {
          zh: `字号「${tradeName}」只能使用规范汉字，不得含有标点符号或者其他符号`,
          en: `The trade name “${tradeName}” may only use standard Chinese characters — no punctuation or symbols`,
        },
        ART5,
      ),
    );
  }
  if (isAllHan(compact) && toSimplified(compact) !== compact) {
    reasons.push(
      reason(
        'tradeName.traditional',
        {
          zh: `字号「${tradeName}」含有繁体字，应当使用规范汉字（「${toSimplified(compact)}」）`,
          en: `The trade name “${tradeName}” contains traditional characters; use standard simplified characters (“${toSimplified(compact)}”)`,
        },
        ART5,
      ),
    );
  }
  if (hanCount(compact) < 2) {
    reasons.push(
      reason(
        'tradeName.tooShort',
        {
          zh: '字号应当由两个以上汉字组成',
          en: 'The trade name must consist of at least two Chinese characters',
        },
        ART8,
      ),
    );
  }
  const normalized = normalizeTradeName(tradeName);
  if (normalized.length > 0 && REGION_NAMES_NOT_TRADE_NAMES.has(normalized)) {
    reasons.push(
      reason(
        'tradeName.isRegion',
        {
          zh: `县级以上地方行政区划名称「${tradeName}」不得作为字号`,
          en: `The name of an administrative division (“${tradeName}”) cannot be the trade name`,
        },
        ART8,
      ),
    );
  } else if (normalized.length > 0 && segment(normalized, INDUSTRY_TERMS)) {
    reasons.push(
      reason(
        'tradeName.isIndustryTerm',
        {
          zh: `行业或者经营特点用语「${tradeName}」不得作为字号`,
          en: `An industry term (“${tradeName}”) cannot be the trade name`,
        },
        ART8,
      ),
    );
  }
  return reasons;
}

function checkIndustry(industry: string): NameReason[] {
  const normalized = normalizeTradeName(industry);
  if (normalized.length === 0 || isIndustryExpression(normalized)) return [];
  return [
    reason(
      'industry.unknown',
      {
        zh: `行业表述「${industry}」不在国民经济行业分类或者常用行业用语中，请选择标准的行业用语`,
        en: `The industry “${industry}” is not in the national industry classification or customary industry terms; choose a standard term`,
      },
      ART9,
    ),
  ];
}

function checkForm(form: string, enterpriseType: string | null | undefined): NameReason[] {
  const text = compactText(form);
  if (text.length === 0) {
    return [reason('form.missing', { zh: '请选择组织形式', en: 'Choose the organisational form' }, ART10)];
  }
  const known = findOrganizationForm(toSimplified(text));
  if (!known) {
    return [
      reason(
        'form.unknown',
        {
          zh: `组织形式「${form}」不是公司法规定的组织形式（有限公司、有限责任公司、股份有限公司、股份公司）`,
          en: `“${form}” is not an organisational form under the Company Law (有限公司, 有限责任公司, 股份有限公司, 股份公司)`,
        },
        ART10,
      ),
    ];
  }
  if (enterpriseType && !(known.enterpriseTypes as readonly string[]).includes(enterpriseType)) {
    return [
      reason(
        'form.mismatch',
        {
          zh: `组织形式「${known.form}」与企业类型不符，应当依法标明与组织结构或者责任形式一致的组织形式`,
          en: `The organisational form “${known.form}” does not match the enterprise type (${enterpriseType})`,
        },
        ART10,
      ),
    ];
  }
  return [];
}

/** Forbidden words in one part of the name (normalised), each word reported once. */
function forbiddenIn(text: string, part: NamePart): NameReason[] {
  const normalized = normalizeTradeName(text);
  const reasons: NameReason[] = [];
  for (const entry of FORBIDDEN_WORDS) {
    let from = 0;
    let hit = false;
    for (let at = normalized.indexOf(entry.word, from); at >= 0; at = normalized.indexOf(entry.word, from)) {
      from = at + 1;
      const innocent = (entry.exceptIn ?? []).some((e) => {
        const start = at - e.indexOf(entry.word);
        return start >= 0 && normalized.slice(start, start + e.length) === e;
      });
      if (!innocent) {
        hit = true;
        break;
      }
    }
    if (hit) {
      const text = FORBIDDEN_CATEGORY_TEXT[entry.category];
      reasons.push(
        reason(
          'content.forbidden',
          {
            zh: `名称含有「${entry.word}」：企业名称不得${text.zh}`,
            en: `The name contains “${entry.word}”: an enterprise name must not be one that ${text.en}`,
          },
          ART11,
          { part },
        ),
      );
    }
  }
  return reasons;
}

function restrictedPrefix(tradeName: string, region: string): NameReason[] {
  const normalizedTrade = normalizeTradeName(tradeName);
  const normalizedRegion = normalizeTradeName(region);
  const inTrade = RESTRICTED_PREFIXES.find((w) => normalizedTrade.startsWith(w));
  const word = inTrade ?? RESTRICTED_PREFIXES.find((w) => normalizedRegion.startsWith(w));
  if (!word) return [];
  return [
    reason(
      'content.restricted',
      {
        zh: `名称冠以「${word}」须从严审核并报国务院批准，不能在本系统申报`,
        en: `A name beginning with “${word}” needs strict review and State Council approval and cannot be declared here`,
      },
      PROVISIONS_AND_MEASURES,
      { part: inTrade ? 'tradeName' : 'region' },
    ),
  ];
}

/**
 * The structure and content of a proposed name: every refusal reason, in the order of the
 * name's parts (region, trade name, industry, form, content). Empty when the structure is fine.
 */
export function checkNameStructure(parts: NameParts): NameReason[] {
  const industry = parts.industry ?? '';
  return [
    ...checkRegion(parts.region),
    ...checkTradeName(parts.tradeName),
    ...checkIndustry(industry),
    ...checkForm(parts.organizationForm, parts.enterpriseType),
    ...forbiddenIn(parts.tradeName, 'tradeName'),
    ...forbiddenIn(industry, 'industry'),
    ...restrictedPrefix(parts.tradeName, parts.region),
  ];
}

// ---------------------------------------------------------------------------------------------
// Comparison with an existing name
// ---------------------------------------------------------------------------------------------

/** 'YYYY-MM-DD' one calendar year after `isoDate` (29 February → 1 March). */
export function oneYearAfter(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + 1, m - 1, d));
  return date.toISOString().slice(0, 10);
}

/** The canonical industry key: terms mapped to their synonym group ('置业科技' → '房地产科技'). Null without industry. */
function industryKeys(industry: string | null | undefined): { exact: string; canonical: string } | null {
  const normalized = normalizeTradeName(industry ?? '');
  if (normalized.length === 0) return null;
  const words = segment(normalized, INDUSTRY_TERMS);
  return { exact: normalized, canonical: words ? words.map(canonicalIndustryTerm).join('') : normalized };
}

const STATUS_TEXT: Record<ExistingName['status'], Bilingual> = {
  registered: { zh: '已登记', en: 'registered' },
  reserved: { zh: '在保留期内', en: 'reserved' },
  cancelled: { zh: '已注销未满1年', en: 'cancelled less than a year ago' },
  revoked: { zh: '被撤销登记未满1年', en: 'revoked less than a year ago' },
};

/**
 * Compare a proposed name with one existing name of the register; the strongest finding or
 * null. `today` is the zone's date ('YYYY-MM-DD').
 *
 * - name.same (refused): equal normalised trade names, and equal industries or either name has
 *   no industry part, while the existing name is registered or reserved, or was cancelled or
 *   revoked less than a year ago (then `freeFrom`).
 * - name.sameSynonymIndustry (similar): equal trade names, industries synonymous (地产/房地产/置业).
 * - name.homophone (similar): same (or synonymous) industry, trade names sound alike, written differently.
 * - name.contains (similar): one trade name contains the other (at least 2 characters).
 *
 * Names of another registration authority, and names free again (cancelled or revoked a year
 * or more ago), are not compared.
 */
export function compareWithExisting(candidate: NameParts, existing: ExistingName, today: string): NameReason | null {
  const authority = candidate.authority ?? authorityOfRegion(candidate.region);
  if (authority && existing.authority && authority !== existing.authority) return null;

  let freeFrom: string | undefined;
  if (existing.status === 'cancelled' || existing.status === 'revoked') {
    if (existing.statusDate) {
      freeFrom = oneYearAfter(existing.statusDate);
      if (today >= freeFrom) return null;
    }
  }

  const parsed = existing.tradeName == null || existing.industry === undefined ? parseFullName(existing.fullName) : null;
  const existingTrade = normalizeTradeName(existing.tradeName ?? parsed?.tradeName ?? '');
  const existingIndustry = existing.industry === undefined ? parsed?.industry : existing.industry;
  const trade = normalizeTradeName(candidate.tradeName);
  if (trade.length === 0 || existingTrade.length === 0) return null;

  const mine = industryKeys(candidate.industry);
  const theirs = industryKeys(existingIndustry);
  const sameIndustry = mine === null || theirs === null || mine.exact === theirs.exact;
  const synonymousIndustry = mine !== null && theirs !== null && mine.canonical === theirs.canonical;
  const blockingName = existing.fullName;

  if (trade === existingTrade && sameIndustry) {
    const status = STATUS_TEXT[existing.status];
    const until = freeFrom ? { zh: `，${freeFrom}起可以使用`, en: `; it becomes free on ${freeFrom}` } : { zh: '', en: '' };
    const which =
      theirs === null || mine === null
        ? { zh: '不使用行业表述的', en: 'without an industry part' }
        : { zh: '同行业', en: 'in the same industry' };
    return reason(
      'name.same',
      {
        zh: `字号与同一登记机关${which.zh}企业名称「${blockingName}」（${status.zh}）的字号相同${until.zh}`,
        en: `The trade name equals that of “${blockingName}” (${status.en}), ${which.en}, at the same registration authority${until.en}`,
      },
      PROVISIONS,
      freeFrom ? { blockingName, freeFrom } : { blockingName },
    );
  }
  if (trade === existingTrade && synonymousIndustry) {
    return reason(
      'name.sameSynonymIndustry',
      {
        zh: `字号与「${blockingName}」相同，行业用语「${candidate.industry}」与「${existingIndustry}」含义相同，构成近似名称`,
        en: `Same trade name as “${blockingName}” with a synonymous industry (“${candidate.industry}” / “${existingIndustry}”): a similar name`,
      },
      PROVISIONS_AND_MEASURES,
      { blockingName },
    );
  }
  if (trade !== existingTrade && (sameIndustry || synonymousIndustry) && isHomophone(trade, existingTrade)) {
    return reason(
      'name.homophone',
      {
        zh: `字号「${candidate.tradeName}」与同行业企业名称「${blockingName}」的字号读音相同，构成近似名称`,
        en: `The trade name “${candidate.tradeName}” sounds the same as that of “${blockingName}” in the same industry: a similar name`,
      },
      PROVISIONS_AND_MEASURES,
      { blockingName },
    );
  }
  if (trade !== existingTrade) {
    const [shorter, longer] = trade.length <= existingTrade.length ? [trade, existingTrade] : [existingTrade, trade];
    if ([...shorter].length >= 2 && longer.includes(shorter)) {
      const mineContains = longer === trade;
      return reason(
        'name.contains',
        mineContains
          ? {
              zh: `字号「${candidate.tradeName}」包含已有企业名称「${blockingName}」的字号，构成近似名称`,
              en: `The trade name “${candidate.tradeName}” contains the trade name of “${blockingName}”: a similar name`,
            }
          : {
              zh: `已有企业名称「${blockingName}」的字号包含字号「${candidate.tradeName}」，构成近似名称`,
              en: `The trade name of “${blockingName}” contains “${candidate.tradeName}”: a similar name`,
            },
        PROVISIONS_AND_MEASURES,
        { blockingName },
      );
    }
  }
  return null;
}

export type NameVerdict = 'available' | 'similar' | 'refused';

/** Any refusal → refused; else any similar name → similar; else available. */
export function verdictOf(reasons: readonly Pick<NameReason, 'rule'>[]): NameVerdict {
  if (reasons.some((r) => severityOf(r.rule) === 'refused')) return 'refused';
  if (reasons.some((r) => severityOf(r.rule) === 'similar')) return 'similar';
  return 'available';
}
