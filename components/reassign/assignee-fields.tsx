'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '@/components/form/form-field';
import { NativeSelect, Textarea } from '@/components/ui/input';

export type StaffOption = { id: string; label: string };

/** The two fields of every reassignment, of one case or of a person's whole work: who takes it over, and why. */
export function AssigneeFields({
  idPrefix,
  options,
  labels,
  assignee,
  reason,
  errors,
}: {
  idPrefix: string;
  options: StaffOption[];
  labels: { assignee: string; choose: string; reason: string };
  assignee: UseFormRegisterReturn;
  reason: UseFormRegisterReturn;
  errors: { assigneeId?: string; reason?: string };
}) {
  return (
    <>
      <FormField id={`${idPrefix}-assignee`} label={labels.assignee} required error={errors.assigneeId}>
        <NativeSelect {...assignee}>
          <option value="">{labels.choose}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id={`${idPrefix}-reason`} label={labels.reason} required error={errors.reason}>
        <Textarea rows={2} maxLength={500} {...reason} />
      </FormField>
    </>
  );
}
