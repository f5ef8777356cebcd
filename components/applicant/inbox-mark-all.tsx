'use client';

import { CheckCheck } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormMessage } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { markInboxReadAction } from '@/lib/actions/case';

/** Marks every inbox entry read; the list and the header's badge refresh with the page. */
export function InboxMarkAll() {
  const t = useTranslations('applicant.inbox.actions');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const markAll = () =>
    startTransition(async () => {
      setError(undefined);
      const result = await markInboxReadAction({});
      if (result.ok) router.refresh();
      else setError(result.formError);
    });
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <Button type="button" variant="outline" size="sm" onClick={markAll} disabled={pending}>
        <CheckCheck aria-hidden />
        {pending ? t('marking') : t('markAll')}
      </Button>
      <FormMessage error={error} />
    </div>
  );
}
