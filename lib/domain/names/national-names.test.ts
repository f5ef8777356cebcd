import { describe, expect, it } from 'vitest';
import { authorityOfRegion, checkNameStructure, compareWithExisting, type NameRule } from './rules';

/**
 * Names as applicants in the zone write them (DESIGN §5, issue 8 item 14): region + trade
 * name + industry + form, across the zone's industries, with the rules each must meet —
 * [] for an acceptable structure. The region and industry vocabularies are national
 * (GB/T 2260 divisions, GB/T 4754—2017 and customary terms), not a handful of words.
 */
const NAMES: [region: string, tradeName: string, industry: string, form: string, rules: NameRule[], enterpriseType?: string][] = [
  // power equipment
  ['许昌', '澄翰岚', '电梯配件', '有限责任公司', []],
  ['许昌', '森恒', '电力设备', '有限公司', []],
  ['许昌市', '继源', '输配电设备', '有限公司', []],
  ['长葛', '铭泰', '电气', '股份有限公司', [], 'joint-stock'],
  ['许昌', '瑞智', '配电开关控制设备制造', '有限公司', []],
  ['禹州', '恒辉', '电线电缆', '有限公司', []],
  ['许昌市魏都区', '华兴', '变压器', '有限公司', []],
  ['许昌', '金阳', '光伏发电', '有限公司', []],
  ['许昌市建安区', '蓄能', '储能科技', '有限公司', []],
  // elevators
  ['许昌', '迅升', '电梯', '有限公司', []],
  ['许昌', '腾跃', '电梯工程', '有限公司', []],
  ['长葛市', '安步', '电梯、自动扶梯及升降机制造', '有限公司', []],
  ['许昌市经济技术开发区', '梯安', '电梯维保', '有限公司', []],
  ['襄城', '立达', '升降机', '有限公司', []],
  ['许昌', '凌云', '电梯安装维修', '有限公司', []],
  // intelligent equipment
  ['许昌', '中锐', '智能装备', '有限公司', []],
  ['许昌', '锦川', '数控机床', '有限公司', []],
  ['许昌', '睿工', '工业机器人', '有限公司', []],
  ['鄢陵', '翼飞', '无人机', '有限公司', []],
  ['许昌', '恒拓', '自动化设备', '有限公司', []],
  ['许昌', '智创', '智能科技', '有限公司', []],
  ['许昌', '精驰', '智能制造', '有限公司', []],
  // biomedicine
  ['许昌', '康瑞', '生物医药', '有限公司', []],
  ['禹州', '仲景堂', '中药饮片', '有限公司', []],
  ['许昌', '博济', '医疗器械', '有限公司', []],
  ['许昌', '安诺', '生物科技', '有限公司', []],
  ['许昌', '润康', '医药科技', '股份有限公司', [], 'joint-stock'],
  ['禹州', '百草园', '中药材', '有限公司', []],
  ['许昌', '安测', '诊断试剂', '有限公司', []],
  // e-commerce and the zone's own trades
  ['许昌', '云集汇', '电子商务', '有限公司', []],
  ['许昌', '优选', '跨境电商', '有限公司', []],
  ['许昌', '乐购', '互联网零售', '有限公司', []],
  ['许昌', '惠民', '网络科技', '有限公司', []],
  ['许昌', '瑞贝', '发制品', '有限公司', []],
  // logistics
  ['许昌', '顺通', '物流', '有限公司', []],
  ['许昌', '通衢', '供应链管理', '有限公司', []],
  ['长葛', '安运', '冷链物流', '有限公司', []],
  ['许昌', '畅达', '道路运输', '有限公司', []],
  ['许昌', '鸿运达', '仓储服务', '有限公司', []],
  ['许昌', '捷递', '快递', '有限公司', []],
  // new materials
  ['许昌', '鸿之业', '新材料', '有限公司', []],
  ['长葛', '金锐', '超硬材料', '有限公司', []],
  ['许昌', '碳谷', '碳纤维', '有限公司', []],
  ['许昌', '晶华', '新材料科技', '有限公司', []],
  ['襄城', '硅源', '耐火材料', '有限公司', []],
  ['许昌', '铝丰', '铝合金', '有限公司', []],
  ['许昌', '烯创', '石墨烯', '有限公司', []],
  // other cities and their districts, region chains
  ['郑州', '宇辰', '智能装备', '有限公司', []],
  ['郑州市金水区', '数联', '信息技术', '有限公司', []],
  ['北京市朝阳区', '京澜', '电子商务', '有限公司', []],
  ['济源', '豫光', '金属制品', '有限公司', []],
  ['河南省许昌市', '豫梯', '电梯配件', '有限公司', []],
  ['许昌', '华岳', '澄翰岚', '有限公司', ['industry.unknown']],
  // refused, each with its rule
  ['许昌', '鑫源', '配件', '有限公司', ['industry.unknown']],
  ['许昌', '电梯', '电梯配件', '有限公司', ['tradeName.isIndustryTerm']],
  ['许昌', '郑州', '物流', '有限公司', ['tradeName.isRegion']],
  ['魏都区', '恒达', '物流', '有限公司', ['region.districtAlone']],
  ['许昌经济技术开发区', '恒达', '电梯', '有限公司', ['region.zoneAlone']],
  ['许昌郑州', '恒达', '电梯', '有限公司', ['region.mismatch']],
  ['许昌镇', '恒达', '电梯', '有限公司', ['region.unknown']],
  ['许昌', 'AB电气', '电气', '有限公司', ['tradeName.notChinese']],
  ['许昌', '中国梯', '电梯', '有限公司', ['content.restricted']],
  ['许昌', '美国通', '物流', '有限公司', ['content.forbidden']],
  ['许昌', '恒达', '电梯', '合作社', ['form.unknown']],
  ['许昌', '恒达', '生物医药', '股份有限公司', ['form.mismatch'], 'llc'],
  ['许昌', '特供', '食品', '有限公司', ['content.forbidden']],
  ['许昌', '鸿', '新材料', '有限公司', ['tradeName.tooShort']],
  ['许昌', '鴻達', '物流', '有限公司', ['tradeName.traditional']],
  ['河南魏都区', '恒达', '电梯', '有限公司', ['region.districtAlone']],
  ['许昌', '恒达', '宇宙第一', '有限公司', ['industry.unknown']],
  ['许昌', '新材料', '科技', '有限公司', ['tradeName.isIndustryTerm']],
  ['许昌', '智汇', '公安器材', '有限公司', ['industry.unknown', 'content.forbidden']],
  ['金水区', '宇辰', '物流', '有限公司', ['region.districtAlone']],
  ['许昌', '长葛市', '电梯', '有限公司', ['tradeName.isRegion']],
  ['许昌', '恒达', '设备配件', '有限公司', ['industry.unknown']],
  ['', '恒达', '电梯', '有限公司', ['region.missing']],
  ['许昌', '恒达', '物流', '', ['form.missing']],
];

describe('the name check at national scale', () => {
  it('covers at least 60 names, accepted and refused', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(60);
    expect(NAMES.filter(([, , , , rules]) => rules.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(NAMES.filter(([, , , , rules]) => rules.length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(NAMES)('%s + %s + %s + %s → %j', (region, tradeName, industry, organizationForm, rules, enterpriseType) => {
    const found = checkNameStructure({ region, tradeName, industry, organizationForm, enterpriseType });
    expect(found.map((r) => r.rule)).toEqual(rules);
    for (const reason of found) expect(reason.message.zh).toMatch(/依据/);
  });

  it("checks a name of another city against that city's registration authority", () => {
    expect(authorityOfRegion('许昌')).toBe('411000');
    expect(authorityOfRegion('郑州')).toBe('410100');
    expect(authorityOfRegion('郑州市金水区')).toBe('410100');
    expect(authorityOfRegion('北京市朝阳区')).toBe('110000');
    expect(authorityOfRegion('济源')).toBe('419001'); // a county-level city directly under the province
    const proposal = { region: '郑州', tradeName: '宇辰', industry: '智能装备', organizationForm: '有限公司' };
    const existing = (authority: string) => ({
      fullName: '郑州宇辰智能装备有限公司',
      tradeName: '宇辰',
      industry: '智能装备',
      status: 'registered' as const,
      authority,
    });
    expect(compareWithExisting(proposal, existing('410100'), '2026-11-27')).toMatchObject({ rule: 'name.same' });
    expect(compareWithExisting(proposal, existing('411000'), '2026-11-27')).toBeNull();
    expect(compareWithExisting({ ...proposal, region: '许昌' }, existing('410100'), '2026-11-27')).toBeNull();
  });
});
