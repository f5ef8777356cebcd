import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Landmark } from 'lucide-react';
import { can, type Viewer } from '@/lib/auth/permissions';
import { signOutAction } from '@/lib/actions/session';
import { InboxLink } from '@/components/applicant/inbox-link';
import { Button } from '@/components/ui/button';
import { EnterpriseSwitcher } from './enterprise-switcher';
import { LanguageSwitcher } from './language-switcher';

/** Links to each role's home, shown only to viewers the permission table lets in. */
const ROLE_LINKS = [
  { href: '/my', operation: 'case.listOwn', label: 'myCases' },
  { href: '/my/projects', operation: 'project.listOwn', label: 'projects' },
  { href: '/my/wallet', operation: 'case.listOwn', label: 'wallet' },
  { href: '/officer', operation: 'officer.home', label: 'officer' },
  { href: '/desk', operation: 'desk.queue', label: 'desk' },
  { href: '/dashboard', operation: 'dashboard.view', label: 'dashboard' },
  { href: '/admin', operation: 'users.list', label: 'admin' },
] as const;

export async function SiteHeader({ viewer }: { viewer: Viewer }) {
  const t = await getTranslations('common');
  const links = [
    { href: '/services', label: t('nav.services') },
    { href: '/names', label: t('nav.names') },
    ...ROLE_LINKS.filter((l) => can(viewer, l.operation)).map((l) => ({ href: l.href, label: t(`nav.${l.label}`) })),
  ];
  return (
    <header className="border-b bg-card">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-primary">
          <Landmark className="size-6" aria-hidden />
          <span className="leading-tight">
            {/* A long (English) name takes two lines rather than pushing the menu onto a second row. */}
            <span className="block max-w-48 text-base">{t('siteName')}</span>
            <span className="block text-xs font-normal text-muted-foreground">{t('siteShortName')}</span>
          </span>
        </Link>
        <nav aria-label={t('nav.menu')} className="order-3 flex w-full flex-wrap gap-1 text-sm sm:order-none sm:w-auto">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="rounded-md px-1.5 py-2 whitespace-nowrap hover:bg-accent">
              {l.label}
            </Link>
          ))}
          {can(viewer, 'case.listOwn') ? <InboxLink viewer={viewer} /> : null}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <EnterpriseSwitcher viewer={viewer} />
          <LanguageSwitcher />
          {viewer.kind === 'user' ? (
            <form action={signOutAction} className="flex items-center gap-2">
              {/* The name shows only where it fits beside the menu: one header line at 1366 px. */}
              <span className="hidden max-w-40 truncate text-sm text-muted-foreground 2xl:inline">{viewer.name}</span>
              <Button type="submit" variant="outline" size="sm" title={viewer.name}>
                {t('nav.signOut')}
              </Button>
            </form>
          ) : (
            <>
              <Button asChild variant="ghost" size="sm">
                <Link href="/login">{t('nav.signIn')}</Link>
              </Button>
              <Button asChild size="sm">
                <Link href="/register">{t('nav.register')}</Link>
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
