import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProblemDetailView } from '@/components/problems/problem-detail';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getProblem } from '@/lib/data/problems';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('problems.my'))('title') };
}

/** A problem the enterprise raised: its steps, and confirming or reopening the result. */
export default async function MyProblemPage({ params }: { params: Promise<{ problemId: string }> }) {
  const [{ problemId }, viewer, t] = await Promise.all([params, getViewer(), getTranslations('problems.detail')]);
  const problem = await guardPage(() => getProblem(viewer, problemId));
  return <ProblemDetailView problem={problem} back={{ href: '/my/problems', label: t('backMy') }} />;
}
