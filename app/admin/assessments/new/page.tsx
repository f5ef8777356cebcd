import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AssessmentForm } from '@/components/admin/assessment-form';
import { PageHeader } from '@/components/layout/page-header';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { authorize } from '@/lib/data/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.assessments'))('titleNew') };
}

export default async function NewAssessmentPage() {
  const viewer = await getViewer();
  await guardPage(async () => authorize(viewer, 'assessment.manage'));
  const t = await getTranslations('admin.assessments');
  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={{ href: '/admin/assessments', label: t('back') }} title={t('titleNew')} intro={t('introNew')} />
      <AssessmentForm
        defaults={{ kind: '', nameZh: '', nameEn: '', documentNumber: '', areaText: '', validFrom: '', validUntil: '' }}
      />
    </div>
  );
}
