import { describe, expect, it } from 'vitest';
import { chineseDate, nameNoticeLines, renderNameNotice, type NameNoticeFacts } from './name-notice';
import { renderTextPdf, wrapLine } from './text-pdf';

const facts: NameNoticeFacts = {
  fullName: '许昌鸿之业智造科技有限公司',
  region: '许昌',
  tradeName: '鸿之业',
  industry: '智造科技',
  organizationForm: '有限公司',
  authority: '411000',
  status: 'reserved',
  statusDate: '2026-11-02',
  reservedUntil: '2027-01-01',
  declarant: '河南鸿之业新材料有限公司',
  issuer: '许昌市市场监督管理局经济技术开发区分局',
  generatedOn: '2026-11-27',
};

const hex = (text: string) =>
  [...text]
    .map((ch) => ch.codePointAt(0)!.toString(16).padStart(4, '0'))
    .join('')
    .toUpperCase();

describe('name reservation notice', () => {
  it('states the name, its parts, the reservation period and who issues it', () => {
    const text = nameNoticeLines(facts).map((l) => l.text);
    expect(text[0]).toBe('企业名称自主申报告知书');
    expect(text).toContain('企业名称：许昌鸿之业智造科技有限公司');
    expect(text).toContain('保留期限：2026年11月2日至2027年1月1日');
    expect(text.join('\n')).toContain('字号：鸿之业');
    expect(text).toContain('许昌市市场监督管理局经济技术开发区分局');
    const registered = nameNoticeLines({ ...facts, status: 'registered', reservedUntil: null }).map((l) => l.text);
    expect(registered).toContain('名称状态：已登记（2026年11月2日）');
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
  });

  it('is a well-formed PDF: header, every xref offset at its object, startxref at the table, the text in the CJK font', () => {
    const bytes = renderNameNotice(facts);
    const pdf = new TextDecoder('latin1').decode(bytes);
    expect(pdf.startsWith('%PDF-1.7\n')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n/.exec(pdf)![1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
    const entries = pdf.slice(startxref).split('\n').slice(3, 11);
    entries.forEach((entry, i) => {
      const offset = Number(entry.slice(0, 10));
      expect(pdf.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(pdf)![1]);
    const start = pdf.indexOf('stream\n') + 'stream\n'.length;
    expect(pdf.slice(start + length, start + length + '\nendstream'.length)).toBe('\nendstream');
    expect(pdf).toContain('/BaseFont /STSong-Light /Encoding /UniGB-UCS2-H');
    expect(pdf).toContain(`<${hex('企业名称：许昌鸿之业智造科技有限公司')}>`);
    // ASCII only: offsets counted in characters are byte offsets.
    expect(bytes.every((b) => b < 0x80)).toBe(true);
  });

  it('wraps a long line within the page and never loses a character', () => {
    const long = '本告知书由系统根据名称申报记录自动生成'.repeat(5);
    const pieces = wrapLine(long, 12, 467);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(long);
    for (const piece of pieces) expect([...piece].length * 12).toBeLessThanOrEqual(467);
    const pdf = new TextDecoder().decode(renderTextPdf([{ text: '𠀀A', size: 12 }], { title: 't' }));
    expect(pdf).toContain('<003F0041>');
  });
});
