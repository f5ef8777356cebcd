import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { JoinRequests } from '@/components/applicant/join-requests';
import { MyCasesTable } from '@/components/applicant/my-cases-table';
import { MyEnterprises } from '@/components/applicant/my-enterprises';
import { MyObligations } from '@/components/obligations/my-obligations';
import { Button } from '@/components/ui/button';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listJoinRequests, listMyEnterprises } from '@/lib/data/accounts';
import { listMyCases } from '@/lib/data/cases';

const CASE_LIMIT = 50;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('applicant'))('title') };
}

export default async function MyHomePage() {
  const viewer = await getViewer();
  // listMyCases authorizes first, so a viewer without the applicant role never gets further.
  const cases = await guardPage(() => listMyCases(viewer, CASE_LIMIT));
  const [enterprises, joinRequests, t] = await Promise.all([
    guardPage(() => listMyEnterprises(viewer)),
    guardPage(() => listJoinRequests(viewer)),
    getTranslations('applicant'),
  ]);
  const ownsEnterprise = enterprises.some((e) => e.role === 'owner' && e.status === 'active');
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-1 text-muted-foreground">{t('intro')}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <Link href="/my/problems">{(await getTranslations('problems.my'))('title')}</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/services">{t('browseServices')}</Link>
          </Button>
        </div>
      </div>

      <section aria-labelledby="my-enterprises" className="flex flex-col gap-3">
        <h2 id="my-enterprises" className="text-lg font-semibold">
          {t('enterprises.heading')}
        </h2>
        <MyEnterprises enterprises={enterprises} />
      </section>

      <section aria-labelledby="my-cases" className="flex flex-col gap-3">
        <div className="flex items-baseline justify-between gap-2">
          <h2 id="my-cases" className="text-lg font-semibold">
            {t('cases.heading')}
          </h2>
          {cases.length > 0 && (
            <span className="text-sm text-muted-foreground">
              {cases.length >= CASE_LIMIT
                ? t('cases.recent', { count: cases.length })
                : t('cases.count', { count: cases.length })}
            </span>
          )}
        </div>
        <MyCasesTable cases={cases} />
      </section>

      <MyObligations viewer={viewer} />

      {ownsEnterprise && (
        <section aria-labelledby="join-requests" className="flex flex-col gap-3">
          <div>
            <h2 id="join-requests" className="text-lg font-semibold">
              {t('joinRequests.heading')}
            </h2>
            <p className="mt-1 text-sm text-muted-foreground">{t('joinRequests.intro')}</p>
          </div>
          <JoinRequests requests={joinRequests} />
        </section>
      )}
    </div>
  );
}
