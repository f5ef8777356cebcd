import type { Metadata } from 'next';
import Link from 'next/link';
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
      <div>
        <Link href="/admin" className="text-sm text-primary hover:underline">
          {ta('backToAdmin')}
        </Link>
        <h1 className="mt-1 text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-muted-foreground">{t('intro')}</p>
      </div>
      <p className="text-sm text-muted-foreground">{t('count', { count: services.length })}</p>
      <CatalogueTable services={services} />
    </div>
  );
}
