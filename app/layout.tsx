import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { getViewer } from '@/lib/auth/session';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { pickClientMessages } from '@/lib/i18n/client-messages';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return { title: { default: t('siteName'), template: `%s · ${t('siteShortName')}` }, description: t('siteTagline') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Every page depends on the request (the language cookie, the session, the database), so none
// is prerendered: `next build` must never open the database (db/client.ts refuses it).
export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, messages, viewer, t] = await Promise.all([getLocale(), getMessages(), getViewer(), getTranslations('common')]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider messages={pickClientMessages(messages)}>
          <SiteHeader viewer={viewer} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
