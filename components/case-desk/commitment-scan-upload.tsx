'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { MATERIAL_ACCEPT } from '@/lib/storage/rules';

/** The counter path: the clerk uploads the scan of the commitment the applicant signed on paper, which signs it. */
export function CommitmentScanUpload({ commitmentId, maxSizeMb }: { commitmentId: string; maxSizeMb: number }) {
  const t = useTranslations('desk.caseForms.tolerance');
  const tv = useTranslations('validation');
  const te = useTranslations('errors');
  const router = useRouter();
  const id = useId();
  const [state, setState] = useState<{ status: 'idle' | 'uploading' | 'done' } | { status: 'error'; key: string }>({
    status: 'idle',
  });

  async function onChange(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setState({ status: 'uploading' });
    const body = new FormData();
    body.append('file', file);
    const response = await fetch(`/api/commitments/${encodeURIComponent(commitmentId)}/scan`, { method: 'POST', body }).catch(
      () => null,
    );
    if (response?.ok) {
      setState({ status: 'done' });
      router.refresh();
      return;
    }
    const error = (await response?.json().catch(() => null)) as {
      error?: { code?: string; fields?: Record<string, string[]> };
    } | null;
    setState({ status: 'error', key: Object.values(error?.error?.fields ?? {}).flat()[0] ?? error?.error?.code ?? 'unexpected' });
  }

  const message = (key: string) => (tv.has(key) ? tv(key) : te.has(key) ? te(key) : te('unexpected'));
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {t('scanLabel')}
      </label>
      <input
        id={id}
        type="file"
        accept={MATERIAL_ACCEPT}
        onChange={onChange}
        disabled={state.status === 'uploading'}
        aria-describedby={`${id}-hint`}
        aria-invalid={state.status === 'error' ? true : undefined}
        className="text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-card file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-accent disabled:opacity-50"
      />
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {t('scanHint', { size: maxSizeMb })}
      </p>
      <p role="status" className="text-sm">
        {state.status === 'uploading' ? t('scanUploading') : state.status === 'done' ? t('scanUploaded') : null}
      </p>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm text-destructive">
          {message(state.key)}
        </p>
      ) : null}
    </div>
  );
}
