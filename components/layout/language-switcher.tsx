'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { setLocale } from '@/lib/actions/locale';
import { LOCALES } from '@/lib/i18n/config';
import { cn } from '@/lib/utils';

export function LanguageSwitcher() {
  const t = useTranslations('common.language');
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t('label')} className="flex items-center rounded-md border bg-card p-0.5 text-xs">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={current === locale}
          // Short on screen (中 / EN), the full name for assistive technology.
          aria-label={t(locale)}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await setLocale(locale);
              router.refresh();
            })
          }
          className={cn(
            'rounded px-2 py-1 transition-colors',
            current === locale ? 'bg-primary text-primary-foreground' : 'text-muted-foreground hover:text-foreground',
          )}
        >
          {t(`short.${locale}`)}
        </button>
      ))}
    </div>
  );
}
