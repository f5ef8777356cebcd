import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';

/** Unknown number and wrong code look the same here: the page must not tell which it was. */
export default async function TrackNotFound() {
  const t = await getTranslations('notices.track.notFound');
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-12 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p>{t('body')}</p>
      <p className="text-sm text-muted-foreground">{t('help')}</p>
      <Button asChild>
        <Link href="/">{t('home')}</Link>
      </Button>
    </div>
  );
}
