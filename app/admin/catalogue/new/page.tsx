import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ServiceItemEditor } from '@/components/admin/service-item-editor';
import { Card, CardContent } from '@/components/ui/card';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listServicesForAdmin } from '@/lib/data/catalogue';
import type { ServiceItemFormValues } from '@/lib/validation/catalogue';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.serviceEdit'))('newTitle') };
}

/** A new item starts as a department item of a project, the kind the zone adds most. */
const BLANK: ServiceItemFormValues = {
  code: '',
  baseVersion: null,
  nameZh: '',
  nameEn: '',
  summaryZh: '',
  summaryEn: '',
  keywords: '',
  kind: 'licence',
  audience: 'project',
  leadDepartmentCode: '',
  formKey: 'combined-project',
  stage: '',
  statutoryDays: 20,
  promisedDays: 5,
  feeYuan: 0,
  allowsTolerance: false,
  allowsPromise: false,
  legalBasis: [],
  conditions: [],
  howToApply: [],
  promiseClauses: [],
  departments: [],
  materials: [],
};

export default async function AdminServiceNewPage() {
  const viewer = await getViewer();
  // The admin check runs before anything renders.
  await guardPage(() => listServicesForAdmin(viewer));
  const t = await getTranslations('admin.serviceEdit');
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/admin/catalogue" className="text-sm text-primary hover:underline">
          {t('back')}
        </Link>
        <h1 className="mt-1 text-2xl font-bold">{t('newTitle')}</h1>
        <p className="mt-1 text-muted-foreground">{t('newIntro')}</p>
      </div>
      <Card>
        <CardContent className="pt-5">
          <ServiceItemEditor viewer={viewer} defaults={BLANK} />
        </CardContent>
      </Card>
    </div>
  );
}
