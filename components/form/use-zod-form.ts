'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldValues, type Path, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/define-action';

/** react-hook-form bound to the same zod schema the server action parses with. */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  options?: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver'>,
) {
  return useForm<z.input<S>, unknown, z.output<S>>({ ...options, resolver: zodResolver(schema) });
}

/** Puts a failed action's field errors on the form's fields; returns the form-level error key. */
export function applyActionErrors<T extends FieldValues>(
  form: UseFormReturn<T, unknown, FieldValues>,
  result: ActionResult<unknown>,
): string | undefined {
  if (result.ok) return undefined;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (messages?.[0]) form.setError(field as Path<T>, { type: 'server', message: messages[0] });
  }
  return result.formError;
}
