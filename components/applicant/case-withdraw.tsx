'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { FormMessage } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/input';
import { caseAction } from '@/lib/actions/case';

/** Withdrawing before a decision, behind a confirmation; the server's workflow machine has the last word. */
export function CaseWithdraw({ caseId, version }: { caseId: string; version: number }) {
  const t = useTranslations('applicant.withdraw');
  const router = useRouter();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const busy = useRef(false);

  async function withdraw() {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setError(undefined);
    try {
      const result = await caseAction({ caseId, version, transition: 'withdraw', reason });
      if (result.ok) {
        setConfirming(false);
        router.refresh();
      } else {
        setError(result.formError ?? 'unexpected');
        if (result.formError === 'staleVersion') router.refresh(); // the next attempt carries the current version
      }
    } catch {
      setError('unexpected');
    } finally {
      busy.current = false;
      setPending(false);
    }
  }

  if (!confirming) {
    return (
      <div className="flex flex-col gap-2">
        <Button type="button" variant="outline" onClick={() => setConfirming(true)}>
          {t('action')}
        </Button>
        <FormMessage error={error} />
      </div>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-lg border border-destructive/40 bg-destructive/5 p-4"
    >
      <p id={`${id}-title`} className="font-semibold">
        {t('confirmTitle')}
      </p>
      <p className="text-sm">{t('confirmBody')}</p>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-reason`} className="text-sm font-medium">
          {t('reason')}
        </label>
        <Textarea id={`${id}-reason`} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <FormMessage error={error} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="destructive" disabled={pending} onClick={withdraw}>
          {pending ? t('withdrawing') : t('confirm')}
        </Button>
        <Button type="button" variant="outline" disabled={pending} onClick={() => setConfirming(false)}>
          {t('cancel')}
        </Button>
      </div>
    </div>
  );
}
