import type { CaseDetail } from '@/lib/data/case-detail';
import type { Bilingual } from '@/lib/i18n/config';

/** What every notice body needs: the case and its wording already formatted for the locale. */
export type NoticeContext = {
  detail: CaseDetail;
  text: (value: Bilingual) => string;
  /** An instant as a long date in the zone ("2026年9月30日"). */
  day: (iso: string) => string;
  /** A zone calendar date ('YYYY-MM-DD') as a long date. */
  zoneDay: (isoDate: string) => string;
  /** A department's code (a combined case's task, a revision item) → its name. */
  department: (code: string) => string;
  /** The values every body sentence uses. */
  common: { service: string; number: string; submitted: string; accepted: string };
};

/** The body paragraphs of an official notice open with a two-character indent. */
export const PARAGRAPH = 'indent-[2em]';
/** Tables of listed items, ruled like a printed form. */
export const TABLE =
  'w-full border-collapse border border-black text-sm leading-6 [&_td]:border [&_td]:border-black [&_td]:px-2 [&_td]:py-1 [&_td]:align-top [&_th]:border [&_th]:border-black [&_th]:px-2 [&_th]:py-1 [&_th]:font-bold [&_tr]:break-inside-avoid';
