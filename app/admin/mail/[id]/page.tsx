import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/layout/page-header';
import { mailKindLabel } from '@/components/mail/mail-kind-label';
import { MailStateBadge } from '@/components/mail/mail-state-badge';
import { Card, CardContent } from '@/components/ui/card';
import { FactList } from '@/components/ui/fact-list';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getOutboxMessage } from '@/lib/data/mail-outbox';

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mail.mailbox'))('title') };
}

/** One message of the outbox as the recipient reads it (the plain text), with how its delivery went. */
export default async function AdminMailMessagePage({ params }: { params: Params }) {
  const { id } = await params;
  const viewer = await getViewer();
  const m = await guardPage(() => getOutboxMessage(viewer, id));
  const [t, tk, tl, format] = await Promise.all([
    getTranslations('mail.mailbox'),
    getTranslations('mail.email'),
    getTranslations('common.language'),
    getFormatter(),
  ]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'medium' }) : '—');
  const rows: [string, React.ReactNode][] = [
    [t('message.to'), m.toAddress],
    [t('message.kind'), `${mailKindLabel(m.kind, tk)} · ${m.essential ? t('essential') : t('optional')}`],
    [t('message.locale'), tl(m.locale === 'en' ? 'en' : 'zh-CN')],
    [t('message.state'), <MailStateBadge key="state" state={m.state} />],
    [t('message.attempts'), format.number(m.attempts)],
    [t('message.createdAt'), when(m.createdAt)],
    m.state === 'sent'
      ? [t('message.sentAt'), when(m.sentAt)]
      : [t('message.nextAttemptAt'), when(m.state === 'pending' ? m.nextAttemptAt : null)],
  ];
  if (m.messageId)
    rows.push([
      t('message.messageId'),
      <code key="id" className="text-xs">
        {m.messageId}
      </code>,
    ]);
  if (m.lastError) rows.push([t('message.lastError'), m.lastError]);
  // Admins do not read cases (the permission table): the number is for reference.
  if (m.caseNumber) rows.push([t('message.case'), m.caseNumber]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={{ href: '/admin/mail', label: t('back') }} title={m.subject} />
      <FactList rows={rows} />
      <Card>
        <CardContent>
          <h2 className="sr-only">{t('message.body')}</h2>
          <pre lang={m.locale} className="font-sans text-sm break-words whitespace-pre-wrap">
            {m.text}
          </pre>
        </CardContent>
      </Card>
    </div>
  );
}
