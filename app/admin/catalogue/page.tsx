import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { getTranslations } from 'next-intl/server';
import { CatalogueTable } from '@/components/admin/catalogue-table';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listServicesForAdmin } from '@/lib/data/catalogue';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.catalogue'))('title') };
}

export default async function AdminCataloguePage() {
  const viewer = await getViewer();
  const services = await guardPage(() => listServicesForAdmin(viewer));
  const [t, ta] = await Promise.all([getTranslations('admin.catalogue'), getTranslations('admin')]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={{ href: '/admin', label: ta('backToAdmin') }} title={t('title')} intro={t('intro')} />
      <p className="text-sm text-muted-foreground">{t('count', { count: services.length })}</p>
      <CatalogueTable services={services} />
    </div>
  );
}
