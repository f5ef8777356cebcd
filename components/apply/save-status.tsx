'use client';

import { AlertCircle, Check, Loader2 } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { ZONE_TIME_ZONE } from '@/lib/domain/clock';
import type { SaveStatus } from './use-draft-autosave';

/** "已保存 14:05" / "保存中…" / what went wrong, announced politely to screen readers. */
export function SaveStatusLine({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const t = useTranslations('applicant.wizard.save');
  const format = useFormatter();
  return (
    <div role="status" aria-live="polite" className="flex min-h-8 flex-wrap items-center gap-2 text-sm">
      {status.kind === 'saving' ? (
        <span className="inline-flex items-center gap-1.5 text-muted-foreground">
          <Loader2 className="size-4 animate-spin" aria-hidden />
          {t('saving')}
        </span>
      ) : null}
      {status.kind === 'saved' && status.at ? (
        <span className="inline-flex items-center gap-1.5 text-muted-foreground">
          <Check className="size-4 text-success" aria-hidden />
          {t('saved', {
            time: format.dateTime(new Date(status.at), {
              hour: '2-digit',
              minute: '2-digit',
              hour12: false,
              timeZone: ZONE_TIME_ZONE,
            }),
          })}
        </span>
      ) : null}
      {status.kind === 'saved' && status.pendingContact ? <span className="text-destructive">{t('pendingContact')}</span> : null}
      {status.kind === 'failed' ? (
        <>
          <span className="inline-flex items-center gap-1.5 text-destructive">
            <AlertCircle className="size-4" aria-hidden />
            {status.fatal ? t('stopped') : t('failed')}
          </span>
          {status.fatal ? null : (
            <Button type="button" variant="outline" size="sm" onClick={onRetry}>
              {t('retry')}
            </Button>
          )}
        </>
      ) : null}
    </div>
  );
}
