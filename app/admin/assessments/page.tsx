import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Map as MapIcon } from 'lucide-react';
import { PageHeader } from '@/components/layout/page-header';
import { SitePlan } from '@/components/projects/site-plan';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listAssessments } from '@/lib/data/assessments';
import { ASSESSMENT_KIND_NAMES, isAssessmentKind } from '@/lib/domain/assessment-kinds';
import { zoneDayStart } from '@/lib/domain/clock';
import { ZONE_BOUNDARY } from '@/lib/domain/zone';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.assessments'))('title') };
}

const VALIDITY_VARIANT = { valid: 'success', expired: 'destructive', notYetValid: 'warning' } as const;

/** The zone's regional assessments, their areas on one plan, and whether each is valid today. */
export default async function AdminAssessmentsPage() {
  const viewer = await getViewer();
  const assessments = await guardPage(() => listAssessments(viewer));
  const [t, ta, locale, format] = await Promise.all([
    getTranslations('admin.assessments'),
    getTranslations('admin'),
    getLocale() as Promise<Locale>,
    getFormatter(),
  ]);
  const day = (date: string) => format.dateTime(zoneDayStart(date), { dateStyle: 'medium' });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <PageHeader back={{ href: '/admin', label: ta('backToAdmin') }} title={t('title')} intro={t('intro')} />
        <Button asChild>
          <Link href="/admin/assessments/new">{t('create')}</Link>
        </Button>
      </div>
      {assessments.length === 0 ? (
        <EmptyState
          icon={MapIcon}
          title={t('empty')}
          body={t('emptyBody')}
          action={{ href: '/admin/assessments/new', label: t('create') }}
        />
      ) : (
        <>
          <Table>
            <caption className="sr-only">{t('caption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHead>{t('columns.assessment')}</TableHead>
                <TableHead>{t('columns.validity')}</TableHead>
                <TableHead>{t('columns.document')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {assessments.map((a) => (
                <TableRow key={a.id}>
                  <TableCell className="min-w-56">
                    <Link href={`/admin/assessments/${a.id}`} className="font-medium text-primary hover:underline">
                      {pickLanguage(a.name, locale)}
                    </Link>
                    <span className="block text-xs text-muted-foreground">
                      {isAssessmentKind(a.kind) ? pickLanguage(ASSESSMENT_KIND_NAMES[a.kind], locale) : a.kind} ·{' '}
                      {a.documentNumber}
                    </span>
                  </TableCell>
                  <TableCell className="min-w-40">
                    <span className="block text-sm">
                      {t('validityRange', { from: day(a.validFrom), until: day(a.validUntil) })}
                    </span>
                    <Badge variant={VALIDITY_VARIANT[a.validity]}>{t(`validity.${a.validity}`)}</Badge>
                  </TableCell>
                  <TableCell>
                    {a.document ? (
                      <a
                        href={`/api/assessments/${a.id}/document`}
                        target="_blank"
                        rel="noopener"
                        className="text-sm text-primary hover:underline"
                      >
                        {a.document.name}
                      </a>
                    ) : (
                      <span className="text-sm text-muted-foreground">{t('noDocument')}</span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <SitePlan
            id="assessments-plan"
            zone={ZONE_BOUNDARY}
            areas={assessments.map((a) => ({
              id: a.id,
              kind: a.kind,
              label: pickLanguage(a.name, locale),
              area: a.area,
              inactive: a.validity !== 'valid',
            }))}
            parcel={null}
            labels={{ title: t('plan.title'), description: t('plan.description'), zone: t('plan.zone'), parcel: '' }}
          />
        </>
      )}
    </div>
  );
}
