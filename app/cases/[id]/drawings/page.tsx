import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PencilRuler } from 'lucide-react';
import { DrawingReview } from '@/components/drawings/drawing-review';
import { departmentColours } from '@/components/drawings/department-colours';
import { PageHeader } from '@/components/layout/page-header';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { getDrawingReview } from '@/lib/data/drawings';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('drawings.page'))('title') };
}

/** The combined drawing review (多图联审) of a case: staff and the applicant's enterprise alike, each seeing what is theirs. */
export default async function DrawingReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, viewer] = await Promise.all([params, getViewer()]);
  const review = await guardPage(() => getDrawingReview(viewer, id));
  const [t, locale] = await Promise.all([getTranslations('drawings.page'), getLocale() as Promise<Locale>]);
  const colourOf = departmentColours(review.departments);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={{ href: `/cases/${id}`, label: t('back') }} title={t('title')} intro={t('intro')}>
        <p className="mt-2 text-sm text-muted-foreground">
          {review.case.number ? <span className="font-mono">{review.case.number}</span> : null}
          {review.case.number ? ' · ' : null}
          {pickLanguage(review.case.title, locale)}
          {review.drawingSet ? ` · ${pickLanguage(review.drawingSet.name, locale)}` : null}
        </p>
      </PageHeader>
      <section aria-labelledby="drawing-departments" className="flex flex-col gap-2">
        <h2 id="drawing-departments" className="text-sm font-medium">
          {t('legend')}
        </h2>
        {review.departments.length ? (
          <ul className="flex flex-wrap gap-2">
            {review.departments.map((d) => (
              <li key={d.id}>
                <Badge variant="outline" className={colourOf(d.id).tag}>
                  <span aria-hidden className={`mr-1.5 inline-block size-2.5 rounded-full ${colourOf(d.id).pin}`} />
                  {pickLanguage(d.name, locale)}
                </Badge>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">{t('noDepartments')}</p>
        )}
      </section>
      {review.reader === 'applicant' && <p className="text-sm text-muted-foreground">{t('applicantHint')}</p>}
      {!review.drawingSet ? (
        <EmptyState icon={PencilRuler} title={t('noDrawingSet')} body={t('noDrawingSetBody')} />
      ) : review.versions.length === 0 ? (
        <EmptyState icon={PencilRuler} title={t('noVersion')} body={t('noVersionBody')} />
      ) : (
        <DrawingReview review={review} />
      )}
    </div>
  );
}
