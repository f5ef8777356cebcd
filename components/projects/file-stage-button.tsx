'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { FormMessage } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { fileStageApplicationAction } from '@/lib/actions/project';

/** Starts the stage's combined application under the project and opens the wizard on it. */
export function FileStageButton({ projectId, label }: { projectId: string; label: string }) {
  const t = useTranslations('projects.filing');
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const busy = useRef(false);

  async function file() {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setError(undefined);
    const result = await fileStageApplicationAction({ projectId }).catch(() => null);
    if (result?.ok) {
      router.push(`/my/cases/${result.data.id}/edit`);
      return; // stays disabled while the wizard loads
    }
    const field = result && !result.ok ? Object.values(result.fieldErrors ?? {}).flat()[0] : undefined;
    setError(field ?? (result && !result.ok ? result.formError : undefined) ?? 'unexpected');
    busy.current = false;
    setPending(false);
  }

  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button type="button" onClick={file} disabled={pending}>
          {pending ? t('starting') : label}
        </Button>
      </div>
      {error && t.has(`errors.${error}`) ? (
        <p role="alert" className="text-sm text-destructive">
          {t(`errors.${error}`)}
        </p>
      ) : (
        <FormMessage error={error} />
      )}
    </div>
  );
}
