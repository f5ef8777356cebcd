'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { revokeAuthorizationAction } from '@/lib/actions/on-behalf';
import { RefusalMessage, refusalKey } from './refusal-message';

/** Revokes an authorization the enterprise withdrew: nothing more is filed or submitted under it. */
export function RevokeAuthorization({ authorizationId }: { authorizationId: string }) {
  const t = useTranslations('onBehalf.authorizations');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function revoke() {
    setBusy(true);
    const result = await revokeAuthorizationAction({ authorizationId });
    setBusy(false);
    if (result.ok) router.refresh();
    else setError(refusalKey(result));
  }

  return (
    <div className="flex flex-col gap-1">
      <Button type="button" variant="outline" size="sm" onClick={revoke} disabled={busy}>
        {busy ? t('revoking') : t('revoke')}
      </Button>
      <RefusalMessage error={error} />
    </div>
  );
}
