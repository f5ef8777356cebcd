import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { History, Info } from 'lucide-react';
import { ServiceItemEditor } from '@/components/admin/service-item-editor';
import { VersionHistory } from '@/components/admin/version-history';
import { Card, CardContent } from '@/components/ui/card';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getServiceItemForEdit, listServiceVersions } from '@/lib/data/catalogue';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.serviceEdit'))('title') };
}

export default async function AdminServiceEditPage({ params }: { params: Promise<{ code: string }> }) {
  const viewer = await getViewer();
  const { code } = await params;
  const [item, versions] = await guardPage(() =>
    Promise.all([getServiceItemForEdit(viewer, code), listServiceVersions(viewer, code)]),
  );
  const [t, locale] = await Promise.all([getTranslations('admin.serviceEdit'), getLocale() as Promise<Locale>]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/admin/catalogue" className="text-sm text-primary hover:underline">
          {t('back')}
        </Link>
        <h1 className="mt-1 text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted-foreground">
          <span className="font-medium text-foreground">{pickLanguage({ zh: item.nameZh, en: item.nameEn }, locale)}</span>
          <span className="font-mono text-xs"> · {item.code}</span> · {t('currentVersion', { version: item.baseVersion })} ·{' '}
          <Link href={`/services/${encodeURIComponent(item.code)}`} className="text-primary underline underline-offset-4">
            {t('viewGuide')}
          </Link>
        </p>
      </div>

      <div role="note" className="flex gap-3 rounded-lg border border-primary/30 bg-accent p-4 text-sm">
        <Info className="mt-0.5 size-5 shrink-0 text-primary" aria-hidden />
        <div>
          <p className="font-medium">{t('versioningTitle')}</p>
          <p className="mt-1 text-muted-foreground">{t('versioningBody')}</p>
        </div>
      </div>

      <Card>
        <CardContent className="pt-5">
          {/* Keyed by version: after a publish the form starts again from what was stored. */}
          <ServiceItemEditor key={item.baseVersion} viewer={viewer} defaults={item} />
        </CardContent>
      </Card>

      <section aria-labelledby="version-history" className="flex flex-col gap-3">
        <h2 id="version-history" className="flex items-center gap-2 text-lg font-semibold">
          <History className="size-5 text-primary" aria-hidden />
          {t('history.heading')}
        </h2>
        <p className="text-sm text-muted-foreground">{t('history.intro')}</p>
        <div className="overflow-x-auto rounded-lg border bg-card">
          <VersionHistory versions={versions} current={item.baseVersion} />
        </div>
      </section>
    </div>
  );
}
