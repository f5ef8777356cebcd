'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { fileOnBehalfAction } from '@/lib/actions/on-behalf';
import { RefusalMessage, refusalKey } from './refusal-message';

type UsableAuthorization = { id: string; label: string; serviceCodes: string[] };

/** Starts an application for the enterprise under one of the viewer's valid authorizations, then opens its wizard. */
export function StartOnBehalf({
  enterpriseId,
  authorizations,
  services,
}: {
  enterpriseId: string;
  authorizations: UsableAuthorization[];
  services: { code: string; name: string }[];
}) {
  const t = useTranslations('onBehalf.start');
  const router = useRouter();
  const id = useId();
  const [chosen, setAuthorizationId] = useState(authorizations[0]?.id ?? '');
  // One recorded since the page loaded arrives as a new prop: the choice falls back to the first.
  const authorizationId = authorizations.some((a) => a.id === chosen) ? chosen : (authorizations[0]?.id ?? '');
  const [serviceCode, setServiceCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const scope = authorizations.find((a) => a.id === authorizationId)?.serviceCodes ?? [];
  const covered = services.filter((s) => scope.length === 0 || scope.includes(s.code));

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const result = await fileOnBehalfAction({ enterpriseId, authorizationId, serviceCode });
    if (result.ok) {
      router.push(`/desk/on-behalf/cases/${result.data.id}`);
      return;
    }
    setBusy(false);
    setError(refusalKey(result));
  }

  if (!authorizations.length) return <p className="text-sm text-muted-foreground">{t('noUsable')}</p>;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-authorization`}>{t('authorization')}</Label>
        <NativeSelect
          id={`${id}-authorization`}
          value={authorizationId}
          onChange={(e) => {
            setAuthorizationId(e.target.value);
            setServiceCode('');
          }}
        >
          {authorizations.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-service`}>{t('service')}</Label>
        <NativeSelect id={`${id}-service`} value={serviceCode} onChange={(e) => setServiceCode(e.target.value)} required>
          <option value="">{t('choose')}</option>
          {covered.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <RefusalMessage error={error} />
      <Button type="submit" className="self-start" disabled={busy || !serviceCode}>
        {busy ? t('starting') : t('submit')}
      </Button>
    </form>
  );
}
