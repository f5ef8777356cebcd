'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { StaleNotice } from '@/components/case-desk/action-parts';
import { FormMessage } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { settleDrawingCommentAction } from '@/lib/actions/drawings';
import { SETTLE_OUTCOMES, type SettleOutcome } from '@/lib/domain/drawing-comments';

/** On a newer version, the comment's department says whether its comment of an earlier version is resolved or still applies. */
export function SettleButtons({ commentId, version }: { commentId: string; version: number }) {
  const t = useTranslations('drawings.review.settle');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  const settle = (outcome: SettleOutcome) =>
    startTransition(async () => {
      setError(undefined);
      const result = await settleDrawingCommentAction({ commentId, outcome });
      if (result.ok) router.refresh();
      else setError(result.formError);
    });

  return (
    <div className="flex flex-col gap-2 rounded-md bg-muted/60 p-2">
      <p className="text-xs text-muted-foreground">{t('question', { version })}</p>
      <div className="flex flex-wrap gap-2">
        {SETTLE_OUTCOMES.map((outcome) => (
          <Button key={outcome} type="button" size="sm" variant="outline" disabled={pending} onClick={() => settle(outcome)}>
            {t(outcome)}
          </Button>
        ))}
      </div>
      {error === 'staleVersion' ? (
        <StaleNotice message={t('stale')} onReload={() => startTransition(() => router.refresh())} pending={pending} />
      ) : (
        <FormMessage error={error} />
      )}
    </div>
  );
}
