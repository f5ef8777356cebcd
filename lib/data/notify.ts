import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { cases, emailOutbox, notifications, serviceItemVersions, users } from '@/db/schema';
import { publicOrigin } from '@/lib/deployment';
import { isEssentialMail, wantsMail, type NotificationKind } from '@/lib/domain/mail-kinds';
import { composeMail, mailLocale } from '@/lib/mail/compose';
import { currentInstant } from './now';

/**
 * The one way an event reaches people: an inbox entry per recipient and, for those who want it
 * (lib/domain/mail-kinds.ts), an e-mail in the outbox — both written in the transaction of the
 * event itself, so that nobody hears of a change that was rolled back. The sweep delivers the
 * outbox (lib/data/mail-outbox.ts).
 */
export async function notifyUsers(
  tx: Tx,
  userIds: readonly string[],
  caseId: string | null,
  kind: NotificationKind,
  payload: Record<string, unknown> = {},
) {
  const recipients = [...new Set(userIds)];
  if (!recipients.length) return;
  const createdAt = currentInstant();
  await tx.insert(notifications).values(recipients.map((userId) => ({ userId, caseId, kind, payload, createdAt })));
  await queueMail(tx, recipients, caseId, kind, payload, createdAt);
}

async function queueMail(
  tx: Tx,
  recipients: string[],
  caseId: string | null,
  kind: NotificationKind,
  payload: Record<string, unknown>,
  createdAt: Date,
) {
  const readers = await tx
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, emailOptional: users.emailOptional })
    .from(users)
    .where(and(inArray(users.id, recipients), isNull(users.disabledAt)));
  const addressed = readers.filter((u) => wantsMail(kind, u));
  if (!addressed.length) return;
  const [subject] = caseId
    ? await tx
        .select({ number: cases.number, nameZh: serviceItemVersions.nameZh, nameEn: serviceItemVersions.nameEn })
        .from(cases)
        .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
        .where(eq(cases.id, caseId))
    : [];
  const origin = publicOrigin();
  await tx.insert(emailOutbox).values(
    addressed.map((u) => {
      const locale = mailLocale(u.locale);
      const mail = composeMail(locale, kind, {
        recipientName: u.name,
        caseNumber: subject?.number ?? null,
        service: subject ? { zh: subject.nameZh, en: subject.nameEn } : null,
        payload,
        caseUrl: caseId ? `${origin}/cases/${caseId}` : null,
        settingsUrl: `${origin}/account`,
      });
      return {
        userId: u.id,
        caseId,
        toAddress: u.email.trim(),
        locale,
        kind,
        essential: isEssentialMail(kind),
        ...mail,
        nextAttemptAt: createdAt,
        createdAt,
      };
    }),
  );
}
