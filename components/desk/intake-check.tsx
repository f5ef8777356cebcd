import { getLocale, getTranslations } from 'next-intl/server';
import type { CaseDetail } from '@/lib/data/case-detail';
import { intakeComplete, tolerable, type IntakeGaps } from '@/lib/domain/intake';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/**
 * What the window's intake check (受理审查) finds before anyone clicks: the answers, contact
 * fields and materials still missing (core ones apart), the materials a regional assessment
 * waives, and which acceptance is open. The server's acceptance guard decides on the same gaps.
 */
export async function IntakeCheck({ detail, gaps }: { detail: CaseDetail; gaps: IntakeGaps }) {
  const [t, tc, locale] = await Promise.all([
    getTranslations('desk.case.intake'),
    getTranslations('desk.case.contact'),
    getLocale() as Promise<Locale>,
  ]);
  const list = (names: string[]) => names.join(locale === 'zh-CN' ? '、' : ', ');
  const materialName = (code: string) => {
    const m = detail.materials.find((x) => x.code === code);
    return m ? pickLanguage(m.name, locale) : code;
  };
  // 'shareholders.0.name' is about the shareholders field.
  const fieldNames = [...new Set(gaps.fields.map((path) => path.split('.')[0]))].map((key) => {
    const field = detail.formFields.find((f) => f.key === key);
    return field ? pickLanguage(field.label, locale) : key;
  });
  const contactNames = gaps.contact.map((key) => (tc.has(key) ? tc(key) : key));
  const waived = detail.materials.filter((m) => m.waivedBy).map((m) => pickLanguage(m.name, locale));
  const complete = intakeComplete(gaps);
  const rows: [string, string, boolean][] = [
    ['fields', fieldNames.length ? t('fields', { names: list(fieldNames) }) : '', true],
    ['contact', contactNames.length ? t('contact', { names: list(contactNames) }) : '', true],
    ['core', gaps.coreMaterials.length ? t('core', { names: list(gaps.coreMaterials.map(materialName)) }) : '', true],
    ['other', gaps.otherMaterials.length ? t('other', { names: list(gaps.otherMaterials.map(materialName)) }) : '', false],
  ];
  return (
    <section
      aria-labelledby="intake-check"
      className={`flex flex-col gap-2 rounded-lg border p-4 text-sm ${complete ? 'bg-card' : 'border-warning/60 bg-warning/10'}`}
    >
      <h3 id="intake-check" className="font-semibold">
        {t('heading')}
      </h3>
      {complete ? (
        <p>{t('complete')}</p>
      ) : (
        <ul className="flex list-disc flex-col gap-1 pl-5">
          {rows
            .filter(([, text]) => text)
            .map(([key, text, blocking]) => (
              <li key={key} className={blocking ? 'text-destructive' : undefined}>
                {text}
              </li>
            ))}
        </ul>
      )}
      {waived.length > 0 && <p className="text-muted-foreground">{t('waived', { names: list(waived) })}</p>}
      {!complete && (
        <p className="font-medium">
          {tolerable(gaps) && detail.transitions.includes('accept_with_tolerance') ? t('toleranceAdvice') : t('blockedAdvice')}
        </p>
      )}
    </section>
  );
}
