import { describe, expect, it } from 'vitest';
import { BUSINESS_SCOPE, businessScopeItem, businessScopeText } from './business-scope';

describe('the standard business-scope list', () => {
  it('has unique codes and both languages for every item', () => {
    expect(new Set(BUSINESS_SCOPE.map((i) => i.code)).size).toBe(BUSINESS_SCOPE.length);
    for (const item of BUSINESS_SCOPE) {
      expect(item.label.zh).toMatch(/\p{Script=Han}/u);
      expect(item.label.en).toMatch(/^[A-Z]/);
    }
    expect(businessScopeItem('L001')).toMatchObject({ licensed: true });
    expect(businessScopeItem('nope')).toBeUndefined();
  });

  it('prints general items, then licensed ones, each with its statutory tail, in list order', () => {
    expect(businessScopeText(['L002', 'G006', 'G001'])).toBe(
      '一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）' +
        '许可项目：技术进出口（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）',
    );
  });

  it('leaves out a group with no items, and unknown codes', () => {
    expect(businessScopeText(['G006', 'X999'])).toBe(
      '一般项目：软件开发（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
    );
    expect(businessScopeText(['L004'])).toMatch(/^许可项目：食品销售（/);
  });
});
