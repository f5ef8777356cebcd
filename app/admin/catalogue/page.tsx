import type { Metadata } from 'next';
import Link from 'next/link';
import { Plus } from 'lucide-react';
import { Button } from '@/components/ui/button';
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
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">{t('count', { count: services.length })}</p>
        <Button asChild>
          <Link href="/admin/catalogue/new">
            <Plus aria-hidden />
            {t('new')}
          </Link>
        </Button>
      </div>
      <CatalogueTable services={services} />
    </div>
  );
}
