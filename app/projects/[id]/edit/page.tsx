import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { PageHeader } from '@/components/layout/page-header';
import { ProjectForm } from '@/components/projects/project-form';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getProject } from '@/lib/data/projects';
import { formatPolygonText } from '@/lib/domain/geometry';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('projects.form'))('titleEdit') };
}

/** The owner's members change the project's facts or move it to its next stage. */
export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.guid().safeParse(id).success) notFound();
  const viewer = await getViewer();
  const [project, t] = await Promise.all([guardPage(() => getProject(viewer, id)), getTranslations('projects.form')]);
  if (!project.canEdit) forbidden();
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <PageHeader back={{ href: `/projects/${id}`, label: t('backToProject') }} title={t('titleEdit')} intro={project.code} />
      <ProjectForm
        projectId={project.id}
        enterprises={[project.enterprise]}
        defaults={{
          enterpriseId: project.enterprise.id,
          name: project.name,
          siteParcel: project.siteParcel,
          parcelText: formatPolygonText(project.parcel),
          totalInvestmentWan: String(project.totalInvestmentYuan / 10_000),
          landAreaM2: String(project.landAreaM2),
          floorAreaM2: String(project.floorAreaM2),
          industry: project.industry,
          stage: project.stage,
        }}
      />
    </div>
  );
}
