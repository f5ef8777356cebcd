import { fileTypeFromBuffer } from 'file-type';
import { describe, expect, it } from 'vitest';
import { demoMaterialFile, demoPdf } from './seed-files';

describe('demo material files', () => {
  it('are PDFs by their content, with a cross-reference table that points at every object', async () => {
    const { bytes, name } = demoMaterialFile('articles-of-association', '设立登记：许昌鸿之业绿色建材有限公司');
    expect(name).toBe('articles-of-association.pdf');
    expect((await fileTypeFromBuffer(bytes))?.mime).toBe('application/pdf');
    const text = Buffer.from(bytes).toString('latin1');
    const xrefAt = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(6);
    offsets.forEach((offset, i) => expect(text.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true));
    expect(text).toContain('(Material: articles-of-association)');
  });

  it('escape what a PDF string cannot hold and carry a Chinese title as UTF-16', () => {
    const text = Buffer.from(demoPdf('许昌', ['a (b) \\ c'])).toString('latin1');
    expect(text).toContain('(a \\(b\\) \\\\ c)');
    expect(text).toContain('/Title <FEFF8BB8660C>');
  });
});
