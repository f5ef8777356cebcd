'use client';

import { BadgeCheck } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { attachWalletMaterialAction } from '@/lib/actions/case';

/** 免提交: use a licence the enterprise already holds instead of uploading the material. */
export function WalletAttach({
  caseId,
  materialCode,
  wallet,
  fromWallet,
}: {
  caseId: string;
  materialCode: string;
  wallet: { creditCode: string; name: string };
  fromWallet: string | null;
}) {
  const t = useTranslations('applicant.wizard.materials');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  if (fromWallet) {
    return (
      <p className="flex items-center gap-2 text-sm text-success">
        <BadgeCheck className="size-4" aria-hidden />
        {t('walletUsed', { code: fromWallet })}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="self-start"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await attachWalletMaterialAction({ caseId, materialCode });
            setFailed(!result.ok);
            if (result.ok) router.refresh();
          })
        }
      >
        {t('walletUse', { licence: `${wallet.name}（${wallet.creditCode}）` })}
      </Button>
      {failed ? (
        <p role="alert" className="text-sm text-destructive">
          {t('walletError')}
        </p>
      ) : null}
    </div>
  );
}
