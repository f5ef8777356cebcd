import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en';
import zhCN from '@/lib/i18n/messages/zh-CN';
import { MAIL_KINDS, MAX_MAIL_ATTEMPTS, NOTIFICATION_KINDS, mailRetryDelayMs, nextMailAttempt, wantsMail } from './mail-kinds';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every kind the code hands to notifyUsers / notifyEnterprise as a literal, and the reminder table's. */
function kindsInCode(): Set<string> {
  const kinds = new Set<string>();
  for (const file of [...sources(path.join(ROOT, 'lib')), ...sources(path.join(ROOT, 'app'))]) {
    const text = fs.readFileSync(file, 'utf8');
    for (const call of text.matchAll(/notify(?:Users|Enterprise)\(([^;]*?)\);/gs)) {
      for (const literal of call[1].matchAll(/'([a-z]+(?:_[a-z]+)+|accepted|refused|decided|revoked)'/g)) kinds.add(literal[1]);
    }
    for (const table of text.matchAll(/_NOTIFICATION: Record<[^>]+> = \{([^}]*)\}/g)) {
      for (const literal of table[1].matchAll(/'([a-z_]+)'/g)) kinds.add(literal[1]);
    }
  }
  return kinds;
}

describe('MAIL_KINDS', () => {
  it('classifies every notification kind the code sends', () => {
    const used = kindsInCode();
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((k) => !(k in MAIL_KINDS))).toEqual([]);
  });

  it('classifies every kind the inbox shows', () => {
    const inboxKinds = Object.keys(zhCN.applicant.inbox.kinds).filter((k) => k !== 'other');
    expect(inboxKinds.filter((k) => !(k in MAIL_KINDS))).toEqual([]);
  });

  it('has a subject and a body in both languages for every kind', () => {
    for (const messages of [zhCN, en]) {
      expect(Object.keys(messages.mail.email.kinds).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    }
  });

  it('sends acts to answer as essential mail, and reassignments and early reminders as optional', () => {
    expect(MAIL_KINDS.supplement_requested).toBe('essential');
    expect(MAIL_KINDS.obligation_due_today).toBe('essential');
    expect(MAIL_KINDS.rating_follow_up_opened).toBe('essential');
    expect(MAIL_KINDS.rating_follow_up_result).toBe('essential');
    expect(MAIL_KINDS.case_reassigned).toBe('optional');
    expect(MAIL_KINDS.obligation_due).toBe('optional');
  });
});

describe('wantsMail', () => {
  it('skips recipients without an address', () => {
    expect(wantsMail('supplement_requested', { email: '', emailOptional: true })).toBe(false);
    expect(wantsMail('supplement_requested', { email: null, emailOptional: true })).toBe(false);
  });
  it('sends essential mail to everyone, optional mail only to those who want it', () => {
    expect(wantsMail('supplement_requested', { email: 'a@b.test', emailOptional: false })).toBe(true);
    expect(wantsMail('case_reassigned', { email: 'a@b.test', emailOptional: false })).toBe(false);
    expect(wantsMail('case_reassigned', { email: 'a@b.test', emailOptional: true })).toBe(true);
  });
});

describe('mail retry back-off', () => {
  it('doubles from one minute and stops at an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(mailRetryDelayMs)).toEqual(
      [1, 2, 4, 8, 16, 32, 60, 60].map((minutes) => minutes * 60_000),
    );
  });
  it('gives up after the last attempt', () => {
    const now = new Date('2026-03-02T00:00:00Z');
    expect(nextMailAttempt(1, now)).toEqual(new Date('2026-03-02T00:01:00Z'));
    expect(nextMailAttempt(MAX_MAIL_ATTEMPTS - 1, now)).not.toBeNull();
    expect(nextMailAttempt(MAX_MAIL_ATTEMPTS, now)).toBeNull();
  });
});
