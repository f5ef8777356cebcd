import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Building } from 'lucide-react';
import { PageHeader } from '@/components/layout/page-header';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listMyProjects } from '@/lib/data/projects';
import { PROJECT_STAGE_NAMES } from '@/lib/domain/project-stages';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('projects.list'))('title') };
}

/** The projects of the applicant's enterprises, each leading to its page and its stage applications. */
export default async function MyProjectsPage() {
  const viewer = await getViewer();
  const projects = await guardPage(() => listMyProjects(viewer));
  const [t, locale, format] = await Promise.all([
    getTranslations('projects.list'),
    getLocale() as Promise<Locale>,
    getFormatter(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <PageHeader back={{ href: '/my', label: t('back') }} title={t('title')} intro={t('intro')} />
        <Button asChild>
          <Link href="/my/projects/new">{t('create')}</Link>
        </Button>
      </div>
      {projects.length === 0 ? (
        <EmptyState
          icon={Building}
          title={t('empty')}
          body={t('emptyBody')}
          action={{ href: '/my/projects/new', label: t('create') }}
        />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {projects.map((p) => (
            <li key={p.id} className="flex flex-col gap-2 rounded-lg border bg-card p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <Link href={`/projects/${p.id}`} className="font-semibold text-primary hover:underline">
                  {p.name}
                </Link>
                <Badge variant="secondary">{pickLanguage(PROJECT_STAGE_NAMES[p.stage], locale)}</Badge>
              </div>
              <p className="font-mono text-xs text-muted-foreground">{p.code}</p>
              <p className="text-sm text-muted-foreground">
                {p.enterprise.name} · {t('investment', { amount: format.number(p.totalInvestmentYuan / 10_000) })} ·{' '}
                {t('cases', { count: p.caseCount })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
