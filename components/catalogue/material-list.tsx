import { getLocale, getTranslations } from 'next-intl/server';
import { FileText, Info } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { MaterialView } from '@/lib/data/catalogue';
import { ASSESSMENT_KIND_NAMES, isAssessmentKind } from '@/lib/domain/assessment-kinds';
import { pickLanguage, type Bilingual, type Locale } from '@/lib/i18n/config';

/**
 * The materials of a guide as a list of cards rather than a wide table, so it reads the same
 * on a phone. Each mark is text, not only colour.
 */
export async function MaterialList({
  materials,
  departmentNames,
}: {
  materials: MaterialView[];
  departmentNames: Record<string, Bilingual>;
}) {
  const [t, locale] = await Promise.all([getTranslations('catalogue.guide'), getLocale() as Promise<Locale>]);
  const eLicenceName = (type: string) => (t.has(`eLicenceTypes.${type}`) ? t(`eLicenceTypes.${type}`) : type);
  const hasCore = materials.some((m) => m.core);
  const hasELicence = materials.some((m) => m.eLicenceType);
  return (
    <div className="flex flex-col gap-4">
      {hasCore || hasELicence ? (
        <div className="flex gap-3 rounded-md border border-primary/30 bg-primary/5 p-4 text-sm">
          <Info className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />
          <div className="flex flex-col gap-2">
            {hasCore ? <p>{t('materials.coreNote')}</p> : null}
            {hasELicence ? <p>{t('materials.eLicenceNote')}</p> : null}
          </div>
        </div>
      ) : null}
      <ol className="flex flex-col gap-3">
        {materials.map((m, i) => (
          <li key={m.code} className="rounded-lg border bg-card p-4">
            <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
              <p className="flex gap-2 font-medium">
                <span className="text-muted-foreground">{i + 1}.</span>
                <span>{pickLanguage(m.name, locale)}</span>
              </p>
              <div className="flex flex-wrap gap-1.5 sm:justify-end">
                <Badge variant={m.required ? 'secondary' : 'outline'}>
                  {m.required ? t('materials.required') : t('materials.optional')}
                </Badge>
                {m.core ? <Badge variant="default">{t('materials.core')}</Badge> : null}
                {m.eLicenceType ? <Badge variant="success">{t('materials.eLicence')}</Badge> : null}
                {m.waivedByAssessment ? <Badge variant="success">{t('materials.waivable')}</Badge> : null}
              </div>
            </div>
            {m.waivedByAssessment ? (
              <p className="mt-2 text-sm">
                {t('materials.waivableNote', {
                  assessment: isAssessmentKind(m.waivedByAssessment)
                    ? pickLanguage(ASSESSMENT_KIND_NAMES[m.waivedByAssessment], locale)
                    : m.waivedByAssessment,
                })}
              </p>
            ) : null}
            {m.description ? <p className="mt-2 text-sm text-muted-foreground">{pickLanguage(m.description, locale)}</p> : null}
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {m.eLicenceType ? (
                <>
                  <dt className="text-muted-foreground">{t('materials.eLicenceType')}</dt>
                  <dd>{eLicenceName(m.eLicenceType)}</dd>
                </>
              ) : null}
              <dt className="text-muted-foreground">{t('materials.departments')}</dt>
              <dd>
                {m.departmentCodes.length
                  ? m.departmentCodes
                      .map((code) => (departmentNames[code] ? pickLanguage(departmentNames[code], locale) : code))
                      .join(locale === 'en' ? '; ' : '、')
                  : t('materials.none')}
              </dd>
              <dt className="text-muted-foreground">{t('materials.maxSize')}</dt>
              <dd>{t('materials.maxSizeValue', { size: m.maxSizeMb })}</dd>
              {m.templateUrl ? (
                <>
                  <dt className="text-muted-foreground">{t('materials.template')}</dt>
                  <dd>
                    <a href={m.templateUrl} className="inline-flex items-center gap-1 text-primary hover:underline">
                      <FileText className="size-4" aria-hidden />
                      {t('materials.downloadTemplate')}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}
