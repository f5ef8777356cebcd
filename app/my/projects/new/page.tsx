import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Building2 } from 'lucide-react';
import { PageHeader } from '@/components/layout/page-header';
import { ProjectForm } from '@/components/projects/project-form';
import { EmptyState } from '@/components/ui/empty-state';
import { getActingEnterpriseFor } from '@/lib/auth/acting-enterprise';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listMyEnterprises } from '@/lib/data/accounts';
import { listMyProjects } from '@/lib/data/projects';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('projects.form'))('titleNew') };
}

export default async function NewProjectPage() {
  const viewer = await getViewer();
  // Applicants only: the same check as the list.
  await guardPage(() => listMyProjects(viewer));
  const [enterprises, acting, t] = await Promise.all([
    listMyEnterprises(viewer),
    getActingEnterpriseFor(viewer),
    getTranslations('projects.form'),
  ]);
  const active = enterprises.filter((e) => e.status === 'active');
  // The enterprise the header says they act for, when it is one they may file for.
  const preselected = active.find((e) => e.id === acting.current?.id) ?? (active.length === 1 ? active[0] : undefined);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <PageHeader back={{ href: '/my/projects', label: t('back') }} title={t('titleNew')} intro={t('intro')} />
      {active.length === 0 ? (
        <EmptyState
          icon={Building2}
          title={t('noEnterprise')}
          body={t('noEnterpriseBody')}
          action={{ href: '/my', label: t('noEnterpriseAction') }}
        />
      ) : (
        <ProjectForm
          enterprises={active.map((e) => ({ id: e.id, name: e.name }))}
          defaults={{
            enterpriseId: preselected?.id ?? '',
            name: '',
            siteParcel: '',
            parcelText: '',
            totalInvestmentWan: '',
            landAreaM2: '',
            floorAreaM2: '',
            industry: '',
            stage: 'land_planning',
          }}
        />
      )}
    </div>
  );
}
