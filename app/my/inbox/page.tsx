import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InboxList } from '@/components/applicant/inbox-list';
import { InboxMarkAll } from '@/components/applicant/inbox-mark-all';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listInbox } from '@/lib/data/case-detail';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('applicant.inbox'))('title') };
}

export default async function InboxPage() {
  const viewer = await getViewer();
  const [inbox, t] = await Promise.all([guardPage(() => listInbox(viewer)), getTranslations('applicant.inbox')]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-1 text-muted-foreground">{t('intro')}</p>
          {inbox.unread > 0 ? <p className="mt-1 text-sm font-medium">{t('count', { count: inbox.unread })}</p> : null}
        </div>
        {inbox.unread > 0 ? <InboxMarkAll /> : null}
      </div>
      <InboxList items={inbox.items} />
    </div>
  );
}
