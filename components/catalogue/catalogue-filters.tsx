import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Search } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { DepartmentSummary } from '@/lib/data/catalogue';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export type CatalogueFilterValues = { q?: string; department?: string; audience?: string };

/** A plain GET form: it works without JavaScript and every result page has its own URL. */
export async function CatalogueFilters({
  values,
  departments,
  audiences,
}: {
  values: CatalogueFilterValues;
  departments: DepartmentSummary[];
  audiences: readonly string[];
}) {
  const [t, tc, locale] = await Promise.all([
    getTranslations('catalogue.list'),
    getTranslations('common'),
    getLocale() as Promise<Locale>,
  ]);
  const active = Boolean(values.q || values.department || values.audience);
  return (
    // Keyed by the active filters: navigating (e.g. "clear filters") must reset the uncontrolled fields.
    <form
      key={JSON.stringify(values)}
      action="/services"
      method="get"
      role="search"
      aria-label={t('filtersLabel')}
      className="grid gap-4 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1.5fr_1fr_auto] lg:items-end"
    >
      <div className="flex flex-col gap-2 sm:col-span-2 lg:col-span-1">
        <Label htmlFor="catalogue-q">{t('searchLabel')}</Label>
        <Input
          id="catalogue-q"
          name="q"
          type="search"
          defaultValue={values.q ?? ''}
          placeholder={t('searchPlaceholder')}
          maxLength={100}
        />
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="catalogue-department">{t('department')}</Label>
        <NativeSelect id="catalogue-department" name="department" defaultValue={values.department ?? ''}>
          <option value="">{t('allDepartments')}</option>
          {departments.map((d) => (
            <option key={d.code} value={d.code}>
              {pickLanguage(d.name, locale)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="catalogue-audience">{t('audience')}</Label>
        <NativeSelect id="catalogue-audience" name="audience" defaultValue={values.audience ?? ''}>
          <option value="">{t('allAudiences')}</option>
          {audiences.map((a) => (
            <option key={a} value={a}>
              {tc(`audiences.${a}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-1">
        <Button type="submit" className="flex-1 lg:flex-none">
          <Search aria-hidden />
          {t('submit')}
        </Button>
        {active ? (
          <Button asChild variant="outline" className="flex-1 lg:flex-none">
            <Link href="/services">{t('clear')}</Link>
          </Button>
        ) : null}
      </div>
    </form>
  );
}
