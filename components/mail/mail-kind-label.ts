import { MAIL_KINDS, type NotificationKind } from '@/lib/domain/mail-kinds';

/** The message catalogue's title for a stored kind; a kind no longer known shows as stored. */
export function mailKindLabel(kind: string, t: (key: `kinds.${NotificationKind}.title`) => string): string {
  return kind in MAIL_KINDS ? t(`kinds.${kind as NotificationKind}.title`) : kind;
}
