/**
 * Which notifications also reach the recipient by e-mail as essential mail — an act they must
 * answer or a decision about their case, sent even when they turned off the rest — and which
 * are non-essential (informational, reminders ahead of time, reassignments). Every kind passed
 * to notifyUsers must be listed here: the type of its `kind` parameter is the key of this table.
 */
export const MAIL_KINDS = {
  supplement_requested: 'essential',
  accepted: 'optional',
  accepted_with_tolerance: 'essential',
  commitment_to_sign: 'essential',
  refused: 'essential',
  decided: 'essential',
  result_issued: 'essential',
  revoked: 'essential',
  obligation_due: 'optional',
  obligation_due_today: 'essential',
  obligation_breached: 'essential',
  suspension_lifted: 'optional',
  promise_breached: 'essential',
  case_reassigned: 'optional',
  rating_follow_up_opened: 'essential',
  rating_follow_up_result: 'essential',
  rating_follow_up_reopened: 'essential',
  case_urged: 'essential',
  // Problems (入企业、找问题、破瓶颈): what the owner or the enterprise must act on is essential, progress is not.
  problem_raised: 'essential',
  problem_taken: 'optional',
  problem_progress: 'optional',
  problem_department: 'essential',
  problem_resolved: 'essential',
  problem_confirmed: 'optional',
  problem_reopened: 'essential',
  filed_on_behalf: 'optional',
} as const satisfies Record<string, 'essential' | 'optional'>;

export type NotificationKind = keyof typeof MAIL_KINDS;
export const NOTIFICATION_KINDS = Object.keys(MAIL_KINDS) as NotificationKind[];

export function isEssentialMail(kind: NotificationKind): boolean {
  return MAIL_KINDS[kind] === 'essential';
}

/** Whether a recipient gets the e-mail of a notification: essential always, the rest unless they opted out. */
export function wantsMail(kind: NotificationKind, recipient: { email: string | null; emailOptional: boolean }): boolean {
  return !!recipient.email?.trim() && (isEssentialMail(kind) || recipient.emailOptional);
}

/** Delivery retries: 1, 2, 4 … minutes after each failure, at most an hour apart; failed after MAX_MAIL_ATTEMPTS. */
export const MAX_MAIL_ATTEMPTS = 8;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 60 * 60_000;

export function mailRetryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

/** After the `attempts`-th failed attempt: when to try again, or null when the message is given up. */
export function nextMailAttempt(attempts: number, now: Date): Date | null {
  return attempts >= MAX_MAIL_ATTEMPTS ? null : new Date(now.getTime() + mailRetryDelayMs(attempts));
}
