import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LifeBuoy } from 'lucide-react';
import { PageHeader } from '@/components/layout/page-header';
import { ProblemList } from '@/components/problems/problem-list';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listMyProblems } from '@/lib/data/problems';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('problems.my'))('title') };
}

/** The problems the applicant's enterprises raised, the unresolved ones first, and the way to raise one. */
export default async function MyProblemsPage() {
  const viewer = await getViewer();
  const t = await getTranslations('problems.my');
  if (viewer.kind === 'user' && viewer.memberships.length === 0) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader back={{ href: '/my', label: t('back') }} title={t('title')} intro={t('intro')} />
        <EmptyState icon={LifeBuoy} title={t('noEnterprise.title')} body={t('noEnterprise.body')} />
      </div>
    );
  }
  const problems = await guardPage(() => listMyProblems(viewer));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <PageHeader back={{ href: '/my', label: t('back') }} title={t('title')} intro={t('intro')} />
        <Button asChild>
          <Link href="/my/problems/new">{t('raise')}</Link>
        </Button>
      </div>
      {problems.length === 0 ? (
        <EmptyState
          icon={LifeBuoy}
          title={t('empty.title')}
          body={t('empty.body')}
          action={{ href: '/my/problems/new', label: t('raise') }}
        />
      ) : (
        <ProblemList
          problems={problems}
          hrefBase="/my/problems"
          showEnterprise={viewer.kind === 'user' && viewer.memberships.length > 1}
        />
      )}
    </div>
  );
}
