import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProblemDetailView } from '@/components/problems/problem-detail';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getProblem } from '@/lib/data/problems';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('problems.desk'))('title') };
}

/** A problem as its officer, a manager or a department brought in sees it, with the steps they may take. */
export default async function DeskProblemPage({ params }: { params: Promise<{ problemId: string }> }) {
  const [{ problemId }, viewer, t] = await Promise.all([params, getViewer(), getTranslations('problems.detail')]);
  const problem = await guardPage(() => getProblem(viewer, problemId));
  return <ProblemDetailView problem={problem} back={{ href: '/desk/problems', label: t('backDesk') }} />;
}
