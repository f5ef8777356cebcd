'use client';

import { FileCheck2, Info } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { MaterialUpload } from '@/components/case/material-upload';
import { Badge } from '@/components/ui/badge';
import type { WizardMaterial } from './types';
import { WalletAttach } from './wallet-attach';

/** The catalogue's materials checklist, one upload per material; an upload is saved at once. */
export function MaterialsStep({ caseId, materials }: { caseId: string; materials: WizardMaterial[] }) {
  const t = useTranslations('applicant.wizard');
  const tp = useTranslations('promise.materials');
  if (materials.length === 0) return <p className="text-sm text-muted-foreground">{t('materials.empty')}</p>;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-muted-foreground">{t('materials.intro')}</p>
      {materials.some((m) => m.core) ? (
        <p className="flex gap-2 rounded-md border border-primary/30 bg-primary/5 p-3 text-sm">
          <Info className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />
          {t('materials.coreNote')}
        </p>
      ) : null}
      <ol className="flex flex-col gap-3">
        {materials.map((m, i) => (
          <li key={m.code} className="flex flex-col gap-3 rounded-lg border bg-card p-4">
            <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
              <h3 className="flex gap-2 font-medium">
                <span className="text-muted-foreground">{i + 1}.</span>
                <span>{m.name}</span>
              </h3>
              <div className="flex flex-wrap gap-1.5 sm:justify-end">
                {m.replacedByPromise ? (
                  <Badge variant="success">{tp('replaced')}</Badge>
                ) : m.waiver ? (
                  <Badge variant="success">{t('materials.waived')}</Badge>
                ) : (
                  <Badge variant={m.required ? 'secondary' : 'outline'}>
                    {m.required ? t('materials.required') : t('materials.optional')}
                  </Badge>
                )}
                {m.core && !m.waiver && !m.replacedByPromise ? <Badge>{t('materials.core')}</Badge> : null}
                {m.flag ? <Badge variant="warning">{t('flagged')}</Badge> : null}
              </div>
            </div>
            {m.flag ? <p className="text-sm whitespace-pre-line">{m.flag}</p> : null}
            {m.waiver || m.replacedByPromise ? (
              <p className="flex gap-2 rounded-md border border-success/30 bg-success/5 p-3 text-sm">
                <FileCheck2 className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
                {m.replacedByPromise ? tp('replacedNote') : m.waiver}
              </p>
            ) : null}
            {m.generated ? (
              <p className="flex gap-2 rounded-md border border-success/30 bg-success/5 p-3 text-sm">
                <FileCheck2 className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
                {t('materials.generated')}
              </p>
            ) : m.waiver ? null : m.eLicenceName ? (
              <p className="text-sm text-muted-foreground">{t('materials.eLicence', { licence: m.eLicenceName })}</p>
            ) : null}
            {m.replacedByPromise ? null : m.wallet && !m.waiver && !m.generated ? (
              <WalletAttach caseId={caseId} materialCode={m.code} wallet={m.wallet} fromWallet={m.fromWallet} />
            ) : null}
            {m.waiver || m.generated || m.replacedByPromise ? null : (
              <MaterialUpload
                caseId={caseId}
                materialCode={m.code}
                materialName={m.name}
                maxSizeMb={m.maxSizeMb}
                current={m.current}
                earlierVersions={m.earlierVersions}
              />
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
