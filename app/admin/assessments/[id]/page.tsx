import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AssessmentDocumentUpload } from '@/components/admin/assessment-document-upload';
import { AssessmentForm } from '@/components/admin/assessment-form';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getAssessment } from '@/lib/data/assessments';
import { authorize } from '@/lib/data/viewer';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.assessments'))('titleEdit') };
}

/** An assessment's facts, area and validity (each change applies to waivers from then on), and its document. */
export default async function EditAssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, viewer] = await Promise.all([params, getViewer()]);
  await guardPage(async () => authorize(viewer, 'assessment.manage'));
  const [assessment, t, locale] = await Promise.all([
    guardPage(() => getAssessment(viewer, id)),
    getTranslations('admin.assessments'),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        back={{ href: '/admin/assessments', label: t('back') }}
        title={pickLanguage(assessment.name, locale)}
        intro={t('introEdit')}
      />
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t('documentHeading')}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <AssessmentDocumentUpload assessmentId={assessment.id} current={assessment.document} />
        </CardContent>
      </Card>
      <AssessmentForm
        assessmentId={assessment.id}
        defaults={{
          kind: assessment.kind,
          nameZh: assessment.name.zh,
          nameEn: assessment.name.en,
          documentNumber: assessment.documentNumber,
          areaText: JSON.stringify(assessment.area),
          validFrom: assessment.validFrom,
          validUntil: assessment.validUntil,
        }}
      />
    </div>
  );
}
