import type { Bilingual } from '@/lib/i18n/config';

/**
 * A case's title in both languages: the name of the item it was filed under (its own catalogue
 * version), then what it is about — the proposed name, the project — when there is a subject.
 * Built when read, never stored, so a case reads in whichever language its reader chose.
 */
export function caseTitle(itemName: Bilingual, subject: string | null | undefined): Bilingual {
  const about = subject?.trim();
  if (!about) return { zh: itemName.zh, en: itemName.en };
  return { zh: `${itemName.zh}：${about}`, en: `${itemName.en}: ${about}` };
}
