import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { amountUnit } from '@/components/key-projects/amounts';
import { KeyProjectReports } from '@/components/key-projects/key-project-reports';
import { KeyProjectSettingsForm } from '@/components/key-projects/key-project-settings-form';
import { PageHeader } from '@/components/layout/page-header';
import { ProjectCases, ProjectFacts, ProjectFiling, ProjectPlan, ProjectWaivers } from '@/components/projects/project-view';
import { Button } from '@/components/ui/button';
import { guardPage } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { getKeyProject } from '@/lib/data/key-projects';
import { getProject } from '@/lib/data/projects';
import { zoneDate } from '@/lib/domain/clock';

type Props = { params: Promise<{ id: string }> };

// Metadata and page ask for the same project; one query per request.
const load = cache(async (id: string) => {
  if (!z.guid().safeParse(id).success) notFound();
  const viewer = await getViewer();
  return guardPage(() => getProject(viewer, id));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: (await load(id)).name };
}

/**
 * One address per project: its owner's members see it with the stage's filing; staff reach it
 * from a case of it and read it (getProject decides who may, and what they may do).
 */
export default async function ProjectPage({ params }: Props) {
  const { id } = await params;
  const [project, t] = await Promise.all([load(id), getTranslations('projects.view')]);
  const viewer = await getViewer();
  const keyProject = await getKeyProject(viewer, project.id, { quietly: true });
  const mayMarkKey = !keyProject && can(viewer, 'keyProject.manage');
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        back={project.canEdit ? { href: '/my/projects', label: t('back') } : undefined}
        title={project.name}
        intro={t('intro', { code: project.code, enterprise: project.enterprise.name })}
      >
        {project.canEdit ? (
          <Button asChild variant="outline" size="sm" className="mt-3">
            <Link href={`/projects/${project.id}/edit`}>{t('edit')}</Link>
          </Button>
        ) : null}
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {keyProject ? <KeyProjectPanel detail={keyProject} /> : null}
          {mayMarkKey ? <MarkKeyProject projectId={project.id} /> : null}
          <ProjectFiling project={project} />
          <ProjectPlan project={project} />
          <ProjectCases project={project} />
        </div>
        <aside className="flex min-w-0 flex-col gap-6">
          <ProjectFacts project={project} />
          <ProjectWaivers project={project} />
        </aside>
      </div>
    </div>
  );
}

/** A manager lists a project as key; its milestones and task force are then set on the key project's page. */
async function MarkKeyProject({ projectId }: { projectId: string }) {
  const t = await getTranslations('keyProjects.manageForms');
  return (
    <section aria-labelledby="mark-key-project" className="flex flex-col gap-3 rounded-lg border p-4">
      <h2 id="mark-key-project" className="text-lg font-semibold">
        {t('markTitle')}
      </h2>
      <p className="text-sm text-muted-foreground">{t('markIntro')}</p>
      <KeyProjectSettingsForm projectId={projectId} year={Number(zoneDate(new Date()).slice(0, 4))} />
    </section>
  );
}

/** A key project's figures and its monthly investment reports, for the owner and its officer. */
async function KeyProjectPanel({ detail }: { detail: NonNullable<Awaited<ReturnType<typeof getKeyProject>>> }) {
  const [t, format, locale] = await Promise.all([getTranslations('keyProjects'), getFormatter(), getLocale()]);
  const amount = (yuan: number) => format.number(amountUnit(locale, yuan), { maximumFractionDigits: 2 });
  return (
    <section aria-labelledby="key-project" className="flex flex-col gap-3 rounded-lg border p-4">
      <h2 id="key-project" className="text-lg font-semibold">
        {t('projectPanel.title')}
      </h2>
      <p className="text-sm">
        {t('projectPanel.intro', {
          level: detail.programme === 'key' ? t(`levels.${detail.level}`) : t('programmes.urban_upgrading'),
          annualPlan: amount(detail.annualPlanYuan),
          completed: amount(detail.completedYuan),
        })}{' '}
        {detail.behindPlan ? <span className="font-medium text-destructive">{t('projectPanel.behind')}</span> : null}
      </p>
      <KeyProjectReports detail={detail} />
    </section>
  );
}
