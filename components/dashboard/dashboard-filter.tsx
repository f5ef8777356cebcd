import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Filter } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { Dashboard } from '@/lib/data/dashboard';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import type { DashboardFilter as Filter_, DashboardFilterError, DashboardFilterField } from '@/lib/validation/dashboard';

/** A plain GET form: works without JavaScript and keeps the view in the URL, so it can be shared. */
export async function DashboardFilter({
  filter,
  errors,
  options,
  filtered,
}: {
  filter: Filter_;
  errors: Partial<Record<DashboardFilterField, DashboardFilterError>>;
  options: Dashboard['options'];
  filtered: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations('dashboard.filter'), getLocale() as Promise<Locale>]);
  const error = (field: DashboardFilterField) =>
    errors[field] ? (
      <p id={`dashboard-${field}-error`} className="text-sm text-destructive">
        {t(`errors.${errors[field]}`)}
      </p>
    ) : null;
  const described = (field: DashboardFilterField) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `dashboard-${field}-error` } : {};
  const selects = [
    { name: 'department', value: filter.department, all: t('allDepartments'), options: options.departments },
    { name: 'item', value: filter.item, all: t('allItems'), options: options.items },
  ] as const;
  return (
    <form
      method="get"
      action="/dashboard"
      aria-labelledby="dashboard-filter"
      className="flex flex-col gap-3 rounded-lg border bg-card p-4"
    >
      <h2 id="dashboard-filter" className="font-semibold">
        {t('heading')}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {(['from', 'to'] as const).map((field) => (
          <div key={field} className="flex flex-col gap-1.5">
            <Label htmlFor={`dashboard-${field}`}>{t(field)}</Label>
            <Input
              id={`dashboard-${field}`}
              type="date"
              name={field}
              defaultValue={filter[field]}
              required
              {...described(field)}
            />
            {error(field)}
          </div>
        ))}
        {selects.map((s) => (
          <div key={s.name} className="flex flex-col gap-1.5">
            <Label htmlFor={`dashboard-${s.name}`}>{t(s.name)}</Label>
            <NativeSelect id={`dashboard-${s.name}`} name={s.name} defaultValue={s.value ?? ''} {...described(s.name)}>
              <option value="">{s.all}</option>
              {s.options.map((o) => (
                <option key={o.code} value={o.code}>
                  {pickLanguage(o.name, locale)}
                </option>
              ))}
            </NativeSelect>
            {error(s.name)}
          </div>
        ))}
      </div>
      <p className="text-sm text-muted-foreground">{t('hint')}</p>
      <div className="flex gap-2">
        <Button type="submit">
          <Filter aria-hidden />
          {t('apply')}
        </Button>
        {filtered && (
          <Button asChild variant="ghost">
            <Link href="/dashboard">{t('reset')}</Link>
          </Button>
        )}
      </div>
    </form>
  );
}
