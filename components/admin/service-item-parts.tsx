'use client';

import { Plus } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { FieldGroup, FormField } from '@/components/form/form-field';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { ASSESSMENT_KIND_NAMES, ASSESSMENT_KINDS } from '@/lib/domain/assessment-kinds';
import { pickLanguage, type Bilingual, type Locale } from '@/lib/i18n/config';
import type { ServiceItemFormValues, ServiceItemInput } from '@/lib/validation/catalogue';
import { RowControls } from './row-controls';

export type ItemForm = UseFormReturn<ServiceItemFormValues, unknown, ServiceItemInput>;
export type Choice = { code: string; name: Bilingual };

const asNumber = { valueAsNumber: true } as const;

/** A list of texts in both languages (legal basis, conditions, steps, promise clauses), added, removed and reordered. */
export function BilingualListEditor({
  form,
  name,
  label,
}: {
  form: ItemForm;
  name: 'legalBasis' | 'conditions' | 'howToApply' | 'promiseClauses';
  label: string;
}) {
  const t = useTranslations('admin.serviceEdit');
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name });
  const errors = form.formState.errors[name];
  return (
    <FieldGroup id={name} label={label} error={errors?.message ?? errors?.root?.message}>
      <ol className="flex flex-col gap-3">
        {fields.map((field, i) => {
          const rowLabel = t('rows.entry', { list: label, n: i + 1 });
          return (
            <li key={field.id} className="flex flex-col gap-2 rounded-md border bg-card p-3">
              <div className="flex items-center justify-between gap-2">
                <span className="text-sm font-medium">{rowLabel}</span>
                <RowControls label={rowLabel} index={i} count={fields.length} onMove={move} onRemove={remove} />
              </div>
              <div className="grid gap-3 md:grid-cols-2">
                <FormField id={`${name}-${i}-zh`} label={t('textZh')} error={errors?.[i]?.zh?.message}>
                  <Textarea lang="zh-CN" rows={2} {...form.register(`${name}.${i}.zh`)} />
                </FormField>
                <FormField id={`${name}-${i}-en`} label={t('textEn')} error={errors?.[i]?.en?.message}>
                  <Textarea lang="en" rows={2} {...form.register(`${name}.${i}.en`)} />
                </FormField>
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <Button type="button" variant="outline" size="sm" onClick={() => append({ zh: '', en: '' })}>
          <Plus aria-hidden />
          {t('rows.add', { list: label })}
        </Button>
      </div>
    </FieldGroup>
  );
}

/** The departments taking part: task, the department item decided (stage items), veto, limits, order. */
export function DepartmentsEditor({
  form,
  departments,
  departmentItems,
  locale,
}: {
  form: ItemForm;
  departments: Choice[];
  departmentItems: Choice[];
  locale: Locale;
}) {
  const t = useTranslations('admin.serviceEdit');
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'departments' });
  const errors = form.formState.errors.departments;
  const label = t('sections.departments');
  return (
    <FieldGroup id="departments" label={label} hint={t('departmentsHint')} error={errors?.message ?? errors?.root?.message}>
      <datalist id="department-items">
        {departmentItems.map((i) => (
          <option key={i.code} value={i.code}>
            {pickLanguage(i.name, locale)}
          </option>
        ))}
      </datalist>
      <ol className="flex flex-col gap-3">
        {fields.map((field, i) => {
          const rowLabel = t('rows.department', { n: i + 1 });
          const e = errors?.[i];
          const id = (key: string) => `departments-${i}-${key}`;
          return (
            <li key={field.id} className="flex flex-col gap-3 rounded-md border bg-card p-3">
              <div className="flex items-center justify-between gap-2">
                <span className="text-sm font-medium">{rowLabel}</span>
                <RowControls label={rowLabel} index={i} count={fields.length} onMove={move} onRemove={remove} />
              </div>
              <div className="grid gap-3 sm:grid-cols-2">
                <FormField id={id('departmentCode')} label={t('department')} error={e?.departmentCode?.message} required>
                  <NativeSelect {...form.register(`departments.${i}.departmentCode`)}>
                    <option value="">{t('choose')}</option>
                    {departments.map((d) => (
                      <option key={d.code} value={d.code}>
                        {pickLanguage(d.name, locale)}
                      </option>
                    ))}
                  </NativeSelect>
                </FormField>
                <FormField id={id('itemCode')} label={t('bundledItem')} hint={t('bundledItemHint')} error={e?.itemCode?.message}>
                  <Input list="department-items" autoCapitalize="characters" {...form.register(`departments.${i}.itemCode`)} />
                </FormField>
                <FormField id={id('taskZh')} label={t('taskZh')} error={e?.taskZh?.message} required>
                  <Input lang="zh-CN" {...form.register(`departments.${i}.taskZh`)} />
                </FormField>
                <FormField id={id('taskEn')} label={t('taskEn')} error={e?.taskEn?.message} required>
                  <Input lang="en" {...form.register(`departments.${i}.taskEn`)} />
                </FormField>
                <FormField id={id('legalDays')} label={t('statutoryDays')} error={e?.legalDays?.message} required>
                  <Input
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={365}
                    {...form.register(`departments.${i}.legalDays`, asNumber)}
                  />
                </FormField>
                <FormField id={id('timeLimitDays')} label={t('promisedDays')} error={e?.timeLimitDays?.message} required>
                  <Input
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={365}
                    {...form.register(`departments.${i}.timeLimitDays`, asNumber)}
                  />
                </FormField>
              </div>
              <Checkbox
                id={id('veto')}
                label={t('veto')}
                hint={t('vetoHint')}
                error={e?.veto?.message}
                {...form.register(`departments.${i}.veto`)}
              />
            </li>
          );
        })}
      </ol>
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() =>
            append({ departmentCode: '', taskZh: '', taskEn: '', itemCode: '', veto: false, legalDays: 20, timeLimitDays: 5 })
          }
        >
          <Plus aria-hidden />
          {t('rows.addDepartment')}
        </Button>
      </div>
    </FieldGroup>
  );
}

/** The materials: each with its flags, e-licence, template, waiving assessment, reviewing departments and order. */
export function MaterialsEditor({ form, departments, locale }: { form: ItemForm; departments: Choice[]; locale: Locale }) {
  const t = useTranslations('admin.serviceEdit');
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'materials' });
  const errors = form.formState.errors.materials;
  // A material is reviewed by departments taking part in the item, so those are the choices.
  const taking = useWatch({ control: form.control, name: 'departments' }) ?? [];
  const takingCodes = taking.map((d) => d.departmentCode).filter(Boolean);
  const names = useWatch({ control: form.control, name: 'materials' }) ?? [];
  return (
    <FieldGroup id="materials" label={t('sections.materials')} error={errors?.message ?? errors?.root?.message}>
      <ol className="flex flex-col gap-3">
        {fields.map((field, i) => {
          const rowLabel = t('rows.material', { n: i + 1, name: names[i]?.nameZh || names[i]?.code || '' });
          const e = errors?.[i];
          const id = (key: string) => `materials-${i}-${key}`;
          return (
            <li key={field.id} className="rounded-md border bg-card">
              <div className="flex items-center justify-between gap-2 p-3">
                <span className="text-sm font-medium">
                  {rowLabel}
                  {e ? <span className="ml-2 text-destructive">{t('rows.hasErrors')}</span> : null}
                </span>
                <RowControls label={rowLabel} index={i} count={fields.length} onMove={move} onRemove={remove} />
              </div>
              <details open={Boolean(e) || !field.code} className="border-t">
                <summary className="cursor-pointer px-3 py-2 text-sm text-primary">{t('rows.details')}</summary>
                <div className="flex flex-col gap-3 border-t p-3">
                  <div className="grid gap-3 sm:grid-cols-2">
                    <FormField id={id('code')} label={t('materialCode')} error={e?.code?.message} required>
                      <Input className="font-mono" autoCapitalize="none" {...form.register(`materials.${i}.code`)} />
                    </FormField>
                    <FormField id={id('maxSizeMb')} label={t('maxSizeMb')} error={e?.maxSizeMb?.message} required>
                      <Input
                        type="number"
                        inputMode="numeric"
                        min={1}
                        max={100}
                        {...form.register(`materials.${i}.maxSizeMb`, asNumber)}
                      />
                    </FormField>
                    <FormField id={id('nameZh')} label={t('nameZh')} error={e?.nameZh?.message} required>
                      <Input lang="zh-CN" {...form.register(`materials.${i}.nameZh`)} />
                    </FormField>
                    <FormField id={id('nameEn')} label={t('nameEn')} error={e?.nameEn?.message} required>
                      <Input lang="en" {...form.register(`materials.${i}.nameEn`)} />
                    </FormField>
                    <FormField id={id('descriptionZh')} label={t('descriptionZh')} error={e?.descriptionZh?.message}>
                      <Textarea lang="zh-CN" rows={2} {...form.register(`materials.${i}.descriptionZh`)} />
                    </FormField>
                    <FormField id={id('descriptionEn')} label={t('descriptionEn')} error={e?.descriptionEn?.message}>
                      <Textarea lang="en" rows={2} {...form.register(`materials.${i}.descriptionEn`)} />
                    </FormField>
                    <FormField
                      id={id('eLicenceType')}
                      label={t('eLicenceType')}
                      hint={t('eLicenceTypeHint')}
                      error={e?.eLicenceType?.message}
                    >
                      <Input className="font-mono" autoCapitalize="none" {...form.register(`materials.${i}.eLicenceType`)} />
                    </FormField>
                    <FormField id={id('templateUrl')} label={t('templateUrl')} error={e?.templateUrl?.message}>
                      <Input type="url" inputMode="url" {...form.register(`materials.${i}.templateUrl`)} />
                    </FormField>
                    <FormField
                      id={id('waivedByAssessment')}
                      label={t('waivedByAssessment')}
                      error={e?.waivedByAssessment?.message}
                    >
                      <NativeSelect {...form.register(`materials.${i}.waivedByAssessment`)}>
                        <option value="">{t('none')}</option>
                        {ASSESSMENT_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {pickLanguage(ASSESSMENT_KIND_NAMES[k], locale)}
                          </option>
                        ))}
                      </NativeSelect>
                    </FormField>
                  </div>
                  <div className="flex flex-col gap-2">
                    <Checkbox id={id('required')} label={t('required')} {...form.register(`materials.${i}.required`)} />
                    <Checkbox id={id('core')} label={t('core')} hint={t('coreHint')} {...form.register(`materials.${i}.core`)} />
                    <Checkbox
                      id={id('drawingSet')}
                      label={t('drawingSet')}
                      hint={t('drawingSetHint')}
                      error={e?.drawingSet?.message}
                      {...form.register(`materials.${i}.drawingSet`)}
                    />
                  </div>
                  <Controller
                    control={form.control}
                    name={`materials.${i}.departmentCodes`}
                    render={({ field: { value, onChange } }) => (
                      <FieldGroup id={id('departmentCodes')} label={t('reviewedBy')} error={e?.departmentCodes?.message}>
                        <div className="flex flex-wrap gap-x-4 gap-y-2">
                          {departments
                            .filter((d) => takingCodes.includes(d.code) || value.includes(d.code))
                            .map((d) => (
                              <label key={d.code} className="flex items-center gap-2 text-sm">
                                <input
                                  type="checkbox"
                                  className="size-4 accent-primary"
                                  checked={value.includes(d.code)}
                                  onChange={(ev) =>
                                    onChange(ev.target.checked ? [...value, d.code] : value.filter((c) => c !== d.code))
                                  }
                                />
                                {pickLanguage(d.name, locale)}
                              </label>
                            ))}
                        </div>
                      </FieldGroup>
                    )}
                  />
                </div>
              </details>
            </li>
          );
        })}
      </ol>
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() =>
            append({
              code: '',
              nameZh: '',
              nameEn: '',
              descriptionZh: '',
              descriptionEn: '',
              required: true,
              core: false,
              eLicenceType: '',
              templateUrl: '',
              waivedByAssessment: '',
              maxSizeMb: 10,
              departmentCodes: [],
              drawingSet: false,
            })
          }
        >
          <Plus aria-hidden />
          {t('rows.addMaterial')}
        </Button>
      </div>
    </FieldGroup>
  );
}

/** A labelled checkbox with its hint and error. */
export function Checkbox({
  id,
  label,
  hint,
  error,
  ...input
}: { id: string; label: string; hint?: string; error?: string } & React.ComponentProps<'input'>) {
  const tv = useTranslations('validation');
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex cursor-pointer items-start gap-3 text-sm">
        <input
          id={id}
          type="checkbox"
          className="mt-0.5 size-4 accent-primary"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...input}
        />
        <span className="flex flex-col gap-0.5">
          <span className="font-medium">{label}</span>
          {hint ? (
            <span id={`${id}-hint`} className="text-xs text-muted-foreground">
              {hint}
            </span>
          ) : null}
        </span>
      </label>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {tv.has(error) ? tv(error) : error}
        </p>
      ) : null}
    </div>
  );
}
