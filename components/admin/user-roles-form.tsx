'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { FormField, FormMessage } from '@/components/form/form-field';
import { applyActionErrors, useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/input';
import { updateUserRolesAction } from '@/lib/actions/admin';
import { ROLES, type Role } from '@/lib/auth/permissions';
import { DEPARTMENT_ROLES } from '@/lib/auth/permissions';
import { userRolesSchema } from '@/lib/validation/admin';

export function UserRolesForm({
  user,
  departments,
  isSelf,
}: {
  user: { id: string; roles: Role[]; departmentId: string | null };
  departments: { id: string; name: string }[];
  isSelf: boolean;
}) {
  const t = useTranslations('admin.userEdit');
  const tr = useTranslations('common.roles');
  const tv = useTranslations('validation');
  const form = useZodForm(userRolesSchema, {
    defaultValues: { userId: user.id, roles: user.roles, departmentId: user.departmentId ?? '' },
  });
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const { errors, isSubmitting, isDirty } = form.formState;
  const roles = useWatch({ control: form.control, name: 'roles' }) ?? [];
  const needsDepartment = roles.some((r) => DEPARTMENT_ROLES.includes(r));
  const rolesError = errors.roles?.message ?? errors.roles?.root?.message;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    setSaved(false);
    const result = await updateUserRolesAction(values);
    if (result.ok) {
      form.reset(form.getValues());
      setSaved(true);
      return;
    }
    setFormError(applyActionErrors(form, result));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage error={formError} />
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={rolesError ? 'roles-error' : 'roles-hint'}
        aria-invalid={rolesError ? true : undefined}
      >
        <legend className="mb-1 text-sm font-medium">{t('roles')}</legend>
        <p id="roles-hint" className="text-xs text-muted-foreground">
          {isSelf ? t('rolesHintSelf') : t('rolesHint')}
        </p>
        <div className="grid gap-2 sm:grid-cols-2">
          {ROLES.map((role) => (
            <label
              key={role}
              className="flex cursor-pointer items-start gap-3 rounded-md border bg-card p-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-accent"
            >
              <input type="checkbox" value={role} className="mt-0.5 size-4 accent-primary" {...form.register('roles')} />
              <span className="flex flex-col gap-0.5">
                <span className="font-medium">{tr(role)}</span>
                <span className="text-xs text-muted-foreground">{t(`roleHints.${role}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {rolesError && (
          <p id="roles-error" className="text-sm text-destructive">
            {tv.has(rolesError) ? tv(rolesError) : rolesError}
          </p>
        )}
      </fieldset>
      <FormField
        id="departmentId"
        label={needsDepartment ? t('departmentRequired') : t('department')}
        hint={t('departmentHint')}
        error={errors.departmentId?.message}
        className="sm:max-w-md"
      >
        <NativeSelect {...form.register('departmentId')}>
          <option value="">{t('noDepartment')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? t('saving') : t('save')}
        </Button>
        <p role="status" className="text-sm text-success">
          {saved && !isDirty ? t('saved') : null}
        </p>
      </div>
    </form>
  );
}
