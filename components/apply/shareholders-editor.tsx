'use client';

import { AlertTriangle, Plus, Trash2 } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { FieldGroup, FormField } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect } from '@/components/ui/input';
import { contributionTotal, shareholderCodeProblem, SHAREHOLDER_KINDS } from '@/lib/domain/establishment';
import { cn } from '@/lib/utils';
import { errorAt } from './resolver';
import { EMPTY_SHAREHOLDER, type ShareholderDraft, type WizardField, type WizardValues } from './types';

const amount = (text: string | undefined) => {
  const n = Number((text ?? '').trim());
  return (text ?? '').trim() !== '' && Number.isFinite(n) ? n : null;
};

/**
 * The shareholders and their subscribed contributions, one card a shareholder, with the running
 * total against the registered capital. A corporate shareholder's credit code is checked as it
 * is typed: one that fails its checksum warns and asks why it is right (codes issued before 2016
 * may fail), and the reason goes with the application.
 */
export function ShareholdersEditor({ form, field }: { form: UseFormReturn<WizardValues>; field: WizardField }) {
  const t = useTranslations('applicant.wizard.shareholders');
  const format = useFormatter();
  const name = `formData.${field.key}` as 'formData.shareholders';
  // The wizard's answers are a record of several shapes; this field's is the list of rows.
  const { fields: rows, append, remove } = useFieldArray({ control: form.control, name: name as never });
  const values = (form.watch(name) ?? []) as unknown as ShareholderDraft[];
  const capital = amount(form.watch('formData.registeredCapital') as string | undefined);
  const contributions = values.map((v) => amount(v.contribution));
  const total = contributionTotal(contributions.map((c) => ({ contribution: c ?? 0 })));
  const balanced = capital !== null && contributions.every((c) => c !== null) && total === capital;
  const rootError = errorAt(form, `${name}.root`);
  const input = (i: number, key: keyof ShareholderDraft) => form.register(`${name}.${i}.${key}` as never);

  return (
    <FieldGroup id={field.key} label={field.label} hint={field.hint} error={rootError} required={field.required}>
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed px-3 py-2 text-sm text-muted-foreground">{t('empty')}</p>
      ) : null}
      <ol className="flex flex-col gap-3">
        {rows.map((row, i) => {
          const value = values[i] ?? EMPTY_SHAREHOLDER;
          const corporate = value.kind === 'corporate';
          const checksumWarning = corporate && shareholderCodeProblem(value.idNumber) === 'checksum';
          const id = (key: string) => `shareholder-${i}-${key}`;
          const error = (key: keyof ShareholderDraft) => errorAt(form, `${name}.${i}.${key}`);
          return (
            <li key={row.id} className="flex flex-col gap-3 rounded-lg border bg-card p-3">
              <div className="flex items-center justify-between gap-2">
                <h3 className="text-sm font-semibold">{t('row', { n: i + 1 })}</h3>
                <Button type="button" variant="ghost" size="sm" onClick={() => remove(i)} aria-label={t('remove', { n: i + 1 })}>
                  <Trash2 aria-hidden />
                  <span className="hidden sm:inline">{t('removeShort')}</span>
                </Button>
              </div>
              <div className="grid gap-3 sm:grid-cols-2">
                <FormField id={id('kind')} label={t('kind')} required error={error('kind')}>
                  <NativeSelect {...input(i, 'kind')}>
                    {SHAREHOLDER_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`kinds.${k}`)}
                      </option>
                    ))}
                  </NativeSelect>
                </FormField>
                <FormField
                  id={id('name')}
                  label={corporate ? t('corporateName') : t('personName')}
                  required
                  error={error('name')}
                >
                  <Input autoComplete="off" {...input(i, 'name')} />
                </FormField>
                <FormField
                  id={id('idNumber')}
                  label={corporate ? t('creditCode') : t('idNumber')}
                  required
                  error={error('idNumber')}
                >
                  <Input autoComplete="off" className={corporate ? 'font-mono uppercase' : undefined} {...input(i, 'idNumber')} />
                </FormField>
                <FormField id={id('contribution')} label={t('contribution')} required error={error('contribution')}>
                  <Input type="number" inputMode="decimal" step="any" min={0} {...input(i, 'contribution')} />
                </FormField>
              </div>
              {checksumWarning ? (
                <div className="flex flex-col gap-2 rounded-md border border-warning bg-warning/15 p-3">
                  <p className="flex items-start gap-2 text-sm" role="status">
                    <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
                    {t('checksumWarning')}
                  </p>
                  <FormField id={id('overrideReason')} label={t('overrideReason')} required error={error('overrideReason')}>
                    <Input {...input(i, 'overrideReason')} />
                  </FormField>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <Button type="button" variant="outline" onClick={() => append({ ...EMPTY_SHAREHOLDER } as never)}>
          <Plus aria-hidden />
          {t('add')}
        </Button>
        <p className={cn('text-sm', balanced ? 'text-muted-foreground' : 'font-medium')} aria-live="polite">
          {capital === null
            ? t('totalOnly', { total: format.number(total) })
            : t('total', { total: format.number(total), capital: format.number(capital) })}
        </p>
      </div>
    </FieldGroup>
  );
}
