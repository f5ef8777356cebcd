import { getLocale } from 'next-intl/server';
import { pickLanguage, type Bilingual, type Locale } from '@/lib/i18n/config';

/** The tolerance commitment's frozen wording (容缺受理承诺书) in the reader's language, as the applicant signs it. */
export async function CommitmentText({ wording, id }: { wording: Bilingual; id?: string }) {
  const locale = (await getLocale()) as Locale;
  return (
    <blockquote id={id} className="rounded-md border bg-muted/40 p-3 text-sm leading-6 break-words whitespace-pre-line">
      {pickLanguage(wording, locale)}
    </blockquote>
  );
}
