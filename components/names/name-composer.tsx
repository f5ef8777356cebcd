'use client';

import { useTranslations } from 'next-intl';
import * as React from 'react';
import { FormField } from '@/components/form/form-field';
import { Input, NativeSelect } from '@/components/ui/input';
import { composeName } from '@/lib/domain/names/compose';
import { ORGANIZATION_FORMS } from '@/lib/domain/names/vocabulary';
import { cn } from '@/lib/utils';
import { NameCheckPanel } from './name-check-result';
import { useNameCheck, type NamePartField } from './use-name-check';

type Parts = Record<NamePartField, string>;

/**
 * The name composer (DESIGN §5): the four parts of a name, the full name as it is typed, and
 * the live verdict of the name check. The region and industry suggestions come from the page
 * (the zone's divisions, the customary terms): the national tables stay on the server.
 */
export function NameComposer({
  regionOptions,
  industryOptions,
}: {
  regionOptions: readonly string[];
  industryOptions: readonly string[];
}) {
  const t = useTranslations('names.composer');
  const [parts, setParts] = React.useState<Parts>({
    region: '许昌',
    tradeName: '',
    industry: '',
    organizationForm: ORGANIZATION_FORMS[0]?.form ?? '有限公司',
  });
  const { state, retry } = useNameCheck(parts);
  const active = parts.tradeName.trim().length > 0;

  const set = (field: NamePartField) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setParts((p) => ({ ...p, [field]: e.target.value }));

  const fieldError = (field: NamePartField): string | undefined => {
    if (state.status !== 'invalid' || !state.fields[field]?.length) return undefined;
    const value = parts[field].trim();
    if (!value) return t('fieldRequired');
    if (value.length > 50) return t('fieldTooLong');
    return t('fieldInvalid');
  };

  const fullName = composeName(parts);

  return (
    <div className="flex flex-col gap-6">
      <form
        aria-label={t('formLabel')}
        onSubmit={(e) => e.preventDefault()}
        className="grid gap-4 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <FormField id="name-region" label={t('region')} hint={t('regionHint')} error={fieldError('region')} required>
          <Input value={parts.region} onChange={set('region')} list="name-region-options" maxLength={60} autoComplete="off" />
        </FormField>
        <datalist id="name-region-options">
          {regionOptions.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <FormField id="name-trade" label={t('tradeName')} hint={t('tradeNameHint')} error={fieldError('tradeName')} required>
          <Input
            value={parts.tradeName}
            onChange={set('tradeName')}
            placeholder={t('tradeNamePlaceholder')}
            maxLength={60}
            autoComplete="off"
          />
        </FormField>
        <FormField id="name-industry" label={t('industry')} hint={t('industryHint')} error={fieldError('industry')}>
          <Input
            value={parts.industry}
            onChange={set('industry')}
            list="name-industry-options"
            placeholder={t('industryPlaceholder')}
            maxLength={60}
            autoComplete="off"
          />
        </FormField>
        <datalist id="name-industry-options">
          {industryOptions.map((term) => (
            <option key={term} value={term} />
          ))}
        </datalist>
        <FormField id="name-form" label={t('organizationForm')} error={fieldError('organizationForm')} required>
          <NativeSelect value={parts.organizationForm} onChange={set('organizationForm')}>
            {ORGANIZATION_FORMS.map((f) => (
              <option key={f.form} value={f.form}>
                {f.form}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </form>

      <section aria-labelledby="name-full-heading" className="flex flex-col gap-1">
        <h2 id="name-full-heading" className="text-sm font-medium text-muted-foreground">
          {t('fullName')}
        </h2>
        <p className={cn('text-2xl font-bold break-all', !active && 'text-muted-foreground')} data-testid="composed-name">
          {active ? fullName : t('fullNameEmpty')}
        </p>
      </section>

      <NameCheckPanel state={state} onRetry={retry} />
    </div>
  );
}
