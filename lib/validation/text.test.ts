import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nameCheckRequestSchema } from '@/lib/api/names-schemas';
import { queueQuerySchema } from '@/lib/api/desk-schemas';
import { serviceQuerySchema } from '@/lib/api/schemas';
import { registerSchema } from './auth';
import { caseActionSchema, draftSaveSchema } from './case';
import { creditRecordSchema } from './credit';
import { drawingCommentSchema } from './drawings';
import { holdsControlCharacter, plainText } from './text';

const fieldErrors = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? {} : (z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
};

describe('plainText', () => {
  it('refuses NUL, other C0 controls, DEL and C1 controls', () => {
    for (const c of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f']) {
      expect(plainText().safeParse(`ab${c}cd`).error?.issues[0].message).toBe('controlCharacters');
    }
  });

  it('keeps tabs, line breaks and any printable text', () => {
    for (const s of ['第一行\n第二行\r\n', 'a\tb', '鸿之业 (许昌) 有限公司', '😀 – “quoted”']) {
      expect(plainText().parse(s)).toBe(s);
    }
  });

  it('finds control characters in nested answers and their keys', () => {
    expect(holdsControlCharacter({ a: ['ok', { b: 'x\u0000' }] })).toBe(true);
    expect(holdsControlCharacter({ 'k\u0001': 'ok' })).toBe(true);
    expect(holdsControlCharacter({ a: ['ok', { b: 'line\nbreak', n: 3, t: true, z: null }] })).toBe(false);
  });
});

describe('every text field refuses control characters', () => {
  const NUL = 'x\u0000y';

  it('in forms, with the catalogue key', () => {
    expect(fieldErrors(registerSchema, { name: `张${NUL}` }).name).toContain('controlCharacters');
    expect(fieldErrors(creditRecordSchema, { reason: NUL, caseNumber: 'XC-2026-000001' }).reason).toContain('controlCharacters');
    expect(fieldErrors(drawingCommentSchema, { body: NUL }).body).toContain('controlCharacters');
    expect(fieldErrors(caseActionSchema, { opinion: NUL }).opinion).toContain('controlCharacters');
    expect(fieldErrors(draftSaveSchema, { caseId: crypto.randomUUID(), subject: NUL }).subject).toContain('controlCharacters');
    expect(fieldErrors(draftSaveSchema, { caseId: crypto.randomUUID(), formData: { scope: NUL } }).formData).toContain(
      'controlCharacters',
    );
  });

  it('in the API, with a sentence', () => {
    const check = { region: '许昌', tradeName: `鸿之${NUL}`, industry: '', organizationForm: '有限公司' };
    expect(fieldErrors(nameCheckRequestSchema, check).tradeName?.[0]).toMatch(/control characters/i);
    expect(fieldErrors(serviceQuerySchema, { q: '\u0000' }).q?.[0]).toMatch(/control characters/i);
    expect(fieldErrors(queueQuerySchema, { item: '\u0000' }).item?.[0]).toMatch(/control characters/i);
  });
});
