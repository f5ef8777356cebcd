import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LifeBuoy } from 'lucide-react';
import { PageHeader } from '@/components/layout/page-header';
import { ProblemList } from '@/components/problems/problem-list';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listDeskProblems } from '@/lib/data/problems';
import { isUnresolved } from '@/lib/domain/problems';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('problems.desk'))('title') };
}

/** The problems an officer owns (or a reviewer's department was brought into): the most urgent first. */
export default async function DeskProblemsPage() {
  const viewer = await getViewer();
  const problems = await guardPage(() => listDeskProblems(viewer));
  const t = await getTranslations('problems.desk');
  const open = problems.filter((p) => isUnresolved(p.state)).length;
  const overdue = problems.filter((p) => p.urgency === 'overdue').length;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={{ href: '/desk', label: t('back') }} title={t('title')} intro={t('intro')} />
      <p className="flex flex-wrap items-center gap-2 text-sm" aria-live="polite">
        <span className="font-medium">{t('openCount', { count: open })}</span>
        {overdue ? <Badge variant="destructive">{t('overdueCount', { count: overdue })}</Badge> : null}
      </p>
      {problems.length === 0 ? (
        <EmptyState icon={LifeBuoy} title={t('empty.title')} body={t('empty.body')} />
      ) : (
        <ProblemList problems={problems} hrefBase="/desk/problems" showEnterprise />
      )}
    </div>
  );
}
