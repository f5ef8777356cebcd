import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { CaseNotice } from '@/components/notices/case-notice';
import { NoticeToolbar } from '@/components/notices/notice-toolbar';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getCaseDetail } from '@/lib/data/case-detail';
import { caseTrackingUrl } from '@/lib/data/case-tracking';
import { isNoticeKind, noticeApplies, noticeFactsOf } from '@/lib/domain/notices';

type Props = { params: Promise<{ id: string; kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  if (!isNoticeKind(kind)) return {};
  const t = await getTranslations('notices.titles');
  return { title: t(kind), robots: { index: false, follow: false } };
}

/** A notice of a case, print-ready on A4. Members of the applicant enterprise and staff who may read the case may print it. */
export default async function CaseNoticePage({ params }: Props) {
  const { id, kind } = await params;
  if (!isNoticeKind(kind) || !z.guid().safeParse(id).success) notFound();
  const viewer = await getViewer();
  const detail = await guardPage(() => getCaseDetail(viewer, id));
  const applies = noticeApplies(kind, noticeFactsOf(detail));
  const number = detail.number;
  if (!applies || !number || !detail.documents.some((d) => d.kind === kind)) notFound();
  const trackingUrl = await caseTrackingUrl(number);

  return (
    <>
      <NoticeToolbar caseId={detail.id} />
      <CaseNotice kind={kind} detail={{ ...detail, number }} trackingUrl={trackingUrl} />
    </>
  );
}
