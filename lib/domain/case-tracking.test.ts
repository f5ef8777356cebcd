import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base32, trackingCode, trackingProgress, verifyTrackingCode } from './case-tracking';

const SECRET = 'test-secret-0123456789';

describe('base32', () => {
  it('follows RFC 4648 (lower case, no padding)', () => {
    const enc = (s: string) => base32(new TextEncoder().encode(s));
    expect(enc('')).toBe('');
    expect(enc('f')).toBe('my');
    expect(enc('fo')).toBe('mzxq');
    expect(enc('foo')).toBe('mzxw6');
    expect(enc('foob')).toBe('mzxw6yq');
    expect(enc('fooba')).toBe('mzxw6ytb');
    expect(enc('foobar')).toBe('mzxw6ytboi');
  });
});

describe('trackingCode', () => {
  it('is 10 base32 characters, stable for a number and secret', () => {
    const code = trackingCode('XC-2026-000123', SECRET);
    expect(code).toMatch(/^[a-z2-7]{10}$/);
    expect(trackingCode('XC-2026-000123', SECRET)).toBe(code);
  });

  it('is the HMAC-SHA256 of the number under the secret', () => {
    const mac = createHmac('sha256', SECRET).update('onewindow/case-tracking/v1:XC-2026-000123').digest();
    expect(trackingCode('XC-2026-000123', SECRET)).toBe(base32(mac).slice(0, 10));
  });

  it('differs between neighbouring numbers and between secrets', () => {
    const codes = new Set(Array.from({ length: 200 }, (_, i) => trackingCode(`XC-2026-${String(i).padStart(6, '0')}`, SECRET)));
    expect(codes.size).toBe(200);
    expect(trackingCode('XC-2026-000123', 'another-secret')).not.toBe(trackingCode('XC-2026-000123', SECRET));
  });

  it('refuses to work without a secret', () => {
    expect(() => trackingCode('XC-2026-000123', '')).toThrow();
  });
});

describe('verifyTrackingCode', () => {
  const code = trackingCode('XC-2026-000123', SECRET);

  it('accepts the code of the number, in either case and with stray spaces', () => {
    expect(verifyTrackingCode('XC-2026-000123', code, SECRET)).toBe(true);
    expect(verifyTrackingCode('XC-2026-000123', code.toUpperCase(), SECRET)).toBe(true);
    expect(verifyTrackingCode('XC-2026-000123', ` ${code} `, SECRET)).toBe(true);
  });

  it('rejects another number, another secret, and malformed codes', () => {
    expect(verifyTrackingCode('XC-2026-000124', code, SECRET)).toBe(false);
    expect(verifyTrackingCode('XC-2026-000123', code, 'another-secret')).toBe(false);
    expect(verifyTrackingCode('XC-2026-000123', code, '')).toBe(false);
    expect(verifyTrackingCode('XC-2026-000123', '', SECRET)).toBe(false);
    expect(verifyTrackingCode('XC-2026-000123', code.slice(0, 9), SECRET)).toBe(false);
    expect(verifyTrackingCode('XC-2026-000123', `${code}a`, SECRET)).toBe(false);
    expect(verifyTrackingCode('XC-2026-000123', '0189abcdef', SECRET)).toBe(false);
    expect(verifyTrackingCode('XC-2026-000123', 'ä'.repeat(10), SECRET)).toBe(false);
  });
});

describe('trackingProgress', () => {
  const statuses = (p: ReturnType<typeof trackingProgress>) => p.steps.map((s) => s.status);

  it('walks 提交 → 受理 → 审查 → 办结', () => {
    expect(statuses(trackingProgress('submitted', false))).toEqual(['done', 'current', 'upcoming', 'upcoming']);
    expect(statuses(trackingProgress('accepted', true))).toEqual(['done', 'done', 'current', 'upcoming']);
    expect(statuses(trackingProgress('in_review', true))).toEqual(['done', 'done', 'current', 'upcoming']);
    expect(statuses(trackingProgress('approved', true))).toEqual(['done', 'done', 'done', 'current']);
    expect(trackingProgress('completed', true)).toEqual({
      steps: [
        { step: 'submit', status: 'done' },
        { step: 'accept', status: 'done' },
        { step: 'review', status: 'done' },
        { step: 'complete', status: 'done' },
      ],
      end: null,
      hold: null,
    });
  });

  it('marks a waiting step with why it waits', () => {
    expect(trackingProgress('needs_supplement', false)).toMatchObject({ hold: 'needs_supplement', end: null });
    expect(statuses(trackingProgress('needs_supplement', false))).toEqual(['done', 'current', 'upcoming', 'upcoming']);
    expect(trackingProgress('suspended', true)).toMatchObject({ hold: 'suspended', end: null });
    expect(statuses(trackingProgress('suspended', true))).toEqual(['done', 'done', 'current', 'upcoming']);
  });

  it('stops at the step where the case ended', () => {
    expect(trackingProgress('refused', false)).toMatchObject({ end: 'refused', hold: null });
    expect(statuses(trackingProgress('refused', false))).toEqual(['done', 'stopped', 'skipped', 'skipped']);
    expect(statuses(trackingProgress('denied', true))).toEqual(['done', 'done', 'stopped', 'skipped']);
    expect(statuses(trackingProgress('revoked', true))).toEqual(['done', 'done', 'done', 'stopped']);
    expect(trackingProgress('revoked', true).end).toBe('revoked');
  });

  it('places a withdrawal before or after acceptance', () => {
    expect(statuses(trackingProgress('withdrawn', false))).toEqual(['done', 'stopped', 'skipped', 'skipped']);
    expect(statuses(trackingProgress('withdrawn', true))).toEqual(['done', 'done', 'stopped', 'skipped']);
    expect(trackingProgress('withdrawn', true).end).toBe('withdrawn');
  });
});
