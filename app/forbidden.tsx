import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ShieldX } from 'lucide-react';
import { Button } from '@/components/ui/button';

/** Rendered with status 403 whenever a page calls forbidden(). */
export default async function Forbidden() {
  const t = await getTranslations('common.forbidden');
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-12 text-center">
      <ShieldX className="size-12 text-destructive" aria-hidden />
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-muted-foreground">{t('body')}</p>
      <div className="flex gap-2">
        <Button asChild>
          <Link href="/">{t('home')}</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/login">{t('switch')}</Link>
        </Button>
      </div>
    </div>
  );
}
