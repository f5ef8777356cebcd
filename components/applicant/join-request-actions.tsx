'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormMessage } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { decideJoinRequestAction } from '@/lib/actions/enterprise';

/** Approve / reject one pending join request; rejecting asks for a second click to confirm. */
export function JoinRequestActions({
  enterpriseId,
  userId,
  name,
  enterpriseName,
}: {
  enterpriseId: string;
  userId: string;
  name: string;
  enterpriseName: string;
}) {
  const t = useTranslations('applicant.joinRequests');
  const [pending, startTransition] = useTransition();
  const [confirmingReject, setConfirmingReject] = useState(false);
  const [error, setError] = useState<string>();
  const decide = (approve: boolean) =>
    startTransition(async () => {
      setError(undefined);
      const result = await decideJoinRequestAction({ enterpriseId, userId, approve });
      // On success the page is revalidated and this row disappears.
      if (!result.ok) {
        setError(result.formError);
        setConfirmingReject(false);
      }
    });
  const who = { name, enterprise: enterpriseName };
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {confirmingReject ? (
          <>
            <Button
              size="sm"
              variant="destructive"
              disabled={pending}
              onClick={() => decide(false)}
              aria-label={t('confirmRejectLabel', who)}
            >
              {t('confirmReject')}
            </Button>
            <Button size="sm" variant="outline" disabled={pending} onClick={() => setConfirmingReject(false)}>
              {t('cancel')}
            </Button>
          </>
        ) : (
          <>
            <Button size="sm" disabled={pending} onClick={() => decide(true)} aria-label={t('approveLabel', who)}>
              {t('approve')}
            </Button>
            <Button
              size="sm"
              variant="outline"
              disabled={pending}
              onClick={() => setConfirmingReject(true)}
              aria-label={t('rejectLabel', who)}
            >
              {t('reject')}
            </Button>
          </>
        )}
      </div>
      <FormMessage error={error} />
    </div>
  );
}
