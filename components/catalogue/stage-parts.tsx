import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { ServiceGuide } from '@/lib/data/catalogue';
import { isProjectStage, PROJECT_STAGE_NAMES } from '@/lib/domain/project-stages';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/** A stage item's department items, each linking to its own guide, with its department, limits and veto. */
export async function BundledItems({ guide }: { guide: ServiceGuide }) {
  const [t, tc, locale] = await Promise.all([
    getTranslations('catalogue.guide.stage'),
    getTranslations('common'),
    getLocale() as Promise<Locale>,
  ]);
  const parts = guide.departments.filter((d) => d.item);
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted-foreground">{t('bundlesIntro')}</p>
      <ul className="flex flex-col gap-2">
        {parts.map((d) => (
          <li
            key={d.code}
            className="flex flex-col gap-1 rounded-md border bg-card p-3 sm:flex-row sm:items-center sm:justify-between"
          >
            <span className="flex flex-col gap-0.5">
              <Link href={`/services/${encodeURIComponent(d.item!.code)}`} className="font-medium text-primary hover:underline">
                {pickLanguage(d.item!.name, locale)}
              </Link>
              <span className="text-sm text-muted-foreground">
                {pickLanguage(d.name, locale)} · <span className="font-mono text-xs">{d.item!.code}</span>
              </span>
            </span>
            <span className="flex flex-wrap items-center gap-2 text-sm">
              {t('limits', {
                statutory: tc('units.workingDays', { count: d.legalDays }),
                promised: tc('units.workingDays', { count: d.timeLimitDays }),
              })}
              {d.veto ? <Badge variant="warning">{t('veto')}</Badge> : null}
            </span>
          </li>
        ))}
      </ul>
      {parts.some((d) => d.veto) ? <p className="text-sm text-muted-foreground">{t('vetoNote')}</p> : null}
    </div>
  );
}

/** The stages (combined items) that bundle a department item. */
export async function BundledIn({ guide }: { guide: ServiceGuide }) {
  const [t, locale] = await Promise.all([getTranslations('catalogue.guide.stage'), getLocale() as Promise<Locale>]);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-muted-foreground">{t('bundledInIntro')}</p>
      <ul className="list-disc space-y-1 pl-6">
        {guide.bundledIn.map((s) => (
          <li key={s.code}>
            <Link href={`/services/${encodeURIComponent(s.code)}`} className="text-primary hover:underline">
              {pickLanguage(s.name, locale)}
            </Link>
            {isProjectStage(s.stage) ? (
              <span className="text-sm text-muted-foreground"> · {pickLanguage(PROJECT_STAGE_NAMES[s.stage], locale)}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
