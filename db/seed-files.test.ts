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
});
