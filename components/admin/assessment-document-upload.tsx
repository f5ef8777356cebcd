'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { MATERIAL_ACCEPT } from '@/lib/storage/rules';

/** Uploads the assessment's approved document (PDF, JPG or PNG, checked by content on the server). */
export function AssessmentDocumentUpload({ assessmentId, current }: { assessmentId: string; current: { name: string } | null }) {
  const t = useTranslations('admin.assessments.document');
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
    const response = await fetch(`/api/assessments/${encodeURIComponent(assessmentId)}/document`, { method: 'POST', body }).catch(
      () => null,
    );
    if (response?.ok) {
      setState({ status: 'done' });
      event.target.value = '';
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
    <div className="flex flex-col gap-2">
      {current ? (
        <a
          href={`/api/assessments/${assessmentId}/document`}
          target="_blank"
          rel="noopener"
          className="text-sm text-primary hover:underline"
        >
          {t('current', { name: current.name })}
        </a>
      ) : (
        <p className="text-sm text-muted-foreground">{t('none')}</p>
      )}
      <label htmlFor={id} className="text-sm font-medium">
        {current ? t('replace') : t('upload')}
      </label>
      <input
        id={id}
        type="file"
        accept={MATERIAL_ACCEPT}
        onChange={onChange}
        disabled={state.status === 'uploading'}
        className="text-sm"
      />
      <p role="status" className="text-sm">
        {state.status === 'uploading' ? t('uploading') : state.status === 'done' ? t('uploaded') : null}
      </p>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm text-destructive">
          {message(state.key)}
        </p>
      ) : null}
    </div>
  );
}
