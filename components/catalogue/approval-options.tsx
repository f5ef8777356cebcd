import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { ServiceGuide } from '@/lib/data/catalogue';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/** Whether tolerance (容缺受理) and promise-based approval (告知承诺制) apply, and what is promised. */
export async function ApprovalOptions({ guide }: { guide: ServiceGuide }) {
  const [t, locale] = await Promise.all([getTranslations('catalogue.guide.approval'), getLocale() as Promise<Locale>]);
  const status = (on: boolean) => <Badge variant={on ? 'success' : 'outline'}>{on ? t('available') : t('unavailable')}</Badge>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="flex flex-col gap-2 rounded-lg border bg-card p-4">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="text-base font-semibold">{t('tolerance')}</h3>
          {status(guide.allowsTolerance)}
        </div>
        <p className="text-sm">{guide.allowsTolerance ? t('toleranceYes') : t('toleranceNo')}</p>
      </div>
      <div className="flex flex-col gap-2 rounded-lg border bg-card p-4">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="text-base font-semibold">{t('promise')}</h3>
          {status(guide.allowsPromise)}
        </div>
        <p className="text-sm">{guide.allowsPromise ? t('promiseYes') : t('promiseNo')}</p>
      </div>
      {guide.allowsPromise && guide.promiseClauses.length ? (
        <div className="flex flex-col gap-2 md:col-span-2">
          <h3 className="text-base font-semibold">{t('clausesTitle')}</h3>
          <ol className="list-decimal space-y-1.5 pl-6 text-sm">
            {guide.promiseClauses.map((c, i) => (
              <li key={i}>{pickLanguage(c, locale)}</li>
            ))}
          </ol>
        </div>
      ) : null}
      {guide.allowsTolerance || guide.allowsPromise ? (
        <p className="text-sm text-muted-foreground md:col-span-2">{t('creditNote')}</p>
      ) : null}
    </div>
  );
}
