'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormMessage } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { endUserSessionsAction } from '@/lib/actions/admin';

/** "Sign out everywhere": ends every session of the account, e.g. after a lost phone or a shared password. */
export function EndSessionsButton({ userId }: { userId: string }) {
  const t = useTranslations('admin.userEdit');
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const endSessions = () =>
    startTransition(async () => {
      setError(undefined);
      setDone(false);
      const result = await endUserSessionsAction({ userId });
      if (!result.ok) return setError(result.formError);
      setDone(true);
    });
  return (
    <section aria-labelledby="end-sessions-title" className="flex flex-col gap-2 border-t pt-5">
      <h2 id="end-sessions-title" className="text-sm font-medium">
        {t('endSessions')}
      </h2>
      <p className="text-xs text-muted-foreground">{t('endSessionsHint')}</p>
      <FormMessage error={error} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="outline" onClick={endSessions} disabled={pending}>
          {pending ? t('endingSessions') : t('endSessions')}
        </Button>
        <p aria-live="polite" className="text-sm text-muted-foreground">
          {done ? t('sessionsEnded') : null}
        </p>
      </div>
    </section>
  );
}
