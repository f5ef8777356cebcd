'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { UseFormReturn } from 'react-hook-form';
import { FormField } from '@/components/form/form-field';
import { Badge } from '@/components/ui/badge';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { ChoiceList } from './choice-list';
import { errorAt } from './resolver';
import { ShareholdersEditor } from './shareholders-editor';
import type { WizardField, WizardValues } from './types';

/** The catalogue item's own form, rendered from its field definitions. */
export function AnswersStep({ form, fields }: { form: UseFormReturn<WizardValues>; fields: WizardField[] }) {
  const t = useTranslations('applicant.wizard');
  if (fields.length === 0) return <p className="text-sm text-muted-foreground">{t('form.empty')}</p>;
  return (
    <div className="flex flex-col gap-5">
      <p className="text-sm text-muted-foreground">{t('form.intro')}</p>
      {/* A field asked only in some cases is rendered where that case shows (the name check's similar names). */}
      {fields
        .filter((field) => !field.onlyWhen)
        .map((field) => (
          <div key={field.key} className="flex flex-col gap-1.5">
            {field.flag ? (
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <Badge variant="warning">{t('flagged')}</Badge>
                <span className="whitespace-pre-line">{field.flag}</span>
              </p>
            ) : null}
            {field.type === 'multiselect' ? (
              <ChoiceList form={form} field={field} />
            ) : field.type === 'shareholders' ? (
              <ShareholdersEditor form={form} field={field} />
            ) : (
              <FormField
                id={`field-${field.key}`}
                label={field.label}
                hint={field.hint}
                required={field.required}
                error={errorAt(form, `formData.${field.key}`)}
              >
                {control(form, field, t('form.choose'))}
              </FormField>
            )}
            {field.type === 'reservedName' && field.options.length === 0 ? (
              <p className="rounded-md border border-dashed px-3 py-2 text-sm">
                {t('form.noHeldNames')}{' '}
                <Link href="/names" className="font-medium text-primary underline underline-offset-4">
                  {t('form.reserveName')}
                </Link>
              </p>
            ) : null}
          </div>
        ))}
    </div>
  );
}

function control(form: UseFormReturn<WizardValues>, field: WizardField, choose: string) {
  const registered = form.register(`formData.${field.key}`);
  switch (field.type) {
    case 'textarea':
      return <Textarea rows={4} {...registered} />;
    case 'select':
    case 'reservedName':
      return (
        <NativeSelect {...registered}>
          <option value="">{choose}</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.tag ? `${o.label} — ${o.tag}` : o.label}
            </option>
          ))}
        </NativeSelect>
      );
    case 'number':
      return <Input type="number" inputMode="decimal" step="any" min={field.min} max={field.max} {...registered} />;
    case 'date':
      return <Input type="date" {...registered} />;
    default:
      return <Input {...registered} />;
  }
}
