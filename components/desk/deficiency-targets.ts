import type { DeficiencyTarget } from '@/components/case-desk/deficiency-list';
import type { CaseDetail } from '@/lib/data/case-detail';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/** Every material and form answer of a case, named in the reader's language: what a notice can ask for. */
export function deficiencyTargets(detail: CaseDetail, locale: Locale): DeficiencyTarget[] {
  const supplied = (code: string) => detail.materials.some((m) => m.code === code && m.versions.some((v) => v.current));
  return [
    ...detail.materials.map((m) => ({
      kind: 'material' as const,
      code: m.code,
      name: pickLanguage(m.name, locale),
      supplied: supplied(m.code),
    })),
    ...detail.formFields.map((f) => ({
      kind: 'field' as const,
      code: f.key,
      name: pickLanguage(f.label, locale),
      supplied: true,
    })),
  ];
}
