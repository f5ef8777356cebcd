import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { cache } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { CaseOnBehalf } from '@/components/case/case-on-behalf';
import { CaseAnswers } from '@/components/applicant/case-answers';
import { CaseCommitment } from '@/components/applicant/case-commitment';
import { CaseClocks } from '@/components/case/case-clocks';
import { CasePermit } from '@/components/case/case-permit';
import { CasePromises } from '@/components/case/case-promises';
import { CaseTasks } from '@/components/case/case-tasks';
import { CaseNotices } from '@/components/applicant/case-notices';
import { CaseOverview } from '@/components/applicant/case-overview';
import { CaseRequests } from '@/components/applicant/case-requests';
import { CaseResult } from '@/components/applicant/case-result';
import { CaseStateBadge } from '@/components/applicant/case-state-badge';
import { CaseTimeline } from '@/components/applicant/case-timeline';
import { CaseWithdraw } from '@/components/applicant/case-withdraw';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getCaseDetail } from '@/lib/data/case-detail';
import { getCasePermit } from '@/lib/data/permits';
import { getCaseRating } from '@/lib/data/ratings';
import { CaseRating } from '@/components/applicant/case-rating';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

type Props = { params: Promise<{ id: string }> };

// Metadata and page ask for the same case; one query per request.
const load = cache(async (id: string) => {
  if (!z.guid().safeParse(id).success) notFound();
  const viewer = await getViewer();
  const detail = await guardPage(() => getCaseDetail(viewer, id));
  // Staff read cases on the desk; this page is the applicant's view of their enterprise's case.
  if (!detail.viewerIsApplicant) forbidden();
  return detail;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [detail, t] = await Promise.all([load(id), getTranslations('applicant.caseView')]);
  return { title: detail.number ?? t('draftNumber') };
}

export default async function MyCasePage({ params }: Props) {
  const { id } = await params;
  const [detail, t, locale] = await Promise.all([
    load(id),
    getTranslations('applicant.caseView'),
    getLocale() as Promise<Locale>,
  ]);
  const viewer = await getViewer();
  const [permit, rating] = await Promise.all([getCasePermit(viewer, detail.id), getCaseRating(viewer, detail.id)]);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Link href="/my" className="text-sm text-primary hover:underline">
          {t('back')}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold break-words">{pickLanguage(detail.title, locale)}</h1>
          <CaseStateBadge state={detail.state} />
        </div>
        <p className="text-muted-foreground">
          <span className="font-mono">{detail.number ?? t('draftNumber')}</span> · {pickLanguage(detail.service.name, locale)} ·{' '}
          {detail.enterprise.name}
        </p>
      </header>

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <CaseCommitment detail={detail} />
          <CaseRequests detail={detail} />
          <CaseResult detail={detail} />
          <CaseRating caseId={detail.id} view={rating} />
          <CaseTasks detail={detail} />
          <CasePromises detail={detail} />
          <CaseAnswers detail={detail} />
          <CaseTimeline detail={detail} />
        </div>
        <aside className="flex min-w-0 flex-col gap-6">
          <CaseOverview detail={detail} />
          <CaseOnBehalf detail={detail} />
          {permit ? <CasePermit permit={permit} /> : null}
          <CaseClocks detail={detail} />
          <CaseNotices detail={detail} />
          {detail.transitions.includes('withdraw') ? <CaseWithdraw caseId={detail.id} version={detail.version} /> : null}
        </aside>
      </div>
    </div>
  );
}
