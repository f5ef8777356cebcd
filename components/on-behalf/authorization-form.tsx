'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { MATERIAL_ACCEPT } from '@/lib/storage/rules';
import { RefusalMessage } from './refusal-message';

type Service = { code: string; name: string };

/**
 * Records the enterprise's authorization (授权委托书) naming the viewer as its agent: the terms go
 * in the query, the signed scan as the file (POST /api/enterprises/…/authorizations).
 */
export function AuthorizationForm({
  enterpriseId,
  services,
  today,
}: {
  enterpriseId: string;
  services: Service[];
  today: string;
}) {
  const t = useTranslations('onBehalf.record');
  const router = useRouter();
  const id = useId();
  const [state, setState] = useState<{ status: 'idle' | 'recording' | 'done' } | { status: 'error'; key: string }>({
    status: 'idle',
  });

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get('file');
    const query = new URLSearchParams();
    for (const key of ['principalName', 'validFrom', 'validUntil']) query.set(key, String(data.get(key) ?? ''));
    for (const code of data.getAll('serviceCode')) query.append('serviceCode', String(code));
    const body = new FormData();
    if (file instanceof File && file.size > 0) body.append('file', file);
    setState({ status: 'recording' });
    const response = await fetch(`/api/enterprises/${encodeURIComponent(enterpriseId)}/authorizations?${query}`, {
      method: 'POST',
      body,
    }).catch(() => null);
    if (response?.ok) {
      setState({ status: 'done' });
      form.reset();
      router.refresh();
      return;
    }
    const error = (await response?.json().catch(() => null)) as {
      error?: { code?: string; fields?: Record<string, string[]> };
    } | null;
    setState({ status: 'error', key: Object.values(error?.error?.fields ?? {}).flat()[0] ?? error?.error?.code ?? 'unexpected' });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-labelledby={`${id}-title`}>
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {t('title')}
        </h2>
        <p className="text-sm text-muted-foreground">{t('intro')}</p>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-principal`}>{t('principalName')}</Label>
        <Input id={`${id}-principal`} name="principalName" required minLength={2} maxLength={100} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-from`}>{t('validFrom')}</Label>
          <Input id={`${id}-from`} name="validFrom" type="date" required defaultValue={today} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-until`}>{t('validUntil')}</Label>
          <Input id={`${id}-until`} name="validUntil" type="date" required />
        </div>
      </div>
      <fieldset className="flex flex-col gap-1.5">
        <legend className="text-sm font-medium">{t('scope')}</legend>
        <p className="text-sm text-muted-foreground">{t('scopeHint')}</p>
        <div className="grid gap-1 sm:grid-cols-2">
          {services.map((s) => (
            <label key={s.code} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="serviceCode" value={s.code} className="mt-1" />
              <span>{s.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-file`}>{t('scan')}</Label>
        <input id={`${id}-file`} name="file" type="file" accept={MATERIAL_ACCEPT} required className="text-sm" />
      </div>
      <RefusalMessage error={state.status === 'error' ? state.key : undefined} />
      <p role="status" className="text-sm">
        {state.status === 'done' ? t('recorded') : null}
      </p>
      <Button type="submit" className="self-start" disabled={state.status === 'recording'}>
        {state.status === 'recording' ? t('recording') : t('submit')}
      </Button>
    </form>
  );
}
