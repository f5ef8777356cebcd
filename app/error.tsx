'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/** Unexpected failures: a plain message and a retry, never the error's details. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common.errorPage');
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-12 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-muted-foreground">{t('body')}</p>
      <Button onClick={reset}>{t('retry')}</Button>
    </div>
  );
}
