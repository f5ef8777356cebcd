'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { UNAVAILABLE_DIGEST } from '@/lib/errors';

/** Unexpected failures: a plain message and a retry, never the error's details; "busy" when the database timed out. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common.errorPage');
  const busy = error.digest === UNAVAILABLE_DIGEST;
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-12 text-center">
      <h1 className="text-2xl font-semibold">{t(busy ? 'busyTitle' : 'title')}</h1>
      <p className="text-muted-foreground">{t(busy ? 'busyBody' : 'body')}</p>
      <Button onClick={reset}>{t('retry')}</Button>
    </div>
  );
}
