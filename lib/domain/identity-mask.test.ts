import { describe, expect, it } from 'vitest';
import { maskIdentityNumber, maskIdentityNumbers } from './identity-mask';

describe('maskIdentityNumber', () => {
  it('keeps only the last 4 characters', () => {
    expect(maskIdentityNumber('41100219900101123X')).toBe('**************123X');
    expect(maskIdentityNumber(' 411002199001011234 ')).toBe('**************1234');
  });

  it('masks short values whole', () => {
    expect(maskIdentityNumber('1234')).toBe('****');
    expect(maskIdentityNumber('')).toBe('****');
  });
});

describe('maskIdentityNumbers', () => {
  const fields = [
    { key: 'enterpriseName', type: 'text' as const },
    { key: 'shareholders', type: 'shareholders' as const },
  ];
  const answers = {
    enterpriseName: '许昌示例科技有限公司',
    shareholders: [
      { kind: 'person', name: '张三', idNumber: '411002199001011234', contribution: 60 },
      { kind: 'corporate', name: '河南鸿之业新材料有限公司', idNumber: '91411000MA45ABCD1X', contribution: 40 },
    ],
  };

  it("masks natural persons' identity numbers and leaves credit codes and other answers alone", () => {
    const masked = maskIdentityNumbers(fields, answers);
    expect(masked.enterpriseName).toBe('许昌示例科技有限公司');
    expect(masked.shareholders).toEqual([
      { kind: 'person', name: '张三', idNumber: '**************1234', contribution: 60 },
      { kind: 'corporate', name: '河南鸿之业新材料有限公司', idNumber: '91411000MA45ABCD1X', contribution: 40 },
    ]);
    expect(JSON.stringify(masked)).not.toContain('411002199001011234');
    // The stored answers are untouched.
    expect(answers.shareholders[0].idNumber).toBe('411002199001011234');
  });
});
