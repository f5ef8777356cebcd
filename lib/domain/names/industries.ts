/**
 * The industry part of a name (DESIGN §5; Provisions Art. 9): the national industry
 * classification GB/T 4754—2017 (`data/gbt-4754-2017.ts`) and the customary industry and
 * feature terms of enterprise names, with the ordinary qualifiers that may follow them
 * (电梯 + 配件, 生物医药 + 科技). Built once when the module loads; `segment` remembers what it
 * split. Server-only in practice: the browser gets industry suggestions as props.
 */
import { GBT_4754_2017 } from './data/gbt-4754-2017';
import { compactText } from './compose';
import { segment } from './segment';

export type ClassificationLevel = 'section' | 'division' | 'group' | 'class';

export type IndustryClass = {
  /** 'C' (门类), '34' (大类), '343' (中类), '3435' (小类). */
  code: string;
  name: string;
  level: ClassificationLevel;
  /** The section (门类) letter it belongs to. */
  section: string;
};

const LEVEL_BY_LENGTH: Record<number, ClassificationLevel> = { 1: 'section', 2: 'division', 3: 'group', 4: 'class' };

function buildClassification(): IndustryClass[] {
  let section = '';
  return GBT_4754_2017.map(([code, name]) => {
    if (/^[A-Z]$/u.test(code)) section = code;
    return { code, name, level: LEVEL_BY_LENGTH[code.length]!, section };
  });
}

/** Every code of GB/T 4754—2017 in the standard's order. */
export const INDUSTRY_CLASSIFICATION: readonly IndustryClass[] = buildClassification();

const classByCode = new Map(INDUSTRY_CLASSIFICATION.map((c) => [c.code, c]));

/** The class (of any level) with this code, if any. */
export function industryClass(code: string): IndustryClass | undefined {
  return classByCode.get(code);
}

/**
 * Groups of synonymous industry words; the first word is the group's canonical form. Two
 * names whose industries differ only by words of one group are "similar" (DESIGN §5).
 */
export const INDUSTRY_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['房地产', '地产', '置业', '房产'],
  ['科技', '技术'],
  ['商贸', '贸易', '商务'],
  ['物流', '运输', '货运'],
  ['信息技术', '信息科技'],
  ['医药', '药业'],
  ['建材', '建筑材料'],
  ['装饰', '装修'],
  ['餐饮', '餐饮管理'],
  ['发制品', '假发'],
  ['电子商务', '网络销售', '电商'],
];

/**
 * Customary industry and feature terms of enterprise names that the classification does not
 * spell this way (新材料, 智能装备, 供应链), and the zone's own trades (发制品, 钧瓷, 花木).
 */
// prettier-ignore
export const CUSTOMARY_INDUSTRY_TERMS: readonly string[] = [
  // Power equipment and electrical engineering
  '电气', '电力', '电力设备', '电力电子', '电力工程', '输配电', '智能电网', '继电保护', '开关', '高低压开关', '开关柜', '电缆',
  '特种电缆', '线缆', '电源', '发电', '光伏发电', '风电', '储能', '光伏', '氢能', '能源', '新能源', '数字能源', '节能', '充电桩',
  // Elevators, intelligent equipment and machinery
  '电梯', '电梯工程', '智能装备', '装备', '装备制造', '智能制造', '机械', '精密机械', '机电', '数控', '机床', '数控机床', '自动化',
  '机器人', '无人机', '智能科技', '智能', '传感器', '芯片', '半导体', '光电', '模具', '铸造', '包装', '检测', '检验检测',
  // Biomedicine and health
  '生物医药', '生物', '生物科技', '生物工程', '医疗器械', '医疗科技', '诊断试剂', '制药', '健康', '健康管理', '大健康',
  // E-commerce, logistics and services
  '供应链', '仓储', '冷链', '快递', '货物运输', '跨境电商', '直播电商', '网络直播', '信息', '软件', '网络', '网络科技',
  '数字科技', '大数据', '云计算', '物联网', '人工智能', '系统集成', '电子', '电子科技', '通信', '保险', '文化', '传媒', '文化传媒',
  '影视', '广告', '会展', '咨询', '管理', '企业管理', '管理咨询', '信息咨询', '人力资源', '教育科技', '旅游', '酒店',
  '酒店管理', '零售', '批发', '进出口', '国际贸易', '实业', '发展', '投资', '服务', '销售', '制造',
  // New materials and building
  '新材料', '材料', '超硬材料', '金刚石', '碳纤维', '石墨烯', '锂电池', '电池', '铝合金', '不锈钢', '金属制品', '化工',
  '新型建材', '绿色建材', '新型墙材', '墙体材料', '装配式建筑', '房地产开发', '物业', '物业管理', '物业服务', '建筑', '建设', '工程', '建筑工程', '工程技术', '市政工程',
  '园林绿化', '劳务', '环保', '环境', '环保科技', '环境工程', '再生资源',
  // Farming, food and the zone's own trades
  '农业', '农业科技', '农产品', '林业', '畜牧', '渔业', '花木', '园艺', '食品', '纺织', '服装', '服饰', '家居', '烟草',
  '陶瓷', '钧瓷', '中药材', '发制品', '汽车', '汽车销售', '汽车服务', '汽车零部件', '新能源汽车',
];

/**
 * Ordinary qualifiers that may follow an industry term (电梯配件, 电力设备安装). Those that are
 * terms of their own too (科技, 服务, 销售 …) may also lead; the others (配件, 设备 …) alone
 * are no industry.
 */
// prettier-ignore
export const INDUSTRY_QUALIFIERS: readonly string[] = [
  '配件', '零部件', '部件', '零件', '元件', '元器件', '设备', '器材', '器械', '用品', '制品', '产品', '系统', '装置',
  '材料', '制造', '生产', '加工', '销售', '贸易', '技术', '科技', '服务', '工程', '安装', '维修', '维保', '开发',
  '研发', '研究', '咨询', '检测', '租赁', '运营', '管理', '连锁', '集成',
];

/** Sections whose units are not enterprises: 公共管理、社会保障和社会组织 (S), 国际组织 (T). */
const NOT_ENTERPRISE_SECTIONS = new Set(['S', 'T']);
/** What the classification's names end with to say the activity ('升降机制造' → '升降机'). */
const ACTIVITY_ENDING =
  /(制造业|制造|加工业|加工|生产和供应业|生产|供应|服务业|服务|批发业|批发|零售业|零售|种植|养殖|饲养|开采|采选|冶炼|修理|业)$/u;
/** Fragments of the classification's names that say nothing about an industry. */
const NOT_TERMS = new Set(['其他', '相关', '类似', '专门', '一般', '未列明', '其他未列明', '活动', '管理', '辅助', '专业']);

/**
 * The words the classification offers a name: each name without punctuation, and its parts
 * between 、/和/及/与 with and without the activity word ('电梯、自动扶梯及升降机制造' →
 * 电梯, 自动扶梯, 升降机制造, 升降机). Leading 其他/未列明 are dropped; one-character parts are not words.
 */
function classificationTerms(): string[] {
  const terms = new Set<string>();
  const add = (word: string) => {
    if ([...word].length >= 2 && !NOT_TERMS.has(word)) terms.add(word);
  };
  for (const c of INDUSTRY_CLASSIFICATION) {
    if (NOT_ENTERPRISE_SECTIONS.has(c.section)) continue;
    add(compactText(c.name));
    for (const raw of c.name.split(/[、，,（）()]|及|和|与/u)) {
      const part = compactText(raw).replace(/^(其他未列明|未列明|其他)/u, '');
      add(part);
      // '牛的饲养' → '牛的' → '牛': no word.
      add(part.replace(ACTIVITY_ENDING, '').replace(/的$/u, ''));
    }
  }
  return [...terms];
}

const NAMED_TERMS = [...CUSTOMARY_INDUSTRY_TERMS, ...INDUSTRY_SYNONYM_GROUPS.flat()];
/** Qualifiers that are no term of their own, though the classification's names may contain them ('配件'). */
const BARE_QUALIFIERS = new Set(INDUSTRY_QUALIFIERS.filter((q) => !NAMED_TERMS.includes(q)));

/** Terms an industry expression may begin with: the classification, the customary terms and the synonyms. */
const LEADING_TERMS: ReadonlySet<string> = new Set(
  [...classificationTerms(), ...NAMED_TERMS].filter((term) => !BARE_QUALIFIERS.has(term)),
);

/** Every industry word: terms and qualifiers — the vocabulary an industry part is split into. */
export const INDUSTRY_TERMS: readonly string[] = [...new Set([...LEADING_TERMS, ...INDUSTRY_QUALIFIERS])];

/**
 * Is a normalised industry part acceptable (Art. 9): one or more classification or customary
 * terms, optionally followed by ordinary qualifiers — '电梯配件', '生物医药科技',
 * '电梯自动扶梯及升降机制造'; not '澄翰岚', not a bare qualifier ('配件').
 */
export function isIndustryExpression(normalized: string): boolean {
  const words = segment(normalized, INDUSTRY_TERMS);
  return !!words && words.length > 0 && LEADING_TERMS.has(words[0]!);
}

const canonicalTerm = new Map<string, string>(INDUSTRY_SYNONYM_GROUPS.flatMap((g) => g.map((w) => [w, g[0]!] as const)));

/** The canonical word of `term`'s synonym group, or `term` itself. */
export function canonicalIndustryTerm(term: string): string {
  return canonicalTerm.get(term) ?? term;
}
