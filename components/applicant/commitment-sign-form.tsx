'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { FormField, FormMessage } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { signCommitmentAction } from '@/lib/actions/case';
import { signCommitmentSchema } from '@/lib/validation/case';

/** Signing the tolerance commitment online: the name typed as a signature and the agreement ticked; the server checks both again. */
export function CommitmentSignForm({ caseId, commitmentId }: { caseId: string; commitmentId: string }) {
  const t = useTranslations('applicant.commitment');
  const tv = useTranslations('validation');
  const router = useRouter();
  const id = useId();
  const [signerName, setSignerName] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string | undefined>>({});

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const input = { caseId, commitmentId, signerName, agreed };
    const parsed = signCommitmentSchema.safeParse(input);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
      setFieldErrors(errors);
      return;
    }
    setPending(true);
    setFieldErrors({});
    setFormError(undefined);
    try {
      const result = await signCommitmentAction(parsed.data);
      if (result.ok) {
        router.refresh();
        return;
      }
      setFormError(result.formError);
      setFieldErrors(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, keys]) => [field, keys[0]])));
      if (result.formError === 'staleVersion') router.refresh();
    } catch {
      setFormError('unexpected');
    } finally {
      setPending(false);
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
      <FormField
        id={`${id}-name`}
        label={t('signerName')}
        hint={t('signerHint')}
        error={fieldErrors.signerName}
        required
        className="sm:max-w-72"
      >
        <Input autoComplete="name" maxLength={50} value={signerName} onChange={(e) => setSignerName(e.target.value)} />
      </FormField>
      <div className="flex flex-col gap-1">
        <label className="flex cursor-pointer items-start gap-3 text-sm">
          <input
            type="checkbox"
            className="mt-0.5 size-4 accent-primary"
            checked={agreed}
            onChange={(e) => setAgreed(e.target.checked)}
            aria-invalid={fieldErrors.agreed ? true : undefined}
            aria-describedby={fieldErrors.agreed ? `${id}-agreed-error` : undefined}
          />
          <span>{t('agree')}</span>
        </label>
        {fieldErrors.agreed && (
          <p id={`${id}-agreed-error`} className="text-sm text-destructive">
            {tv.has(fieldErrors.agreed) ? tv(fieldErrors.agreed) : fieldErrors.agreed}
          </p>
        )}
      </div>
      <FormMessage error={formError} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {t('sign')}
        </Button>
      </div>
    </form>
  );
}
