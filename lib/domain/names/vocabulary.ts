/**
 * The small vocabulary of the name check (DESIGN §5): the regulations it cites, organisational
 * forms, forbidden and restricted words. Data only; the rules live in `rules.ts`, the regions
 * in `divisions.ts` and the industries in `industries.ts` (large tables the browser never
 * loads — this module it may). Every word is written in simplified characters — the check
 * normalises input (traditional → simplified, full → half width) before it looks a word up.
 */

/** A bilingual text. */
export type Bilingual = { zh: string; en: string };

/** The regulations the check applies. Article numbers are quoted only where verified. */
export const REGULATION = {
  zh: '《企业名称登记管理规定》',
  en: 'Provisions on the Administration of Enterprise Name Registration',
} as const;
export const IMPLEMENTING_MEASURES = {
  zh: '《企业名称登记管理实施办法》',
  en: 'Implementing Measures for the Administration of Enterprise Name Registration',
} as const;

/** '第七条' / 'Art. 7' of the 2021 Provisions. */
export const article = (n: number, zhNumeral: string): Bilingual => ({
  zh: `${REGULATION.zh}第${zhNumeral}条`,
  en: `${REGULATION.en}, Art. ${n}`,
});

// ---------------------------------------------------------------------------------------------
// Organisational forms
// ---------------------------------------------------------------------------------------------

/** The enterprise types of the establishment form (`lib/domain/application-forms.ts`). */
export type EnterpriseType = 'llc' | 'llc-sole' | 'joint-stock';

export type OrganizationForm = { form: string; enterpriseTypes: readonly EnterpriseType[] };

/** Company Law: an LLC is named 有限责任公司 or 有限公司, a joint-stock company 股份有限公司 or 股份公司. */
export const ORGANIZATION_FORMS: readonly OrganizationForm[] = [
  { form: '有限公司', enterpriseTypes: ['llc', 'llc-sole'] },
  { form: '有限责任公司', enterpriseTypes: ['llc', 'llc-sole'] },
  { form: '股份有限公司', enterpriseTypes: ['joint-stock'] },
  { form: '股份公司', enterpriseTypes: ['joint-stock'] },
];

/** Every form, longest first (so 股份有限公司 wins over 有限公司 at the end of a name). */
export const FORM_SPELLINGS: readonly string[] = ORGANIZATION_FORMS.map((f) => f.form).sort((a, b) => b.length - a.length);

export function findOrganizationForm(s: string): OrganizationForm | undefined {
  return ORGANIZATION_FORMS.find((f) => f.form === s);
}

// ---------------------------------------------------------------------------------------------
// Forbidden and restricted words
// ---------------------------------------------------------------------------------------------

export type ForbiddenCategory =
  'party-state-military' | 'foreign-international' | 'harmful' | 'obscene' | 'superstitious' | 'discriminatory' | 'misleading';

/** Article 11 of the Provisions: what a name must not contain, one text per category. */
export const FORBIDDEN_CATEGORY_TEXT: Record<ForbiddenCategory, Bilingual> = {
  'party-state-military': {
    zh: '使用或者变相使用政党、党政军机关、群团组织名称及其简称、特定称谓和部队番号',
    en: 'uses, openly or in disguise, the name, abbreviation or designation of a political party, a Party, state or military organ, a mass organisation, or a military unit number',
  },
  'foreign-international': {
    zh: '使用外国国家（地区）、国际组织名称及其通用简称、特定称谓',
    en: 'uses the name, common abbreviation or designation of a foreign country (region) or an international organisation',
  },
  harmful: {
    zh: '损害国家尊严或者利益，损害社会公共利益或者妨碍社会公共秩序',
    en: 'harms the dignity or interests of the state, the public interest or public order',
  },
  obscene: {
    zh: '含有淫秽、色情、赌博、恐怖、暴力的内容',
    en: 'contains obscene, pornographic, gambling, terrorist or violent content',
  },
  superstitious: { zh: '含有迷信的内容', en: 'contains superstitious content' },
  discriminatory: {
    zh: '含有民族、种族、宗教、性别歧视的内容',
    en: 'contains ethnic, racial, religious or gender discrimination',
  },
  misleading: { zh: '可能使公众受骗或者产生误解', en: 'may deceive or mislead the public' },
};

export type ForbiddenWord = {
  word: string;
  category: ForbiddenCategory;
  /** Longer words in which `word` occurs innocently (美国 in 华美国际 is 美 + 国际). */
  exceptIn?: readonly string[];
};

export const FORBIDDEN_WORDS: readonly ForbiddenWord[] = [
  // Party, state and military organs
  ...[
    '中共',
    '共产党',
    '国务院',
    '人大',
    '政协',
    '人民政府',
    '纪委',
    '监察委',
    '法院',
    '检察院',
    '公安',
    '警察',
    '武警',
    '解放军',
    '军委',
    '部队',
    '军区',
    '共青团',
    '妇联',
  ].map((word) => ({ word, category: 'party-state-military' as const })),
  // Foreign countries and international organisations
  { word: '联合国', category: 'foreign-international' },
  { word: '世贸组织', category: 'foreign-international' },
  { word: '欧盟', category: 'foreign-international' },
  { word: '北约', category: 'foreign-international' },
  { word: '美国', category: 'foreign-international', exceptIn: ['美国际', '美国度', '完美国'] },
  { word: '日本', category: 'foreign-international' },
  { word: '英国', category: 'foreign-international', exceptIn: ['英国际'] },
  { word: '法国', category: 'foreign-international', exceptIn: ['法国际'] },
  { word: '德国', category: 'foreign-international', exceptIn: ['德国际'] },
  { word: '俄罗斯', category: 'foreign-international' },
  // Harmful to the state or public order
  ...['台独', '反华', '分裂国家', '黑社会', '毒品'].map((word) => ({ word, category: 'harmful' as const })),
  // Obscene, gambling, terror, violence
  ...['色情', '情色', '淫秽', '赌博', '赌场', '恐怖主义', '杀手'].map((word) => ({ word, category: 'obscene' as const })),
  // Superstitious
  ...['算命', '占卜', '驱鬼', '招魂', '转运符'].map((word) => ({ word, category: 'superstitious' as const })),
  // Discriminatory
  ...['支那', '洋鬼子', '蛮夷', '黑鬼'].map((word) => ({ word, category: 'discriminatory' as const })),
  // Misleading: pretends to an official status or quality it cannot have
  ...['特供', '专供', '国营', '官方', '国字号', '央企'].map((word) => ({ word, category: 'misleading' as const })),
];

/** Words that may begin a name only with State Council approval (DESIGN §5). */
export const RESTRICTED_PREFIXES: readonly string[] = ['中国', '中华', '中央', '全国', '国家', '国际'];
