import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ApplyCallToAction, ApplyOnlineCallToAction } from '@/components/catalogue/apply-call-to-action';
import { ApprovalOptions } from '@/components/catalogue/approval-options';
import { GuideSection, NumberedList } from '@/components/catalogue/guide-section';
import { MaterialList } from '@/components/catalogue/material-list';
import { BundledIn, BundledItems } from '@/components/catalogue/stage-parts';
import { TimeLimits } from '@/components/catalogue/time-limits';
import { Badge } from '@/components/ui/badge';
import { serviceCodeParamsSchema } from '@/lib/api/schemas';
import { guardPage } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { getServiceGuide, listDepartments } from '@/lib/data/catalogue';
import { pickLanguage, type Bilingual, type Locale } from '@/lib/i18n/config';

type Props = { params: Promise<{ code: string }> };

// Metadata and page ask for the same guide; one query per request.
const loadGuide = cache(async (code: string) => {
  // A code that cannot exist is simply not found; it never reaches the database.
  if (!serviceCodeParamsSchema.safeParse({ code }).success) notFound();
  const viewer = await getViewer();
  return guardPage(() => getServiceGuide(viewer, code));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const [guide, locale] = await Promise.all([loadGuide(code), getLocale() as Promise<Locale>]);
  return { title: pickLanguage(guide.name, locale), description: pickLanguage(guide.summary, locale) };
}

export default async function ServiceGuidePage({ params }: Props) {
  const { code } = await params;
  const guide = await loadGuide(code);
  const [t, tc, tl, locale, format, viewer, departments] = await Promise.all([
    getTranslations('catalogue.guide'),
    getTranslations('common'),
    getTranslations('catalogue.list'),
    getLocale() as Promise<Locale>,
    getFormatter(),
    getViewer(),
    listDepartments(),
  ]);
  const text = (b: Bilingual) => pickLanguage(b, locale);
  const departmentNames = Object.fromEntries(departments.map((d) => [d.code, d.name]));
  const published = format.dateTime(new Date(guide.publishedAt), { year: 'numeric', month: 'long', day: 'numeric' });

  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-6">
      <nav aria-label={t('breadcrumb')} className="text-sm text-muted-foreground">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href="/" className="hover:underline">
              {t('home')}
            </Link>
          </li>
          <li aria-hidden>/</li>
          <li>
            <Link href="/services" className="hover:underline">
              {tl('title')}
            </Link>
          </li>
          <li aria-hidden>/</li>
          <li aria-current="page" className="text-foreground">
            {text(guide.name)}
          </li>
        </ol>
      </nav>

      <header className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-2">
          <Badge variant="secondary">{tc(`kinds.${guide.kind}`)}</Badge>
          <span className="font-mono text-sm text-muted-foreground">{guide.code}</span>
        </div>
        <h1 className="text-2xl font-bold sm:text-3xl">{text(guide.name)}</h1>
        <p className="text-muted-foreground">{text(guide.summary)}</p>
        <dl className="grid gap-x-6 gap-y-3 rounded-lg border bg-card p-4 text-sm sm:grid-cols-2">
          <div className="flex flex-col gap-0.5">
            <dt className="text-muted-foreground">{t('overview.code')}</dt>
            <dd className="font-mono">{guide.code}</dd>
          </div>
          <div className="flex flex-col gap-0.5">
            <dt className="text-muted-foreground">{t('overview.kind')}</dt>
            <dd>{tc(`kinds.${guide.kind}`)}</dd>
          </div>
          <div className="flex flex-col gap-0.5">
            <dt className="text-muted-foreground">{t('overview.leadDepartment')}</dt>
            <dd>{text(guide.leadDepartment.name)}</dd>
          </div>
          <div className="flex flex-col gap-0.5">
            <dt className="text-muted-foreground">{t('overview.audience')}</dt>
            <dd>{tc(`audiences.${guide.audience}`)}</dd>
          </div>
        </dl>
      </header>

      {viewer.kind === 'anonymous' ? (
        <ApplyCallToAction returnTo={`/services/${guide.code}`} />
      ) : can(viewer, 'case.listOwn') ? (
        <ApplyOnlineCallToAction code={guide.code} />
      ) : null}

      {guide.departments.some((d) => d.item) ? (
        <GuideSection id="bundled-items" title={t('sections.bundledItems')}>
          <BundledItems guide={guide} />
        </GuideSection>
      ) : null}

      {guide.bundledIn.length ? (
        <GuideSection id="bundled-in" title={t('sections.bundledIn')}>
          <BundledIn guide={guide} />
        </GuideSection>
      ) : null}

      <GuideSection id="conditions" title={t('sections.conditions')}>
        <ul className="list-disc space-y-1.5 pl-6">
          {guide.conditions.map((c, i) => (
            <li key={i}>{text(c)}</li>
          ))}
        </ul>
      </GuideSection>

      <GuideSection id="materials" title={t('sections.materials')}>
        <MaterialList materials={guide.materials} departmentNames={departmentNames} />
      </GuideSection>

      <GuideSection id="time-limits" title={t('sections.timeLimits')}>
        <TimeLimits guide={guide} />
      </GuideSection>

      <GuideSection id="fee" title={t('sections.fee')}>
        <p className="text-lg font-medium">
          {guide.feeYuan === 0 ? tc('units.free') : tc('units.yuan', { amount: guide.feeYuan })}
        </p>
        <p className="mt-1 text-sm text-muted-foreground">{guide.feeYuan === 0 ? t('fee.note') : t('fee.charged')}</p>
      </GuideSection>

      <GuideSection id="approval" title={t('sections.approval')}>
        <ApprovalOptions guide={guide} />
      </GuideSection>

      <GuideSection id="legal-basis" title={t('sections.legalBasis')}>
        <ul className="list-disc space-y-1.5 pl-6">
          {guide.legalBasis.map((l, i) => (
            <li key={i}>{text(l)}</li>
          ))}
        </ul>
      </GuideSection>

      <GuideSection id="how-to-apply" title={t('sections.howToApply')}>
        <NumberedList items={guide.howToApply.map(text)} />
      </GuideSection>

      <GuideSection id="version" title={t('sections.version')}>
        <p>
          {t('version.value', { version: guide.version })} · {t('version.published', { date: published })}
        </p>
        <p className="mt-1 text-sm text-muted-foreground">{t('version.note')}</p>
      </GuideSection>
    </article>
  );
}
