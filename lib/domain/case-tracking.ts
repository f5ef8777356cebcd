/**
 * The public status link of a case (/track/XC-2026-000123?k=…). Case numbers are sequential,
 * so the number alone must not open the status page: the link carries a code derived from the
 * number with a server secret, which nobody can compute or guess without that secret. Pure —
 * the caller passes the secret in.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CaseState } from './workflow';

/** 10 base32 characters = 50 bits: far beyond guessing, still short enough to type off paper. */
export const TRACKING_CODE_LENGTH = 10;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const CODE_PATTERN = new RegExp(`^[${BASE32}]{${TRACKING_CODE_LENGTH}}$`);
// The secret also signs session cookies; the label keeps this use of it apart from any other.
const PURPOSE = 'onewindow/case-tracking/v1:';

/** RFC 4648 base32, lower case, no padding. */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/** The code of the public status link of a case number. */
export function trackingCode(caseNumber: string, secret: string): string {
  if (!secret) throw new Error('trackingCode needs a secret');
  const mac = createHmac('sha256', secret)
    .update(PURPOSE + caseNumber, 'utf8')
    .digest();
  return base32(mac).slice(0, TRACKING_CODE_LENGTH);
}

/**
 * Whether a code from a link belongs to the case number, compared in constant time. Case is
 * ignored: QR readers and people copying the code off paper may upper-case it.
 */
export function verifyTrackingCode(caseNumber: string, code: string, secret: string): boolean {
  if (!secret || typeof code !== 'string') return false;
  const given = code.trim().toLowerCase();
  if (!CODE_PATTERN.test(given)) return false;
  const expected = Buffer.from(trackingCode(caseNumber, secret), 'utf8');
  return timingSafeEqual(Buffer.from(given, 'utf8'), expected);
}

/** The four steps of the public progress indicator: 提交 → 受理 → 审查 → 办结. */
export const TRACKING_STEPS = ['submit', 'accept', 'review', 'complete'] as const;
export type TrackingStep = (typeof TRACKING_STEPS)[number];

/** `stopped`: the case ended at this step (its end says how); `skipped`: never reached after an end. */
export type StepStatus = 'done' | 'current' | 'upcoming' | 'stopped' | 'skipped';
export type TrackingEnd = 'refused' | 'withdrawn' | 'denied' | 'revoked';
/** Why the current step waits: the applicant must supplement, or the case is suspended. */
export type TrackingHold = 'needs_supplement' | 'suspended';

export type TrackingProgress = {
  steps: { step: TrackingStep; status: StepStatus }[];
  end: TrackingEnd | null;
  hold: TrackingHold | null;
};

/**
 * Where a case stands on the public progress indicator. `accepted` tells how far a withdrawn
 * case had come (withdrawal is possible before and after acceptance).
 */
export function trackingProgress(state: CaseState, accepted: boolean): TrackingProgress {
  const at = (
    reached: number,
    status: 'current' | 'stopped' | 'done',
    end: TrackingEnd | null = null,
    hold: TrackingHold | null = null,
  ) => ({
    steps: TRACKING_STEPS.map((step, i) => ({
      step,
      status: (i < reached ? 'done' : i > reached ? (status === 'stopped' ? 'skipped' : 'upcoming') : status) as StepStatus,
    })),
    end,
    hold,
  });
  switch (state) {
    case 'draft':
      return at(0, 'current');
    case 'submitted':
      return at(1, 'current');
    case 'needs_supplement':
      return at(1, 'current', null, 'needs_supplement');
    case 'accepted':
    case 'in_review':
      return at(2, 'current');
    case 'suspended':
      return at(2, 'current', null, 'suspended');
    case 'approved':
      return at(3, 'current');
    case 'completed':
      return at(3, 'done');
    case 'refused':
      return at(1, 'stopped', 'refused');
    case 'withdrawn':
      return at(accepted ? 2 : 1, 'stopped', 'withdrawn');
    case 'denied':
      return at(2, 'stopped', 'denied');
    case 'revoked':
      return at(3, 'stopped', 'revoked');
  }
}
