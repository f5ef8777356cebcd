import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FilePen, LogIn, UserPlus } from 'lucide-react';
import { Button } from '@/components/ui/button';

/** A highlighted panel inviting the next step: a heading, a line of text, and its buttons. */
export function CallToActionPanel({
  id,
  title,
  body,
  children,
}: {
  id: string;
  title: string;
  body: string;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="flex flex-col gap-3 rounded-lg border border-primary/30 bg-primary/5 p-4 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="flex flex-col gap-1">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted-foreground">{body}</p>
      </div>
      {children}
    </section>
  );
}

/** Shown to anonymous visitors: sign in (and come back here) or register. */
export async function ApplyCallToAction({ returnTo }: { returnTo: string }) {
  const t = await getTranslations('catalogue.guide.cta');
  return (
    <CallToActionPanel id="apply-cta-heading" title={t('title')} body={t('body')}>
      <div className="flex shrink-0 flex-wrap gap-2">
        <Button asChild>
          <Link href={`/login?callbackUrl=${encodeURIComponent(returnTo)}`}>
            <LogIn aria-hidden />
            {t('signIn')}
          </Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/register">
            <UserPlus aria-hidden />
            {t('register')}
          </Link>
        </Button>
      </div>
    </CallToActionPanel>
  );
}

/** Shown to applicants: start (or continue) an online application for this item. */
export async function ApplyOnlineCallToAction({ code }: { code: string }) {
  const t = await getTranslations('applicant.apply.cta');
  return (
    <CallToActionPanel id="apply-online-heading" title={t('title')} body={t('body')}>
      <Button asChild className="shrink-0">
        <Link href={`/apply/${code}`}>
          <FilePen aria-hidden />
          {t('action')}
        </Link>
      </Button>
    </CallToActionPanel>
  );
}
