/**
 * Demo seed data for OneWindow — pure, typed and deterministic (no database code here).
 *
 * The zone is 国家许昌经济技术开发区 (Xuchang, Henan; 许昌市 region code 411000), with the
 * parks, enterprises and reforms named in the zone's own report (DESIGN §11). People,
 * addresses, project titles and case histories are invented. "Today" in the demo is
 * 2026-11-26; every timestamp is Beijing time (+08:00), and acceptance/decision times fall
 * on working days of the 2026 holiday calendar (National Day 10-01..10-07 off, 09-20 and
 * 10-10 adjusted working days, 09-25 Mid-Autumn off).
 */
import type { AssessmentKind } from '../lib/domain/assessment-kinds';
import { makeCreditCode } from '../lib/domain/credit-code';
import { areaM2, type AreaGeometry, type PolygonGeometry } from '../lib/domain/geometry';
import type { ProjectIndustry } from '../lib/domain/project-code';
import type { ProjectStage } from '../lib/domain/project-stages';
import type { TaskDecision } from '../lib/domain/combined-outcome';
import type { SUPPLEMENT_REASONS } from '../lib/validation/case';
import { ZONE_BOUNDARY } from '../lib/domain/zone';
import type { EditedClause } from '../lib/domain/promises';
import type { VerificationMethod } from '../lib/domain/obligation-states';
import type { Bilingual, roleEnum } from './schema';

/** The role names of DESIGN §1, as declared by the schema's `role` enum. */
type Role = (typeof roleEnum.enumValues)[number];

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

export type SeedDepartment = {
  code: string;
  nameZh: string;
  nameEn: string;
  hasVeto: boolean;
  sortOrder: number;
};

export type SeedItemDepartment = {
  code: string;
  task: Bilingual;
  /** Working days: the promised limit (service clock) and, when longer, the statutory one (legal clock; default the same). */
  timeLimitDays: number;
  legalDays?: number;
  /** The department item the task decides, when it is one of its own in the catalogue. */
  itemCode?: string;
  /** Its denial ends the combined case at once (default: the department's own veto). */
  veto?: boolean;
};

export type SeedMaterial = {
  code: string;
  nameZh: string;
  nameEn: string;
  description: Bilingual;
  required: boolean;
  /** Core materials are never tolerated (DESIGN §4). */
  core: boolean;
  /** The e-licence type in the enterprise's wallet that satisfies this material (免提交). */
  eLicenceType: string | null;
  /** The regional assessment kind that waives it for a parcel in a valid assessed area (区域评估). */
  waivedByAssessment?: AssessmentKind;
  maxSizeMb: number;
  departmentCodes: string[];
  /** The shared drawing set of a combined application (多图联审). */
  drawingSet?: boolean;
};

export type SeedServiceItem = {
  code: string;
  nameZh: string;
  nameEn: string;
  summary: Bilingual;
  kind: 'licence' | 'registration' | 'filing' | 'combined';
  audience: 'enterprise' | 'project' | 'individual';
  leadDepartmentCode: string;
  legalBasis: Bilingual[];
  conditions: Bilingual[];
  /** Working days from acceptance (legal clock). */
  statutoryDays: number;
  /** Working days from acceptance (service clock). */
  promisedDays: number;
  feeYuan: number;
  allowsTolerance: boolean;
  allowsPromise: boolean;
  /** Codes are given in order (P1, P2 …) where absent. */
  promiseClauses: EditedClause[];
  /** Working days to the post-approval verification of a promise-based approval, and its method. */
  verificationDays?: number;
  verificationMethod?: VerificationMethod;
  /** The permit (PERMIT_KINDS) issuing a case creates. */
  permitKind?: string;
  formKey: 'name-reservation' | 'establishment' | 'combined-project' | 'food-business';
  /** The project stage a combined item files for (PROJECT_STAGES); absent: every stage. */
  stage?: ProjectStage;
  /** Words people search for that the item's own texts lack, in either language. */
  keywords: string[];
  howToApply: Bilingual[];
  departments: SeedItemDepartment[];
  materials: SeedMaterial[];
};

export type SeedEnterprise = {
  name: string;
  /** Industry, in Chinese. */
  industry: string;
  park: Park;
  address: string;
  investmentYuan: number | null;
  /** Always null in the seed: codes are generated when a licence is issued here. */
  creditCode: string | null;
};

export type DemoUser = {
  key: string;
  email: string;
  name: string;
  roles: Role[];
  departmentCode: string | null;
  /** For applicants: the enterprise they own (membership role `owner`). */
  enterpriseName: string | null;
  password: string;
};

export type DemoCaseState =
  | 'submitted'
  | 'needs_supplement'
  | 'accepted'
  | 'in_review'
  | 'suspended'
  | 'approved'
  | 'completed'
  | 'refused'
  | 'denied'
  | 'withdrawn';

export type DemoCase = {
  /** XC-2026-000001 …, numbered in order of submission. */
  number: string;
  itemCode: string;
  enterpriseName: string;
  /** The demo account that files the case: a member of its enterprise. */
  applicantKey: string;
  state: DemoCaseState;
  /** What the case is about: the proposed enterprise name or the project (the title adds the item's name). */
  subject: string;
  /** ISO datetime with +08:00. */
  submittedAt: string;
  acceptedAt: string | null;
  completedAt: string | null;
  /** The application form's answers (a combined application takes its answers from its project). */
  formData: Record<string, unknown>;
  /** The code of the demo project a combined application is filed under, if any. */
  projectCode: string | null;
  /** Filed with the answers only: the materials are still to come (what the window's intake check then lists). */
  withoutMaterials: boolean;
  /** Filed under promise-based approval (告知承诺制), every clause promised: the window approves it on the promises. */
  promised: boolean;
  /** How the departments of a combined case decided, round by round (DESIGN §7); null: nobody has decided yet. */
  review: DemoReview | null;
};

/** One department's decision on its task of a demo combined case. */
export type DemoTaskDecision = {
  decision: TaskDecision;
  opinion?: string;
  conditions?: string[];
  items?: { kind: 'material' | 'field'; code: string; reason: (typeof SUPPLEMENT_REASONS)[number]; note?: string }[];
};

/**
 * The review of a demo combined case, department by department: in each round every task still
 * pending decides, one working day after another from acceptance, as `decisions` says for its
 * department or else as `others` says — except the departments in `pending`, still reviewing.
 * After a round ending in a revision request, the applicant hands in new versions of
 * `revision.materials` and the next round follows.
 */
export type DemoReview = {
  rounds: { decisions: Record<string, DemoTaskDecision>; others: DemoTaskDecision; pending?: string[] }[];
  revision?: { materials: string[] };
};

// ---------------------------------------------------------------------------
// Departments
// ---------------------------------------------------------------------------

export const departments: SeedDepartment[] = [
  {
    code: 'window',
    nameZh: '许昌经济技术开发区政务服务中心',
    nameEn: 'Xuchang ETDZ Government Service Centre',
    hasVeto: false,
    sortOrder: 10,
  },
  {
    code: 'market',
    nameZh: '许昌市市场监督管理局经济技术开发区分局',
    nameEn: 'Xuchang Administration for Market Regulation, ETDZ Branch',
    hasVeto: false,
    sortOrder: 20,
  },
  {
    code: 'drc',
    nameZh: '许昌经济技术开发区发展和改革局',
    nameEn: 'Xuchang ETDZ Development and Reform Bureau',
    hasVeto: false,
    sortOrder: 30,
  },
  {
    code: 'nrp',
    nameZh: '许昌市自然资源和规划局经济技术开发区分局',
    nameEn: 'Xuchang Natural Resources and Planning Bureau, ETDZ Branch',
    hasVeto: false,
    sortOrder: 40,
  },
  {
    code: 'housing',
    nameZh: '许昌经济技术开发区住房和城乡建设局',
    nameEn: 'Xuchang ETDZ Housing and Urban-Rural Development Bureau',
    hasVeto: false,
    sortOrder: 50,
  },
  {
    code: 'eco',
    nameZh: '许昌市生态环境局经济技术开发区分局',
    nameEn: 'Xuchang Ecology and Environment Bureau, ETDZ Branch',
    hasVeto: false,
    sortOrder: 60,
  },
  {
    code: 'fire',
    nameZh: '许昌经济技术开发区消防救援大队',
    nameEn: 'Xuchang ETDZ Fire and Rescue Brigade',
    hasVeto: true,
    sortOrder: 70,
  },
  {
    code: 'civil-defence',
    nameZh: '许昌经济技术开发区人民防空办公室',
    nameEn: 'Xuchang ETDZ Civil Air Defence Office',
    hasVeto: false,
    sortOrder: 80,
  },
  {
    code: 'enterprise-service',
    nameZh: '许昌经济技术开发区管委会企业服务局',
    nameEn: 'Enterprise Service Bureau, Xuchang ETDZ Administrative Committee',
    hasVeto: false,
    sortOrder: 90,
  },
];

// ---------------------------------------------------------------------------
// Service catalogue (DESIGN §2, §5, §6, §7)
// ---------------------------------------------------------------------------

const LAW = {
  nameRegulations: {
    zh: '《企业名称登记管理规定》（国务院令第734号，2021年3月1日起施行）第六条',
    en: 'Regulations on the Administration of Enterprise Name Registration (State Council Decree No. 734, in force 1 March 2021), Article 6',
  },
  nameMeasures: {
    zh: '《企业名称登记管理规定实施办法》（国家市场监督管理总局令第82号，2023年10月1日起施行）',
    en: 'Implementing Measures for the Regulations on the Administration of Enterprise Name Registration (SAMR Order No. 82, in force 1 October 2023)',
  },
  marketEntityRegulations: {
    zh: '《中华人民共和国市场主体登记管理条例》（国务院令第746号，2022年3月1日起施行）',
    en: 'Regulations of the PRC on the Registration and Administration of Market Entities (State Council Decree No. 746, in force 1 March 2022)',
  },
  marketEntityRules: {
    zh: '《中华人民共和国市场主体登记管理条例实施细则》（国家市场监督管理总局令第52号）',
    en: 'Detailed Rules for the Implementation of the Regulations on the Registration and Administration of Market Entities (SAMR Order No. 52)',
  },
  companyLaw: {
    zh: '《中华人民共和国公司法》（2023年修订）',
    en: 'Company Law of the PRC (revised 2023)',
  },
  businessEnvironment: {
    zh: '《优化营商环境条例》（国务院令第722号）',
    en: 'Regulations on Optimising the Business Environment (State Council Decree No. 722)',
  },
  henanBusinessEnvironment: {
    zh: '《河南省优化营商环境条例》',
    en: 'Henan Province Regulations on Optimising the Business Environment',
  },
  licensingLaw: {
    zh: '《中华人民共和国行政许可法》第二十六条、第三十二条、第四十二条',
    en: 'Administrative Licensing Law of the PRC, Articles 26, 32 and 42',
  },
  projectApprovalReform: {
    zh: '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）',
    en: 'Implementing Opinions of the General Office of the State Council on Fully Reforming the Approval System for Construction Projects (Guo Ban Fa [2019] No. 11)',
  },
  investmentProjects: {
    zh: '《企业投资项目核准和备案管理条例》（国务院令第673号）',
    en: 'Regulations on the Approval and Filing of Enterprise Investment Projects (State Council Decree No. 673)',
  },
  planningLaw: {
    zh: '《中华人民共和国城乡规划法》',
    en: 'Urban and Rural Planning Law of the PRC',
  },
  eiaLaw: {
    zh: '《中华人民共和国环境影响评价法》',
    en: 'Environmental Impact Assessment Law of the PRC',
  },
  fireLaw: {
    zh: '《中华人民共和国消防法》、《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号）',
    en: 'Fire Protection Law of the PRC; Interim Provisions on Fire Protection Design Review and Acceptance of Construction Projects (MOHURD Order No. 51)',
  },
  foodSafetyLaw: {
    zh: '《中华人民共和国食品安全法》第三十五条，《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）',
    en: 'Food Safety Law of the PRC, Article 35; Measures for Food Business Licensing and Filing (SAMR Order No. 78)',
  },
  promiseReform: {
    zh: '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）',
    en: 'Guiding Opinions of the General Office of the State Council on Promise-Based Approval of Certificates and Business Permits (Guo Ban Fa [2020] No. 42)',
  },
  civilDefenceLaw: {
    zh: '《中华人民共和国人民防空法》',
    en: 'Civil Air Defence Law of the PRC',
  },
  constructionPermit: {
    zh: '《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）',
    en: 'Measures for the Administration of Construction Permits for Building Works (MOHURD Order No. 18)',
  },
} satisfies Record<string, Bilingual>;

const nameReservation: SeedServiceItem = {
  code: 'XC-MC-001',
  nameZh: '企业名称自主申报',
  nameEn: 'Enterprise name self-declaration',
  summary: {
    zh: '拟设立企业的投资人或其委托的代理人按“行政区划＋字号＋行业或经营特点＋组织形式”自主拟定企业名称，系统依据企业名称登记规则即时比对检查并说明理由；符合规定的名称予以保留，保留期2个月，设立前依法须经批准的保留期1年。',
    en: 'Investors in a company to be formed, or their agent, compose its name from region + trade name + industry + legal form. The system checks it at once against the naming rules and existing names and explains every verdict. A name that passes is reserved for 2 months (1 year where a prior permit is required).',
  },
  kind: 'registration',
  audience: 'enterprise',
  leadDepartmentCode: 'market',
  legalBasis: [LAW.nameRegulations, LAW.nameMeasures, LAW.marketEntityRegulations],
  conditions: [
    {
      zh: '申请人为拟设立企业的全体投资人，或其指定的代表、共同委托的代理人。',
      en: 'The applicant is the investors of the proposed enterprise, or their designated representative or jointly authorised agent.',
    },
    {
      zh: '企业名称由行政区划名称、字号、行业或者经营特点、组织形式组成，使用规范汉字；开发区名称不得单独作为行政区划使用。',
      en: 'The name consists of region, trade name, industry or business feature and legal form, in standard Chinese characters; a development-zone name may not stand in for the region.',
    },
    {
      zh: '字号由两个以上汉字组成，不得使用县级以上行政区划名称或行业用语作为字号，不得含有汉语拼音、外文字母或阿拉伯数字。',
      en: 'The trade name has at least two Chinese characters, is not the name of a county-level or higher division or a bare industry term, and contains no pinyin, Latin letters or Arabic digits.',
    },
    {
      zh: '名称不含法律、行政法规禁止的内容；冠以“中国”“中华”“中央”“全国”“国家”等字词的，须报国务院市场监督管理部门核准，不在本系统办理。',
      en: 'The name contains nothing prohibited by law; names beginning with 中国, 中华, 中央, 全国 or 国家 need approval from the State Council market regulator and cannot be handled here.',
    },
    {
      zh: '在同一企业登记机关，字号不得与同行业或不含行业表述的已登记、保留期内的企业名称，以及注销或变更登记未满1年的原企业名称中的字号相同（有投资关系的除外）。',
      en: 'Within the same registration authority, the trade name may not equal that of a registered or reserved name in the same industry (or without an industry part), nor of a name cancelled or changed less than one year ago, unless the enterprises are linked by investment.',
    },
  ],
  statutoryDays: 3,
  promisedDays: 1,
  feeYuan: 0,
  allowsTolerance: false,
  allowsPromise: false,
  promiseClauses: [],
  formKey: 'name-reservation',
  keywords: [
    '核名',
    '起名',
    '名称预先核准',
    '开办企业',
    '企业开办',
    'company name',
    'name check',
    'name reservation',
    'start a business',
  ],
  howToApply: [
    {
      zh: '登录后选择“企业名称自主申报”，按“行政区划＋字号＋行业＋组织形式”组合拟定名称。',
      en: 'Sign in, open "Enterprise name self-declaration" and compose the name from region, trade name, industry and legal form.',
    },
    {
      zh: '查看系统比对结果：相同名称不予通过；近似名称须阅读提示并作出声明后方可继续申报。',
      en: 'Read the check result: an identical name is refused; for a similar name you may continue after reading the warning and making a statement.',
    },
    {
      zh: '上传投资人主体资格证明（电子证照库已有的免于提交），签署《企业名称自主申报承诺书》后提交。',
      en: 'Provide the investors\u2019 proof of legal status (e-licences already in your wallet are used automatically), sign the name self-declaration commitment and submit.',
    },
    {
      zh: '登记机关审查通过后名称进入保留期，可在线下载告知书，并在保留期内直接申请企业设立登记。',
      en: 'Once approved, the name is reserved; download the notice online and apply for establishment registration within the reservation period.',
    },
  ],
  departments: [
    {
      code: 'market',
      task: { zh: '企业名称审查', en: 'Enterprise name review' },
      timeLimitDays: 1,
    },
  ],
  materials: [
    {
      code: 'name-commitment',
      nameZh: '企业名称自主申报承诺书',
      nameEn: 'Name self-declaration commitment',
      description: {
        zh: '由全体投资人（或其指定代表）签署，承诺申报的名称真实、合法，不侵犯他人合法权益，如有侵权自愿依法承担责任并变更名称。',
        en: 'Signed by all investors (or their designated representative): the declared name is lawful and infringes no one\u2019s rights; otherwise they accept liability and will change the name.',
      },
      required: true,
      core: true,
      eLicenceType: null,
      maxSizeMb: 5,
      departmentCodes: ['market'],
    },
    {
      code: 'investor-qualification',
      nameZh: '投资人主体资格证明',
      nameEn: 'Investors\u2019 proof of legal status',
      description: {
        zh: '投资人为企业的，提供营业执照，电子证照库中已有电子营业执照的免于提交；投资人为自然人的，通过实名认证或提供身份证件。',
        en: 'Corporate investors: business licence (an e-licence already in the wallet is used instead of an upload). Individual investors: real-name authentication or an identity document.',
      },
      required: true,
      core: true,
      eLicenceType: 'business-licence',
      maxSizeMb: 10,
      departmentCodes: ['market'],
    },
    {
      code: 'power-of-attorney',
      nameZh: '指定代表或者共同委托代理人授权委托书',
      nameEn: 'Authorisation of designated representative or agent',
      description: {
        zh: '由代理人办理的提交，并附代理人身份证件。',
        en: 'Only when an agent applies; attach the agent\u2019s identity document.',
      },
      required: false,
      core: false,
      eLicenceType: null,
      maxSizeMb: 5,
      departmentCodes: ['market'],
    },
  ],
};

const establishment: SeedServiceItem = {
  code: 'XC-SL-002',
  nameZh: '企业设立登记（新办营业执照）',
  nameEn: 'Enterprise establishment registration (new business licence)',
  summary: {
    zh: '已取得名称的有限责任公司、股份有限公司申请设立登记。申请材料齐全、符合法定形式的当场或在承诺时限内登记，核发营业执照（同步发放电子营业执照），赋予统一社会信用代码。',
    en: 'Register a new limited liability or joint-stock company under a reserved name. Complete applications are registered on the spot or within the promised time, and a business licence (with its e-licence) bearing a unified social credit code is issued.',
  },
  kind: 'registration',
  audience: 'enterprise',
  leadDepartmentCode: 'market',
  legalBasis: [
    LAW.companyLaw,
    {
      zh: '《中华人民共和国市场主体登记管理条例》（国务院令第746号）第十九条',
      en: 'Regulations of the PRC on the Registration and Administration of Market Entities (State Council Decree No. 746), Article 19',
    },
    LAW.marketEntityRules,
    LAW.businessEnvironment,
    LAW.henanBusinessEnvironment,
  ],
  conditions: [
    {
      zh: '已取得保留期内的企业名称。',
      en: 'The enterprise name is reserved and still within its reservation period.',
    },
    {
      zh: '股东（发起人）符合法定人数；认缴出资额和出资期限符合《公司法》规定，有限责任公司股东认缴的出资额自公司成立之日起五年内缴足。',
      en: 'The shareholders (promoters) meet the statutory number; subscribed capital and payment terms comply with the Company Law — for a limited liability company, paid in full within five years of incorporation.',
    },
    {
      zh: '有依法制定的公司章程。',
      en: 'The company has articles of association drawn up according to law.',
    },
    {
      zh: '有可依法用于经营的住所（经营场所）。',
      en: 'The company has a domicile (place of business) that may lawfully be used for business.',
    },
    {
      zh: '法定代表人、董事、监事和高级管理人员不存在《公司法》规定不得担任的情形。',
      en: 'The legal representative, directors, supervisors and senior managers are not disqualified under the Company Law.',
    },
    {
      zh: '经营范围按《经营范围登记规范表述目录》选择；涉及登记前置许可的，已取得批准文件。',
      en: 'The business scope is chosen from the standard business-scope catalogue; items needing a permit before registration have been approved.',
    },
  ],
  statutoryDays: 3,
  promisedDays: 1,
  feeYuan: 0,
  allowsTolerance: true,
  allowsPromise: true,
  promiseClauses: [
    {
      zh: '本企业申报的住所（经营场所）真实存在，本企业依法享有使用权，且符合规划、消防、安全等要求，不属于违法建筑或危险建筑。',
      en: 'The declared domicile (place of business) exists, the company has the lawful right to use it, and it meets planning, fire and safety requirements; it is not an illegal or dangerous structure.',
    },
    {
      zh: '本企业能够通过申报的住所（经营场所）取得联系，并按时接收登记机关及其他行政机关送达的文书。',
      en: 'The company can be reached at the declared address and will accept documents served there by the registration authority and other agencies.',
    },
    {
      zh: '如承诺不实或者通过登记的住所无法取得联系，本企业同意被列入经营异常名录，并依法承担相应法律责任。',
      en: 'If this promise proves untrue or the company cannot be reached at the registered address, it accepts being placed on the list of enterprises with abnormal operations and bears the legal consequences.',
    },
  ],
  formKey: 'establishment',
  keywords: [
    '开办企业',
    '企业开办',
    '新办企业',
    '注册公司',
    '公司注册',
    '办营业执照',
    'start a business',
    'register a company',
    'company registration',
  ],
  howToApply: [
    {
      zh: '确认名称在保留期内，在线填写公司登记（备案）申请书，从规范目录中选择经营范围。',
      en: 'Check that the name is still reserved, fill in the company registration (filing) application online and choose the business scope from the standard list.',
    },
    {
      zh: '上传公司章程、股东主体资格证明、住所使用证明等材料；电子证照库中已有的证照自动引用，无需重复上传。',
      en: 'Upload the articles of association, shareholders\u2019 proof of status, domicile proof and other materials; e-licences already in the wallet are reused without uploading.',
    },
    {
      zh: '全体股东、法定代表人及董事、监事、经理完成实名认证并电子签名后提交。',
      en: 'All shareholders, the legal representative, directors, supervisors and the manager complete real-name authentication and sign electronically; then submit.',
    },
    {
      zh: '窗口审核材料，材料齐全、符合法定形式的当场或1个工作日内登记；需补正的一次性告知。',
      en: 'The window checks the application; complete applications are registered on the spot or within 1 working day, and any deficiencies are notified all at once.',
    },
    {
      zh: '领取电子营业执照，纸质执照可免费邮寄或到窗口领取；可同步办理公章刻制、涉税事项、社保登记和银行开户预约。',
      en: 'Receive the e-licence; the paper licence is posted free of charge or collected at the window. Company seals, tax, social-insurance registration and bank-account appointments can be arranged at the same time.',
    },
  ],
  departments: [
    {
      code: 'market',
      task: { zh: '设立登记审核', en: 'Establishment registration review' },
      timeLimitDays: 1,
    },
  ],
  materials: [
    {
      code: 'application-form',
      nameZh: '公司登记（备案）申请书',
      nameEn: 'Company registration (filing) application',
      description: {
        zh: '在线填写生成，由法定代表人签署。',
        en: 'Generated from the online form and signed by the legal representative.',
      },
      required: true,
      core: true,
      eLicenceType: null,
      maxSizeMb: 5,
      departmentCodes: ['market'],
    },
    {
      code: 'articles-of-association',
      nameZh: '公司章程',
      nameEn: 'Articles of association',
      description: {
        zh: '有限责任公司由全体股东签署，股份有限公司由全体发起人签署；可使用系统提供的章程范本。',
        en: 'Signed by all shareholders (limited liability company) or all promoters (joint-stock company); the template provided may be used.',
      },
      required: true,
      core: true,
      eLicenceType: null,
      maxSizeMb: 10,
      departmentCodes: ['market'],
    },
    {
      code: 'shareholder-identity',
      nameZh: '股东主体资格证明或自然人身份证件',
      nameEn: 'Shareholders\u2019 proof of legal status or identity documents',
      description: {
        zh: '自然人股东提供身份证件（已实名认证的可免于提交）；企业股东提供营业执照。',
        en: 'Individual shareholders: identity document (not needed after real-name authentication). Corporate shareholders: business licence.',
      },
      required: true,
      core: true,
      eLicenceType: 'identity',
      maxSizeMb: 10,
      departmentCodes: ['market'],
    },
    {
      code: 'appointment-documents',
      nameZh: '法定代表人、董事、监事和经理的任职文件',
      nameEn: 'Appointment documents for the legal representative, directors, supervisors and manager',
      description: {
        zh: '股东会决议、董事会决议或其他依章程作出的任职文件。',
        en: 'Shareholders\u2019 or board resolutions, or other appointment documents made under the articles.',
      },
      required: true,
      core: false,
      eLicenceType: null,
      maxSizeMb: 10,
      departmentCodes: ['market'],
    },
    {
      code: 'domicile-proof',
      nameZh: '住所（经营场所）使用证明',
      nameEn: 'Proof of use of domicile (place of business)',
      description: {
        zh: '自有房产提供不动产权证书，租赁房产提供租赁合同及出租方产权证明；实行住所申报承诺制的，可签署住所承诺代替。可容缺受理。',
        en: 'Own premises: real-property certificate; leased premises: lease and the lessor\u2019s title. Under the domicile promise scheme a signed promise may replace it. May be tolerated.',
      },
      required: true,
      core: false,
      eLicenceType: 'property-certificate',
      maxSizeMb: 20,
      departmentCodes: ['market'],
    },
    {
      code: 'name-notice',
      nameZh: '企业名称自主申报告知书',
      nameEn: 'Enterprise name reservation notice',
      description: {
        zh: '在本系统完成名称自主申报的，自动引用，免于提交。',
        en: 'Taken automatically from a name reserved through this portal; no upload needed.',
      },
      required: true,
      core: false,
      eLicenceType: 'name-reservation',
      maxSizeMb: 5,
      departmentCodes: ['market'],
    },
    {
      code: 'power-of-attorney',
      nameZh: '委托书及受托人身份证件',
      nameEn: 'Power of attorney and agent\u2019s identity document',
      description: {
        zh: '委托代理人办理的提交。',
        en: 'Only when an agent applies on the company\u2019s behalf.',
      },
      required: false,
      core: false,
      eLicenceType: null,
      maxSizeMb: 5,
      departmentCodes: ['market'],
    },
  ],
};

const PROJECT_DEPARTMENTS = ['drc', 'nrp', 'eco', 'fire', 'civil-defence', 'housing'];

const combinedProject: SeedServiceItem = {
  code: 'XC-JP-003',
  nameZh: '工程建设项目联合审批',
  nameEn: 'Combined approval of an investment and construction project',
  summary: {
    zh: '社会投资工程建设项目“一窗受理、联审联批”：一次提交申请，发展改革、自然资源和规划、生态环境、消防、人防、住房城乡建设等部门并联审查，实行多图联审、多评合一，共享区域评估成果，审批结果统一出具。',
    en: 'One application at one window for an investment and construction project: development and reform, natural resources and planning, ecology and environment, fire, civil air defence and housing review it in parallel, with combined drawing review, combined assessments and shared regional assessments; all results are issued together.',
  },
  kind: 'combined',
  audience: 'project',
  leadDepartmentCode: 'window',
  legalBasis: [
    LAW.licensingLaw,
    LAW.businessEnvironment,
    LAW.projectApprovalReform,
    LAW.investmentProjects,
    LAW.planningLaw,
    LAW.eiaLaw,
    LAW.fireLaw,
    LAW.civilDefenceLaw,
    LAW.constructionPermit,
    LAW.henanBusinessEnvironment,
  ],
  conditions: [
    {
      zh: '项目位于许昌经济技术开发区范围内，符合国土空间规划和国家产业政策。',
      en: 'The project lies within Xuchang ETDZ and conforms to territorial spatial planning and national industrial policy.',
    },
    {
      zh: '建设单位已依法取得建设用地使用权，或已签订国有建设用地使用权出让合同。',
      en: 'The owner has lawfully obtained the land-use right, or has signed a state-owned land-use right transfer contract.',
    },
    {
      zh: '项目已完成投资项目备案或核准，或与本事项同步申请备案。',
      en: 'The project has been filed or approved as an investment project, or is filed together with this application.',
    },
    {
      zh: '设计文件由具备相应资质的设计单位编制。',
      en: 'Design documents are prepared by a design institute with the required qualification.',
    },
    {
      zh: '申请容缺受理或告知承诺的，建设单位未被列入严重失信主体名单。',
      en: 'To use tolerance or promise-based approval, the owner must not be on the list of seriously untrustworthy entities.',
    },
  ],
  // Administrative Licensing Law Art. 42: combined/joint handling within 45 working days.
  statutoryDays: 45,
  promisedDays: 12,
  feeYuan: 0,
  allowsTolerance: true,
  allowsPromise: true,
  promiseClauses: [
    {
      zh: '本单位已依法取得项目用地，建设内容与投资项目备案（核准）信息一致。',
      en: 'We have lawfully obtained the project land, and the works match the project\u2019s filing (approval) information.',
    },
    {
      zh: '本单位将按照区域评估结论和审批意见落实生态环境保护、节能、水土保持等措施。',
      en: 'We will carry out the environmental protection, energy-saving and soil-and-water conservation measures required by the regional assessments and the approval opinions.',
    },
    {
      zh: '施工图设计文件在开工前审查合格，不擅自变更经审查的消防、人防设计内容。',
      en: 'Construction drawings will pass review before works start, and the reviewed fire and civil air defence designs will not be changed without approval.',
    },
    {
      zh: '建设资金已经落实，施工、监理单位已依法确定。',
      en: 'Construction funds are in place, and the contractor and the supervising engineer have been lawfully selected.',
    },
    {
      zh: '本单位知悉：承诺不实或未履行承诺的，审批部门将依法撤销相关审批决定，并将失信信息记入信用记录。',
      en: 'We understand that if a promise is untrue or not kept, the approvals will be revoked according to law and the breach entered in our credit record.',
    },
  ],
  formKey: 'combined-project',
  keywords: [
    '施工许可证',
    '建筑工程施工许可',
    '项目审批',
    '联审联批',
    '建设项目',
    'building permit',
    'project approval',
    'construction project',
  ],
  howToApply: [
    {
      zh: '联系帮办代办员：重点项目由“一个项目、一个专班”一对一指导准备材料。',
      en: 'Contact your service officer: key projects get one-on-one help from their project team ("one project, one team").',
    },
    {
      zh: '在线填写工程建设项目联合审批申请表，一次上传全部材料；图纸只需上传一套，供各部门多图联审。',
      en: 'Fill in the combined approval application online and upload all materials at once; upload one drawing set, reviewed by all departments together.',
    },
    {
      zh: '政务服务中心窗口一次性审查材料，材料齐全的予以受理；非核心材料缺失的可容缺受理。',
      en: 'The Government Service Centre checks the materials once and accepts a complete application; missing non-core materials may be tolerated.',
    },
    {
      zh: '各部门并联审查、同步出具意见；需修改的意见合并为一份补正通知，修改后回到原审查人员复核。',
      en: 'Departments review in parallel; all revision requests are merged into one supplement notice, and the revised set returns to the same reviewers.',
    },
    {
      zh: '全部部门办结后统一出具联合审批结果，相关电子证照自动归集至企业电子证照库。',
      en: 'When every department has decided, one combined result is issued and the e-licences are added to the enterprise\u2019s wallet.',
    },
  ],
  departments: [
    {
      code: 'drc',
      task: { zh: '企业投资项目备案', en: 'Enterprise investment project filing' },
      timeLimitDays: 2,
    },
    {
      code: 'nrp',
      task: { zh: '建设用地规划许可及建设工程规划许可', en: 'Land-use and construction-works planning permits' },
      timeLimitDays: 7,
    },
    {
      code: 'eco',
      task: { zh: '环境影响评价文件审批', en: 'Environmental impact assessment approval' },
      timeLimitDays: 8,
    },
    {
      code: 'fire',
      task: { zh: '建设工程消防设计审查', en: 'Fire protection design review' },
      timeLimitDays: 10,
    },
    {
      code: 'civil-defence',
      task: { zh: '人防工程设计审查', en: 'Civil air defence works design review' },
      timeLimitDays: 5,
    },
    {
      code: 'housing',
      task: { zh: '建筑工程施工许可', en: 'Construction permit' },
      timeLimitDays: 3,
    },
  ],
  materials: [
    {
      code: 'joint-application',
      nameZh: '工程建设项目联合审批申请表',
      nameEn: 'Combined project approval application form',
      description: {
        zh: '在线填写生成，含项目名称、建设地点、用地面积、建筑面积、总投资和建设内容，加盖建设单位公章。',
        en: 'Generated from the online form: project name, site, land and floor area, total investment and scope, with the owner\u2019s seal.',
      },
      required: true,
      core: true,
      eLicenceType: null,
      maxSizeMb: 5,
      departmentCodes: [...PROJECT_DEPARTMENTS],
    },
    {
      code: 'business-licence',
      nameZh: '建设单位营业执照',
      nameEn: 'Project owner\u2019s business licence',
      description: {
        zh: '电子证照库中已有电子营业执照的免于提交。',
        en: 'Not needed when the e-licence is already in the wallet.',
      },
      required: true,
      core: true,
      eLicenceType: 'business-licence',
      maxSizeMb: 5,
      departmentCodes: [...PROJECT_DEPARTMENTS],
    },
    {
      code: 'project-filing',
      nameZh: '项目备案证明或核准文件',
      nameEn: 'Project filing certificate or approval document',
      description: {
        zh: '已备案（核准）的提供备案证明（核准文件）及项目代码；尚未备案的提交企业投资项目备案信息表，由发展和改革局同步办理。',
        en: 'Filed or approved projects: the filing certificate (approval document) and project code. Otherwise submit the project filing form and the Development and Reform Bureau files it in parallel.',
      },
      required: true,
      core: true,
      eLicenceType: null,
      maxSizeMb: 10,
      departmentCodes: ['drc'],
    },
    {
      code: 'land-use-permit',
      nameZh: '建设用地规划许可证或用地批准文件',
      nameEn: 'Land-use planning permit or land approval',
      description: {
        zh: '以出让方式取得国有建设用地使用权的，提供建设用地规划许可证及出让合同；电子证照库中已有的免于提交。',
        en: 'For land obtained by transfer: the land-use planning permit and the transfer contract. Not needed when the e-licence is already in the wallet.',
      },
      required: true,
      core: true,
      eLicenceType: 'land-use-permit',
      maxSizeMb: 10,
      departmentCodes: ['nrp'],
    },
    {
      code: 'planning-drawings',
      nameZh: '建设工程规划许可申请材料及总平面图',
      nameEn: 'Planning permit application and site plan',
      description: {
        zh: '建设工程设计方案，含总平面图、建筑单体平立剖面图及主要经济技术指标；作为多图联审的共用图纸，只上传一套。',
        en: 'Design scheme with site plan, building plans, elevations and sections and key technical indicators; the shared drawing set for combined review, uploaded once.',
      },
      required: true,
      core: true,
      eLicenceType: null,
      maxSizeMb: 50,
      departmentCodes: ['nrp', 'fire', 'civil-defence', 'housing'],
      drawingSet: true,
    },
    {
      code: 'eia',
      nameZh: '环境影响评价文件',
      nameEn: 'Environmental impact assessment document',
      description: {
        zh: '按分类管理名录编制环境影响报告书或报告表（登记表项目在线备案）；项目位于已完成区域环评的区域内的，依据区域评估结论简化或免于提交，系统自动引用评估成果。',
        en: 'An EIA report or report form as the classification list requires (registration-form projects file online). Within an area covered by a regional assessment it is simplified or waived, and the assessment is cited automatically.',
      },
      required: true,
      core: true,
      eLicenceType: null,
      waivedByAssessment: 'eia',
      maxSizeMb: 30,
      departmentCodes: ['eco'],
    },
    {
      code: 'fire-design',
      nameZh: '消防设计文件',
      nameEn: 'Fire protection design documents',
      description: {
        zh: '消防设计说明、总平面消防车道及救援场地、防火分区、安全疏散及消防设施系统图等。',
        en: 'Fire design statement, fire lanes and rescue areas on the site plan, fire compartments, evacuation and fire-system diagrams.',
      },
      required: true,
      core: true,
      eLicenceType: null,
      maxSizeMb: 50,
      departmentCodes: ['fire'],
    },
    {
      code: 'civil-defence-design',
      nameZh: '人防工程设计文件',
      nameEn: 'Civil air defence works design',
      description: {
        zh: '按规定应修建防空地下室的项目提交人防工程设计文件；不具备修建条件的，提交易地建设申请。',
        en: 'Projects required to build an air-raid basement submit its design; where that is not feasible, an application to build it elsewhere (易地建设).',
      },
      required: true,
      core: false,
      eLicenceType: null,
      maxSizeMb: 50,
      departmentCodes: ['civil-defence'],
    },
    {
      code: 'drawing-review-certificate',
      nameZh: '施工图设计文件审查合格书',
      nameEn: 'Construction drawing review certificate',
      description: {
        zh: '可容缺受理，在核发施工许可前补齐。',
        en: 'May be tolerated; must be supplied before the construction permit is issued.',
      },
      required: true,
      core: false,
      eLicenceType: null,
      maxSizeMb: 10,
      departmentCodes: ['housing'],
    },
    {
      code: 'contracts',
      nameZh: '施工合同及监理合同',
      nameEn: 'Construction and supervision contracts',
      description: {
        zh: '依法确定的施工单位、监理单位与建设单位签订的合同。可容缺受理。',
        en: 'Contracts with the lawfully selected contractor and supervising engineer. May be tolerated.',
      },
      required: true,
      core: false,
      eLicenceType: null,
      maxSizeMb: 20,
      departmentCodes: ['housing'],
    },
    {
      code: 'funding-commitment',
      nameZh: '建设资金已经落实承诺书',
      nameEn: 'Commitment that construction funds are in place',
      description: {
        zh: '由建设单位签署，承诺建设资金已经落实。',
        en: 'Signed by the owner, confirming that construction funds are in place.',
      },
      required: true,
      core: false,
      eLicenceType: null,
      maxSizeMb: 5,
      departmentCodes: ['housing'],
    },
    {
      code: 'energy-report',
      nameZh: '节能报告',
      nameEn: 'Energy conservation report',
      description: {
        zh: '年综合能源消费量1000吨标准煤及以上或年电力消费量500万千瓦时及以上的项目提交；项目位于已完成区域节能评价的区域内的，依据评价结论简化或免于提交。',
        en: 'For projects using 1,000 t of standard coal equivalent or 5 GWh of electricity a year or more. Simplified or waived within an area covered by a regional energy assessment.',
      },
      required: false,
      core: false,
      eLicenceType: null,
      waivedByAssessment: 'energy',
      maxSizeMb: 30,
      departmentCodes: ['drc'],
    },
    {
      code: 'soil-water-plan',
      nameZh: '水土保持方案',
      nameEn: 'Soil and water conservation plan',
      description: {
        zh: '征占地面积0.5公顷以上或挖填土石方总量1000立方米以上的项目提交；项目位于已完成区域水土保持评估的区域内的，依据评估结论简化或免于提交。',
        en: 'For projects occupying 0.5 ha or more or moving 1,000 m³ of earth or more. Simplified or waived within an area covered by a regional soil-and-water assessment.',
      },
      required: false,
      core: false,
      eLicenceType: null,
      waivedByAssessment: 'soil_water',
      maxSizeMb: 30,
      departmentCodes: ['eco'],
    },
    {
      code: 'power-of-attorney',
      nameZh: '授权委托书及受托人身份证件',
      nameEn: 'Power of attorney and agent\u2019s identity document',
      description: {
        zh: '委托代理人（含帮办代办员）办理的提交。',
        en: 'Only when an agent (including a service officer) applies on the owner\u2019s behalf.',
      },
      required: false,
      core: false,
      eLicenceType: null,
      maxSizeMb: 5,
      departmentCodes: [],
    },
  ],
};

// ---------------------------------------------------------------------------
// Department items and the stage items bundling them (DESIGN §7)
// ---------------------------------------------------------------------------

/**
 * The department items of a construction project, each an item of its own with its guide. Codes
 * are stable: stage items, demo data and tests name them.
 */
export const DEPARTMENT_ITEM_CODES = {
  projectFiling: 'XC-FG-001',
  landUsePlanningPermit: 'XC-GH-001',
  worksPlanningPermit: 'XC-GH-002',
  planningVerification: 'XC-GH-003',
  eiaApproval: 'XC-HB-001',
  fireDesignReview: 'XC-XF-001',
  fireAcceptance: 'XC-XF-002',
  civilDefenceApproval: 'XC-RF-001',
  constructionPermit: 'XC-ZJ-001',
  completionFiling: 'XC-ZJ-002',
} as const;

/** The combined item of each project stage: one application bundling the stage's department items. */
export const STAGE_ITEM_CODES: Record<ProjectStage, string> = {
  land_planning: 'XC-JP-101',
  works_permit: 'XC-JP-102',
  construction_permit: 'XC-JP-103',
  completion_acceptance: 'XC-JP-104',
};

const D = DEPARTMENT_ITEM_CODES;

type MaterialInput = Pick<SeedMaterial, 'code' | 'nameZh' | 'nameEn' | 'description' | 'departmentCodes'> & Partial<SeedMaterial>;

/** A material as most project materials are: required, core, a 10 MB PDF. */
function material(m: MaterialInput): SeedMaterial {
  return { required: true, core: true, eLicenceType: null, maxSizeMb: 10, ...m };
}

const projectOwnerLicence = (departmentCodes: string[]) =>
  material({
    code: 'business-licence',
    nameZh: '建设单位营业执照',
    nameEn: 'Project owner\u2019s business licence',
    description: {
      zh: '电子证照库中已有电子营业执照的免于提交。',
      en: 'Not needed when the e-licence is already in the wallet.',
    },
    eLicenceType: 'business-licence',
    maxSizeMb: 5,
    departmentCodes,
  });

const projectPowerOfAttorney = material({
  code: 'power-of-attorney',
  nameZh: '授权委托书及受托人身份证件',
  nameEn: 'Power of attorney and agent\u2019s identity document',
  description: {
    zh: '委托代理人（含帮办代办员）办理的提交。',
    en: 'Only when an agent (including a service officer) applies on the owner\u2019s behalf.',
  },
  required: false,
  core: false,
  maxSizeMb: 5,
  departmentCodes: [],
});

type DepartmentItemInput = Pick<
  SeedServiceItem,
  'code' | 'nameZh' | 'nameEn' | 'summary' | 'legalBasis' | 'conditions' | 'statutoryDays' | 'promisedDays' | 'keywords'
> & {
  kind: 'licence' | 'filing';
  department: string;
  task: Bilingual;
  /** What the department checks on site or issues, the step between acceptance and the result. */
  reviewStep: Bilingual;
  materials: MaterialInput[];
};

/**
 * A department item of a construction project: filed on its own by a project owner through the
 * project form, decided by one department (no veto: a veto only means something within a
 * combined case), its owner's licence and an agent's authority among its materials.
 */
function departmentItem(i: DepartmentItemInput): SeedServiceItem {
  const { department, task, reviewStep, materials, ...texts } = i;
  return {
    ...texts,
    audience: 'project',
    leadDepartmentCode: department,
    feeYuan: 0,
    allowsTolerance: false,
    allowsPromise: false,
    promiseClauses: [],
    formKey: 'combined-project',
    howToApply: [
      {
        zh: '在线填写项目基本信息并上传材料；已纳入阶段联合审批的项目，可通过所在阶段的联合申请一并办理。',
        en: 'Fill in the project\u2019s details online and upload the materials; within a stage\u2019s combined application the item is handled together with the stage\u2019s other items.',
      },
      {
        zh: '政务服务中心窗口一次性审查材料，材料齐全的予以受理，需补正的一次性告知。',
        en: 'The Government Service Centre checks the materials once, accepts a complete application and notifies all deficiencies at once.',
      },
      reviewStep,
      {
        zh: '办结后结果文书及电子证照自动归集至企业电子证照库，可在线查验。',
        en: 'The result and any e-licence are added to the enterprise\u2019s wallet and can be verified online.',
      },
    ],
    departments: [{ code: department, task, timeLimitDays: i.promisedDays, legalDays: i.statutoryDays, veto: false }],
    materials: [...materials.map(material), projectOwnerLicence([department]), projectPowerOfAttorney],
  };
}

const projectFilingItem = departmentItem({
  code: D.projectFiling,
  nameZh: '企业投资项目备案',
  nameEn: 'Enterprise investment project filing',
  summary: {
    zh: '实行备案管理的企业投资项目，在开工建设前通过在线平台告知项目基本信息，发展和改革局对信息完整性进行核对后予以备案并赋予项目代码。',
    en: 'Before works start, an enterprise investment project under the filing regime reports its basic information online; the Development and Reform Bureau checks it is complete, files it and assigns the project code.',
  },
  kind: 'filing',
  department: 'drc',
  task: { zh: '企业投资项目备案', en: 'Enterprise investment project filing' },
  legalBasis: [LAW.investmentProjects, LAW.businessEnvironment],
  conditions: [
    {
      zh: '项目不属于《政府核准的投资项目目录》范围，符合国家产业政策。',
      en: 'The project is not in the Catalogue of Investment Projects Approved by the Government and conforms to national industrial policy.',
    },
    { zh: '项目位于许昌经济技术开发区范围内。', en: 'The project lies within Xuchang ETDZ.' },
  ],
  statutoryDays: 3,
  promisedDays: 1,
  keywords: ['项目备案', '项目代码', '立项', 'project filing', 'project code'],
  reviewStep: {
    zh: '发展和改革局核对备案信息的完整性，当场或1个工作日内出具备案证明。',
    en: 'The Development and Reform Bureau checks the information is complete and issues the filing certificate on the spot or within 1 working day.',
  },
  materials: [
    {
      code: 'filing-form',
      nameZh: '企业投资项目备案信息表',
      nameEn: 'Enterprise investment project filing form',
      description: {
        zh: '项目名称、建设地点、建设规模和内容、总投资额，以及项目符合产业政策的声明。',
        en: 'Project name, site, scale and scope of works, total investment, and a statement that the project conforms to industrial policy.',
      },
      departmentCodes: ['drc'],
    },
    {
      code: 'energy-report',
      nameZh: '节能报告',
      nameEn: 'Energy conservation report',
      description: {
        zh: '年综合能源消费量1000吨标准煤及以上的项目提交；位于已完成区域节能评价区域内的，依据评价结论免于提交。',
        en: 'For projects using 1,000 t of standard coal equivalent a year or more; waived within an area covered by a regional energy assessment.',
      },
      required: false,
      core: false,
      waivedByAssessment: 'energy',
      maxSizeMb: 30,
      departmentCodes: ['drc'],
    },
  ],
});

const landUsePlanningPermitItem = departmentItem({
  code: D.landUsePlanningPermit,
  nameZh: '建设用地规划许可证核发',
  nameEn: 'Land-use planning permit',
  summary: {
    zh: '以出让方式取得国有土地使用权的建设项目，在签订国有建设用地使用权出让合同后，向自然资源和规划部门申请核发建设用地规划许可证。',
    en: 'A project on state-owned land obtained by transfer applies, after signing the transfer contract, to the natural resources and planning authority for its land-use planning permit.',
  },
  kind: 'licence',
  department: 'nrp',
  task: { zh: '建设用地规划许可证核发', en: 'Land-use planning permit' },
  legalBasis: [LAW.planningLaw],
  conditions: [
    {
      zh: '已签订国有建设用地使用权出让合同，出让合同附有规划条件。',
      en: 'The state-owned land-use right transfer contract is signed, with the planning conditions attached.',
    },
  ],
  statutoryDays: 20,
  promisedDays: 5,
  keywords: ['用地规划', '规划许可', 'land-use planning'],
  reviewStep: {
    zh: '自然资源和规划分局核对用地位置、面积和规划条件，核发建设用地规划许可证。',
    en: 'The Natural Resources and Planning Branch checks the site, area and planning conditions and issues the permit.',
  },
  materials: [
    {
      code: 'land-transfer-contract',
      nameZh: '国有建设用地使用权出让合同',
      nameEn: 'State-owned land-use right transfer contract',
      description: { zh: '含附件规划条件。', en: 'With the planning conditions attached.' },
      departmentCodes: ['nrp'],
    },
    {
      code: 'site-boundary-map',
      nameZh: '建设项目用地红线图',
      nameEn: 'Site boundary (red line) map',
      description: {
        zh: '标明地块界址点坐标及面积，采用2000国家大地坐标系。',
        en: 'Boundary points and area of the parcel, in the CGCS2000 coordinate system.',
      },
      departmentCodes: ['nrp'],
    },
  ],
});

const worksPlanningPermitItem = departmentItem({
  code: D.worksPlanningPermit,
  nameZh: '建设工程规划许可证核发',
  nameEn: 'Construction works planning permit',
  summary: {
    zh: '在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位应当申请办理建设工程规划许可证；对设计方案是否符合规划条件进行审查。',
    en: 'Buildings, structures, roads, pipelines and other works within a planning area need a construction works planning permit; the design scheme is checked against the planning conditions.',
  },
  kind: 'licence',
  department: 'nrp',
  task: { zh: '建设工程规划许可证核发', en: 'Construction works planning permit' },
  legalBasis: [LAW.planningLaw],
  conditions: [
    { zh: '已取得建设用地规划许可证或不动产权证书。', en: 'The land-use planning permit or the property certificate is held.' },
    {
      zh: '设计方案由具备相应资质的设计单位编制，符合规划条件。',
      en: 'The design scheme is prepared by a qualified design institute and meets the planning conditions.',
    },
  ],
  statutoryDays: 20,
  promisedDays: 7,
  keywords: ['工程规划', '方案审查', 'planning permit', 'design scheme'],
  reviewStep: {
    zh: '自然资源和规划分局审查设计方案和主要经济技术指标，符合规划条件的核发建设工程规划许可证。',
    en: 'The Natural Resources and Planning Branch reviews the design scheme and its key indicators and issues the permit where they meet the planning conditions.',
  },
  materials: [
    {
      code: 'land-use-permit',
      nameZh: '建设用地规划许可证或不动产权证书',
      nameEn: 'Land-use planning permit or property certificate',
      description: { zh: '电子证照库中已有的免于提交。', en: 'Not needed when the e-licence is already in the wallet.' },
      eLicenceType: 'land-use-permit',
      departmentCodes: ['nrp'],
    },
    {
      code: 'design-scheme',
      nameZh: '建设工程设计方案',
      nameEn: 'Design scheme',
      description: {
        zh: '总平面图、建筑单体平立剖面图及主要经济技术指标表。',
        en: 'Site plan, building plans, elevations and sections, and the table of key technical indicators.',
      },
      maxSizeMb: 50,
      departmentCodes: ['nrp'],
    },
  ],
});

const planningVerificationItem = departmentItem({
  code: D.planningVerification,
  nameZh: '建设工程规划条件核实',
  nameEn: 'Verification of planning conditions on completion',
  summary: {
    zh: '建设工程竣工后，自然资源和规划部门对建设工程是否符合规划许可内容进行核实，核实合格的出具规划核实意见。',
    en: 'On completion, the natural resources and planning authority verifies the works against the planning permit and issues its verification opinion.',
  },
  kind: 'licence',
  department: 'nrp',
  task: { zh: '建设工程规划条件核实', en: 'Verification of planning conditions' },
  legalBasis: [LAW.planningLaw],
  conditions: [{ zh: '建设工程已按规划许可竣工。', en: 'The works are completed under the planning permit.' }],
  statutoryDays: 15,
  promisedDays: 5,
  keywords: ['规划核实', '竣工规划', 'planning verification'],
  reviewStep: {
    zh: '自然资源和规划分局现场核实建筑位置、高度、面积等指标，出具核实意见。',
    en: 'The branch checks the building\u2019s position, height and floor area on site and issues its opinion.',
  },
  materials: [
    {
      code: 'as-built-survey',
      nameZh: '竣工测量成果报告',
      nameEn: 'As-built survey report',
      description: {
        zh: '由具备测绘资质的单位出具，含建筑面积和用地指标。',
        en: 'By a licensed surveyor, with floor areas and land-use indicators.',
      },
      maxSizeMb: 30,
      departmentCodes: ['nrp'],
    },
  ],
});

const eiaApprovalItem = departmentItem({
  code: D.eiaApproval,
  nameZh: '建设项目环境影响评价文件审批',
  nameEn: 'Environmental impact assessment approval',
  summary: {
    zh: '依法应当编制环境影响报告书、报告表的建设项目，在开工建设前报生态环境部门审批；位于已完成区域环评区域内的项目，依据区域评估结论简化。',
    en: 'A project that must prepare an EIA report or report form submits it for approval before works start; within an area covered by a regional EIA it is simplified.',
  },
  kind: 'licence',
  department: 'eco',
  task: { zh: '环境影响评价文件审批', en: 'Environmental impact assessment approval' },
  legalBasis: [LAW.eiaLaw],
  conditions: [
    {
      zh: '项目符合生态环境分区管控要求和区域规划环评结论。',
      en: 'The project meets the zoning controls for the environment and the conclusions of the area\u2019s planning EIA.',
    },
  ],
  statutoryDays: 30,
  promisedDays: 10,
  keywords: ['环评', '环境影响', 'EIA', 'environmental'],
  reviewStep: {
    zh: '生态环境分局组织技术评估并公示，作出审批决定。',
    en: 'The Ecology and Environment Branch has the document technically assessed, publishes it and decides.',
  },
  materials: [
    {
      code: 'eia',
      nameZh: '环境影响评价文件',
      nameEn: 'Environmental impact assessment document',
      description: {
        zh: '按分类管理名录编制；项目位于已完成区域环评的区域内的，依据区域评估结论免于提交，系统自动引用评估成果。',
        en: 'As the classification list requires; waived within an area covered by a regional EIA, which is cited automatically.',
      },
      waivedByAssessment: 'eia',
      maxSizeMb: 30,
      departmentCodes: ['eco'],
    },
    {
      code: 'soil-water-plan',
      nameZh: '水土保持方案',
      nameEn: 'Soil and water conservation plan',
      description: {
        zh: '征占地面积0.5公顷以上的项目提交；位于已完成区域水土保持评估区域内的，依据评估结论免于提交。',
        en: 'For projects occupying 0.5 ha or more; waived within an area covered by a regional soil-and-water assessment.',
      },
      required: false,
      core: false,
      waivedByAssessment: 'soil_water',
      maxSizeMb: 30,
      departmentCodes: ['eco'],
    },
  ],
});

const fireDesignReviewItem = departmentItem({
  code: D.fireDesignReview,
  nameZh: '特殊建设工程消防设计审查',
  nameEn: 'Fire protection design review',
  summary: {
    zh: '特殊建设工程的建设单位在施工前申请消防设计审查；审查不合格的，不得施工。',
    en: 'The owner of a special construction project applies for fire protection design review before works start; works may not start until it passes.',
  },
  kind: 'licence',
  department: 'fire',
  task: { zh: '消防设计审查', en: 'Fire protection design review' },
  legalBasis: [LAW.fireLaw],
  conditions: [
    {
      zh: '消防设计文件由具备相应资质的设计单位编制，符合国家工程建设消防技术标准。',
      en: 'The fire design is prepared by a qualified design institute and meets the national technical fire standards.',
    },
  ],
  statutoryDays: 15,
  promisedDays: 10,
  keywords: ['消防审查', '消防设计', 'fire review'],
  reviewStep: {
    zh: '消防救援大队对照技术标准审查设计文件，出具审查意见；需修改的一次性告知。',
    en: 'The Fire and Rescue Brigade reviews the design against the technical standards and gives its opinion; revisions are asked for all at once.',
  },
  materials: [
    {
      code: 'fire-design',
      nameZh: '消防设计文件',
      nameEn: 'Fire protection design documents',
      description: {
        zh: '消防设计说明、防火分区、安全疏散及消防设施系统图等。',
        en: 'Fire design statement, fire compartments, evacuation and fire-system diagrams.',
      },
      maxSizeMb: 50,
      departmentCodes: ['fire'],
    },
  ],
});

const fireAcceptanceItem = departmentItem({
  code: D.fireAcceptance,
  nameZh: '特殊建设工程消防验收',
  nameEn: 'Fire protection acceptance',
  summary: {
    zh: '特殊建设工程竣工后，建设单位申请消防验收；未经消防验收或者验收不合格的，禁止投入使用。',
    en: 'On completion of a special construction project the owner applies for fire acceptance; the building may not be used until it passes.',
  },
  kind: 'licence',
  department: 'fire',
  task: { zh: '消防验收', en: 'Fire protection acceptance' },
  legalBasis: [LAW.fireLaw],
  conditions: [
    {
      zh: '已按审查合格的消防设计文件施工，建设单位已组织竣工验收消防查验。',
      en: 'The works follow the approved fire design, and the owner has carried out its own fire inspection on completion.',
    },
  ],
  statutoryDays: 15,
  promisedDays: 7,
  keywords: ['消防验收', 'fire acceptance'],
  reviewStep: {
    zh: '消防救援大队现场评定，出具消防验收意见。',
    en: 'The Fire and Rescue Brigade inspects on site and gives its acceptance opinion.',
  },
  materials: [
    {
      code: 'fire-inspection-report',
      nameZh: '工程竣工验收报告及消防查验报告',
      nameEn: 'Completion report and fire inspection report',
      description: {
        zh: '含建设、设计、施工、监理单位的消防质量合格证明。',
        en: 'With the fire quality statements of the owner, designer, contractor and supervising engineer.',
      },
      maxSizeMb: 30,
      departmentCodes: ['fire'],
    },
  ],
});

const civilDefenceApprovalItem = departmentItem({
  code: D.civilDefenceApproval,
  nameZh: '人防工程建设审批',
  nameEn: 'Civil air defence works approval',
  summary: {
    zh: '城市新建民用建筑按规定修建防空地下室；不具备修建条件的，经批准易地建设并缴纳易地建设费。',
    en: 'New civil buildings in cities build an air-raid basement as required; where that is not feasible, building it elsewhere is approved and its fee paid.',
  },
  kind: 'licence',
  department: 'civil-defence',
  task: { zh: '人防工程设计审查', en: 'Civil air defence works design review' },
  legalBasis: [LAW.civilDefenceLaw],
  conditions: [
    { zh: '项目属于应修建防空地下室的民用建筑。', en: 'The project is a civil building required to have an air-raid basement.' },
  ],
  statutoryDays: 20,
  promisedDays: 5,
  keywords: ['人防', '防空地下室', 'air defence'],
  reviewStep: {
    zh: '人民防空办公室审查人防工程设计或易地建设申请，出具审批意见。',
    en: 'The Civil Air Defence Office reviews the basement design or the application to build elsewhere and decides.',
  },
  materials: [
    {
      code: 'civil-defence-design',
      nameZh: '人防工程设计文件',
      nameEn: 'Civil air defence works design',
      description: {
        zh: '不具备修建条件的，提交易地建设申请。',
        en: 'Where building it is not feasible, an application to build it elsewhere (易地建设).',
      },
      core: false,
      maxSizeMb: 50,
      departmentCodes: ['civil-defence'],
    },
  ],
});

const constructionPermitItem = departmentItem({
  code: D.constructionPermit,
  nameZh: '建筑工程施工许可证核发',
  nameEn: 'Construction permit for building works',
  summary: {
    zh: '工程投资额在100万元以上或建筑面积在500平方米以上的建筑工程，建设单位在开工前申请领取施工许可证。',
    en: 'Building works with an investment of 1 million yuan or more or a floor area of 500 m² or more need a construction permit before works start.',
  },
  kind: 'licence',
  department: 'housing',
  task: { zh: '建筑工程施工许可证核发', en: 'Construction permit' },
  legalBasis: [LAW.constructionPermit],
  conditions: [
    { zh: '已取得建设工程规划许可证。', en: 'The construction works planning permit is held.' },
    {
      zh: '施工、监理单位已依法确定，建设资金已经落实。',
      en: 'The contractor and supervising engineer are lawfully selected and the funds are in place.',
    },
  ],
  statutoryDays: 7,
  promisedDays: 3,
  keywords: ['施工许可证', '开工许可', 'building permit'],
  reviewStep: {
    zh: '住房和城乡建设局核验开工条件，核发施工许可证。',
    en: 'The Housing and Urban-Rural Development Bureau checks the conditions for starting works and issues the permit.',
  },
  materials: [
    {
      code: 'contracts',
      nameZh: '施工合同及监理合同',
      nameEn: 'Construction and supervision contracts',
      description: {
        zh: '依法确定的施工单位、监理单位与建设单位签订的合同。',
        en: 'Contracts with the lawfully selected contractor and supervising engineer.',
      },
      core: false,
      maxSizeMb: 20,
      departmentCodes: ['housing'],
    },
    {
      code: 'funding-commitment',
      nameZh: '建设资金已经落实承诺书',
      nameEn: 'Commitment that construction funds are in place',
      description: { zh: '由建设单位签署。', en: 'Signed by the owner.' },
      core: false,
      maxSizeMb: 5,
      departmentCodes: ['housing'],
    },
  ],
});

const completionFilingItem = departmentItem({
  code: D.completionFiling,
  nameZh: '房屋建筑和市政基础设施工程竣工验收备案',
  nameEn: 'Completion acceptance filing of building works',
  summary: {
    zh: '建设单位组织竣工验收合格后，向住房和城乡建设部门办理竣工验收备案。',
    en: 'After the owner\u2019s completion acceptance has passed, it files the acceptance with the housing authority.',
  },
  kind: 'filing',
  department: 'housing',
  task: { zh: '竣工验收备案', en: 'Completion acceptance filing' },
  legalBasis: [
    {
      zh: '《房屋建筑和市政基础设施工程竣工验收备案管理办法》（住房和城乡建设部令第2号）',
      en: 'Measures for Completion Acceptance Filing of Building and Municipal Works (MOHURD Order No. 2)',
    },
  ],
  conditions: [{ zh: '建设单位已组织竣工验收并合格。', en: 'The owner\u2019s completion acceptance has passed.' }],
  statutoryDays: 15,
  promisedDays: 3,
  keywords: ['竣工备案', '竣工验收', 'completion filing'],
  reviewStep: {
    zh: '住房和城乡建设局核对验收文件，出具竣工验收备案证明。',
    en: 'The Housing and Urban-Rural Development Bureau checks the acceptance documents and issues the filing certificate.',
  },
  materials: [
    {
      code: 'completion-report',
      nameZh: '工程竣工验收报告',
      nameEn: 'Completion acceptance report',
      description: {
        zh: '含建设、勘察、设计、施工、监理单位签署的质量合格文件。',
        en: 'With the quality statements signed by the owner, surveyor, designer, contractor and supervising engineer.',
      },
      maxSizeMb: 30,
      departmentCodes: ['housing'],
    },
  ],
});

/** A stage's combined application form, shared by every stage item. */
const stageApplication = (departmentCodes: string[]) =>
  material({
    code: 'joint-application',
    nameZh: '阶段联合审批申请表',
    nameEn: 'Stage combined application form',
    description: {
      zh: '在线填写生成，含项目名称、建设地点、用地面积、建筑面积和总投资，加盖建设单位公章。',
      en: 'Generated from the online form: project name, site, land and floor area and total investment, with the owner\u2019s seal.',
    },
    maxSizeMb: 5,
    departmentCodes,
  });

type StageItemInput = Pick<
  SeedServiceItem,
  'nameZh' | 'nameEn' | 'summary' | 'legalBasis' | 'statutoryDays' | 'promisedDays' | 'keywords' | 'departments' | 'materials'
> & {
  stage: ProjectStage;
  /** 项目承诺制: the clauses an owner may promise instead of the materials they replace, and what follows. */
  promise?: Pick<SeedServiceItem, 'promiseClauses' | 'verificationDays' | 'verificationMethod' | 'permitKind'>;
};

/**
 * A stage's combined item: one application at the window, the stage's department items decided
 * in parallel, each on its own limits (DESIGN §7).
 */
function stageItem({ promise, ...i }: StageItemInput): SeedServiceItem {
  const codes = i.departments.map((d) => d.code);
  return {
    ...i,
    ...promise,
    code: STAGE_ITEM_CODES[i.stage],
    kind: 'combined',
    audience: 'project',
    leadDepartmentCode: 'window',
    legalBasis: [LAW.licensingLaw, LAW.projectApprovalReform, ...i.legalBasis, LAW.henanBusinessEnvironment],
    conditions: combinedProject.conditions,
    feeYuan: 0,
    allowsTolerance: true,
    allowsPromise: !!promise,
    promiseClauses: promise?.promiseClauses ?? [],
    formKey: 'combined-project',
    howToApply: [
      {
        zh: '在项目页面选择本阶段，填写联合申请并一次上传全部材料；图纸只需上传一套，供各部门联合审查。',
        en: 'Choose the stage on the project\u2019s page, fill in the combined application and upload every material at once; drawings are uploaded once for all departments.',
      },
      {
        zh: '政务服务中心窗口一次性审查材料，材料齐全的予以受理；非核心材料缺失的可容缺受理。',
        en: 'The Government Service Centre checks the materials once and accepts a complete application; missing non-core materials may be tolerated.',
      },
      {
        zh: '受理后各部门在各自时限内并联审查；持有否决权的部门不予通过的，申请即办结为不予批准。',
        en: 'After acceptance, each department reviews in parallel within its own limit; a denial by a department holding a veto ends the application at once.',
      },
      {
        zh: '需修改的意见合并为一份补正通知，修改后回到原审查人员复核；全部部门办结后统一出具结果。',
        en: 'Revision requests are merged into one notice and the revision returns to the same reviewers; when every department has decided, one result is issued.',
      },
    ],
    materials: [stageApplication(codes), projectOwnerLicence(codes), ...i.materials, projectPowerOfAttorney],
  };
}

const landPlanningStage = stageItem({
  stage: 'land_planning',
  nameZh: '立项用地规划许可阶段联合审批',
  nameEn: 'Combined approval: project approval and land-use planning stage',
  summary: {
    zh: '工程建设项目立项用地规划许可阶段“一表申请、并联审批”：企业投资项目备案与建设用地规划许可证一次申请、同步办理。',
    en: 'One application for the project approval and land-use planning stage: the investment project filing and the land-use planning permit are handled together.',
  },
  legalBasis: [LAW.investmentProjects, LAW.planningLaw],
  statutoryDays: 20,
  promisedDays: 5,
  keywords: ['立项', '用地规划', '项目备案', 'land-use planning', 'project filing'],
  departments: [
    {
      code: 'drc',
      itemCode: D.projectFiling,
      task: projectFilingItem.departments[0].task,
      veto: false,
      legalDays: 3,
      timeLimitDays: 1,
    },
    {
      code: 'nrp',
      itemCode: D.landUsePlanningPermit,
      task: landUsePlanningPermitItem.departments[0].task,
      veto: true,
      legalDays: 20,
      timeLimitDays: 5,
    },
  ],
  materials: [
    ...projectFilingItem.materials.filter((m) => ['filing-form', 'energy-report'].includes(m.code)),
    ...landUsePlanningPermitItem.materials.filter((m) => ['land-transfer-contract', 'site-boundary-map'].includes(m.code)),
  ],
});

const worksPermitStage = stageItem({
  stage: 'works_permit',
  nameZh: '工程建设许可阶段联合审批',
  nameEn: 'Combined approval: construction works planning stage',
  summary: {
    zh: '工程建设许可阶段并联办理建设工程规划许可证、环境影响评价审批和人防工程审批；设计方案图纸一次上传，多图联审。',
    en: 'The construction works planning permit, the EIA approval and the civil air defence approval handled together; the design drawings are uploaded once and reviewed jointly.',
  },
  legalBasis: [LAW.planningLaw, LAW.eiaLaw, LAW.civilDefenceLaw],
  statutoryDays: 30,
  promisedDays: 10,
  keywords: ['工程规划', '环评', '人防', '多图联审', 'planning permit', 'EIA'],
  departments: [
    {
      code: 'nrp',
      itemCode: D.worksPlanningPermit,
      task: worksPlanningPermitItem.departments[0].task,
      veto: true,
      legalDays: 20,
      timeLimitDays: 7,
    },
    {
      code: 'eco',
      itemCode: D.eiaApproval,
      task: eiaApprovalItem.departments[0].task,
      veto: true,
      legalDays: 30,
      timeLimitDays: 10,
    },
    {
      code: 'civil-defence',
      itemCode: D.civilDefenceApproval,
      task: civilDefenceApprovalItem.departments[0].task,
      veto: false,
      legalDays: 20,
      timeLimitDays: 5,
    },
  ],
  materials: [
    material({
      code: 'land-use-permit',
      nameZh: '建设用地规划许可证或不动产权证书',
      nameEn: 'Land-use planning permit or property certificate',
      description: { zh: '电子证照库中已有的免于提交。', en: 'Not needed when the e-licence is already in the wallet.' },
      eLicenceType: 'land-use-permit',
      departmentCodes: ['nrp'],
    }),
    material({
      code: 'design-drawings',
      nameZh: '建设工程设计方案图纸',
      nameEn: 'Design scheme drawings',
      description: {
        zh: '总平面图、建筑单体平立剖面图及人防平面图，合并为一份PDF；作为多图联审的共用图纸，只上传一套。',
        en: 'Site plan, building plans, elevations and sections and the air-raid basement plan in one PDF; the shared drawing set, uploaded once.',
      },
      maxSizeMb: 50,
      departmentCodes: ['nrp', 'civil-defence'],
      drawingSet: true,
    }),
    ...eiaApprovalItem.materials.filter((m) => ['eia', 'soil-water-plan'].includes(m.code)),
    ...civilDefenceApprovalItem.materials.filter((m) => m.code === 'civil-defence-design'),
  ],
});

const constructionPermitStage = stageItem({
  stage: 'construction_permit',
  nameZh: '施工许可阶段联合审批',
  nameEn: 'Combined approval: construction permit stage',
  summary: {
    zh: '施工许可阶段并联办理消防设计审查、建设工程规划许可核验和建筑工程施工许可证；施工图一次上传，消防、规划、住建联合审查。消防设计审查不合格的，不予许可。',
    en: 'Fire design review, the planning permit check and the construction permit handled together; the construction drawings are uploaded once and reviewed jointly by fire, planning and housing. A failed fire design review denies the permit.',
  },
  legalBasis: [LAW.fireLaw, LAW.planningLaw, LAW.constructionPermit],
  statutoryDays: 15,
  promisedDays: 10,
  keywords: ['施工许可证', '建筑工程施工许可', '消防审查', '施工图', '项目承诺制', 'building permit', 'construction drawings'],
  // 项目承诺制: an owner who promises these gets the permit at once; each department verifies its clauses on site.
  promise: {
    promiseClauses: [
      {
        zh: '施工图消防设计文件符合国家工程建设消防技术标准，开工前经审查合格；不擅自变更经审查的消防设计内容。',
        en: 'The fire design of the construction drawings meets the national fire standards and passes review before works start; the reviewed fire design will not be changed without approval.',
        replaces: ['fire-design'],
        department: 'fire',
      },
      {
        zh: '建设工程的建设内容与建设工程规划许可证载明的内容一致。',
        en: 'The works match what the construction works planning permit states.',
        replaces: [],
        department: 'nrp',
      },
      {
        zh: '施工、监理单位已依法确定并签订合同，建设资金已经落实，施工现场已具备施工条件。',
        en: 'The contractor and the supervising engineer are lawfully selected and under contract, the funds are in place, and the site is ready for works.',
        replaces: ['contracts', 'funding-commitment'],
        department: 'housing',
      },
      {
        zh: '如承诺不实，本单位同意撤销施工许可，记入信用记录，并依法承担相应责任。',
        en: 'If this promise proves untrue, we accept that the construction permit is revoked and a credit record is made, and bear the legal consequences.',
        replaces: [],
        department: 'housing',
      },
    ],
    verificationDays: 30,
    verificationMethod: 'site_inspection',
    permitKind: 'construction',
  },
  departments: [
    {
      code: 'fire',
      itemCode: D.fireDesignReview,
      task: fireDesignReviewItem.departments[0].task,
      veto: true,
      legalDays: 15,
      timeLimitDays: 10,
    },
    {
      code: 'nrp',
      itemCode: D.worksPlanningPermit,
      task: { zh: '建设工程规划许可核验', en: 'Construction works planning permit check' },
      veto: false,
      legalDays: 20,
      timeLimitDays: 5,
    },
    {
      code: 'housing',
      itemCode: D.constructionPermit,
      task: constructionPermitItem.departments[0].task,
      veto: false,
      legalDays: 7,
      timeLimitDays: 3,
    },
  ],
  materials: [
    material({
      code: 'construction-drawings',
      nameZh: '施工图设计文件',
      nameEn: 'Construction drawings',
      description: {
        zh: '建筑、结构、给排水、电气及消防专篇施工图，合并为一份PDF；作为多图联审的共用图纸，只上传一套。',
        en: 'Architectural, structural, plumbing, electrical and fire construction drawings in one PDF; the shared drawing set, uploaded once.',
      },
      maxSizeMb: 50,
      departmentCodes: ['fire', 'nrp', 'housing'],
      drawingSet: true,
    }),
    ...fireDesignReviewItem.materials.filter((m) => m.code === 'fire-design'),
    material({
      code: 'seismic-safety',
      nameZh: '地震安全性评价报告',
      nameEn: 'Seismic safety assessment report',
      description: {
        zh: '确定抗震设防要求的地震安全性评价报告；项目位于有效的区域地震安全性评价范围内的，免于提交。',
        en: 'The seismic safety assessment fixing the seismic design requirements; waived for a project inside a valid regional seismic safety assessment.',
      },
      core: false,
      waivedByAssessment: 'seismic',
      departmentCodes: ['housing'],
    }),
    material({
      code: 'works-planning-permit',
      nameZh: '建设工程规划许可证',
      nameEn: 'Construction works planning permit',
      description: { zh: '电子证照库中已有的免于提交。', en: 'Not needed when the e-licence is already in the wallet.' },
      eLicenceType: 'works-planning-permit',
      departmentCodes: ['nrp', 'housing'],
    }),
    ...constructionPermitItem.materials.filter((m) => ['contracts', 'funding-commitment'].includes(m.code)),
  ],
});

const completionAcceptanceStage = stageItem({
  stage: 'completion_acceptance',
  nameZh: '竣工验收阶段联合验收',
  nameEn: 'Combined completion acceptance',
  summary: {
    zh: '竣工验收阶段“一次申请、联合验收”：消防验收、规划条件核实和竣工验收备案同步办理。消防验收不合格的，不予通过。',
    en: 'One application for completion: fire acceptance, verification of planning conditions and the completion filing handled together. A failed fire acceptance fails the stage.',
  },
  legalBasis: [LAW.fireLaw, LAW.planningLaw],
  statutoryDays: 15,
  promisedDays: 7,
  keywords: ['竣工验收', '联合验收', '消防验收', 'completion acceptance'],
  departments: [
    {
      code: 'fire',
      itemCode: D.fireAcceptance,
      task: fireAcceptanceItem.departments[0].task,
      veto: true,
      legalDays: 15,
      timeLimitDays: 7,
    },
    {
      code: 'nrp',
      itemCode: D.planningVerification,
      task: planningVerificationItem.departments[0].task,
      veto: false,
      legalDays: 15,
      timeLimitDays: 5,
    },
    {
      code: 'housing',
      itemCode: D.completionFiling,
      task: completionFilingItem.departments[0].task,
      veto: false,
      legalDays: 15,
      timeLimitDays: 3,
    },
  ],
  materials: [
    ...completionFilingItem.materials
      .filter((m) => m.code === 'completion-report')
      .map((m) => ({ ...m, departmentCodes: ['housing', 'fire'] })),
    ...fireAcceptanceItem.materials.filter((m) => m.code === 'fire-inspection-report'),
    ...planningVerificationItem.materials.filter((m) => m.code === 'as-built-survey'),
  ],
});

/** 食品经营许可 under 证照分离: promise-based approval on the same day, a site inspection within 20 working days. */
const foodBusinessPermit: SeedServiceItem = {
  code: 'XC-SP-001',
  nameZh: '食品经营许可',
  nameEn: 'Food business permit',
  summary: {
    zh: '从事食品销售和餐饮服务的经营者，应当取得食品经营许可。实行告知承诺制：申请人书面承诺符合许可条件的，当场发证，市场监督管理局在20个工作日内现场核查。',
    en: 'Anyone selling food or providing catering needs a food business permit. Promise-based approval applies: an applicant who promises in writing that the conditions are met gets the permit on the spot, and the Market Regulation Bureau inspects the premises within 20 working days.',
  },
  kind: 'licence',
  audience: 'enterprise',
  leadDepartmentCode: 'market',
  legalBasis: [LAW.foodSafetyLaw, LAW.promiseReform],
  conditions: [
    {
      zh: '具有与经营的食品品种、数量相适应的经营场所和设备设施。',
      en: 'Premises, equipment and facilities suited to the kinds and quantities of food sold.',
    },
    {
      zh: '有专职或者兼职的食品安全管理人员和保证食品安全的规章制度。',
      en: 'A full- or part-time food safety manager and rules that keep food safe.',
    },
  ],
  statutoryDays: 10,
  promisedDays: 5,
  feeYuan: 0,
  allowsTolerance: true,
  allowsPromise: true,
  promiseClauses: [
    {
      zh: '本单位具有与经营的食品品种、数量相适应的经营场所，场所环境整洁，并与有毒、有害场所以及其他污染源保持规定的距离。',
      en: 'We have premises suited to the kinds and quantities of food we sell, kept clean and at the required distance from toxic or harmful sites and other sources of pollution.',
      replaces: ['premises-layout'],
    },
    {
      zh: '本单位具有与经营的食品品种、数量相适应的经营设备或者设施，以及相应的消毒、更衣、洗涤、冷藏、防尘、防蝇、防鼠、防虫和存放垃圾的设施。',
      en: 'We have the equipment and facilities suited to the food we sell, including disinfection, changing, washing, refrigeration and dust-, fly-, rodent- and pest-proofing, and waste storage.',
      replaces: ['equipment-list'],
    },
    {
      zh: '本单位有专职或者兼职的食品安全管理人员和保证食品安全的规章制度。',
      en: 'We have a full- or part-time food safety manager and rules that keep food safe.',
      replaces: ['safety-rules'],
    },
    {
      zh: '本单位提交的材料真实、合法、有效；如承诺不实，同意撤销许可、记入信用记录，并依法承担相应责任。',
      en: 'The materials we submit are true, lawful and valid; if this promise proves untrue we accept that the permit is revoked and a credit record is made, and bear the legal consequences.',
      replaces: [],
    },
  ],
  verificationDays: 20,
  verificationMethod: 'site_inspection',
  permitKind: 'food-business',
  formKey: 'food-business',
  keywords: ['食品经营许可证', '餐饮', '食品销售', '证照分离', '告知承诺', 'food permit', 'catering', 'restaurant'],
  howToApply: [
    {
      zh: '在线填写申请并上传材料；选择告知承诺的，逐条承诺符合许可条件，相应材料免于提交。',
      en: 'Apply online and upload the materials; choosing promise-based approval, promise each condition one by one, and the materials it replaces are not needed.',
    },
    {
      zh: '窗口形式审查通过的，告知承诺申请当场发证；一般程序在承诺时限内作出决定。',
      en: 'Once the window\u2019s formal check passes, a promise-based application gets its permit on the spot; the ordinary procedure is decided within the promised limit.',
    },
    {
      zh: '告知承诺发证后，市场监督管理局在20个工作日内现场核查；承诺不实的，撤销许可并记入信用记录。',
      en: 'After a promise-based permit, the Market Regulation Bureau inspects within 20 working days; a false promise revokes the permit and makes a credit record.',
    },
  ],
  departments: [{ code: 'market', task: { zh: '食品经营许可审查', en: 'Food business permit review' }, timeLimitDays: 5 }],
  materials: [
    material({
      code: 'application-form',
      nameZh: '食品经营许可申请书',
      nameEn: 'Food business permit application form',
      description: {
        zh: '申请人签字或盖章；告知承诺的，含承诺书。',
        en: 'Signed or sealed by the applicant; with the promise, when promise-based.',
      },
      departmentCodes: ['market'],
    }),
    material({
      code: 'business-licence',
      nameZh: '营业执照',
      nameEn: 'Business licence',
      description: {
        zh: '电子证照库中已有电子营业执照的免于提交。',
        en: 'Not needed when the e-licence is already in the wallet.',
      },
      eLicenceType: 'business-licence',
      maxSizeMb: 5,
      departmentCodes: ['market'],
    }),
    material({
      code: 'premises-layout',
      nameZh: '经营场所平面布局图',
      nameEn: 'Floor plan of the premises',
      description: {
        zh: '标明经营区域、设备设施布局及与污染源的距离。',
        en: 'Showing the business areas, the layout of equipment and the distance to sources of pollution.',
      },
      core: false,
      departmentCodes: ['market'],
    }),
    material({
      code: 'equipment-list',
      nameZh: '主要设备设施清单',
      nameEn: 'List of the main equipment and facilities',
      description: {
        zh: '冷藏、消毒、洗涤、防尘防蝇防鼠等设备设施的名称、数量和位置。',
        en: 'Name, number and place of refrigeration, disinfection, washing and pest-proofing equipment.',
      },
      core: false,
      departmentCodes: ['market'],
    }),
    material({
      code: 'safety-rules',
      nameZh: '食品安全管理制度文本',
      nameEn: 'Food safety rules',
      description: {
        zh: '进货查验、从业人员健康管理、食品安全自查等制度。',
        en: 'Rules for checking supplies, staff health and food safety self-inspection.',
      },
      core: false,
      departmentCodes: ['market'],
    }),
  ],
};

export const serviceItems: SeedServiceItem[] = [
  nameReservation,
  establishment,
  foodBusinessPermit,
  combinedProject,
  projectFilingItem,
  landUsePlanningPermitItem,
  worksPlanningPermitItem,
  planningVerificationItem,
  eiaApprovalItem,
  fireDesignReviewItem,
  fireAcceptanceItem,
  civilDefenceApprovalItem,
  constructionPermitItem,
  completionFilingItem,
  landPlanningStage,
  worksPermitStage,
  constructionPermitStage,
  completionAcceptanceStage,
];

// ---------------------------------------------------------------------------
// Enterprises (DESIGN §11)
// ---------------------------------------------------------------------------

export const PARKS = ['电力装备产业园', '电梯产业园', '智能装备产业园', '生物医药产业园', '电子商务产业园'] as const;
export type Park = (typeof PARKS)[number];

const ENT = {
  xizi: '西继迅达（许昌）电梯有限公司',
  xuji: '许继电气股份有限公司',
  jingrui: '晶锐科技有限公司',
  zhongfeng: '许昌中锋数控科技有限公司',
  hongzhiye: '河南鸿之业新材料有限公司',
  juling: '许昌巨领能源科技有限公司',
  hongjun: '许昌鸿钧飞机制造有限公司',
  yuanhong: '许昌渊鸿商贸有限公司',
  xinda: '许昌鑫达电力设备有限公司',
  ruida: '许昌瑞达生物医药有限公司',
  huahai: '华海财产保险股份有限公司许昌中心支公司',
} as const;

export const enterprises: SeedEnterprise[] = [
  {
    name: ENT.xizi,
    industry: '电梯及自动扶梯制造',
    park: '电梯产业园',
    address: '河南省许昌经济技术开发区瑞祥路1288号',
    investmentYuan: null,
    creditCode: null,
  },
  {
    name: ENT.xuji,
    industry: '输配电及控制设备制造',
    park: '电力装备产业园',
    address: '河南省许昌经济技术开发区长安大道1698号',
    investmentYuan: null,
    creditCode: null,
  },
  {
    name: ENT.jingrui,
    industry: '电子元器件及专用材料制造',
    park: '智能装备产业园',
    address: '河南省许昌经济技术开发区新兴路366号',
    investmentYuan: null,
    creditCode: null,
  },
  {
    name: ENT.zhongfeng,
    industry: '数控机床及智能装备制造',
    park: '智能装备产业园',
    address: '河南省许昌经济技术开发区智造路88号',
    investmentYuan: null,
    creditCode: null,
  },
  {
    name: ENT.hongzhiye,
    industry: '绿色建筑材料制造',
    park: '智能装备产业园',
    address: '河南省许昌经济技术开发区阳光大道与华佗路交叉口东北角',
    investmentYuan: 400_000_000,
    creditCode: null,
  },
  {
    name: ENT.juling,
    industry: '储能电池制造',
    park: '电力装备产业园',
    address: '河南省许昌经济技术开发区永昌大道2066号',
    investmentYuan: 5_000_000_000,
    creditCode: null,
  },
  {
    name: ENT.hongjun,
    industry: '通用航空器制造（军民融合）',
    park: '智能装备产业园',
    address: '河南省许昌经济技术开发区航空路1号',
    investmentYuan: null,
    creditCode: null,
  },
  {
    name: ENT.yuanhong,
    industry: '仓储物流（一峰仓储物流中心）',
    park: '电子商务产业园',
    address: '河南省许昌经济技术开发区物流大道518号',
    investmentYuan: null,
    creditCode: null,
  },
  {
    name: ENT.xinda,
    industry: '电力设备制造',
    park: '电力装备产业园',
    address: '河南省许昌经济技术开发区电力路126号',
    investmentYuan: null,
    creditCode: null,
  },
  {
    name: ENT.ruida,
    industry: '生物医药研发与制造',
    park: '生物医药产业园',
    address: '河南省许昌经济技术开发区药谷路69号',
    investmentYuan: null,
    creditCode: null,
  },
  {
    name: ENT.huahai,
    industry: '财产保险',
    park: '电子商务产业园',
    address: '河南省许昌经济技术开发区创业路8号电子商务产业园3号楼',
    investmentYuan: null,
    creditCode: null,
  },
];

// ---------------------------------------------------------------------------
// Demo users (DESIGN §1)
// ---------------------------------------------------------------------------

export const DEMO_PASSWORD = 'OneWindow-2026';

export const demoUsers: DemoUser[] = [
  {
    key: 'applicant',
    email: 'applicant@onewindow.test',
    name: '李明远',
    roles: ['applicant'],
    departmentCode: null,
    enterpriseName: ENT.hongzhiye,
    password: DEMO_PASSWORD,
  },
  {
    key: 'applicant2',
    email: 'applicant2@onewindow.test',
    name: '王雅琴',
    roles: ['applicant'],
    departmentCode: null,
    enterpriseName: ENT.juling,
    password: DEMO_PASSWORD,
  },
  {
    key: 'clerk',
    email: 'clerk@onewindow.test',
    name: '张慧敏',
    roles: ['clerk'],
    departmentCode: 'window',
    enterpriseName: null,
    password: DEMO_PASSWORD,
  },
  {
    key: 'reviewer',
    email: 'reviewer@onewindow.test',
    name: '赵国栋',
    roles: ['reviewer'],
    departmentCode: 'fire',
    enterpriseName: null,
    password: DEMO_PASSWORD,
  },
  {
    key: 'reviewer2',
    email: 'reviewer2@onewindow.test',
    name: '刘思远',
    roles: ['reviewer'],
    departmentCode: 'nrp',
    enterpriseName: null,
    password: DEMO_PASSWORD,
  },
  {
    key: 'reviewer3',
    email: 'reviewer3@onewindow.test',
    name: '马晓婷',
    roles: ['reviewer'],
    departmentCode: 'market',
    enterpriseName: null,
    password: DEMO_PASSWORD,
  },
  // One reviewer for each department of the combined approval (DESIGN §7).
  {
    key: 'reviewer4',
    email: 'reviewer4@onewindow.test',
    name: '孙建华',
    roles: ['reviewer'],
    departmentCode: 'housing',
    enterpriseName: null,
    password: DEMO_PASSWORD,
  },
  {
    key: 'reviewer5',
    email: 'reviewer5@onewindow.test',
    name: '周明轩',
    roles: ['reviewer'],
    departmentCode: 'eco',
    enterpriseName: null,
    password: DEMO_PASSWORD,
  },
  {
    key: 'reviewer6',
    email: 'reviewer6@onewindow.test',
    name: '吴海涛',
    roles: ['reviewer'],
    departmentCode: 'drc',
    enterpriseName: null,
    password: DEMO_PASSWORD,
  },
  {
    key: 'reviewer7',
    email: 'reviewer7@onewindow.test',
    name: '郑丽娜',
    roles: ['reviewer'],
    departmentCode: 'civil-defence',
    enterpriseName: null,
    password: DEMO_PASSWORD,
  },
  {
    key: 'officer',
    email: 'officer@onewindow.test',
    name: '陈志强',
    roles: ['officer'],
    departmentCode: 'enterprise-service',
    enterpriseName: null,
    password: DEMO_PASSWORD,
  },
  {
    key: 'manager',
    email: 'manager@onewindow.test',
    name: '孙德华',
    roles: ['manager'],
    departmentCode: 'enterprise-service',
    enterpriseName: null,
    password: DEMO_PASSWORD,
  },
  {
    key: 'admin',
    email: 'admin@onewindow.test',
    name: '周立新',
    roles: ['admin'],
    departmentCode: 'window',
    enterpriseName: null,
    password: DEMO_PASSWORD,
  },
];

/** Contact persons (经办人) of the demo enterprises that no role account above belongs to. */
const AGENT_NAMES = ['周海峰', '吴婷婷', '郑凯文', '孙丽娜', '马俊杰', '朱晓燕', '胡振宇', '郭文敏', '何建军', '高雪峰'];

/**
 * One applicant account per remaining demo enterprise, so that every demo case is filed, and
 * acted on, by a member of its enterprise through the same workflow the portal runs. Same
 * password as the role accounts; not printed on start (the role accounts are enough to try).
 */
/**
 * Officers paired with enterprises (one-on-one service, DESIGN §7). The demo officer has the
 * demo applicant's enterprise, not the second applicant's: the two stay distinguishable.
 */
export const demoPairings: { officerKey: string; enterpriseName: string }[] = [
  { officerKey: 'officer', enterpriseName: ENT.hongzhiye },
];

export const enterpriseAgents: DemoUser[] = enterprises
  .filter((e) => !demoUsers.some((u) => u.enterpriseName === e.name))
  .map((e, i) => ({
    key: `agent${i + 1}`,
    email: `agent${i + 1}@onewindow.test`,
    name: AGENT_NAMES[i % AGENT_NAMES.length],
    roles: ['applicant'],
    departmentCode: null,
    enterpriseName: e.name,
    password: DEMO_PASSWORD,
  }));

/**
 * The zone's completed assessments: the regional EIA covers only the eastern part (east of
 * 113.85° E), so some demo parcels are waived and some are not; the seismic assessment covers
 * the whole zone; the soil-and-water assessment two separate western blocks; the energy
 * assessment has expired.
 */

// ---------------------------------------------------------------------------
// Regional assessments and projects (DESIGN §7: 区域评估, 联审联批)
// ---------------------------------------------------------------------------

/** An axis-aligned block [west, south] → [east, north], counter-clockwise. */
function block(west: number, south: number, east: number, north: number): PolygonGeometry {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

export type SeedAssessment = {
  kind: AssessmentKind;
  name: Bilingual;
  documentNumber: string;
  area: AreaGeometry;
  validFrom: string;
  validUntil: string;
};

export const regionalAssessments: SeedAssessment[] = [
  {
    kind: 'eia',
    name: {
      zh: '许昌经济技术开发区东区区域环境影响评价',
      en: 'Regional environmental impact assessment of the zone’s eastern part',
    },
    documentNumber: '许环审〔2024〕18号',
    area: {
      type: 'Polygon',
      coordinates: [
        [
          [113.85, 33.978],
          [113.888, 33.982],
          [113.9, 34.01],
          [113.892, 34.04],
          [113.85, 34.0445],
          [113.85, 33.978],
        ],
      ],
    },
    validFrom: '2024-06-01',
    validUntil: '2029-05-31',
  },
  {
    kind: 'seismic',
    name: { zh: '许昌经济技术开发区区域地震安全性评价', en: 'Regional seismic safety assessment of the zone' },
    documentNumber: '豫震安评〔2023〕7号',
    area: ZONE_BOUNDARY,
    validFrom: '2023-03-01',
    validUntil: '2028-02-29',
  },
  {
    kind: 'soil_water',
    name: {
      zh: '许昌经济技术开发区西区区域水土保持评估',
      en: 'Regional soil and water conservation assessment of the zone’s western blocks',
    },
    documentNumber: '许水保〔2024〕5号',
    area: {
      type: 'MultiPolygon',
      coordinates: [block(113.805, 33.995, 113.83, 34.03).coordinates, block(113.832, 33.985, 113.845, 34.0).coordinates],
    },
    validFrom: '2024-09-01',
    validUntil: '2029-08-31',
  },
  {
    kind: 'energy',
    name: { zh: '许昌经济技术开发区区域节能评价', en: 'Regional energy conservation assessment of the zone' },
    documentNumber: '许发改能评〔2020〕12号',
    area: ZONE_BOUNDARY,
    validFrom: '2020-07-01',
    validUntil: '2025-06-30',
  },
];

export type SeedProject = {
  code: string;
  enterpriseName: string;
  /** The demo user who created it. */
  createdByKey: string;
  name: string;
  siteParcel: string;
  parcel: PolygonGeometry;
  totalInvestmentYuan: number;
  landAreaM2: number;
  floorAreaM2: number;
  industry: ProjectIndustry;
  stage: ProjectStage;
};

function project(p: Omit<SeedProject, 'landAreaM2'>): SeedProject {
  // The declared land area is the parcel's own, as the land documents would give it.
  return { ...p, landAreaM2: Math.round(areaM2(p.parcel)) };
}

/** Projects of the demo enterprises: two inside the regional EIA's area, one west of it, one straddling its edge. */
export const demoProjects: SeedProject[] = [
  project({
    code: '2025-411071-30-03-000101',
    enterpriseName: ENT.hongzhiye,
    createdByKey: 'applicant',
    name: '新型绿色建材产业园项目（一期）',
    siteParcel: '许经开〔2025〕工业-031',
    parcel: block(113.86, 34.02, 113.864, 34.0235),
    totalInvestmentYuan: 250_000_000,
    floorAreaM2: 96_000,
    industry: '30',
    stage: 'construction_permit',
  }),
  project({
    code: '2026-411071-30-03-000102',
    enterpriseName: ENT.hongzhiye,
    createdByKey: 'applicant',
    name: '新型绿色建材产业园项目（二期）',
    siteParcel: '许经开〔2026〕工业-008',
    parcel: block(113.866, 34.02, 113.87, 34.0235),
    totalInvestmentYuan: 150_000_000,
    floorAreaM2: 72_000,
    industry: '30',
    stage: 'land_planning',
  }),
  project({
    code: '2026-411071-38-03-000103',
    enterpriseName: ENT.juling,
    createdByKey: 'applicant2',
    name: '500MWh储能电池生产基地项目',
    siteParcel: '许经开〔2026〕工业-015',
    parcel: block(113.815, 34.008, 113.823, 34.014),
    totalInvestmentYuan: 5_000_000_000,
    floorAreaM2: 310_000,
    industry: '38',
    stage: 'construction_permit',
  }),
  project({
    code: '2026-411071-73-03-000104',
    enterpriseName: ENT.juling,
    createdByKey: 'applicant2',
    name: '储能电池配套研发中心项目',
    siteParcel: '许经开〔2026〕科研-002',
    parcel: block(113.8475, 34.03, 113.8515, 34.0325),
    totalInvestmentYuan: 350_000_000,
    floorAreaM2: 52_000,
    industry: '73',
    stage: 'land_planning',
  }),
];

// ---------------------------------------------------------------------------
// Demo cases (dashboard counts; "today" is 2026-11-26)
// ---------------------------------------------------------------------------

const NAME = 'XC-MC-001';
const EST = 'XC-SL-002';
const PROJ = 'XC-JP-003';
const FOOD = 'XC-SP-001';
// A demo project's applications are filed for its stage.
const STAGE = STAGE_ITEM_CODES;

/** 'MM-DD HH:MM' in 2026, Beijing time → ISO datetime with +08:00. */
function at(s: string): string {
  const [md, hm] = s.split(' ');
  return `2026-${md}T${hm}:00+08:00`;
}

/** The account that files an enterprise's demo cases: its role account or its agent. */
function applicantKeyOf(enterpriseName: string): string {
  const user = [...demoUsers, ...enterpriseAgents].find((u) => u.enterpriseName === enterpriseName);
  if (!user) throw new Error(`seed: no applicant for ${enterpriseName}`);
  return user.key;
}

/** [item, enterprise, state, subject, submitted, accepted, completed] — times as 'MM-DD HH:MM'. */
type CaseRow = [string, string, DemoCaseState, string, string, string | null, string | null];

const CASE_ROWS: CaseRow[] = [
  // — Enterprise name self-declaration (statutory 3 / promised 1 working day) —
  // An available name is reserved at submission (即时办结); a similar one goes to the window.
  [NAME, ENT.hongzhiye, 'completed', '许昌鸿之业绿色建材有限公司', '09-02 09:20', null, null],
  [NAME, ENT.juling, 'completed', '许昌巨领储能科技有限公司', '09-08 10:12', null, null],
  [NAME, ENT.hongjun, 'completed', '许昌鸿钧航空科技有限公司', '09-15 14:30', null, null],
  [NAME, ENT.yuanhong, 'refused', '许昌渊鸿达供应链管理有限公司', '09-21 16:40', null, '09-22 09:10'],
  [NAME, ENT.ruida, 'completed', '许昌瑞达医疗器械有限公司', '10-09 09:00', null, null],
  [NAME, ENT.zhongfeng, 'withdrawn', '许昌中锋智能装备有限公司', '10-13 11:20', null, null],
  [NAME, ENT.xinda, 'completed', '许昌鑫达新能源科技有限公司', '10-20 08:50', null, null],
  [NAME, ENT.xizi, 'completed', '许昌迅达电梯维保服务有限公司', '10-23 09:30', null, null],
  [NAME, ENT.hongzhiye, 'completed', '许昌鸿之业装配式建筑科技有限公司', '11-03 10:00', null, null],
  [NAME, ENT.xinda, 'completed', '许昌鑫达智能电气有限公司', '11-05 10:00', null, null],
  [NAME, ENT.zhongfeng, 'completed', '许昌中锋精密机械有限公司', '11-11 14:00', '11-11 14:30', '11-12 10:00'],
  [NAME, ENT.xuji, 'completed', '许昌许继数字能源科技有限公司', '11-12 09:10', null, null],
  [NAME, ENT.jingrui, 'completed', '许昌晶锐光电科技有限公司', '11-13 09:45', null, null],
  [NAME, ENT.yuanhong, 'completed', '许昌一峰仓储服务有限公司', '11-20 10:30', null, null],
  [NAME, ENT.juling, 'needs_supplement', '许昌巨领源新能源材料有限公司', '11-24 15:10', null, null],
  [NAME, ENT.jingrui, 'in_review', '许昌晶锐达半导体材料有限公司', '11-25 09:15', '11-25 09:40', null],
  [NAME, ENT.juling, 'completed', '许昌巨领储能系统集成有限公司', '11-25 14:00', null, null],
  // Decided, notice not yet issued.
  [NAME, ENT.ruida, 'approved', '许昌瑞达康生物科技有限公司', '11-25 15:20', '11-25 15:45', null],
  [NAME, ENT.hongzhiye, 'submitted', '许昌鸿之业兴新型墙材有限公司', '11-26 08:35', null, null],
  [NAME, ENT.xizi, 'submitted', '许昌西继电梯安装工程有限公司', '11-26 10:12', null, null],

  // — Enterprise establishment registration (statutory 3 / promised 1 working day) —
  [EST, ENT.hongzhiye, 'completed', '许昌鸿之业绿色建材有限公司', '09-07 09:30', '09-07 10:10', '09-07 16:00'],
  [EST, ENT.juling, 'completed', '许昌巨领储能科技有限公司', '09-14 09:05', '09-14 09:40', '09-15 11:00'],
  [EST, ENT.hongjun, 'completed', '许昌鸿钧航空科技有限公司', '09-22 10:00', '09-22 10:30', '09-23 15:00'],
  [EST, ENT.ruida, 'completed', '许昌瑞达医疗器械有限公司', '10-12 09:00', '10-13 09:15', '10-13 16:00'],
  [EST, ENT.xinda, 'refused', '许昌鑫达新能源科技有限公司', '10-26 10:00', null, '10-26 15:30'],
  [EST, ENT.xizi, 'denied', '许昌迅达电梯维保服务有限公司', '10-28 09:00', '10-28 09:30', '10-29 10:00'],
  [EST, ENT.hongzhiye, 'completed', '许昌鸿之业装配式建筑科技有限公司', '11-05 09:00', '11-05 09:20', '11-05 14:30'],
  [EST, ENT.xinda, 'completed', '许昌鑫达智能电气有限公司', '11-10 10:20', '11-10 10:50', '11-11 09:40'],
  [EST, ENT.zhongfeng, 'withdrawn', '许昌中锋精密机械有限公司', '11-16 10:00', '11-16 10:30', null],
  [EST, ENT.jingrui, 'suspended', '许昌晶锐光电科技有限公司', '11-18 14:00', '11-18 14:40', null],
  [EST, ENT.xuji, 'in_review', '许昌许继数字能源科技有限公司', '11-25 09:30', '11-25 10:00', null],
  [EST, ENT.juling, 'accepted', '许昌巨领储能系统集成有限公司', '11-26 09:10', '11-26 09:35', null],
  [EST, ENT.yuanhong, 'submitted', '许昌一峰仓储服务有限公司', '11-26 11:05', null, null],

  // — Combined project approval (statutory 45 / promised 12 working days) —
  // Accepted, a combined case is with its departments at once (DESIGN §7); those without a review
  // below are still with every department — the earlier ones overdue.
  // The works permit stage of phase one: civil air defence asked for a revision, the applicant
  // revised, it approved with a condition: issued. The project is now at the construction permit stage.
  [STAGE.works_permit, ENT.hongzhiye, 'completed', '新型绿色建材产业园项目（一期）', '09-01 09:00', '09-02 09:30', '09-28 10:00'],
  [PROJ, ENT.yuanhong, 'in_review', '一峰仓储物流中心项目', '09-09 15:20', '09-10 09:00', null],
  [PROJ, ENT.xizi, 'in_review', '电梯智能制造生产线技术改造项目', '09-16 16:45', '09-17 09:30', null],
  // Every department approved in the first round: issued.
  [PROJ, ENT.xuji, 'completed', '智能配电设备产业化项目', '09-28 10:00', '09-29 09:00', '10-16 10:00'],
  [PROJ, ENT.hongjun, 'in_review', '航空零部件加工车间项目', '10-08 09:30', '10-09 10:00', null],
  [PROJ, ENT.jingrui, 'refused', '电子材料生产线项目', '10-14 10:30', null, '10-15 11:00'],
  // Suspended for expert review of the EIA: both clocks stopped.
  [PROJ, ENT.ruida, 'suspended', '生物医药研发生产基地项目', '10-19 09:40', '10-21 09:00', null],
  [PROJ, ENT.yuanhong, 'withdrawn', '一峰冷链仓储扩建项目', '10-22 14:10', null, null],
  [PROJ, ENT.xinda, 'in_review', '智能电力设备生产车间扩建项目', '10-26 11:00', '10-27 09:30', null],
  [PROJ, ENT.hongjun, 'in_review', '通用飞机整机制造及军民融合产业基地项目', '11-02 10:00', '11-04 09:00', null],
  // Every department but fire has approved; service deadline 2026-11-26 (today): yellow.
  [STAGE.construction_permit, ENT.juling, 'in_review', '500MWh储能电池生产基地项目', '11-09 15:30', '11-10 09:30', null],
  [PROJ, ENT.zhongfeng, 'needs_supplement', '高端数控机床生产线项目', '11-20 10:15', null, null],
  [STAGE.land_planning, ENT.hongzhiye, 'in_review', '新型绿色建材产业园项目（二期）', '11-24 09:50', '11-25 10:00', null],
  // Filed today with the form only: the window's intake check lists the materials still missing.
  [STAGE.land_planning, ENT.juling, 'submitted', '储能电池配套研发中心项目', '11-26 14:20', null, null],
  // — Food business permit under promise-based approval (告知承诺制): issued at once, verified on site within 20 working days —
  [FOOD, ENT.ruida, 'completed', '职工食堂', '11-26 15:30', '11-26 16:00', '11-26 16:00'],
];

/** Legal representatives of the demo establishment cases, in turn. */
const REPRESENTATIVES = ['王建国', '李思雨', '张晨阳', '刘佳怡', '陈德明', '杨雪梅'];

/**
 * The answers of a demo licence application: the new company (the case's subject) founded by the
 * demo enterprise as its only shareholder, so a window officer can take the case on to the licence.
 */
function establishmentAnswers(subject: string, founder: string, i: number): Record<string, unknown> {
  const capital = [500, 1000, 2000, 300][i % 4];
  return {
    enterpriseName: subject,
    enterpriseType: 'llc',
    registeredCapital: capital,
    address: enterprises.find((e) => e.name === founder)?.address ?? '河南省许昌经济技术开发区',
    legalRepresentative: REPRESENTATIVES[i % REPRESENTATIVES.length],
    // Founders' codes from another district (魏都区), so they never meet the codes the zone issues.
    shareholders: [
      {
        kind: 'corporate',
        name: founder,
        idNumber: makeCreditCode({ authority: '9', type: '1', region: '411002', sequence: 5000 + i }),
        contribution: capital,
      },
    ],
    businessScope: ['G001', 'G025', i % 2 ? 'G016' : 'G004'],
    term: 'long',
  };
}

/** The trade names (字号) of the demo names, longest first, so that a name splits into the parts the name form asks for. */
const DEMO_TRADE_NAMES = [
  '鸿之业兴',
  '鸿之业',
  '巨领源',
  '巨领',
  '鸿钧',
  '一峰',
  '渊鸿达',
  '瑞达康',
  '瑞达',
  '中锋',
  '鑫达',
  '许继',
  '晶锐达',
  '晶锐',
  '迅达',
  '西继',
];
const ORGANIZATION_FORMS = ['股份有限公司', '有限责任公司', '有限公司'];
const SIMILAR_STATEMENT =
  '本企业与上列近似名称企业经营领域和客户群体均不相同，且为本集团关联企业或已取得其同意，不会引起公众误认。';

/**
 * The answers of a demo name application: 许昌 + trade name + industry + organisational form.
 * A name the window decides (not completed at once) is similar to a registered one and comes
 * with the applicant's statement (DESIGN §5).
 */
function nameAnswers(subject: string, decidedByWindow: boolean): Record<string, unknown> {
  const region = '许昌';
  const organizationForm = ORGANIZATION_FORMS.find((f) => subject.endsWith(f));
  const rest = subject.slice(region.length, subject.length - (organizationForm?.length ?? 0));
  const tradeName = DEMO_TRADE_NAMES.find((t) => rest.startsWith(t));
  if (!subject.startsWith(region) || !organizationForm || !tradeName)
    throw new Error(`seed: cannot split the demo name ${subject}`);
  const answers = { region, tradeName, industry: rest.slice(tradeName.length), organizationForm, priorPermit: 'no' };
  return decidedByWindow ? { ...answers, similarStatement: SIMILAR_STATEMENT } : answers;
}

/**
 * The answers of a demo combined application filed without a project page (before projects
 * existed): its own parcel, figures and stage. One filed under a project takes them from it.
 */
function combinedAnswers(subject: string, i: number): Record<string, unknown> {
  return {
    projectName: subject,
    parcel: `许经开〔2026〕工业-${String(40 + i).padStart(3, '0')}`,
    investment: [18_000, 35_000, 52_000, 8_600][i % 4],
    landArea: [46_000, 80_000, 120_000, 23_000][i % 4],
    floorArea: [38_000, 65_000, 96_000, 19_500][i % 4],
    stage: ['land-planning', 'construction-planning', 'construction'][i % 3],
  };
}

/** The demo project a combined application of `subject` is filed under, if there is one. */
function demoProjectCode(itemCode: string, subject: string, enterpriseName: string): string | null {
  if (itemCode !== PROJ && !Object.values(STAGE).includes(itemCode)) return null;
  return demoProjects.find((p) => p.name === subject && p.enterpriseName === enterpriseName)?.code ?? null;
}

/** The answers the applicant types; a combined application under a project starts from the project's. */
function demoAnswers(
  itemCode: string,
  subject: string,
  enterpriseName: string,
  decidedByWindow: boolean,
  i: number,
): Record<string, unknown> {
  if (itemCode === EST) return establishmentAnswers(subject, enterpriseName, i);
  if (itemCode === NAME) return nameAnswers(subject, decidedByWindow);
  if (itemCode === FOOD) return foodAnswers(subject, enterpriseName);
  return demoProjectCode(itemCode, subject, enterpriseName) ? {} : combinedAnswers(subject, i);
}

const FILED_WITHOUT_MATERIALS = new Set(['储能电池配套研发中心项目']);

/** The demo food permits' answers: a staff canteen in the enterprise's own building. */
function foodAnswers(subject: string, enterpriseName: string): Record<string, unknown> {
  const enterprise = enterprises.find((e) => e.name === enterpriseName);
  return {
    premises: `${enterprise?.address ?? '许昌经济技术开发区'}（${subject}）`,
    businessFormat: 'canteen',
    businessItems: '热食类食品制售；冷食类食品制售（不含生食）',
    personInCharge: '刘瑞达',
    safetyManager: '陈晓燕',
  };
}

const APPROVED: DemoTaskDecision = { decision: 'approved', opinion: '经审查，符合相关规定，同意。' };

/** The demo combined cases the departments have reviewed: one with a revision round, one fully approved at once, one waiting for fire. */
const DEMO_REVIEWS: Record<string, DemoReview> = {
  '新型绿色建材产业园项目（一期）': {
    rounds: [
      {
        decisions: {
          'civil-defence': {
            decision: 'revision_required',
            opinion: '人防工程设计文件不完整，请补正后重新报审。',
            items: [
              {
                kind: 'material',
                code: 'civil-defence-design',
                reason: 'incomplete',
                note: '缺少防护单元划分图和战时通风系统图。',
              },
            ],
          },
          eco: { decision: 'not_required', opinion: '项目位于区域环境影响评价范围内，以区域环评替代，无需单独审批。' },
          nrp: {
            decision: 'approved_with_conditions',
            opinion: '建设工程设计方案符合规划条件。',
            conditions: ['严格按照批准的总平面图放线施工，开工前申请验线。'],
          },
        },
        others: APPROVED,
      },
      {
        decisions: {
          'civil-defence': {
            decision: 'approved_with_conditions',
            opinion: '补正后的人防工程设计符合规范。',
            conditions: ['人防工程与主体工程同步施工，竣工后申请人防专项验收。'],
          },
        },
        others: APPROVED,
      },
    ],
    revision: { materials: ['civil-defence-design'] },
  },
  智能配电设备产业化项目: {
    rounds: [{ decisions: {}, others: APPROVED }],
  },
  '500MWh储能电池生产基地项目': {
    rounds: [{ decisions: {}, others: APPROVED, pending: ['fire'] }],
  },
};

export const demoCases: DemoCase[] = CASE_ROWS.map((row) => ({ row, submitted: at(row[4]) }))
  .sort((a, b) => (a.submitted < b.submitted ? -1 : a.submitted > b.submitted ? 1 : 0))
  .map(({ row: [itemCode, enterpriseName, state, subject, , accepted, completed], submitted }, i) => ({
    number: `XC-2026-${String(i + 1).padStart(6, '0')}`,
    itemCode,
    enterpriseName,
    applicantKey: applicantKeyOf(enterpriseName),
    state,
    subject,
    submittedAt: submitted,
    acceptedAt: accepted === null ? null : at(accepted),
    completedAt: completed === null ? null : at(completed),
    formData: demoAnswers(itemCode, subject, enterpriseName, state !== 'completed' || accepted !== null, i),
    projectCode: demoProjectCode(itemCode, subject, enterpriseName),
    withoutMaterials: FILED_WITHOUT_MATERIALS.has(subject),
    promised: itemCode === FOOD,
    review: DEMO_REVIEWS[subject] ?? null,
  }));
