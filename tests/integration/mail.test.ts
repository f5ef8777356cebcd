import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { and, eq, gt, inArray } from 'drizzle-orm';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, emailOutbox, notifications, users } from '@/db/schema';
import { deliverOutbox, type MailTransport } from '@/lib/data/mail-outbox';
import { notifyUsers } from '@/lib/data/notify';
import { publicOrigin } from '@/lib/deployment';
import { MAX_MAIL_ATTEMPTS } from '@/lib/domain/mail-kinds';
import { setUpTestDatabase } from './harness';
import { caseActions } from './workflow-fixtures';

const test = setUpTestDatabase();
const act = caseActions(test);
const FROM = '经济开发区一网通办 <noreply@onewindow.test>';

/** A real SMTP server on 127.0.0.1 that parses what it receives; it refuses recipients while `refusing` is set. */
function smtpServer() {
  const received: ParsedMail[] = [];
  const state = { refusing: false };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(state.refusing ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 450 }) : undefined);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  return { server, received, state };
}

const smtp = smtpServer();
let transport: () => MailTransport;

beforeAll(async () => {
  smtp.server.listen(0, '127.0.0.1');
  await once(smtp.server.server, 'listening');
  const { port } = smtp.server.server.address() as AddressInfo;
  // A transport per worker, as separate instances would have.
  transport = () => nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
});
afterAll(() => new Promise<void>((resolve) => smtp.server.close(() => resolve())));

async function userOf(email: string) {
  const [u] = await test.db.select().from(users).where(eq(users.email, email));
  return u;
}

async function outboxOf(userId: string, caseId: string) {
  return test.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.userId, userId), eq(emailOutbox.caseId, caseId)));
}

/** The seeded establishment case of 一峰仓储 (渊鸿商贸, agent6), submitted and waiting at the window; found before it moves on. */
let theCase: { id: string; number: string | null } | undefined;
async function submittedCase() {
  theCase ??= (
    await test.db
      .select({ id: cases.id, number: cases.number })
      .from(cases)
      .where(and(eq(cases.subject, '许昌一峰仓储服务有限公司'), eq(cases.state, 'submitted')))
  )[0];
  return theCase!;
}

describe('e-mail in the outbox', () => {
  it('a supplement notice writes the applicant an e-mail in their language, with a link to the case', async () => {
    const agent = await userOf('agent6@onewindow.test');
    await test.db.update(users).set({ locale: 'en' }).where(eq(users.id, agent.id));
    const c = await submittedCase();
    const clerk = await test.viewerOf('clerk@onewindow.test');
    await act(clerk, c.id, 'request_supplement', {
      supplementItems: [{ kind: 'material', code: 'articles-of-association', reason: 'unsigned' }],
    });
    const [mail, ...more] = await outboxOf(agent.id, c.id);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ kind: 'supplement_requested', essential: true, locale: 'en', state: 'pending', attempts: 0 });
    expect(mail.toAddress).toBe('agent6@onewindow.test');
    expect(mail.subject).toBe(`[OneWindow] Supplements requested (${c.number})`);
    expect(mail.text).toContain('Your application needs 1 correction.');
    expect(mail.text).toContain(`${publicOrigin()}/cases/${c.id}`);
    expect(mail.html).toContain(`href="${publicOrigin()}/cases/${c.id}"`);
  });

  it('writes Chinese to a recipient who chose no language', async () => {
    const applicant = await userOf('applicant@onewindow.test');
    const c = await submittedCase();
    await test.db.transaction((tx) => notifyUsers(tx, [applicant.id], c.id, 'result_issued'));
    const mail = (await outboxOf(applicant.id, c.id)).find((m) => m.kind === 'result_issued')!;
    expect(mail.locale).toBe('zh-CN');
    expect(mail.subject).toBe(`【一网通办】办理结果已出具（${c.number}）`);
    expect(mail.text).toContain(`${applicant.name}，您好：`);
  });

  it('writes nothing when the event is rolled back', async () => {
    const applicant = await userOf('applicant@onewindow.test');
    const c = await submittedCase();
    await expect(
      test.db.transaction(async (tx) => {
        await notifyUsers(tx, [applicant.id], c.id, 'decided');
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect((await outboxOf(applicant.id, c.id)).filter((m) => m.kind === 'decided')).toEqual([]);
    // Nor does a refused action: the notice is already open, a second one is not allowed.
    const before = await outboxOf((await userOf('agent6@onewindow.test')).id, c.id);
    const clerk = await test.viewerOf('clerk@onewindow.test');
    await expect(
      act(clerk, c.id, 'request_supplement', {
        supplementItems: [{ kind: 'material', code: 'articles-of-association', reason: 'unsigned' }],
      }),
    ).rejects.toThrow();
    expect(await outboxOf((await userOf('agent6@onewindow.test')).id, c.id)).toHaveLength(before.length);
  });

  it('sends a user who turned off non-essential e-mail the essential mail only; the inbox gets both', async () => {
    const officer = await userOf('officer@onewindow.test');
    await test.db.update(users).set({ emailOptional: false }).where(eq(users.id, officer.id));
    const c = await submittedCase();
    await test.db.transaction(async (tx) => {
      await notifyUsers(tx, [officer.id], c.id, 'case_reassigned');
      await notifyUsers(tx, [officer.id], c.id, 'rating_follow_up_opened');
    });
    expect((await outboxOf(officer.id, c.id)).map((m) => m.kind)).toEqual(['rating_follow_up_opened']);
    const inbox = await test.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(and(eq(notifications.userId, officer.id), eq(notifications.caseId, c.id)));
    expect(inbox.map((n) => n.kind).sort()).toEqual(['case_reassigned', 'rating_follow_up_opened']);
  });
});

describe('delivery from the outbox', () => {
  it('two workers running at once deliver every message exactly once to a real SMTP server', async () => {
    const due = await test.db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.state, 'pending'));
    expect(due.length).toBeGreaterThan(3);
    const now = new Date(Date.now() + 1000);
    const worker = async () => {
      const t = transport();
      let claimed = 0;
      for (;;) {
        const r = await deliverOutbox(test.db, t, { batch: 5, now, from: FROM });
        if (r.sent + r.retrying + r.failed === 0) return claimed;
        claimed += r.sent;
      }
    };
    const [a, b] = await Promise.all([worker(), worker()]);
    expect(a + b).toBe(due.length);
    expect(smtp.received).toHaveLength(due.length);
    const rows = await test.db
      .select()
      .from(emailOutbox)
      .where(
        inArray(
          emailOutbox.id,
          due.map((d) => d.id),
        ),
      );
    expect(rows.every((r) => r.state === 'sent' && r.attempts === 1 && r.sentAt && r.messageId && r.lockedUntil === null)).toBe(
      true,
    );
    // Each message arrived once: the server's Message-IDs are the recorded ones, no duplicates.
    const ids = smtp.received.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(due.length);
    expect(new Set(rows.map((r) => r.messageId))).toEqual(new Set(ids));

    // mailparser reads what was sent exactly: Chinese subject, body and display name.
    const agent = await userOf('agent6@onewindow.test');
    const c = await submittedCase();
    const zh = (await outboxOf((await userOf('applicant@onewindow.test')).id, c.id)).find((m) => m.kind === 'result_issued')!;
    const got = smtp.received.find((m) => m.messageId === zh.messageId)!;
    expect(got.subject).toBe(zh.subject);
    expect(got.text?.trim()).toBe(zh.text.trim());
    expect(got.from?.value[0]).toEqual({ name: '经济开发区一网通办', address: 'noreply@onewindow.test' });
    expect(got.to && !Array.isArray(got.to) ? got.to.value[0].address : null).toBe('applicant@onewindow.test');
    const en = (await outboxOf(agent.id, c.id))[0];
    expect(smtp.received.find((m) => m.messageId === en.messageId)?.subject).toBe(en.subject);
  });

  it('records a refusal with back-off, and sends the message on a later attempt', async () => {
    const applicant = await userOf('applicant@onewindow.test');
    const c = await submittedCase();
    await test.db.transaction((tx) => notifyUsers(tx, [applicant.id], c.id, 'revoked', { reason: '承诺核查不实' }));
    const [mail] = (await outboxOf(applicant.id, c.id)).filter((m) => m.kind === 'revoked');
    const received = smtp.received.length;
    const now = new Date(Date.now() + 1000);

    smtp.state.refusing = true;
    expect(await deliverOutbox(test.db, transport(), { now, from: FROM })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let [row] = await test.db.select().from(emailOutbox).where(eq(emailOutbox.id, mail.id));
    expect(row).toMatchObject({ state: 'pending', attempts: 1, lockedUntil: null });
    expect(row.lastError).toContain('Mailbox unavailable');
    expect(row.nextAttemptAt).toEqual(new Date(now.getTime() + 60_000));
    // Not due again before the back-off has passed.
    expect(await deliverOutbox(test.db, transport(), { now: new Date(now.getTime() + 30_000), from: FROM })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    const second = new Date(now.getTime() + 61_000);
    await deliverOutbox(test.db, transport(), { now: second, from: FROM });
    [row] = await test.db.select().from(emailOutbox).where(eq(emailOutbox.id, mail.id));
    expect(row).toMatchObject({ state: 'pending', attempts: 2 });
    expect(row.nextAttemptAt).toEqual(new Date(second.getTime() + 120_000));

    smtp.state.refusing = false;
    const third = new Date(second.getTime() + 121_000);
    expect(await deliverOutbox(test.db, transport(), { now: third, from: FROM })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    [row] = await test.db.select().from(emailOutbox).where(eq(emailOutbox.id, mail.id));
    expect(row).toMatchObject({ state: 'sent', attempts: 3, sentAt: third });
    expect(smtp.received).toHaveLength(received + 1);
    expect(smtp.received.at(-1)?.text).toContain('理由：承诺核查不实');
  });

  it('gives a message up after the last attempt', async () => {
    const applicant = await userOf('applicant@onewindow.test');
    const c = await submittedCase();
    await test.db.transaction((tx) => notifyUsers(tx, [applicant.id], c.id, 'refused'));
    const [mail] = (await outboxOf(applicant.id, c.id)).filter((m) => m.kind === 'refused');
    await test.db
      .update(emailOutbox)
      .set({ attempts: MAX_MAIL_ATTEMPTS - 1 })
      .where(eq(emailOutbox.id, mail.id));
    smtp.state.refusing = true;
    try {
      const now = new Date(Date.now() + 1000);
      expect(await deliverOutbox(test.db, transport(), { now, from: FROM })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    } finally {
      smtp.state.refusing = false;
    }
    const [row] = await test.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.id, mail.id), gt(emailOutbox.attempts, 0)));
    expect(row).toMatchObject({ state: 'failed', attempts: MAX_MAIL_ATTEMPTS });
  });
});
