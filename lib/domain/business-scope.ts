/**
 * The standard business-scope list an establishment application chooses from (DESIGN §6),
 * worded as the national 经营范围规范表述目录 words them. General items (一般项目) need no
 * approval; licensed items (许可项目) may only be carried on once the competent department
 * approves. The licence prints both groups with their statutory tails. Pure.
 */
import type { Bilingual } from '@/lib/i18n/config';

export type BusinessScopeItem = { code: string; label: Bilingual; licensed: boolean };

const general = (code: string, zh: string, en: string): BusinessScopeItem => ({ code, label: { zh, en }, licensed: false });
const licensed = (code: string, zh: string, en: string): BusinessScopeItem => ({ code, label: { zh, en }, licensed: true });

export const BUSINESS_SCOPE: readonly BusinessScopeItem[] = [
  general(
    'G001',
    '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广',
    'Technical services, development, consulting, exchange, transfer and promotion',
  ),
  general('G002', '新材料技术研发', 'New-materials research and development'),
  general('G003', '新型建筑材料制造（不含危险化学品）', 'Manufacture of new building materials (no hazardous chemicals)'),
  general('G004', '建筑材料销售', 'Sale of building materials'),
  general('G005', '金属材料销售', 'Sale of metal materials'),
  general('G006', '软件开发', 'Software development'),
  general('G007', '信息系统集成服务', 'Information system integration'),
  general('G008', '信息技术咨询服务', 'Information technology consulting'),
  general('G009', '数据处理和存储支持服务', 'Data processing and storage support'),
  general('G010', '人工智能应用软件开发', 'Artificial-intelligence application software development'),
  general('G011', '物联网技术服务', 'Internet-of-things technical services'),
  general('G012', '电子元器件制造', 'Manufacture of electronic components'),
  general('G013', '智能输配电及控制设备销售', 'Sale of smart power transmission, distribution and control equipment'),
  general('G014', '电线、电缆经营', 'Wire and cable trade'),
  general('G015', '通用设备制造（不含特种设备制造）', 'Manufacture of general equipment (no special equipment)'),
  general('G016', '机械设备销售', 'Sale of machinery and equipment'),
  general('G017', '汽车零部件及配件制造', 'Manufacture of motor-vehicle parts and accessories'),
  general('G018', '新能源汽车整车销售', 'Sale of new-energy vehicles'),
  general('G019', '五金产品批发', 'Wholesale of hardware'),
  general('G020', '日用百货销售', 'Sale of daily necessities'),
  general('G021', '办公用品销售', 'Sale of office supplies'),
  general('G022', '计算机软硬件及辅助设备零售', 'Retail of computer hardware, software and peripherals'),
  general('G023', '家用电器销售', 'Sale of household appliances'),
  general('G024', '食用农产品批发', 'Wholesale of edible agricultural products'),
  general('G025', '企业管理咨询', 'Business management consulting'),
  general('G026', '市场营销策划', 'Marketing planning'),
  general('G027', '会议及展览服务', 'Conference and exhibition services'),
  general('G028', '广告设计、代理', 'Advertising design and agency'),
  general(
    'G029',
    '普通货物仓储服务（不含危险化学品等需许可审批的项目）',
    'General warehousing (no items needing a permit, such as hazardous chemicals)',
  ),
  general('G030', '国内货物运输代理', 'Domestic freight forwarding'),
  general('G031', '物业管理', 'Property management'),
  general('G032', '非居住房地产租赁', 'Leasing of non-residential real estate'),
  general(
    'G033',
    '人力资源服务（不含职业中介活动、劳务派遣服务）',
    'Human-resources services (no job agency or labour dispatch)',
  ),
  licensed('L001', '货物进出口', 'Import and export of goods'),
  licensed('L002', '技术进出口', 'Import and export of technology'),
  licensed('L003', '道路货物运输（不含危险货物）', 'Road freight transport (no dangerous goods)'),
  licensed('L004', '食品销售', 'Food sales'),
  licensed('L005', '建设工程施工', 'Construction works'),
  licensed('L006', '特种设备制造', 'Manufacture of special equipment'),
  licensed('L007', '第二类增值电信业务', 'Category II value-added telecommunications'),
];

const BY_CODE = new Map(BUSINESS_SCOPE.map((item) => [item.code, item]));

export function businessScopeItem(code: string): BusinessScopeItem | undefined {
  return BY_CODE.get(code);
}

/** The most items one application may choose. */
export const MAX_SCOPE_ITEMS = 20;

const GENERAL_TAIL = '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';
const LICENSED_TAIL = '（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）';

/**
 * The business scope as a licence prints it: general items first, then licensed items, each
 * group in list order with its statutory tail. Unknown codes are left out.
 */
export function businessScopeText(codes: readonly string[]): string {
  const chosen = BUSINESS_SCOPE.filter((item) => codes.includes(item.code));
  const group = (items: BusinessScopeItem[], heading: string, tail: string) =>
    items.length ? `${heading}：${items.map((i) => i.label.zh).join('；')}${tail}` : '';
  return [
    group(
      chosen.filter((i) => !i.licensed),
      '一般项目',
      GENERAL_TAIL,
    ),
    group(
      chosen.filter((i) => i.licensed),
      '许可项目',
      LICENSED_TAIL,
    ),
  ]
    .filter(Boolean)
    .join('');
}
