'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { FormMessage } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { createDraftAction } from '@/lib/actions/case';

export type StartEnterprise = { id: string; name: string; creditCode: string | null };
export type StartDraft = { id: string; enterpriseId: string; savedAt: string; startedBy: string | null };

/**
 * Step zero of applying: which enterprise applies. Its drafts of this item are offered for
 * continuing; otherwise (or on request) a new draft is created and the wizard opens on it.
 */
export function StartApplication({
  serviceCode,
  enterprises,
  drafts,
  actingFor,
}: {
  serviceCode: string;
  enterprises: StartEnterprise[];
  /** The enterprise the applicant acts for (header), chosen to begin with. */
  actingFor?: string | null;
  /** `savedAt` is already formatted for display. */
  drafts: StartDraft[];
}) {
  const t = useTranslations('applicant.apply.form');
  const router = useRouter();
  const id = useId();
  const [enterpriseId, setEnterpriseId] = useState(
    enterprises.length === 1 ? enterprises[0].id : (enterprises.find((e) => e.id === actingFor)?.id ?? ''),
  );
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const busy = useRef(false);
  const ownDrafts = drafts.filter((d) => d.enterpriseId === enterpriseId);

  async function start() {
    if (busy.current) return;
    if (!enterpriseId) {
      setError('chooseEnterprise');
      return;
    }
    busy.current = true;
    setPending(true);
    setError(undefined);
    try {
      const result = await createDraftAction({ serviceCode, enterpriseId });
      if (result.ok) {
        router.push(`/my/cases/${result.data.id}/edit`);
        return; // stays disabled while the wizard loads
      }
      setError(result.formError ?? 'unexpected');
    } catch {
      setError('unexpected');
    }
    busy.current = false;
    setPending(false);
  }

  return (
    <div className="flex flex-col gap-5">
      <fieldset className="flex flex-col gap-2" aria-describedby={`${id}-hint`}>
        <legend className="mb-1 font-medium">{t('enterprise')}</legend>
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {t('enterpriseHint')}
        </p>
        {enterprises.map((e) => (
          <label
            key={e.id}
            className="flex cursor-pointer items-start gap-3 rounded-lg border bg-card p-3 has-[:checked]:border-primary has-[:checked]:bg-primary/5"
          >
            <input
              type="radio"
              name="enterprise"
              value={e.id}
              checked={enterpriseId === e.id}
              onChange={() => {
                setEnterpriseId(e.id);
                setError(undefined);
              }}
              className="mt-1"
            />
            <span className="flex min-w-0 flex-col">
              <span className="font-medium break-words">{e.name}</span>
              {e.creditCode ? (
                <span className="text-xs text-muted-foreground">{t('creditCode', { code: e.creditCode })}</span>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>

      {ownDrafts.length > 0 ? (
        <section
          aria-labelledby={`${id}-drafts`}
          className="flex flex-col gap-2 rounded-lg border border-primary/30 bg-primary/5 p-4"
        >
          <h2 id={`${id}-drafts`} className="font-semibold">
            {t('drafts')}
          </h2>
          <p className="text-sm text-muted-foreground">{t('draftsHint')}</p>
          <ul className="flex flex-col gap-2">
            {ownDrafts.map((d) => (
              <li
                key={d.id}
                className="flex flex-col gap-2 rounded-md border bg-card p-3 sm:flex-row sm:items-center sm:justify-between"
              >
                <span className="text-sm">
                  {t('draftSaved', { time: d.savedAt })}
                  {d.startedBy ? (
                    <span className="block text-xs text-muted-foreground">{t('draftBy', { name: d.startedBy })}</span>
                  ) : null}
                </span>
                <Button asChild size="sm">
                  <Link href={`/my/cases/${d.id}/edit`} aria-label={t('continueLabel', { time: d.savedAt })}>
                    {t('continue')}
                  </Link>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {error === 'chooseEnterprise' ? (
        <p role="alert" className="text-sm text-destructive">
          {t('chooseEnterprise')}
        </p>
      ) : (
        <FormMessage error={error} />
      )}
      <div>
        <Button type="button" onClick={start} disabled={pending} variant={ownDrafts.length ? 'outline' : 'default'}>
          {pending ? t('starting') : ownDrafts.length ? t('startNew') : t('start')}
        </Button>
      </div>
    </div>
  );
}
