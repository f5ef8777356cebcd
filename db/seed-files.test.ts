import { fileTypeFromBuffer } from 'file-type';
import { describe, expect, it } from 'vitest';
import { demoMaterialFile } from './seed-files';

describe('demo material files', () => {
  it('are PDFs by their content, named after the material', async () => {
    const { bytes, name } = demoMaterialFile(
      { code: 'articles-of-association', nameZh: '公司章程' },
      '许昌鸿之业绿色建材有限公司',
    );
    expect(name).toBe('articles-of-association.pdf');
    expect((await fileTypeFromBuffer(bytes))?.mime).toBe('application/pdf');
  });

  it('differ by material and case, so every version a case holds is its own file', () => {
    const text = (code: string, nameZh: string, subject: string) =>
      Buffer.from(demoMaterialFile({ code, nameZh }, subject).bytes).toString('latin1');
    const a = text('articles-of-association', '公司章程', '许昌鸿之业绿色建材有限公司');
    expect(text('domicile-proof', '住所使用证明', '许昌鸿之业绿色建材有限公司')).not.toBe(a);
    expect(text('articles-of-association', '公司章程', '许昌巨领储能科技有限公司')).not.toBe(a);
    expect(text('articles-of-association', '公司章程', '许昌鸿之业绿色建材有限公司')).toBe(a);
  });

  it('make a drawing set a PDF of several A3 sheets, each with its title', async () => {
    const { bytes, name } = demoMaterialFile(
      { code: 'planning-drawings', nameZh: '建设工程规划许可申请材料及总平面图', drawingSet: true },
      '新型绿色建材产业园项目（一期）',
    );
    expect(name).toBe('planning-drawings.pdf');
    expect((await fileTypeFromBuffer(bytes))?.mime).toBe('application/pdf');
    const pdf = Buffer.from(bytes).toString('latin1');
    expect(pdf).toContain('/Count 3');
    expect(pdf.match(/\/MediaBox \[0 0 1191 842\]/g)).toHaveLength(3);
    const hex = (text: string) => Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
    expect(pdf).toContain(hex('总平面图'));
    expect(pdf).toContain(hex('南立面图'));
  });
});
