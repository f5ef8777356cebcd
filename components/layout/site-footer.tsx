import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getViewer } from '@/lib/auth/session';

/** The hall's address and hours, the public lookups, and — signed in — the account settings (the header has no room left at 1366 px). */
export async function SiteFooter() {
  const [t, ts, viewer] = await Promise.all([getTranslations('common'), getTranslations('mail.settings'), getViewer()]);
  return (
    <footer className="mt-12 border-t bg-card text-sm text-muted-foreground">
      <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-6 sm:flex-row sm:justify-between">
        <div>
          <p>{t('footer.address')}</p>
          <p>{t('footer.hours')}</p>
        </div>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          <nav aria-label={t('footer.lookups')} className="flex gap-4">
            <Link href="/track" className="hover:text-foreground">
              {t('footer.track')}
            </Link>
            <Link href="/verify" className="hover:text-foreground">
              {t('footer.verify')}
            </Link>
          </nav>
          <span>{t('footer.hotline')}</span>
          <Link href="/api-docs" className="hover:text-foreground">
            {t('nav.apiDocs')}
          </Link>
          {viewer.kind === 'user' ? (
            <Link href="/account" className="hover:text-foreground">
              {ts('linkLabel')}
            </Link>
          ) : null}
        </div>
      </div>
    </footer>
  );
}
