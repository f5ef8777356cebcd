import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SearchX } from 'lucide-react';
import { CatalogueFilters } from '@/components/catalogue/catalogue-filters';
import { ServiceCard } from '@/components/catalogue/service-card';
import { EmptyState } from '@/components/ui/empty-state';
import { CATALOGUE_AUDIENCES, catalogueSearchSchema, searchParamsToObject } from '@/lib/api/schemas';
import { getViewer } from '@/lib/auth/session';
import { listDepartments, listServices } from '@/lib/data/catalogue';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('catalogue.list');
  return { title: t('title'), description: t('description') };
}

export default async function ServicesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Bad or unknown values are dropped, never an error: these URLs are typed and shared by people.
  const parsed = catalogueSearchSchema.parse(searchParamsToObject(await searchParams));
  const [t, viewer, departments] = await Promise.all([getTranslations('catalogue.list'), getViewer(), listDepartments()]);
  const filter = {
    ...parsed,
    department: departments.some((d) => d.code === parsed.department) ? parsed.department : undefined,
  };
  const services = await listServices(viewer, filter);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-muted-foreground">{t('description')}</p>
      </header>

      <CatalogueFilters values={filter} departments={departments} audiences={CATALOGUE_AUDIENCES} />

      <section aria-labelledby="catalogue-results" className="flex flex-col gap-4">
        <h2 id="catalogue-results" className="sr-only">
          {t('resultsLabel')}
        </h2>
        <p className="text-sm text-muted-foreground" role="status">
          {t('count', { count: services.length })}
        </p>
        {services.length ? (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {services.map((s) => (
              <li key={s.code} className="grid">
                <ServiceCard service={s} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState
            icon={SearchX}
            title={filter.q ? t('empty.titleFor', { q: filter.q }) : t('empty.title')}
            body={t('empty.body')}
            action={{ href: '/services', label: t('empty.action') }}
          />
        )}
      </section>
    </div>
  );
}
