import type { StaffMember } from '@/lib/data/reassignment';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/** How a staff member is named in a choice of assignee: name, then department. */
export function staffLabel(s: Pick<StaffMember, 'name' | 'department'>, locale: Locale): string {
  return s.department ? `${s.name} · ${pickLanguage(s.department, locale)}` : s.name;
}
