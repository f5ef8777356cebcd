'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/input';
import { pairEnterpriseAction, pairParkAction } from '@/lib/actions/officer';
import { pairEnterpriseSchema, pairParkSchema } from '@/lib/validation/officer';

export type OfficerOption = { id: string; label: string };

function OfficerSelect({ options, ...props }: { options: OfficerOption[] } & React.ComponentProps<typeof NativeSelect>) {
  const t = useTranslations('admin.pairings.form');
  return (
    <NativeSelect {...props}>
      <option value="">{t('chooseOfficer')}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </NativeSelect>
  );
}

/** After a change the page reloads its list; says how many enterprises a bulk pairing took. */
function useRefresh() {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  return { refreshing, refresh: () => startRefresh(() => router.refresh()) };
}

/** Pairs a park's enterprises — those without an officer, or all of them — with one officer. */
export function PairParkForm({ parks, officers, park }: { parks: string[]; officers: OfficerOption[]; park?: string }) {
  const t = useTranslations('admin.pairings.form');
  const { refreshing, refresh } = useRefresh();
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState<number | null>(null);
  const form = useZodForm(pairParkSchema, { defaultValues: { park: park ?? parks[0] ?? '', officerId: '', scope: 'unpaired' } });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    setDone(null);
    const result = await pairParkAction(values);
    if (result.ok) {
      setDone(result.data.paired);
      refresh();
    } else setFormError(applyActionErrors(form, result));
  });
  const errors = form.formState.errors;
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-3 rounded-lg border bg-card p-4 md:grid-cols-3">
      <FormField id="pair-park" label={t('park')} required error={errors.park?.message}>
        <NativeSelect {...form.register('park')}>
          {parks.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="pair-park-officer" label={t('officer')} required error={errors.officerId?.message}>
        <OfficerSelect options={officers} {...form.register('officerId')} />
      </FormField>
      <FormField id="pair-park-scope" label={t('scope')}>
        <NativeSelect {...form.register('scope')}>
          <option value="unpaired">{t('scopes.unpaired')}</option>
          <option value="all">{t('scopes.all')}</option>
        </NativeSelect>
      </FormField>
      <div className="flex flex-col gap-2 md:col-span-3">
        <FormMessage error={formError} />
        {done !== null && (
          <p role="status" className="text-sm">
            {t('paired', { count: done })}
          </p>
        )}
        <Button type="submit" className="self-start" disabled={form.formState.isSubmitting || refreshing}>
          {t('submitPark')}
        </Button>
      </div>
    </form>
  );
}

/** Pairs one enterprise with an officer, or moves it to another. */
export function PairEnterpriseForm({
  enterpriseId,
  enterpriseName,
  officerId,
  officers,
}: {
  enterpriseId: string;
  enterpriseName: string;
  officerId: string | null;
  officers: OfficerOption[];
}) {
  const t = useTranslations('admin.pairings.form');
  const tv = useTranslations('validation');
  const { refreshing, refresh } = useRefresh();
  const [formError, setFormError] = useState<string>();
  const form = useZodForm(pairEnterpriseSchema, { defaultValues: { enterpriseId, officerId: officerId ?? '' } });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await pairEnterpriseAction(values);
    if (result.ok) refresh();
    else setFormError(applyActionErrors(form, result));
  });
  const id = `pair-${enterpriseId}`;
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <OfficerSelect
          id={id}
          aria-label={t('officerFor', { name: enterpriseName })}
          options={officers}
          className="w-auto min-w-40"
          {...form.register('officerId')}
        />
        <Button type="submit" size="sm" variant="outline" disabled={form.formState.isSubmitting || refreshing}>
          {t('submitOne')}
        </Button>
      </div>
      {form.formState.errors.officerId?.message && (
        <p className="text-sm text-destructive">{tv(form.formState.errors.officerId.message)}</p>
      )}
      <FormMessage error={formError} />
    </form>
  );
}
