import { describe, expect, it } from 'vitest';
import {
  checkMaterialFile,
  isMaterialContentType,
  MATERIAL_UPLOAD_CEILING,
  materialUploadRule,
  parseSize,
  safeStoredName,
} from './rules';

describe('parseSize', () => {
  it('reads binary units, case-insensitively, with decimals', () => {
    expect(parseSize('10MB')).toBe(10 * 1024 * 1024);
    expect(parseSize('512KB')).toBe(512 * 1024);
    expect(parseSize('1GB')).toBe(1024 ** 3);
    expect(parseSize('7B')).toBe(7);
    expect(parseSize(' 1.5 mb ')).toBe(1.5 * 1024 * 1024);
  });

  it('throws on anything else', () => {
    for (const bad of ['', 'MB', '10', '-1MB', '10 TB', '1e3KB', '10MiB']) expect(() => parseSize(bad)).toThrow(/Invalid size/);
  });

  it('covers the largest catalogue limit with the UploadThing ceiling', () => {
    expect(parseSize(MATERIAL_UPLOAD_CEILING)).toBeGreaterThanOrEqual(parseSize('50MB'));
  });
});

describe('safeStoredName', () => {
  it('keeps the last path segment and takes the extension from the detected type', () => {
    expect(safeStoredName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(safeStoredName('C:\\Users\\me\\公司章程.PDF', 'application/pdf')).toBe('公司章程.pdf');
    expect(safeStoredName('scan.jpeg', 'image/jpeg')).toBe('scan.jpg');
    expect(safeStoredName('photo.pdf', 'image/png')).toBe('photo.png');
    expect(safeStoredName('report.pdf.pdf', 'application/pdf')).toBe('report.pdf');
  });

  it('drops control and bidi-override characters and characters Windows refuses', () => {
    expect(safeStoredName('invoice\u202Efdp.exe', 'application/pdf')).toBe('invoicefdp.pdf');
    expect(safeStoredName('a\u0000b\nc\td.pdf', 'application/pdf')).toBe('abcd.pdf');
    expect(safeStoredName('what?<is>:this|"*.png', 'image/png')).toBe('what__is__this___.png');
  });

  it('never returns an empty or hidden name', () => {
    expect(safeStoredName('', 'application/pdf')).toBe('file.pdf');
    expect(safeStoredName('.pdf', 'application/pdf')).toBe('pdf.pdf');
    expect(safeStoredName('  . ', 'application/pdf')).toBe('file.pdf');
    expect(safeStoredName('../', 'image/png')).toBe('file.png');
    expect(safeStoredName('...hidden', 'image/png')).toBe('hidden.png');
  });

  it('keeps a dotted name whose tail is no extension and caps the length', () => {
    expect(safeStoredName('报告 v1.2 终稿', 'application/pdf')).toBe('报告 v1.2 终稿.pdf');
    expect(Array.from(safeStoredName('章'.repeat(500), 'application/pdf'))).toHaveLength(124);
  });
});

describe('materialUploadRule and checkMaterialFile', () => {
  const rule = materialUploadRule(5);

  it('derives the byte limit and the accepted types', () => {
    expect(rule.maxBytes).toBe(5 * 1024 * 1024);
    expect(rule.contentTypes).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
    expect(() => materialUploadRule(0)).toThrow();
  });

  it('names the first problem: empty, too large, then type', () => {
    expect(checkMaterialFile({ size: 0, detectedType: 'application/pdf' }, rule)).toBe('fileEmpty');
    expect(checkMaterialFile({ size: rule.maxBytes + 1, detectedType: 'text/plain' }, rule)).toBe('fileTooLarge');
    expect(checkMaterialFile({ size: 10, detectedType: 'text/plain' }, rule)).toBe('fileType');
    expect(checkMaterialFile({ size: 10, detectedType: undefined }, rule)).toBe('fileType');
    expect(checkMaterialFile({ size: rule.maxBytes, detectedType: 'image/png' }, rule)).toBeNull();
  });

  it('accepts only the listed types (no inherited keys)', () => {
    expect(isMaterialContentType('image/png')).toBe(true);
    expect(isMaterialContentType('image/gif')).toBe(false);
    expect(isMaterialContentType('constructor')).toBe(false);
    expect(isMaterialContentType(null)).toBe(false);
  });
});
