'use client';

import { useTranslations } from 'next-intl';

/** A refusal of the server, in the words of filing on behalf when it is one of its own, else the common ones. */
export function RefusalMessage({ error }: { error?: string }) {
  const t = useTranslations('onBehalf.refusals');
  const tv = useTranslations('validation');
  const te = useTranslations('errors');
  if (!error) return null;
  const text = t.has(error) ? t(error) : tv.has(error) ? tv(error) : te.has(error) ? te(error) : te('unexpected');
  return (
    <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
      {text}
    </p>
  );
}

/** The first field message of a refusal, else its code. */
export function refusalKey(result: { formError?: string; fieldErrors?: Record<string, string[]> }): string {
  return Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.formError ?? 'unexpected';
}
