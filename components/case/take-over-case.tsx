'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { RefusalMessage, refusalKey } from '@/components/on-behalf/refusal-message';
import { Button } from '@/components/ui/button';
import { takeOverCaseAction } from '@/lib/actions/on-behalf';

/** A member of the enterprise takes over a case an agent filed for it: it becomes theirs to carry on. */
export function TakeOverCase({ caseId }: { caseId: string }) {
  const t = useTranslations('onBehalf.case');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function takeOver() {
    setBusy(true);
    const result = await takeOverCaseAction({ caseId });
    setBusy(false);
    if (result.ok) router.refresh();
    else setError(refusalKey(result));
  }

  return (
    <div className="flex flex-col gap-2">
      <Button type="button" className="self-start" onClick={takeOver} disabled={busy}>
        {busy ? t('takingOver') : t('takeOver')}
      </Button>
      <RefusalMessage error={error} />
    </div>
  );
}
