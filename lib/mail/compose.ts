// use-intl's core (next-intl's own engine), not 'next-intl': the seed runs this under the react-server condition outside Next.js.
import { createTranslator } from 'use-intl/core';
import { isLocale, pickLanguage, type Bilingual, type Locale } from '@/lib/i18n/config';
import en from '@/lib/i18n/messages/en';
import zhCN from '@/lib/i18n/messages/zh-CN';
import { isEssentialMail, type NotificationKind } from '@/lib/domain/mail-kinds';

export type MailContext = {
  recipientName: string;
  caseNumber: string | null;
  service: Bilingual | null;
  payload: Record<string, unknown>;
  /** Absolute links: the case (null for mail about no case) and the account settings page. */
  caseUrl: string | null;
  settingsUrl: string;
};

export type ComposedMail = { subject: string; text: string; html: string };

/** The language a recipient reads: their own choice, else the portal's default. */
export function mailLocale(stored: string | null): Locale {
  return isLocale(stored) ? stored : 'zh-CN';
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * One notification as an e-mail in the recipient's language, from the `mail` catalogue. Runs inside
 * the event's transaction, where there is no request: the translator is built from the messages.
 */
export function composeMail(locale: Locale, kind: NotificationKind, c: MailContext): ComposedMail {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : zhCN, namespace: 'mail.email' });
  const title = t(`kinds.${kind}.title`);
  const body = t(`kinds.${kind}.body`, {
    items: typeof c.payload.items === 'number' ? c.payload.items : 0,
    dueDate: str(c.payload.dueDate) ?? '',
  });
  const reason = str(c.payload.reason);
  const dueDate = str(c.payload.dueDate);
  const facts = [
    c.caseNumber ? t('caseNumber', { number: c.caseNumber }) : null,
    c.service ? t('service', { service: pickLanguage(c.service, locale) }) : null,
    reason ? t('reason', { reason }) : null,
    dueDate && kind !== 'obligation_due' && kind !== 'obligation_due_today' ? t('dueDate', { dueDate }) : null,
  ].filter((f): f is string => !!f);
  const footer = isEssentialMail(kind) ? t('essentialFooter') : t('optionalFooter', { url: c.settingsUrl });
  const subject = c.caseNumber ? t('subject', { title, number: c.caseNumber }) : t('subjectNoCase', { title });
  const greeting = t('greeting', { name: c.recipientName });

  const text = [
    greeting,
    '',
    body,
    '',
    ...facts,
    ...(c.caseUrl ? [t('link', { url: c.caseUrl })] : []),
    '',
    footer,
    '',
    t('signature'),
  ].join('\n');

  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const html = [
    p(greeting),
    p(body),
    facts.length ? `<p>${facts.map(escapeHtml).join('<br>')}</p>` : '',
    c.caseUrl ? `<p><a href="${escapeHtml(c.caseUrl)}">${escapeHtml(t('linkLabel'))}</a></p>` : '',
    `<p style="color:#666;font-size:12px">${escapeHtml(footer)}</p>`,
    p(t('signature')),
  ].join('\n');
  return { subject, text, html };
}
