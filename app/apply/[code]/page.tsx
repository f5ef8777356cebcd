import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Building2 } from 'lucide-react';
import { StartApplication } from '@/components/apply/start-application';
import { EmptyState } from '@/components/ui/empty-state';
import { serviceCodeParamsSchema } from '@/lib/api/schemas';
import { getActingEnterpriseFor } from '@/lib/auth/acting-enterprise';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listMyEnterprises } from '@/lib/data/accounts';
import { listMyDrafts } from '@/lib/data/case-detail';
import { getServiceGuide } from '@/lib/data/catalogue';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('applicant.apply.cta'))('title') };
}

/** Starting an application: choose the enterprise, continue one of its drafts or begin a new one. */
export default async function ApplyPage({ params }: Props) {
  const { code } = await params;
  if (!serviceCodeParamsSchema.safeParse({ code }).success) notFound();
  const viewer = await getViewer();
  // /apply is not behind the proxy's sections: send strangers to sign in and back here.
  if (viewer.kind === 'anonymous') redirect(`/login?callbackUrl=${encodeURIComponent(`/apply/${code}`)}`);
  const drafts = await guardPage(() => listMyDrafts(viewer, code));
  const [guide, enterprises, acting, t, locale, format] = await Promise.all([
    guardPage(() => getServiceGuide(viewer, code)),
    listMyEnterprises(viewer),
    getActingEnterpriseFor(viewer),
    getTranslations('applicant.apply'),
    getLocale() as Promise<Locale>,
    getFormatter(),
  ]);
  const active = enterprises.filter((e) => e.status === 'active');
  const name = pickLanguage(guide.name, locale);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t('title', { service: name })}</h1>
        <p className="text-muted-foreground">{t('intro')}</p>
        <p className="text-sm text-muted-foreground">
          {t('materialsCount', { count: guide.materials.length, required: guide.materials.filter((m) => m.required).length })}{' '}
          <Link href={`/services/${guide.code}`} className="text-primary underline underline-offset-4">
            {t('guideLink')}
          </Link>
        </p>
      </header>
      {active.length === 0 ? (
        <EmptyState
          icon={Building2}
          title={t('noEnterprise.title')}
          body={t('noEnterprise.body')}
          action={{ href: '/my', label: t('noEnterprise.action') }}
        />
      ) : (
        <StartApplication
          serviceCode={guide.code}
          enterprises={active.map((e) => ({ id: e.id, name: e.name, creditCode: e.creditCode }))}
          actingFor={acting.current?.id}
          drafts={drafts.map((d) => ({
            id: d.id,
            enterpriseId: d.enterpriseId,
            startedBy: d.applicantName,
            savedAt: format.dateTime(new Date(d.updatedAt), { dateStyle: 'medium', timeStyle: 'short' }),
          }))}
        />
      )}
    </div>
  );
}
