import 'server-only';
import { and, count, desc, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { SendMailOptions } from 'nodemailer';
import { getDb, type Database } from '@/db/client';
import { cases, emailOutbox } from '@/db/schema';
import type { Viewer } from '@/lib/auth/permissions';
import { publicOrigin } from '@/lib/deployment';
import { nextMailAttempt } from '@/lib/domain/mail-kinds';
import { notFound } from '@/lib/errors';
import { currentInstant } from './now';
import { authorize } from './viewer';

/** What delivery needs of a nodemailer transport (a test may hand in its own, pointed at a local server). */
export type MailTransport = { sendMail(message: SendMailOptions): Promise<{ messageId?: string }> };

/** A claimed message is another worker's for this long; a worker that died lets it go after that. */
const CLAIM_MS = 5 * 60_000;

/** The transport SMTP_URL describes, or null: without it (the embedded default) mail stays in the outbox. */
export function mailTransportFromEnv(env: Record<string, string | undefined> = process.env): MailTransport | null {
  const url = env.SMTP_URL?.trim();
  return url ? nodemailer.createTransport(url) : null;
}

export function mailFrom(env: Record<string, string | undefined> = process.env): string {
  return env.MAIL_FROM?.trim() || `OneWindow <noreply@${new URL(publicOrigin()).hostname}>`;
}

export type DeliveryReport = { sent: number; failed: number; retrying: number };

/**
 * Sends the messages that are due. They are claimed first, in a short transaction of their own
 * (FOR UPDATE SKIP LOCKED, then locked_until moves forward), so that workers running at once take
 * different messages and none is sent twice; the sending happens outside any transaction.
 */
export async function deliverOutbox(
  db: Database,
  transport: MailTransport,
  { batch = 20, now = currentInstant(), from = mailFrom() }: { batch?: number; now?: Date; from?: string } = {},
): Promise<DeliveryReport> {
  const lockedUntil = new Date(now.getTime() + CLAIM_MS);
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.state, 'pending'),
          lte(emailOutbox.nextAttemptAt, now),
          or(isNull(emailOutbox.lockedUntil), lte(emailOutbox.lockedUntil, now)),
        ),
      )
      .orderBy(emailOutbox.nextAttemptAt)
      .limit(batch)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(emailOutbox)
      .set({ lockedUntil })
      .where(inArray(emailOutbox.id, due.map((d) => d.id)))
      .returning();
  });

  const report: DeliveryReport = { sent: 0, failed: 0, retrying: 0 };
  for (const m of claimed) {
    // Only the claim holder records the outcome: if the claim lapsed and another worker took it, this one's result is moot.
    const mine = and(eq(emailOutbox.id, m.id), eq(emailOutbox.lockedUntil, lockedUntil));
    try {
      const info = await transport.sendMail({ from, to: m.toAddress, subject: m.subject, text: m.text, html: m.html ?? undefined });
      await db
        .update(emailOutbox)
        .set({ state: 'sent', attempts: m.attempts + 1, messageId: info.messageId ?? null, sentAt: now, lockedUntil: null, lastError: null })
        .where(mine);
      report.sent++;
    } catch (error) {
      const attempts = m.attempts + 1;
      const retryAt = nextMailAttempt(attempts, now);
      await db
        .update(emailOutbox)
        .set({
          state: retryAt ? 'pending' : 'failed',
          attempts,
          nextAttemptAt: retryAt ?? m.nextAttemptAt,
          lockedUntil: null,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
        })
        .where(mine);
      if (retryAt) report.retrying++;
      else report.failed++;
    }
  }
  return report;
}

/** The sweep's step: deliver while SMTP_URL is set; otherwise the mailbox page is where mail is read. */
export async function deliverConfiguredOutbox(db: Database): Promise<DeliveryReport | null> {
  const transport = mailTransportFromEnv();
  return transport ? deliverOutbox(db, transport) : null;
}

export const MAILBOX_PAGE_SIZE = 50;

/** The admin mailbox: every message, newest first, a page at a time. */
export async function listOutbox(viewer: Viewer, { page = 1 }: { page?: number } = {}) {
  authorize(viewer, 'mail.read');
  const db = await getDb();
  const [items, [{ total }]] = await Promise.all([
    db
      .select({
        id: emailOutbox.id,
        toAddress: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        kind: emailOutbox.kind,
        essential: emailOutbox.essential,
        state: emailOutbox.state,
        attempts: emailOutbox.attempts,
        createdAt: emailOutbox.createdAt,
      })
      .from(emailOutbox)
      .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
      .limit(MAILBOX_PAGE_SIZE)
      .offset((Math.max(1, page) - 1) * MAILBOX_PAGE_SIZE),
    db.select({ total: count() }).from(emailOutbox),
  ]);
  return { items, total, pages: Math.max(1, Math.ceil(total / MAILBOX_PAGE_SIZE)) };
}

/** How many messages are in each state (the admin home's card). */
export async function countOutbox(viewer: Viewer): Promise<Record<'pending' | 'sent' | 'failed', number>> {
  authorize(viewer, 'mail.read');
  const db = await getDb();
  const rows = await db.select({ state: emailOutbox.state, n: count() }).from(emailOutbox).groupBy(emailOutbox.state);
  const counts = { pending: 0, sent: 0, failed: 0 };
  for (const r of rows) counts[r.state] = r.n;
  return counts;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getOutboxMessage(viewer: Viewer, id: string) {
  authorize(viewer, 'mail.read');
  if (!UUID.test(id)) throw notFound('mail');
  const db = await getDb();
  const [message] = await db
    .select({
      id: emailOutbox.id,
      toAddress: emailOutbox.toAddress,
      locale: emailOutbox.locale,
      kind: emailOutbox.kind,
      essential: emailOutbox.essential,
      subject: emailOutbox.subject,
      text: emailOutbox.text,
      state: emailOutbox.state,
      attempts: emailOutbox.attempts,
      nextAttemptAt: emailOutbox.nextAttemptAt,
      lastError: emailOutbox.lastError,
      messageId: emailOutbox.messageId,
      sentAt: emailOutbox.sentAt,
      createdAt: emailOutbox.createdAt,
      caseId: emailOutbox.caseId,
      caseNumber: cases.number,
    })
    .from(emailOutbox)
    .leftJoin(cases, eq(cases.id, emailOutbox.caseId))
    .where(eq(emailOutbox.id, id));
  if (!message) throw notFound('mail');
  return message;
}
