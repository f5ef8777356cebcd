'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormMessage } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { verifyObligationAction } from '@/lib/actions/case';

/** The window confirms a late-supplied material meets the requirement; a suspension it caused lifts. */
export function VerifyObligationButton({ caseId, obligationId }: { caseId: string; obligationId: string }) {
  const t = useTranslations('desk.caseForms');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const verify = () =>
    startTransition(async () => {
      setError(undefined);
      const result = await verifyObligationAction({ caseId, obligationId });
      if (!result.ok) return setError(result.formError);
      router.refresh();
    });
  return (
    <span className="inline-flex flex-col gap-1">
      <Button type="button" size="sm" variant="outline" onClick={verify} disabled={pending}>
        {t('verifyObligation')}
      </Button>
      <FormMessage error={error} />
    </span>
  );
}
