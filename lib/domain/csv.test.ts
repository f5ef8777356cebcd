import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('XC-2026-000001')).toBe('XC-2026-000001');
    expect(csvField(12)).toBe('12');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField(' padded ')).toBe('" padded "');
  });

  it('keeps Chinese text as it is, quoting only when a Chinese field holds a comma', () => {
    expect(csvField('市场监督管理局')).toBe('市场监督管理局');
    expect(csvField('许昌,经开区')).toBe('"许昌,经开区"');
    expect(csvField('许昌，经开区')).toBe('许昌，经开区');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
  });
});

describe('toCsv', () => {
  it('round-trips through a CSV parser', () => {
    const rows = [
      ['名称', 'note', 'n'],
      ['食品经营许可', 'a "quoted", multi\nline note', 3],
      ['企业设立登记', '', 0],
    ];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows.map((r) => r.map(String)));
  });
});
