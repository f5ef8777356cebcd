import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { PageHeader } from '@/components/layout/page-header';
import { MailboxTable } from '@/components/mail/mailbox-table';
import { Button } from '@/components/ui/button';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listOutbox } from '@/lib/data/mail-outbox';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mail.mailbox'))('title') };
}

export default async function AdminMailPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getViewer();
  const raw = (await searchParams).page;
  const page = pageParam.parse(Array.isArray(raw) ? raw[0] : raw);
  const mail = await guardPage(() => listOutbox(viewer, { page }));
  const [t, ta] = await Promise.all([getTranslations('mail.mailbox'), getTranslations('admin')]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={{ href: '/admin', label: ta('backToAdmin') }} title={t('title')} intro={t('intro')} />
      {process.env.SMTP_URL ? null : (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t('unconfigured')}</p>
      )}
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {t('count', { count: mail.total })}
      </p>
      <MailboxTable messages={mail.items} />
      {mail.pages > 1 ? (
        <nav className="flex items-center justify-between gap-2 text-sm" aria-label={t('pageOf', { page, pages: mail.pages })}>
          {page > 1 ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`/admin/mail?page=${page - 1}`}>{t('previous')}</Link>
            </Button>
          ) : (
            <span />
          )}
          <span className="text-muted-foreground">{t('pageOf', { page, pages: mail.pages })}</span>
          {page < mail.pages ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`/admin/mail?page=${page + 1}`}>{t('next')}</Link>
            </Button>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
