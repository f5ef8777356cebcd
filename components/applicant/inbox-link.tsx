import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Bell } from 'lucide-react';
import type { Viewer } from '@/lib/auth/permissions';
import { unreadInboxCount } from '@/lib/data/case-detail';

/** The header's inbox link with the number of unread entries; the count is part of the link's name. */
export async function InboxLink({ viewer }: { viewer: Viewer }) {
  const [t, unread] = await Promise.all([getTranslations('applicant.nav'), unreadInboxCount(viewer)]);
  return (
    <Link
      href="/my/inbox"
      aria-label={unread > 0 ? t('inboxUnread', { count: unread }) : t('inbox')}
      className="relative inline-flex items-center gap-1.5 rounded-md px-1.5 py-2 whitespace-nowrap hover:bg-accent"
    >
      <Bell className="size-4" aria-hidden />
      {t('inbox')}
      {unread > 0 ? (
        <span
          aria-hidden
          className="inline-flex min-w-5 items-center justify-center rounded-full bg-destructive px-1.5 text-xs leading-5 font-semibold text-destructive-foreground"
        >
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
