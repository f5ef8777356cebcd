import { describe, expect, it } from 'vitest';
import { caseTitle } from './case-title';

const item = { zh: '工程建设项目联合审批', en: 'Combined approval of an investment and construction project' };

describe('caseTitle', () => {
  it('is the item name in each language, followed by the subject with that language’s punctuation', () => {
    expect(caseTitle(item, '装配式建筑构件生产线项目')).toEqual({
      zh: '工程建设项目联合审批：装配式建筑构件生产线项目',
      en: 'Combined approval of an investment and construction project: 装配式建筑构件生产线项目',
    });
  });

  it('is the item name alone without a subject', () => {
    expect(caseTitle(item, null)).toEqual(item);
    expect(caseTitle(item, '  ')).toEqual(item);
  });
});
