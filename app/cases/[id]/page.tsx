import { redirect } from 'next/navigation';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getCaseDetail } from '@/lib/data/case-detail';

/** One address per case (printed notices link here): the applicant's page or the staff desk's. */
export default async function CaseRedirect({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  const detail = await guardPage(() => getCaseDetail(viewer, id));
  redirect(detail.viewerIsApplicant ? `/my/cases/${id}` : `/desk/cases/${id}`);
}
