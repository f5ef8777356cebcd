import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/layout/page-header';
import { RaiseProblemForm } from '@/components/problems/raise-problem-form';
import { getActingEnterpriseFor } from '@/lib/auth/acting-enterprise';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listMyProblems } from '@/lib/data/problems';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('problems.raise'))('title') };
}

/** Raising a problem, for the enterprise the header says the applicant acts for (or another of theirs). */
export default async function RaiseProblemPage() {
  const viewer = await getViewer();
  // Members of an enterprise only: the same check as the list.
  await guardPage(() => listMyProblems(viewer, 1));
  const [{ current, options }, t] = await Promise.all([getActingEnterpriseFor(viewer), getTranslations('problems.raise')]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={{ href: '/my/problems', label: t('back') }} title={t('title')} intro={t('intro')} />
      <RaiseProblemForm
        enterprises={options.map((e) => ({ id: e.id, name: e.name }))}
        enterpriseId={current?.id ?? options[0]?.id ?? ''}
      />
    </div>
  );
}
